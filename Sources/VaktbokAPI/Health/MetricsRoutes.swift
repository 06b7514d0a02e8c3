import Crypto
import Foundation
import Hummingbird
import VaktbokCore

/// `GET /metrics` in Prometheus text format, read from the database at scrape time: the purge runs in its
/// own process (cron), so only the database knows what it did. Counts and ages only, no labels with data.
/// With a token configured, only a scraper bearing it is answered.
struct MetricsRoutes {
    let store: any ReportStore
    let now: @Sendable () -> Date
    let token: String?

    func register(on router: Router<AppRequestContext>) {
        router.get("metrics") { request, _ -> Response in
            try authorize(request)
            let oldest = try await store.oldestVisitCheckIns().values.min()
            let purge = try await store.lastReceipt()
            let outbox = try await store.outboxCounts()
            var lines = gauge(
                "vaktbok_oldest_visit_age_seconds", "Age of the oldest stored visit; 0 when there is none.",
                [("", oldest.map { now().timeIntervalSince($0) } ?? 0)]
            )
            lines += gauge(
                "vaktbok_outbox_messages", "Notification messages per status (pending, sent, failed).",
                ["pending", "sent", "failed"].map { ("{status=\"\($0)\"}", Double(outbox[$0] ?? 0)) })
            if let purge {
                lines += gauge(
                    "vaktbok_last_purge_timestamp_seconds", "When the last purge applied its rules (Unix time).",
                    [("", purge.now.timeIntervalSince1970)])
                lines += gauge(
                    "vaktbok_last_purge_deleted_rows", "Rows the last purge deleted, per table.",
                    purge.deleted.sorted { $0.key < $1.key }.map { ("{table=\"\($0.key)\"}", Double($0.value)) })
                lines += gauge(
                    "vaktbok_last_purge_held_back_rows", "Rows past retention the last purge kept for a hold, per table.",
                    purge.heldBack.sorted { $0.key < $1.key }.map { ("{table=\"\($0.key)\"}", Double($0.value)) })
                lines += gauge(
                    "vaktbok_last_purge_checkpoint_truncated", "1 when the last purge emptied the WAL.",
                    [("", purge.checkpoint == .truncated ? 1 : 0)])
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\n") + "\n"))
            )
        }
    }

    /// Refuses a scrape without the configured token (compared by digest, so in constant time).
    private func authorize(_ request: Request) throws {
        guard let token else { return }
        let given = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil } ?? ""
        guard SHA256.hash(data: Data(given.utf8)) == SHA256.hash(data: Data(token.utf8)) else {
            var error = APIError(.unauthorized, "the metrics token is missing or wrong")
            error.headers[.wwwAuthenticate] = "Bearer"
            throw error
        }
    }

    private func gauge(_ name: String, _ help: String, _ samples: [(labels: String, value: Double)]) -> [String] {
        ["# HELP \(name) \(help)", "# TYPE \(name) gauge"] + samples.map { "\(name)\($0.labels) \(Self.format($0.value))" }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
