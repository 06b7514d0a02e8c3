import Foundation
import Logging

/// One JSON object per line on stderr, for journald or Loki: time, level, label, message and the metadata,
/// which the API keeps free of personal data and secrets.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        let line = Line(
            time: Date().ISO8601Format(Date.ISO8601FormatStyle(includingFractionalSeconds: true)), level: event.level.rawValue, label: label,
            message: "\(event.message)", metadata: fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(line) else { return }
        data.append(0x0A)
        FileHandle.standardError.write(data)
    }

    /// The JSON shape of one line.
    private struct Line: Encodable {
        let time: String
        let level: String
        let label: String
        let message: String
        let metadata: [String: String]
    }
}
