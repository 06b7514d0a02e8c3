/// Who acts, as the audit log names them (`staff:12`, `cli:root`, `link`, never a person's name), and the one
/// site they are bound to, if any, which every store call they make stays within.
public struct AuditActor: Sendable, Equatable, CustomStringConvertible {
    /// The audit log's name for the actor.
    public let label: String
    /// The only site the actor may see and change; nil for every site.
    public let siteID: Int64?

    /// An actor named `label`, bound to `siteID` (nil: all sites).
    public init(label: String, siteID: Int64?) {
        self.label = label
        self.siteID = siteID
    }

    /// A staff member by id, bound to their site if they are.
    public static func staff(_ id: Int64, siteID: Int64?) -> AuditActor {
        AuditActor(label: "staff:\(id)", siteID: siteID)
    }

    /// Whether the actor may see records of `siteID`.
    public func covers(siteID other: Int64?) -> Bool {
        siteID == nil || siteID == other
    }

    public var description: String { label }
}

extension AuditActor: ExpressibleByStringLiteral {
    /// A fixed actor of every site, named by a literal: `"system"`, `"demo"`, `"bench"`.
    public init(stringLiteral label: String) {
        self.init(label: label, siteID: nil)
    }
}
