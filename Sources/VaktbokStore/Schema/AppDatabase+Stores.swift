import VaktbokCore

/// The SQLite store keeps every feature's contract.
extension AppDatabase:
    SessionStore, SiteStore, VisitStore, GroupStore, ConsentStore, SubjectRequestStore, ReportStore, RollCallStore, HostReplyStore, InviteStore,
    PrintStore, ProvisioningStore,
    Outbox
{}
