/// A value the audit log may hold: a count, a parameter word, or a list of ids.
public enum AuditValue: Codable, Sendable, Equatable {
    case number(Int)
    case word(String)
    case ids([Int64])

    /// Reads a number, an id list or a word, in that order of preference.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else if let ids = try? container.decode([Int64].self) {
            self = .ids(ids)
        } else {
            self = .word(try container.decode(String.self))
        }
    }

    /// Writes the bare value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .number(value): try container.encode(value)
        case let .word(value): try container.encode(value)
        case let .ids(value): try container.encode(value)
        }
    }
}
