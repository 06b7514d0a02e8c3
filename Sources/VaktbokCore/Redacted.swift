/// A value that holds a secret or personal data, and so describes itself (in logs, `print`, `dump`, debuggers)
/// by its type name only.
public protocol Redacted: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {}

extension Redacted {
    public var description: String { "\(Self.self)(redacted)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension OutboxMessage: Redacted {}
extension WebhookSecret: Redacted {}
