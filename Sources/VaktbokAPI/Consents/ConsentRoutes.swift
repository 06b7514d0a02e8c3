import Foundation
import Hummingbird
import VaktbokCore

/// Apprenticeship consent: the text (`GET /consents/text`), recording one (`POST /consents`), and withdrawal
/// (`POST /consents/withdraw`), which the e-mail link's token allows without signing in.
struct ConsentRoutes {
    let store: any ConsentStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("consents/text") { _, context -> ConsentTextResponse in
            _ = try context.require(.frontDesk)
            return ConsentTextResponse(
                version: ApprenticeshipConsent.textVersion,
                text: Dictionary(uniqueKeysWithValues: ApprenticeshipConsent.text.map { ($0.key.rawValue, $0.value) }),
                maxMails: ApprenticeshipConsent.maxMails, months: ApprenticeshipConsent.months
            )
        }
        group.post("consents") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: ConsentRequest.self, context: context)
            guard let giver = ApprenticeshipConsent.Giver(rawValue: body.consentedBy) else {
                throw APIError(.badRequest, "consentedBy must be pupil or guardian", field: "consentedBy")
            }
            try ApprenticeshipConsent.check(giver: giver, pupilIs15OrOlder: body.pupilIs15OrOlder)
            if let shown = body.textVersion, shown != ApprenticeshipConsent.textVersion {
                throw APIError(.conflict, "the consent text has changed; show version \(ApprenticeshipConsent.textVersion)", field: "textVersion")
            }
            let consent = NewConsent(
                name: try PersonName(body.name), email: try EmailAddress(body.email), school: try SchoolName(body.school), giver: giver)
            let site = try await scope.site(for: staff, requested: body.site)
            let record = try await store.addConsent(consent, siteID: site.rowID, actor: staff.actor, now: config.now())
            context.logger.info("consent recorded", metadata: ["consent.id": "\(record.rowID)"])
            return try ConsentResponse(record).personalJSON(context, status: .created)
        }
    }

    /// The withdrawal route, outside the signed-in group: a token needs no login (an unknown one is 404: a token is a
    /// 128-bit secret, so the answer reveals nothing, and the pupil learns the link is spent); an address needs a privacy
    /// or admin login, reaches only its site's consents, and gets the same answer whether or not anything matched.
    func registerWithdrawal(on router: Router<AppRequestContext>, authentication: BearerAuthMiddleware) {
        router.post("api/v1/consents/withdraw") { request, context -> [String: Bool] in
            let body = try await request.decodeJSON(as: WithdrawRequest.self, context: context)
            let actor: AuditActor
            var email: EmailAddress?
            switch (body.token, body.email) {
            case let (token?, nil):
                guard (16...64).contains(token.count), token.allSatisfy(Base64URL.isAlphabetCharacter) else {
                    throw APIError(.badRequest, "token is not a withdrawal token", field: "token")
                }
                actor = AuditActor(label: "link", siteID: nil)
            case let (nil, address?):
                var context = context
                try await authentication.authenticate(request, into: &context)
                actor = try context.require(.privacyWork).actor
                email = try EmailAddress(address)
            default:
                throw APIError(.badRequest, "give either the token from the e-mail's link or, signed in, the email", field: "token")
            }
            let withdrawn = try await store.withdrawConsent(token: body.token, email: email, actor: actor, now: config.now())
            guard withdrawn || email != nil else { throw StoreError.notFound(entity: "consent", field: "token") }
            context.logger.info("consent withdrawal handled", metadata: ["by": "\(actor)"])
            return ["withdrawn": true]
        }
    }
}
