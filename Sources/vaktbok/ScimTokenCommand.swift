import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

extension SiteCommand {
    /// `vaktbok site scim-token --code OSL [--revoke]`: the token an identity provider provisions the site's hosts with.
    struct ScimToken: DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "scim-token",
            abstract: "Print a new SCIM provisioning token for a site (shown once; earlier tokens stop working), or revoke them.",
            discussion: "Give the identity provider (Entra ID, Okta, …) the tenant URL https://HOST/scim/v2 and this token as its secret."
        )
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var code: String
        @Flag(help: "Revoke the site's tokens without issuing a new one: provisioning stops.") var revoke = false

        func run(on store: AppDatabase) async throws {
            let site = try await store.site(code: SiteCode(code, field: "code"))
            if revoke {
                let count = try await store.revokeProvisioningTokens(siteID: site.rowID, actor: CLIActor.audit, now: Date())
                print("site \(site.code): \(count) provisioning token\(count == 1 ? "" : "s") revoked")
            } else {
                let token = try await store.issueProvisioningToken(siteID: site.rowID, actor: CLIActor.audit, now: Date())
                print("SCIM token for site \(site.code) (shown once; earlier tokens no longer work):")
                print(token)
            }
        }
    }
}
