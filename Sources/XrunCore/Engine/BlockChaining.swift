import CXrunHost

/// Direct chaining of native code: a compiled block's static exit jumps through a
/// link word (`BlockLinks`) that the block loop points at the successor's body once
/// both are compiled, so later runs go from block to block without the loop.
///
/// Exactness rests on one rule: a link word never points at an invalidated block.
/// Each chained block keeps the list of exits chained into it (QEMU's jmp_list);
/// invalidating it stores those exits' unlinked values back, under the lock, before
/// `invalidate` returns — from then on no thread enters it by a chain, as the loop
/// and the jump cache check `valid`. (A thread already past the jump runs the block
/// to its end, as before.) The lists name the exit's block record; those of retired
/// blocks are purged before the records are freed (`purgeLinks`), and a flush of
/// all code empties them (`dropAllLinks`).
extension BlockCache {
    struct Link {
        let from: Block
        let slot: Int
    }

    /// Chains `from`'s exit `slot` to `to` if both are still valid and compiled.
    /// Called by the block loop when `from`'s native code left through that exit's
    /// out path with nothing asking to stop: the exit is not chained yet.
    /// (An exit taken by a called op that branches, not by a link word, also comes
    /// here; its word is chained once and then only read, without the lock.)
    func chain(_ from: Block, slot: Int, to: Block) {
        if let src = from.pointee.native, let dst = to.pointee.native,
           xrun_load_acquire_64(BlockLinks.linkWord(src, slot)) == BlockLinks.body(dst) { return }
        lock.withLock {
            guard from.pointee.valid != 0, to.pointee.valid != 0,
                  let src = from.pointee.native, let dst = to.pointee.native else { return }
            let word = BlockLinks.linkWord(src, slot)
            let body = BlockLinks.body(dst)
            if xrun_load_acquire_64(word) == body { return }
            xrun_store_release_64(word, body)
            // The host's FP flags are the guest's (HostFPFlags): a Dictionary that grows
            // computes its capacity in floating point and would raise "inexact" in them.
            let flags = HostFPFlags.save()
            links[to, default: []].append(Link(from: from, slot: slot))
            flags.restore()
            if TranslationStats.enabled { stats.chained += 1 }
        }
    }

    /// Under `lock`, when `b` is invalidated: every exit chained into it goes back to
    /// its out path.
    func unlinkIncoming(_ b: Block) {
        guard let list = links.removeValue(forKey: b) else { return }
        for l in list { Self.unlink(l) }
    }

    private static func unlink(_ l: Link) {
        guard let src = l.from.pointee.native else { return }
        xrun_store_release_64(BlockLinks.linkWord(src, l.slot), BlockLinks.unlinkedValue(src, l.slot))
    }

    /// Under `lock`, when every block is invalidated but the code stays.
    func unlinkAll() {
        for list in links.values { for l in list { Self.unlink(l) } }
        links.removeAll()
    }

    /// Under `lock`, before retired block records are freed: forget the exits of dead
    /// blocks (nothing enters them any more; their records are about to go).
    func purgeLinks() {
        for key in Array(links.keys) {
            links[key]!.removeAll { $0.from.pointee.valid == 0 }
            if links[key]!.isEmpty { links.removeValue(forKey: key) }
        }
    }
}
