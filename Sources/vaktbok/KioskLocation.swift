import Foundation

/// Where `serve` finds the reception terminal's files, wherever the binary runs from: `--kiosk-dir` when given;
/// else the install prefix beside the binary (`PREFIX/bin/vaktbok` → `PREFIX/share/vaktbok/kiosk`, as
/// `scripts/install` lays it out); else the source tree the binary was built from (`swift run`, the tests).
enum KioskLocation {
    /// The folder to serve; throws when an explicit folder is not a kiosk, or none of the places holds one.
    static func resolve(explicit: String?) throws -> String {
        if let explicit {
            guard isKiosk(explicit) else { throw CLIError("--kiosk-dir \(explicit) holds no index.html") }
            return explicit
        }
        let candidates = [installed, sourceTree].compactMap { $0 }
        guard let found = candidates.first(where: isKiosk) else {
            throw CLIError(
                "no kiosk files found (looked in \(candidates.joined(separator: ", "))); install them with scripts/install, "
                    + "pass --kiosk-dir DIR, or --api-only to serve the API alone")
        }
        return found
    }

    /// `PREFIX/share/vaktbok/kiosk` for the running binary `PREFIX/bin/vaktbok` (links resolved).
    private static var installed: String? {
        guard let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return URL(fileURLWithPath: binary).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/vaktbok/kiosk").path
    }

    /// `kiosk/` of the checkout this file was compiled from.
    private static var sourceTree: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("kiosk").path
    }

    /// Whether `folder` holds the kiosk's start page.
    private static func isKiosk(_ folder: String) -> Bool {
        FileManager.default.isReadableFile(atPath: (folder as NSString).appendingPathComponent("index.html"))
    }
}
