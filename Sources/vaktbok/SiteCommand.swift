import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok site add|list`.
struct SiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site", abstract: "Manage office sites.",
        subcommands: [Add.self, List.self, Retention.self, Closing.self, Notify.self, ScimToken.self]
    )

    /// `vaktbok site add --code OSL --name "Oslo HQ" [--timezone Europe/Oslo]`.
    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a site.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short code, e.g. OSL.") var code: String
        @Option(help: "Display name.") var name: String
        @Option(help: "IANA time zone.") var timezone = "Europe/Oslo"

        func run(on store: AppDatabase) async throws {
            let code = try SiteCode(code, field: "code")
            let zone = try TimeZoneName(timezone)
            let displayName = try Label(name, field: "name")
            let site = try await store.addSite(code: code, name: displayName.value, timeZone: zone, actor: CLIActor.audit, now: Date())
            print("added site \(site.code)")
        }
    }

    /// `vaktbok site list`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List sites.")
        @OptionGroup var database: DatabaseOptions

        func run(on store: AppDatabase) async throws {
            for site in try await store.sites() {
                print("\(site.code)\t\(site.name)\t\(site.timeZone)\tvisits kept \(site.visitRetentionDays) days")
            }
        }
    }

    /// `vaktbok site retention --code OSL --visit-days 14`.
    struct Retention: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Set how many days a site keeps its visits.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var code: String
        @Option(help: "Whole local days after check-out (1-365; default 10).") var visitDays: Int

        func run(on store: AppDatabase) async throws {
            let site = try await store.setRetention(
                siteCode: try SiteCode(code, field: "code"), policy: try RetentionPolicy(visitDays: visitDays, field: "visit-days"),
                actor: CLIActor.audit
            )
            print("site \(site.code) keeps visits \(site.visitRetentionDays) days")
        }
    }

    /// `vaktbok site closing --code OSL [--at 18:00|off] [--remind-after 3|off]`.
    struct Closing: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set when a site closes (visits still open are checked out) and when hosts are asked if a visitor is still there.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var code: String
        @Option(help: "Local closing time HH:MM, or off (visits then close at the end of their day).") var at: String?
        @Option(help: "Hours (1-12) after check-in to ask the host whether the visitor is still there, or off.") var remindAfter: String?

        func run(on store: AppDatabase) async throws {
            guard at != nil || remindAfter != nil else { throw CLIError("give --at, --remind-after or both") }
            let siteCode = try SiteCode(code, field: "code")
            let closing = try at.map { $0 == "off" ? nil : try ClosingTime($0, field: "--at") }
            let hours = try remindAfter.map { text -> Int? in
                guard text != "off" else { return nil }
                guard let hours = Int(text), (1...12).contains(hours) else { throw CLIError("--remind-after must be 1 to 12 hours, or off") }
                return hours
            }
            var site = try await store.site(code: siteCode)
            if let closing { site = try await store.setClosingTime(siteCode: siteCode, closing: closing, now: Date()) }
            if let hours { site = try await store.setReminderHours(siteCode: siteCode, hours: hours) }
            let closes = ClosingTime(minutes: site.closingMinutes).map { "at \($0.text)" } ?? "at the end of the day"
            print("site \(site.code) closes \(closes); hosts reminded " + (site.reminderHours.map { "after \($0) h" } ?? "never"))
        }
    }

    /// `vaktbok site notify --code OSL [--language nb|en] [--privacy-url URL] [--webhook-url URL --webhook-secret-stdin]
    /// [--webhook-format standard|slack|teams] [--rotate-webhook-secret]`.
    struct Notify: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Set a site's notification language, privacy link and webhook.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var code: String
        @Option(help: "nb or en.") var language: String?
        @Option(help: "Privacy notice linked from the visitor's SMS (empty clears it).") var privacyUrl: String?
        @Option(help: "URL that receives the site's events (empty turns them off).") var webhookUrl: String?
        @Flag(help: "Read the webhook signing secret (whsec_… or 16+ characters) from the first line of standard input.")
        var webhookSecretStdin = false
        @Option(help: "true to include the visitor's name and phone in webhook events.") var webhookPersonalData: Bool?
        @Option(help: "standard (signed Standard Webhooks events), slack or teams (a chat channel's incoming webhook).")
        var webhookFormat: String?
        @Flag(help: "Replace the signing secret with a new whsec_ secret, printed once; the old one still signs for 24 hours.")
        var rotateWebhookSecret = false

        func run(on store: AppDatabase) async throws {
            let lang = try language.map { raw in
                guard let value = NotificationLanguage(rawValue: raw) else { throw CLIError("--language must be nb or en") }
                return value
            }
            let format = try webhookFormat.map { raw in
                guard let value = WebhookFormat(rawValue: raw) else { throw CLIError("--webhook-format must be standard, slack or teams") }
                return value
            }
            let privacy = try privacyUrl.map { try WebAddress($0, field: "--privacy-url").text }
            let webhook = try webhookUrl.map { try WebAddress($0, field: "--webhook-url").text }
            guard !(rotateWebhookSecret && webhookSecretStdin) else {
                throw CLIError("give either --rotate-webhook-secret or --webhook-secret-stdin")
            }
            let secret = try webhookSecretStdin ? WebhookSecret(readLine(strippingNewline: true) ?? "") : nil
            let fresh = rotateWebhookSecret ? WebhookSecret.generate() : nil
            let change = SiteSettingsChange(
                language: lang, privacyURL: privacy, webhookURL: webhook, webhookSecret: secret, webhookPersonalData: webhookPersonalData,
                webhookFormat: format, rotatedWebhookSecret: fresh)
            let site = try await store.changeSite(code: try SiteCode(code, field: "code"), change, actor: CLIActor.audit, now: Date())
            if let fresh {
                print("new webhook secret (shown once): \(fresh.text)")
                print("the previous secret also signs until \(site.webhookPreviousSecretUntil.map { $0.ISO8601Format() } ?? "-")")
            }
            print("site \(site.code): language \(site.language), webhook \(site.webhookUrl == nil ? "off" : "on (\(site.webhookFormat))")")
        }
    }
}
