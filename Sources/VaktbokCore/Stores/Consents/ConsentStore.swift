import Foundation

/// Consents to apprenticeship e-mails: given at the desk, withdrawn by link or by request.
public protocol ConsentStore: Sendable {
    /// Records a consent at a site.
    func addConsent(_ consent: NewConsent, siteID: Int64, actor: AuditActor, now: Date) async throws -> ConsentRecord
    /// Erases the consent with this withdrawal token or address; false if none matched.
    func withdrawConsent(token: String?, email: EmailAddress?, actor: AuditActor, now: Date) async throws -> Bool
}
