import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawn` (sendmail for e-mail, and the tests' tools). Foundation's `Process.run()`
/// on Linux (Swift 6.3.1) can crash its caller: it over-reads a `dirent` while listing `/proc/self/fd`
/// (swift-corelibs-foundation#5472), about once in three full test runs here. This starts the child without that
/// listing: every descriptor from 3 up is closed in the child (`posix_spawn_file_actions_addclosefrom_np`), and the
/// parent's pipe ends are close-on-exec.
public final class ChildProcess: @unchecked Sendable {
    /// Where one of the child's standard streams goes.
    public enum Stream {
        /// `/dev/null`.
        case null
        /// A new pipe whose other end the parent gets.
        case pipe
        /// An open file or descriptor of the parent.
        case handle(FileHandle)
    }

    public let processIdentifier: pid_t
    /// The parent's ends of the `.pipe` streams: write to `standardInput`, read `standardOutput` and `standardError`.
    public let standardInput: FileHandle?
    public let standardOutput: FileHandle?
    public let standardError: FileHandle?
    private var status: Int32?

    /// Starts `executable` (an absolute path) with `arguments` in `directory` (this process's when nil; changed to by
    /// `env -C`), with `environment` (this process's when nil).
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        stdin: Stream = .null, stdout: Stream = .null, stderr: Stream = .null
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [Int32] = []
        defer { childEnds.forEach { _ = close($0) } }
        var parentEnds: [FileHandle?] = []
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .null:
                let null = open("/dev/null", O_RDWR | O_CLOEXEC)
                guard null >= 0 else { throw POSIXError(.EMFILE) }
                childEnds.append(null)
                posix_spawn_file_actions_adddup2(&actions, null, target)
                parentEnds.append(nil)
            case .handle(let handle):
                posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, target)
                parentEnds.append(nil)
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
                ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                let (childEnd, parentEnd) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                childEnds.append(childEnd)
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
                parentEnds.append(FileHandle(fileDescriptor: parentEnd, closeOnDealloc: true))
            }
        }
        guard Self.addCloseFrom(&actions, 3) == 0 else { throw POSIXError(.ENOSYS) }
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let command = directory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        processIdentifier = pid
        standardInput = parentEnds[0]
        standardOutput = parentEnds[1]
        standardError = parentEnds[2]
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does not export.
    private static let addCloseFrom: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            preconditionFailure("glibc 2.34 or later is needed for posix_spawn_file_actions_addclosefrom_np")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// Sends SIGTERM.
    public func terminate() { kill(processIdentifier, SIGTERM) }

    /// Sends SIGKILL.
    public func forceKill() { kill(processIdentifier, SIGKILL) }

    /// Whether the child has not exited yet (reaping it if it has).
    public var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        guard waitpid(processIdentifier, &raw, WNOHANG) == processIdentifier else { return true }
        status = Self.exitStatus(raw)
        return false
    }

    /// Waits for the child to exit and returns its exit status (128 + the signal when a signal ended it).
    @discardableResult
    public func waitUntilExit() -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        while waitpid(processIdentifier, &raw, 0) == -1 && errno == EINTR {}
        let exit = Self.exitStatus(raw)
        status = exit
        return exit
    }

    /// The exit status after `waitUntilExit()`.
    public var terminationStatus: Int32 { status ?? -1 }

    private static func exitStatus(_ raw: Int32) -> Int32 {
        raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
    }
}
