import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("A full disk answers 503 and loses nothing")
struct StorageFullAPITests {
    @Test("check-ins on a full database get 503 with a clear message; stored visits stay intact; space back, service back")
    func diskFull() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            _ = try await client.checkIn(token: token, name: "Før Fullt", hostId: fixture.kari.rowID)
            try await fixture.database.pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
            }
            var stored = 1
            var full: TestResponse?
            for _ in 0..<2_000 where full == nil {
                let response = try await client.send(
                    .post, "/api/v1/visits", token: token,
                    body: [
                        "name": "Åse Fyllingsdal", "phone": "91234567", "hostId": fixture.kari.rowID, "confirmDuplicate": true,
                    ])
                if response.status == .created { stored += 1 } else { full = response }
            }
            let refused = try #require(full, "the database never filled up")
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.error.message?.contains("disk is full") == true)
            #expect(try await client.onSiteCount(site: "OSL", token: token) == stored)
            #expect(try await fixture.database.pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")

            try await fixture.database.pool.writeWithoutTransaction { db in _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = 1073741823") }
            #expect(
                try await client.send(
                    .post, "/api/v1/visits", token: token, body: ["name": "Etter Fullt", "phone": "91234567", "hostId": fixture.kari.rowID]
                ).status == .created)
        }
    }
}
