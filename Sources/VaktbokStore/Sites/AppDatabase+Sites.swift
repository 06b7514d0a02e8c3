import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    public func addSite(code: SiteCode, name: String, timeZone: TimeZoneName, actor: AuditActor = "system", now: Date) async throws -> SiteRecord {
        try await write { db in
            guard try SiteRecord.filter(SiteRecord.Columns.code == code.value).fetchCount(db) == 0 else {
                throw StoreError.duplicate(field: "code")
            }
            var site = SiteRecord(
                id: nil, code: code.value, name: name, timeZone: timeZone.identifier, createdAt: now,
                visitRetentionDays: RetentionPolicy.standard.visitDays,
                language: "nb", privacyNoticeUrl: nil, webhookUrl: nil, webhookSecret: nil, webhookPersonalData: false
            )
            try site.insert(db)
            try Self.audit("site-add", actor: actor, siteID: site.rowID, details: ["site": .number(Int(site.rowID))], at: now, in: db)
            return site
        }
    }

    /// Sets how long the site with `code` keeps its visits.
    public func setRetention(siteCode: SiteCode, policy: RetentionPolicy, actor: AuditActor = "system", now: Date = Date()) async throws -> SiteRecord
    {
        try await changeSite(code: siteCode, SiteSettingsChange(retention: policy), actor: actor, now: now)
    }

    /// Sets when the site closes (nil: visits close at the end of their day), from `now` on: a closing time already
    /// past today applies from tomorrow, so that nobody still in the building is checked out after the fact.
    public func setClosingTime(siteCode: SiteCode, closing: ClosingTime?, now: Date) async throws -> SiteRecord {
        try await write { db in
            var site = try Self.site(code: siteCode, in: db)
            site.closingMinutes = closing?.minutes
            site.closingSetAt = now
            try site.update(db)
            return site
        }
    }

    /// Sets after how many hours (1–12) of a visit its host is asked whether the visitor is still there; nil: never.
    public func setReminderHours(siteCode: SiteCode, hours: Int?) async throws -> SiteRecord {
        if let hours, !(1...12).contains(hours) { throw ValidationError(field: "remind-after", reason: "must be 1 to 12 hours, or off") }
        return try await write { db in
            var site = try Self.site(code: siteCode, in: db)
            site.reminderHours = hours
            try site.update(db)
            return site
        }
    }

    public func changeSite(code: SiteCode, _ change: SiteSettingsChange, actor: AuditActor, now: Date) async throws -> SiteRecord {
        try await write { db in
            var site = try Self.site(code: code, in: db)
            guard actor.covers(siteID: site.rowID) else { throw StoreError.notFound(entity: "site", field: "code") }
            let before = site
            if let name = change.name { site.name = name }
            if let retention = change.retention { site.visitRetentionDays = retention.visitDays }
            if let language = change.language { site.language = language.rawValue }
            if let privacyURL = change.privacyURL { site.privacyNoticeUrl = privacyURL.isEmpty ? nil : privacyURL }
            if let webhookURL = change.webhookURL { site.webhookUrl = webhookURL.isEmpty ? nil : webhookURL }
            if let secret = change.webhookSecret {
                (site.webhookSecret, site.webhookPreviousSecret, site.webhookPreviousSecretUntil) = (secret.text, nil, nil)
            }
            if let fresh = change.rotatedWebhookSecret {
                guard change.webhookSecret == nil else { throw ValidationError(field: "webhookSecret", reason: "is set or rotated, not both") }
                guard let current = site.webhookSecret else { throw StoreError.conflict("the site has no webhook secret to rotate") }
                let until = now.addingTimeInterval(WebhookSecret.rotationOverlap)
                (site.webhookSecret, site.webhookPreviousSecret, site.webhookPreviousSecretUntil) = (fresh.text, current, until)
            }
            if let personal = change.webhookPersonalData { site.webhookPersonalData = personal }
            if let format = change.webhookFormat { site.webhookFormat = format.rawValue }
            guard site.webhookUrl == nil || site.webhookFormat != WebhookFormat.standard.rawValue || site.webhookSecret != nil else {
                throw ValidationError(field: "webhookSecret", reason: "is required with a webhook URL (the events are signed)")
            }
            let changed = [
                ("name", before.name != site.name), ("visitRetentionDays", before.visitRetentionDays != site.visitRetentionDays),
                ("language", before.language != site.language), ("privacyNoticeUrl", before.privacyNoticeUrl != site.privacyNoticeUrl),
                ("webhookUrl", before.webhookUrl != site.webhookUrl), ("webhookSecret", change.webhookSecret != nil),
                ("webhookPersonalData", before.webhookPersonalData != site.webhookPersonalData),
                ("webhookFormat", before.webhookFormat != site.webhookFormat),
            ].filter(\.1).map(\.0)
            guard !changed.isEmpty || change.rotatedWebhookSecret != nil else { return site }
            try site.update(db)
            if !changed.isEmpty {
                try Self.audit(
                    "site-change", actor: actor, siteID: site.rowID,
                    details: ["site": .number(Int(site.rowID)), "fields": .word(changed.joined(separator: ","))], at: now, in: db)
            }
            if change.rotatedWebhookSecret != nil {
                try Self.audit("webhook-secret-rotated", actor: actor, siteID: site.rowID, details: [:], at: now, in: db)
            }
            return site
        }
    }

    /// Replaces the site's webhook secret with `secret`; the old one keeps signing alongside it for
    /// `WebhookSecret.rotationOverlap`, so that receivers can switch over without refusing an event.
    public func rotateWebhookSecret(siteCode: SiteCode, to secret: WebhookSecret, actor: AuditActor, now: Date) async throws -> SiteRecord {
        try await changeSite(code: siteCode, SiteSettingsChange(rotatedWebhookSecret: secret), actor: actor, now: now)
    }

    /// The site with `code`, or `StoreError.notFound`.
    public func site(code: SiteCode) async throws -> SiteRecord {
        try await read { db in try Self.site(code: code, in: db) }
    }

    /// The site with `id`, or `StoreError.notFound`.
    public func site(id: Int64) async throws -> SiteRecord {
        try await read { db in try Self.site(id: id, in: db) }
    }

    /// Every site, by code.
    public func sites() async throws -> [SiteRecord] {
        try await read { db in try SiteRecord.order(SiteRecord.Columns.code).fetchAll(db) }
    }

    static func site(code: SiteCode, in db: Database) throws -> SiteRecord {
        guard let site = try SQLRequest<SiteRecord>(literal: "SELECT * FROM site WHERE code = \(code.value)", cached: true).fetchOne(db) else {
            throw StoreError.notFound(entity: "site", field: "site")
        }
        return site
    }

    static func site(id: Int64, in db: Database) throws -> SiteRecord {
        guard let site = try SQLRequest<SiteRecord>(literal: "SELECT * FROM site WHERE id = \(id)", cached: true).fetchOne(db) else {
            throw StoreError.notFound(entity: "site", field: "site")
        }
        return site
    }
}
