/// What a group member is: a pupil or a teacher; lists may say it in English or bokmål.
public enum MemberRole: String, Codable, Sendable, CaseIterable {
    case pupil, teacher

    /// Reads `pupil`/`elev` or `teacher`/`lærer` (any case, also plurals); pupil when the cell is empty.
    public init(listCell raw: String) throws(ValidationError) {
        switch raw.trimmingWhitespace().lowercased() {
        case "", "pupil", "pupils", "student", "elev", "elever": self = .pupil
        case "teacher", "teachers", "lærer", "lærere", "laerer": self = .teacher
        default: throw ValidationError(field: "role", reason: "must be pupil or teacher (elev or lærer)")
        }
    }
}
