import Foundation

/// Files committed under `Tests/Fixtures`, read from the source tree.
public enum Fixtures {
    /// The folder `Tests/Fixtures`.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The root of the checkout (scripts/, jobs/, kiosk/).
    public static let repository = folder.deletingLastPathComponent().deletingLastPathComponent()

    /// The path of `name` under `Tests/Fixtures/lists`.
    public static func list(_ name: String) -> String {
        folder.appendingPathComponent("lists").appendingPathComponent(name).path
    }

    /// The bytes of the list fixture `name`.
    public static func listBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: list(name))))
    }
}
