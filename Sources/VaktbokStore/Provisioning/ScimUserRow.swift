import Foundation
import GRDB
import VaktbokCore

/// A row of `scim_user`: the provisioning link of one host, with the parts of the user that the host row has no
/// column for.
struct ScimUserRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "scim_user"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { SnakeCaseNames.decoding }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { SnakeCaseNames.encoding }

    /// The columns queries name.
    enum Columns: String, ColumnExpression { case hostId = "host_id", siteId = "site_id", userNameKey = "user_name_key", externalId = "external_id" }

    var hostId: Int64
    var siteId: Int64
    var userName: String
    var userNameKey: String
    var externalId: String?
    var givenName: String?
    var familyName: String?
    var formattedName: String?
    var displayName: String?
    var createdAt: Date
    var updatedAt: Date

    /// The row for `user` as host `hostID` of `siteID`, made at `createdAt` and changed at `updatedAt`.
    init(_ user: ProvisionedUser, hostID: Int64, siteID: Int64, createdAt: Date, updatedAt: Date) {
        (hostId, siteId, userName, externalId) = (hostID, siteID, user.userName.value, user.externalID?.value)
        userNameKey = ProvisionedUser.userNameKey(user.userName.value)
        (givenName, familyName, formattedName, displayName) =
            (user.givenName?.value, user.familyName?.value, user.formattedName?.value, user.displayName?.value)
        (self.createdAt, self.updatedAt) = (createdAt, updatedAt)
    }

    /// The stored user with its host's contact details, re-read through the gates they passed when stored.
    func record(host: HostRecord) throws -> ProvisionedUserRecord {
        let label = { (text: String?, field: String) throws in try text.map { try Label($0, field: field) } }
        let user = ProvisionedUser(
            userName: try Label(userName, field: "userName"), externalID: try label(externalId, "externalId"),
            givenName: try label(givenName, "name.givenName"), familyName: try label(familyName, "name.familyName"),
            formattedName: try label(formattedName, "name.formatted"), displayName: try label(displayName, "displayName"),
            email: try host.email.map { try EmailAddress($0) }, mobile: try host.phone.map { try PhoneNumber($0) },
            employeeNumber: try label(host.employeeNumber, "employeeNumber"), active: host.active)
        return ProvisionedUserRecord(hostID: hostId, user: user, createdAt: createdAt, updatedAt: updatedAt)
    }
}
