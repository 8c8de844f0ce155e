import Glibc
import XrunCore

extension GdbStub {
    /// Makes `fd` one of xrun's own descriptors (EmulatorDescriptors), kept in `field`:
    /// the guest can neither close, redirect nor list it, and a guest's dup3 onto its
    /// number moves it, updating the field. Closed with EmulatorDescriptors.close.
    func own(_ fd: Int32, _ field: ReferenceWritableKeyPath<GdbStub, Int32>) {
        self[keyPath: field] = EmulatorDescriptors.adopt(fd) { [unowned self] in self[keyPath: field] = $0 }
    }
}
