import ArgumentParser

/// The `vaktbok` command: the server and the admin tools, all on one database file.
@main
struct Vaktbok: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Visitor registration with retention you can prove.",
        subcommands: [
            ServeCommand.self, PurgeCommand.self, VerifyCommand.self, ReportCommand.self, BenchCommand.self, SiteCommand.self, HostCommand.self,
            StaffCommand.self, HoldCommand.self, GroupCommand.self, InviteCommand.self, ConsentCommand.self, SubjectCommand.self, MigrateCommand.self,
            BackupCommand.self, RestoreCommand.self, RollCallCommand.self, PrinterCommand.self,
        ]
    )
}
