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

    /// The condition over a table's `name`, `phone` and `email` columns (nil: the table lacks it), with the
    /// identifiers it uses; nil when the table holds none of the identifiers given.
    private func condition(
        name: (any SQLSpecificExpressible)?, phone: (any SQLSpecificExpressible)?, email: (any SQLSpecificExpressible)?
    ) -> (SQLExpression, Set<SubjectIdentifier>)? {
        var parts: [SQLExpression] = [], used: Set<SubjectIdentifier> = []
        if let given = subject.name, let name {
            parts.append(AppDatabase.foldFunction(name) == SearchFolding.fold(given))
            used.insert(.name)
        }
        if let given = subject.phone, let phone {
            parts.append(phone.sqlExpression == given)
            used.insert(.phone)
        }
        if let given = subject.email, let email {
            parts.append(SQL("lower(\(email))") == given.lowercased())
            used.insert(.email)
        }
        return parts.isEmpty ? nil : (parts.joined(operator: .and), used)
    }

    /// Whether a record matched by `identifiers` may be found.
    private func keeps(_ identifiers: Set<SubjectIdentifier>) -> Bool {
        releasable.map { !$0.isDisjoint(with: identifiers) } ?? true
    }

    /// `column` is the match's site, when it is bound to one.
    private func onSite(_ column: some SQLSpecificExpressible) -> SQLExpression {
        siteID.map { column == $0 } ?? true.sqlExpression
    }

    /// The subject's visits.
    func visits(_ db: Database) throws -> [Found] {
        guard let (matching, used) = condition(name: VisitRecord.Columns.visitorName, phone: VisitRecord.Columns.visitorPhone, email: nil),
            keeps(used)
        else { return [] }
        let request: SQLRequest<Int64> = "SELECT id FROM visit WHERE \(matching) AND \(onSite(VisitRecord.Columns.siteId)) ORDER BY checked_in_at"
        return try request.fetchAll(db).map { Found(id: $0, matchedBy: used) }
    }

    /// The subject's group memberships: by name, and by e-mail where the school's list gave one.
    func members(_ db: Database) throws -> [Found] {
        let email = SQL("group_member.email"), name = SQL("group_member.name")
        var parts: [SQLExpression] = []
        if let given = subject.name { parts.append(AppDatabase.foldFunction(name) == SearchFolding.fold(given)) }
        if let given = subject.email {
            let sameAddress = SQL("lower(\(email))") == given.lowercased()
            parts.append(subject.name == nil ? sameAddress : (email == nil || sameAddress))
        }
        guard !parts.isEmpty else { return [] }
        let request: SQLRequest<Row> = """
            SELECT group_member.id, group_member.email IS NOT NULL AND \(subject.email != nil) AS by_email FROM group_member
            JOIN school_group ON school_group.id = group_member.group_id
            WHERE \(parts.joined(operator: .and)) AND \(onSite(SQL("school_group.site_id"))) ORDER BY group_member.id
            """
        return try request.fetchAll(db).compactMap { row in
            var used: Set<SubjectIdentifier> = subject.name != nil ? [.name] : []
            if row["by_email"] as Bool { used.insert(.email) }
            return keeps(used) ? Found(id: row["id"], matchedBy: used) : nil
        }
    }

    /// The subject's consents.
    func consents(_ db: Database) throws -> [Found] {
        guard let (matching, used) = condition(name: ConsentRecord.Columns.name, phone: nil, email: ConsentRecord.Columns.email), keeps(used) else {
            return []
        }
        let request: SQLRequest<Int64> = "SELECT id FROM consent WHERE \(matching) AND \(onSite(ConsentRecord.Columns.siteId)) ORDER BY id"
        return try request.fetchAll(db).map { Found(id: $0, matchedBy: used) }
    }

    /// The subject's invites: name and phone must match where given; the e-mail too where the invite has one.
    func invites(_ db: Database) throws -> [Found] {
        let email = SQL("invite.visitor_email")
        guard var (matching, used) = condition(name: SQL("invite.visitor_name"), phone: SQL("invite.visitor_phone"), email: nil) ?? emailOnly(email)
        else { return [] }
        if let given = subject.email, used != [.email] { matching = matching && (email == nil || SQL("lower(\(email))") == given.lowercased()) }
        let request: SQLRequest<Row> = """
            SELECT id, visitor_email IS NOT NULL AND \(subject.email != nil) AS by_email FROM invite
            WHERE \(matching) AND \(onSite(SQL("invite.site_id"))) ORDER BY visit_date, id
            """
        return try request.fetchAll(db).compactMap { row in
            var matchedBy = used
            if row["by_email"] as Bool { matchedBy.insert(.email) }
            return keeps(matchedBy) ? Found(id: row["id"], matchedBy: matchedBy) : nil
        }
    }

    /// The condition for a subject given by e-mail alone.
    private func emailOnly(_ email: SQL) -> (SQLExpression, Set<SubjectIdentifier>)? {
        subject.email.map { (SQL("lower(\(email))") == $0.lowercased(), [.email]) }
    }
}
