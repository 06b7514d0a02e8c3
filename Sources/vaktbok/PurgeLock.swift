import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive `flock` on a file beside the database, so that only one purge runs at a time.
final class PurgeLock {
    private let descriptor: Int32

    /// Takes the lock at `path`, or returns nil at once when another process holds it.
    init?(path: String) throws {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CLIError("cannot open the lock file \(path)") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
