# Real-world stress for xrun: a multi-threaded language runtime (Debian arm64 python3.11)
# under xrun against qemu-aarch64. Deterministic output whatever the thread schedule.
import threading, queue, hashlib, sys
q = queue.Queue(); out = []; lock = threading.Lock()
def worker(n):
    while True:
        item = q.get()
        if item is None: break
        h = hashlib.sha256(str(item).encode() * 1000).hexdigest()
        with lock: out.append((item, h[:12]))
        q.task_done()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
[t.start() for t in ts]
for i in range(2000): q.put(i)
q.join()
for _ in ts: q.put(None)
[t.join() for t in ts]
out.sort()
print(len(out), out[0], out[-1], sum(int(h, 16) % 1000 for _, h in out))
ev = threading.Event(); r = []
def waiter(): ev.wait(); r.append(threading.get_ident() != 0)
w = [threading.Thread(target=waiter) for _ in range(4)]; [t.start() for t in w]; ev.set(); [t.join() for t in w]
print(all(r), len(r), sys.version_info[:2])
