import Foundation
import GRDB
import VaktbokCore

/// The SQL that finds a subject's records within the request's site (all sites when it has none): every
/// identifier a table holds must match (phone exactly in E.164, e-mail without regard to case, name without regard
/// to case and accents), so that a teacher's phone on pupils' visits, or a namesake with another phone, never
/// matches. Each record found carries the identifiers it matched by; with `releasable` set, only records that
/// matched through at least one of those (the verified ones) are found.
struct SubjectMatch: Sendable {
    let subject: SubjectIdentifiers
    /// The only site whose records are searched; nil for all.
    let siteID: Int64?
    /// When set, only records matched through one of these identifiers.
    var releasable: Set<SubjectIdentifier>?

    /// A match for `subject` within `siteID` (nil: all sites), keeping every record found.
    init(subject: SubjectIdentifiers, siteID: Int64?) {
        self.subject = subject
        self.siteID = siteID
        releasable = nil
    }

    /// The match for `request`'s identifiers and site; `releasedOnly` keeps only what its verification releases.
    init(request: SubjectRequestRecord, releasedOnly: Bool) {
        subject = request.subject
        siteID = request.siteId
        releasable = releasedOnly ? request.verified : nil
    }

    /// A record's id and the identifiers it matched by.
    struct Found: Sendable {
        let id: Int64
        let matchedBy: Set<SubjectIdentifier>
    }

    /// The condition and arguments over `table`'s columns for `name`, `phone` and `email` (nil: the table lacks it),
    /// with the identifiers they use; nil when the table holds none of the identifiers given.
    private func condition(name: String?, phone: String?, email: String?) -> (String, StatementArguments, Set<SubjectIdentifier>)? {
        var parts: [String] = [], arguments: StatementArguments = [], used: Set<SubjectIdentifier> = []
        if let given = subject.name, let name {
            parts.append("vaktbok_fold(\(name)) = ?")
            arguments += [SearchFolding.fold(given)]
            used.insert(.name)
        }
        if let given = subject.phone, let phone {
            parts.append("\(phone) = ?")
            arguments += [given]
            used.insert(.phone)
        }
        if let given = subject.email, let email {
            parts.append("lower(\(email)) = ?")
            arguments += [given.lowercased()]
            used.insert(.email)
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " AND "), arguments, used)
    }

    /// Whether a record matched by `identifiers` may be found.
    private func keeps(_ identifiers: Set<SubjectIdentifier>) -> Bool {
        releasable.map { !$0.isDisjoint(with: identifiers) } ?? true
    }

    /// `AND site_id = ?` over `column` when the match is bound to a site.
    private func siteCondition(_ column: String) -> (String, StatementArguments) {
        siteID.map { (" AND \(column) = ?", [$0]) } ?? ("", [])
    }

    /// The subject's visits.
    func visits(_ db: Database) throws -> [Found] {
        guard let (sql, arguments, used) = condition(name: "visitor_name", phone: "visitor_phone", email: nil), keeps(used) else { return [] }
        let (site, siteArguments) = siteCondition("site_id")
        return try Int64.fetchAll(db, sql: "SELECT id FROM visit WHERE \(sql)\(site) ORDER BY checked_in_at", arguments: arguments + siteArguments)
            .map { Found(id: $0, matchedBy: used) }
    }

    /// The subject's group memberships: by name, and by e-mail where the school's list gave one.
    func members(_ db: Database) throws -> [Found] {
        var parts: [String] = [], arguments: StatementArguments = []
        if let name = subject.name {
            parts.append("vaktbok_fold(group_member.name) = ?")
            arguments += [SearchFolding.fold(name)]
        }
        if let email = subject.email {
            parts.append(subject.name == nil ? "lower(group_member.email) = ?" : "(group_member.email IS NULL OR lower(group_member.email) = ?)")
            arguments += [email.lowercased()]
        }
        guard !parts.isEmpty else { return [] }
        let (site, siteArguments) = siteCondition("school_group.site_id")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT group_member.id, group_member.email IS NOT NULL AND ? AS by_email FROM group_member
                JOIN school_group ON school_group.id = group_member.group_id
                WHERE \(parts.joined(separator: " AND "))\(site) ORDER BY group_member.id
                """, arguments: [subject.email != nil] + arguments + siteArguments
        ).compactMap { row in
            var used: Set<SubjectIdentifier> = subject.name != nil ? [.name] : []
            if row["by_email"] as Bool { used.insert(.email) }
            return keeps(used) ? Found(id: row["id"], matchedBy: used) : nil
        }
    }

    /// The subject's consents.
    func consents(_ db: Database) throws -> [Found] {
        guard let (sql, arguments, used) = condition(name: "name", phone: nil, email: "email"), keeps(used) else { return [] }
        let (site, siteArguments) = siteCondition("site_id")
        return try Int64.fetchAll(db, sql: "SELECT id FROM consent WHERE \(sql)\(site) ORDER BY id", arguments: arguments + siteArguments)
            .map { Found(id: $0, matchedBy: used) }
    }
}

/// `?, ?, ?` for `count` placeholders.
func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}
