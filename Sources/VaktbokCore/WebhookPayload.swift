import Foundation

/// The JSON a site's webhook receives on a check-in; the visitor's name and phone only if the site enabled it.
public struct WebhookPayload: Encodable, Sendable {
    /// The host part of the payload.
    public struct Host: Encodable, Sendable {
        public let id: Int64
        public let name: String
    }

    /// The visitor part, present only when the site shares personal data with its webhook.
    public struct Visitor: Encodable, Sendable {
        public let name: String
        public let phone: String
    }

    public let event: String
    public let visitId: Int64
    public let site: String
    public let host: Host
    /// UTC, ISO 8601.
    public let at: String
    public let visitor: Visitor?

    /// The `visit.checked_in` event.
    public init(visitID: Int64, site: String, hostID: Int64, hostName: String, at: Date, visitor: (name: String, phone: String)?) {
        event = "visit.checked_in"
        visitId = visitID
        self.site = site
        host = Host(id: hostID, name: hostName)
        self.at = at.ISO8601Format()
        self.visitor = visitor.map { Visitor(name: $0.name, phone: $0.phone) }
    }

    /// The payload as compact JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
