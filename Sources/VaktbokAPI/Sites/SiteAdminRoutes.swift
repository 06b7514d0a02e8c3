import Foundation
import Hummingbird
import VaktbokCore

/// Sites for the admin console (`Permission.sites`): listed with their settings (`GET /sites`), added (`POST /sites`,
/// admins of every site only) and changed (`PATCH /sites/{code}`: name, retention window, notification language,
/// privacy-notice link, webhook). The webhook secret is write-only: set or rotated here, never read back, except the
/// new secret of a rotation, shown once.
struct SiteAdminRoutes {
    let store: any SiteStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("sites") { _, context -> [SiteSettingsResponse] in
            let staff = try context.require(.sites)
            return try await store.sites().filter { staff.actor.covers(siteID: $0.rowID) }.map { SiteSettingsResponse($0) }
        }
        group.post("sites") { request, context -> EditedResponse<SiteSettingsResponse> in
            let staff = try context.require(.sites)
            guard staff.siteID == nil else { throw APIError(.forbidden, "a login bound to one site cannot add sites") }
            let body = try await request.decodeJSON(as: NewSiteRequest.self, context: context)
            let site = try await store.addSite(
                code: try SiteCode(body.code, field: "code"), name: try Label(body.name, field: "name").value,
                timeZone: try TimeZoneName(body.timeZone ?? TimeZoneName.oslo.identifier, field: "timeZone"), actor: staff.actor, now: config.now())
            context.logger.info("site added", metadata: ["site.id": "\(site.rowID)"])
            return EditedResponse(status: .created, response: SiteSettingsResponse(site))
        }
        group.patch("sites/{code}") { request, context -> SiteSettingsResponse in
            let staff = try context.require(.sites)
            let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
            let body = try await request.decodeJSON(as: SiteSettingsRequest.self, context: context)
            var change = try body.change()
            if body.rotateWebhookSecret == true { change.rotatedWebhookSecret = WebhookSecret.generate() }
            let changed = try await store.changeSite(code: try SiteCode(site.code), change, actor: staff.actor, now: config.now())
            return SiteSettingsResponse(changed, newWebhookSecret: change.rotatedWebhookSecret?.text)
        }
    }
}

/// `POST /api/v1/sites` body.
struct NewSiteRequest: Decodable {
    let code: String
    let name: String
    let timeZone: String?
}

/// `PATCH /api/v1/sites/{code}` body: only the settings given change; an empty URL clears it.
struct SiteSettingsRequest: Decodable {
    let name: String?
    let visitRetentionDays: Int?
    let language: String?
    let privacyNoticeUrl: String?
    let webhookUrl: String?
    let webhookFormat: String?
    let webhookPersonalData: Bool?
    let webhookSecret: String?
    let rotateWebhookSecret: Bool?

    /// The change through its gates; 400 naming the field at fault.
    func change() throws -> SiteSettingsChange {
        let language = try language.map { raw in
            guard let value = NotificationLanguage(rawValue: raw) else { throw APIError(.badRequest, "language must be nb or en", field: "language") }
            return value
        }
        let format = try webhookFormat.map { raw in
            guard let value = WebhookFormat(rawValue: raw) else {
                throw APIError(.badRequest, "webhookFormat must be standard, slack or teams", field: "webhookFormat")
            }
            return value
        }
        return SiteSettingsChange(
            name: try name.map { try Label($0, field: "name").value },
            retention: try visitRetentionDays.map { try RetentionPolicy(visitDays: $0, field: "visitRetentionDays") }, language: language,
            privacyURL: try privacyNoticeUrl.map { try WebAddress($0, field: "privacyNoticeUrl").text },
            webhookURL: try webhookUrl.map { try WebAddress($0, field: "webhookUrl").text },
            webhookSecret: try webhookSecret.map { try WebhookSecret($0, field: "webhookSecret") }, webhookPersonalData: webhookPersonalData,
            webhookFormat: format)
    }
}

/// A site's settings as the admin sees them: whether a webhook secret is set, never the secret itself (except a
/// rotation's new one, once). A Slack or Teams webhook address is itself the key to the channel, so only its host is
/// read back.
struct SiteSettingsResponse: ResponseCodable {
    let code: String
    let name: String
    let timeZone: String
    let visitRetentionDays: Int
    let language: String
    let privacyNoticeUrl: String?
    let webhookUrl: String?
    let webhookHost: String?
    let webhookFormat: String
    let webhookPersonalData: Bool
    let webhookSecretSet: Bool
    let newWebhookSecret: String?

    init(_ site: SiteRecord, newWebhookSecret: String? = nil) {
        (code, name, timeZone, visitRetentionDays, language) = (site.code, site.name, site.timeZone, site.visitRetentionDays, site.language)
        (privacyNoticeUrl, webhookFormat) = (site.privacyNoticeUrl, site.webhookFormat)
        webhookUrl = site.webhookFormat == WebhookFormat.standard.rawValue ? site.webhookUrl : nil
        webhookHost = site.webhookUrl.flatMap { URLComponents(string: $0)?.host }
        (webhookPersonalData, webhookSecretSet, self.newWebhookSecret) = (site.webhookPersonalData, site.webhookSecret != nil, newWebhookSecret)
    }
}
