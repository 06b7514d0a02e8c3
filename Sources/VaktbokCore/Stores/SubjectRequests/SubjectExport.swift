import Foundation

/// The machine-readable copy handed to a data subject (format documented in `docs/subject-export.md`).
public struct SubjectExport: Codable, Sendable, Equatable {
    /// The request it answers.
    public struct Request: Codable, Sendable, Equatable {
        public let id: Int64
        public let type: SubjectRequestType
        public let receivedAt: Date

        /// Creates the value from its parts.
        public init(id: Int64, type: SubjectRequestType, receivedAt: Date) {
            self.id = id
            self.type = type
            self.receivedAt = receivedAt
        }
    }

    /// `vaktbok-subject-export/1`.
    public let format: String
    public let generatedAt: Date
    /// Who holds the data.
    public let controller: String
    public let request: Request
    public let subject: SubjectIdentifiers
    public let records: SubjectRecords

    /// The export as pretty-printed JSON with ISO 8601 times.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Creates the value from its parts.
    public init(format: String, generatedAt: Date, controller: String, request: Request, subject: SubjectIdentifiers, records: SubjectRecords) {
        self.format = format
        self.generatedAt = generatedAt
        self.controller = controller
        self.request = request
        self.subject = subject
        self.records = records
    }
}
