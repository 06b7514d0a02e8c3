import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Scratch folders for tests, all inside one folder per test process that is removed when the process exits.
public enum TemporaryFolder {
    /// A new empty folder named after `purpose`, inside this process's scratch folder.
    public static func make(_ purpose: String) -> URL {
        let folder = root.appendingPathComponent("\(purpose)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `vaktbok-tests-<pid>` under the system's temporary directory, removed at exit.
    private static let root: URL = {
        let root = processRoot()
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: processRoot()) }
        return root
    }()

    private static func processRoot() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vaktbok-tests-\(getpid())")
    }
}
