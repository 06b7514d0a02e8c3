import Foundation
import VaktbokCore

/// The machine-readable copy handed to a data subject (format documented in `docs/subject-export.md`).
public struct SubjectExport: Codable, Sendable, Equatable {
    /// The request it answers.
    public struct Request: Codable, Sendable, Equatable {
        public let id: Int64
        public let type: SubjectRequestType
        public let receivedAt: Date
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
}
