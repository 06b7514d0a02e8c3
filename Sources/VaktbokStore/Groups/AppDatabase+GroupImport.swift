import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Imports a name list in one transaction: creates the group (site, date, school) or finds it, adds new
    /// names, updates changed ones and leaves known ones alone; a dry run rolls everything back.
    public func importGroup(_ request: GroupImport, now: Date) async throws -> GroupImportResult {
        try await write { db in
            var result: GroupImportResult?
            try db.inSavepoint {
                result = try Self.importGroup(request, now: now, in: db)
                return request.dryRun ? .rollback : .commit
            }
            guard let result else { preconditionFailure("the import savepoint ran no body") }
            return result
        }
    }

    private static func importGroup(_ request: GroupImport, now: Date, in db: Database) throws -> GroupImportResult {
        guard let site = try SiteRecord.fetchOne(db, key: request.siteID) else { throw StoreError.notFound(entity: "site", field: "site") }
        _ = try activeHost(id: request.hostID, siteID: site.rowID, in: db)
        guard request.date >= CalendarDate(of: now, in: site.zone) else {
            throw ValidationError(field: "date", reason: "is in the past; import lists for visits today or later")
        }
        var (group, created, changed) = try findOrCreateGroup(request, site: site, now: now, in: db)
        let members = try GroupMemberRecord.filter(GroupMemberRecord.Columns.groupId == group.rowID).fetchAll(db)
        var known = Dictionary(uniqueKeysWithValues: members.map { ($0.nameKey, $0) })
        var rows = request.list.rejections.map {
            GroupImportResult.Row(line: $0.line, name: $0.name, role: nil, status: .rejected, reason: $0.reason)
        }
        for entry in request.list.entries {
            let status: GroupImportResult.Status
            if var member = known[entry.key] {
                if member.role == entry.role && member.email == entry.email?.value {
                    status = .unchanged
                } else {
                    member.role = entry.role
                    member.email = entry.email?.value
                    try member.update(db)
                    status = .updated
                }
            } else {
                var member = GroupMemberRecord(
                    id: nil, groupId: group.rowID, name: entry.name.value, nameKey: entry.key, role: entry.role,
                    email: entry.email?.value, line: entry.line, visitId: nil, arrivedAt: nil
                )
                try member.insert(db)
                known[entry.key] = member
                status = .imported
            }
            rows.append(.init(line: entry.line, name: entry.name.value, role: entry.role, status: status, reason: nil))
        }
        let result = GroupImportResult(group: group, created: created, groupChanged: changed, rows: rows.sorted { $0.line < $1.line })
        try audit(
            "group-import", actor: request.actor, siteID: site.rowID,
            details: [
                "group": .ids([group.rowID]), "imported": .number(result.count(.imported)), "updated": .number(result.count(.updated)),
                "unchanged": .number(result.count(.unchanged)), "rejected": .number(result.count(.rejected)),
            ], at: now, in: db)
        if request.dryRun && created { group.id = nil }
        return GroupImportResult(group: group, created: created, groupChanged: changed, rows: result.rows)
    }

    private static func findOrCreateGroup(
        _ request: GroupImport, site: SiteRecord, now: Date, in db: Database
    ) throws -> (GroupRecord, created: Bool, changed: Bool) {
        let key = request.school.value.lowercased()
        if var group = try GroupRecord.filter(
            GroupRecord.Columns.siteId == site.rowID && GroupRecord.Columns.visitDate == request.date.value && GroupRecord.Columns.schoolKey == key
        ).fetchOne(db) {
            let phone = request.contactPhone?.e164 ?? group.contactPhone
            guard group.hostId != request.hostID || group.contactPhone != phone else { return (group, false, false) }
            group.hostId = request.hostID
            group.contactPhone = phone
            try group.update(db)
            return (group, false, true)
        }
        var group = GroupRecord(
            id: nil, siteId: site.rowID, hostId: request.hostID, visitDate: request.date.value,
            dayEndsAt: request.date.end(in: site.zone), school: request.school.value, schoolKey: key,
            contactPhone: request.contactPhone?.e164, createdAt: now
        )
        try group.insert(db)
        return (group, true, false)
    }
}
