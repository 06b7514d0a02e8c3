import Foundation

/// Fresh folders for test databases and files, one per call.
public enum TemporaryFolder {
    /// A new empty folder under the system's temporary directory, named after `purpose`.
    public static func make(_ purpose: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vaktbok-\(purpose)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
