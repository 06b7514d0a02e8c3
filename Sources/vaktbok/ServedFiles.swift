import Foundation

/// Where `serve` finds the files it serves, the kiosk and the API description, wherever the binary runs from: the
/// install prefix beside the binary (`PREFIX/bin/vaktbok` → `PREFIX/share/vaktbok`, as `scripts/install` lays it
/// out), else the source tree the binary was built from (`swift run`, the tests).
enum ServedFiles {
    /// The reception terminal's folder to serve: `--kiosk-dir` when given, else the installed or the checkout's;
    /// throws when an explicit folder is not a kiosk, or none of the places holds one.
    static func kiosk(explicit: String?) throws -> String {
        if let explicit {
            guard isKiosk(explicit) else { throw CLIError("--kiosk-dir \(explicit) holds no index.html") }
            return explicit
        }
        let candidates = [installFolder.map { ($0 as NSString).appendingPathComponent("kiosk") }, checkout("kiosk")].compactMap { $0 }
        guard let found = candidates.first(where: isKiosk) else {
            throw CLIError(
                "no kiosk files found (looked in \(candidates.joined(separator: ", "))); install them with scripts/install, "
                    + "pass --kiosk-dir DIR, or --api-only to serve the API alone")
        }
        return found
    }

    /// The API description of an installation, `PREFIX/share/vaktbok/openapi.yaml`, served as it is (404 when it
    /// cannot be read, never another copy); nil for a binary that is not installed, which serves the checkout's.
    static var installedAPIDescription: String? {
        guard let folder = installFolder, FileManager.default.fileExists(atPath: folder) else { return nil }
        return (folder as NSString).appendingPathComponent("openapi.yaml")
    }

    /// `PREFIX/share/vaktbok` for the running binary `PREFIX/bin/vaktbok` (links resolved).
    private static var installFolder: String? {
        guard let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return URL(fileURLWithPath: binary).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/vaktbok").path
    }

    /// `path` in the checkout this file was compiled from.
    private static func checkout(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path).path
    }

    /// Whether `folder` holds the kiosk's start page.
    private static func isKiosk(_ folder: String) -> Bool {
        FileManager.default.isReadableFile(atPath: (folder as NSString).appendingPathComponent("index.html"))
    }
}
