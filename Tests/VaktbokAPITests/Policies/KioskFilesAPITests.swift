import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokTestSupport

@Suite("Static kiosk files never leave the kiosk folder")
struct KioskFilesAPITests {
    /// A kiosk folder with a page, a script, a link out of the folder and a link that changes the extension.
    static func folder() throws -> URL {
        let folder = TemporaryFolder.make("kiosk").appendingPathComponent("kiosk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<!doctype html><title>Kiosk</title>".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "export const a = 1;".write(to: folder.appendingPathComponent("app.js"), atomically: true, encoding: .utf8)
        let secret = folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).txt")
        try "kanarifugl-hemmelighet".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("out.txt"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("fake.html"), withDestinationURL: folder.appendingPathComponent("app.js"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("same.js"), withDestinationURL: folder.appendingPathComponent("app.js"))
        return folder
    }

    @Test("links out of the folder, extension changes, control characters and dot-dot paths are refused; real files served")
    func containment() async throws {
        let fixture = try await APIFixture()
        let kiosk = try Self.folder()
        let app = fixture.app { $0.kioskDirectory = kiosk.path }
        try await app.test(.router) { client in
            let page = try await client.send(.get, "/")
            #expect(page.status == .ok && page.text.contains("Kiosk"))
            let script = try await client.send(.get, "/same.js")
            #expect(script.status == .ok && script.headers[.contentType]?.contains("javascript") == true, "a link inside the folder keeps working")
            for path in [
                "/out.txt", "/fake.html", "/app.js%00.html", "/app%0a.js", "/..%2f..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/app.js%01",
            ] {
                let answer = try await client.send(.get, path)
                #expect(answer.status.code >= 400 && answer.status.code < 500, "\(path): \(answer.status)")
                #expect(!answer.text.contains("kanarifugl") && !answer.text.contains("export const"), "\(path)")
            }
        }
    }
}
