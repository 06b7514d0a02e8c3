import Foundation
import Hummingbird
import Logging
import NIOPosix

/// The kiosk folder as a file provider that never leaves it: control characters in a path are refused, symbolic
/// links are resolved and must stay inside the folder, and the real file must have the extension the URL names,
/// so the Content-Type (taken from the URL) is the real file's.
struct KioskFiles: FileProvider {
    typealias FileAttributes = LocalFileSystem.FileAttributes
    typealias FileIdentifier = String

    private let files: LocalFileSystem
    /// The folder's real path, with a trailing slash.
    private let root: String

    /// The files under `folder`; nil when the folder cannot be resolved.
    init?(folder: String, logger: Logger) {
        guard let resolved = Self.realPath(folder) else { return nil }
        root = resolved.hasSuffix("/") ? resolved : resolved + "/"
        files = LocalFileSystem(rootFolder: root, threadPool: .singleton, logger: logger)
    }

    /// The real path of the file `path` names, if it exists inside the folder and keeps its extension.
    func getFileIdentifier(_ path: String) -> String? {
        guard !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
            let joined = files.getFileIdentifier(path), let real = Self.realPath(joined)
        else { return nil }
        guard real + "/" == root || real.hasPrefix(root) else { return nil }
        let requested = (path as NSString).pathExtension, actual = (real as NSString).pathExtension
        guard requested.isEmpty || requested == actual else { return nil }
        return real
    }

    func getAttributes(id: String) async throws -> FileAttributes? {
        try await files.getAttributes(id: id)
    }

    func loadFile(id: String, context: some RequestContext) async throws -> ResponseBody {
        try await files.loadFile(id: id, context: context)
    }

    func loadFile(id: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        try await files.loadFile(id: id, range: range, context: context)
    }

    /// `path` with every symbolic link resolved; nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
