import Foundation
import GRDB
import VaktbokCore

/// The SQL that finds a subject's records: every identifier a table holds must match (phone exactly in
/// E.164, e-mail without regard to case, name without regard to case and accents), so that a teacher's
/// phone on pupils' visits, or a namesake with another phone, never matches.
struct SubjectMatch: Sendable {
    let subject: SubjectIdentifiers

    /// The condition and arguments over `table`'s columns for `name`, `phone` and `email` (nil: the table lacks it);
    /// nil when the table holds none of the identifiers given.
    private func condition(name: String?, phone: String?, email: String?) -> (String, StatementArguments)? {
        var parts: [String] = [], arguments: StatementArguments = []
        if let given = subject.name, let name { parts.append("vaktbok_fold(\(name)) = ?"); arguments += [SearchFolding.fold(given)] }
        if let given = subject.phone, let phone { parts.append("\(phone) = ?"); arguments += [given] }
        if let given = subject.email, let email { parts.append("lower(\(email)) = ?"); arguments += [given.lowercased()] }
        return parts.isEmpty ? nil : (parts.joined(separator: " AND "), arguments)
    }

    /// Ids of the subject's visits.
    func visitIDs(_ db: Database) throws -> [Int64] {
        guard let (sql, arguments) = condition(name: "visitor_name", phone: "visitor_phone", email: nil) else { return [] }
        return try Int64.fetchAll(db, sql: "SELECT id FROM visit WHERE \(sql) ORDER BY checked_in_at", arguments: arguments)
    }

    /// Ids of the subject's group memberships: by name, and by e-mail where the school's list gave one.
    func memberIDs(_ db: Database) throws -> [Int64] {
        var parts: [String] = [], arguments: StatementArguments = []
        if let name = subject.name { parts.append("vaktbok_fold(name) = ?"); arguments += [SearchFolding.fold(name)] }
        if let email = subject.email {
            parts.append(subject.name == nil ? "lower(email) = ?" : "(email IS NULL OR lower(email) = ?)")
            arguments += [email.lowercased()]
        }
        guard !parts.isEmpty else { return [] }
        return try Int64.fetchAll(db, sql: "SELECT id FROM group_member WHERE \(parts.joined(separator: " AND ")) ORDER BY id", arguments: arguments)
    }

    /// Ids of the subject's consents.
    func consentIDs(_ db: Database) throws -> [Int64] {
        guard let (sql, arguments) = condition(name: "name", phone: nil, email: "email") else { return [] }
        return try Int64.fetchAll(db, sql: "SELECT id FROM consent WHERE \(sql) ORDER BY id", arguments: arguments)
    }
}

/// `?, ?, ?` for `count` placeholders.
func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}
