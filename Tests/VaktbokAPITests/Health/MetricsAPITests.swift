import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Metrics")
struct MetricsAPITests {
    @Test("/metrics shows the oldest visit's age and the last purge's counts, no personal data")
    func metrics() async throws {
        try await APIFixture.test { fixture, client in
            let empty = try await client.send(.get, "/metrics")
            #expect(empty.text.contains("vaktbok_oldest_visit_age_seconds 0\n"))
            #expect(!empty.text.contains("vaktbok_last_purge"))

            let token = try await client.login("resepsjon")
            _ = try await client.checkIn(token: token, name: "Metrikk Ørnsdatter", hostId: fixture.kari.rowID)
            fixture.clock.advance(by: 90)
            var options = PurgeOptions(now: fixture.clock.now)
            options.pause = .zero
            _ = try await fixture.database.purge(options)

            let text = try await client.send(.get, "/metrics").text
            #expect(text.contains("# TYPE vaktbok_oldest_visit_age_seconds gauge\nvaktbok_oldest_visit_age_seconds 90\n"))
            #expect(text.contains("vaktbok_last_purge_deleted_rows{table=\"visit\"} 0\n"))
            #expect(text.contains("vaktbok_last_purge_checkpoint_truncated 1\n"))
            #expect(text.contains("vaktbok_outbox_messages{status=\"pending\"} 3\n"))
            #expect(text.contains("vaktbok_last_purge_timestamp_seconds \(Int(fixture.clock.now.timeIntervalSince1970))\n"))
            #expect(!text.contains("Ørnsdatter") && !text.contains("Metrikk"))
        }
    }

    @Test("/openapi.yaml answers 404 with a JSON message, and the server keeps serving, when the description is not installed")
    func missingAPIDescription() async throws {
        let fixture = try await APIFixture()
        let missing = TemporaryFolder.make("no-description").appendingPathComponent("openapi.yaml").path
        try await fixture.app { $0.apiDescriptionFile = missing }.test(.router) { client in
            let spec = try await client.send(.get, "/openapi.yaml")
            #expect(spec.status == .notFound && spec.error.message == "the API description is not installed")
            #expect(try await client.send(.get, "/healthz").status == .ok)
        }
    }

    @Test("/readyz is 503 naming `vaktbok migrate` while a migration is pending, and 200 once it is applied")
    func readiness() async throws {
        let fixture = try await APIFixture()
        try await fixture.database.pool.write { db in try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v9-backups'") }
        try await fixture.app().test(.router) { client in
            let pending = try await client.send(.get, "/readyz")
            #expect(pending.status == .serviceUnavailable && pending.error.message?.contains("v9-backups") == true)
            #expect(pending.error.message?.contains("run `vaktbok migrate`") == true)
            #expect(try await client.send(.get, "/healthz").status == .ok, "alive, though not ready")
            try await fixture.database.pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-backups')") }
            #expect(try await client.send(.get, "/readyz").status == .serviceUnavailable, "one answer serves probes for a few seconds")
            fixture.clock.advance(by: ReadinessProbe.reuse)
            #expect(try await client.send(.get, "/readyz").decoded(as: ReadinessResponse.self).status == "ready")
        }
    }
}
