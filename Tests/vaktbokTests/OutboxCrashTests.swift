import Foundation
import Testing
import VaktbokTestSupport

@Suite("Outbox survives a crash", .timeLimit(.minutes(2)))
struct OutboxCrashTests {
    @Test("gateway down, server killed with SIGKILL, gateway back, server restarted: the SMS goes out, once accepted")
    func killAndResume() async throws {
        let gateway = GatewayStandIn()
        gateway.answer(with: .serviceUnavailable)
        let cli = VaktbokBinary()
        try await gateway.run { base in
            let environment = ["VAKTBOK_SMS_PROVIDER": "json", "VAKTBOK_SMS_URL": base + "/send", "VAKTBOK_SMS_TOKEN": "token"]
            let first = try DemoServer(cli: cli, environment: environment)
            let api = APIClient(port: first.port)
            let token = try await api.login("resepsjon", password: first.receptionPassword)
            let checkIn = try await api.send(
                "POST", "/api/v1/visits", token: token, body: ["name": "Krasj Testesen-Ødegård", "phone": "976 54 321", "hostId": 1])
            #expect(checkIn.status == 201)
            // The demo's invitation SMS goes through the same gateway: only the visitor's count here.
            let visitorSMS = { gateway.received.filter { $0.body.contains("+4797654321") } }
            try await eventually(10) { !visitorSMS().isEmpty }
            first.crash()

            gateway.answer(with: .created)
            let second = try DemoServer(cli: cli, environment: environment)
            try await eventually(30) { visitorSMS().count >= 2 }
            #expect(try second.stop() == 0)
        }
        let attempts = gateway.received.filter { $0.body.contains("+4797654321") }
        #expect(attempts.count == 2)
        #expect(Set(attempts.compactMap { $0.headers["idempotency-key"] }).count == 1)
        #expect(try cli.sql("SELECT status || ':' || ifnull(body, 'erased') FROM outbox_message WHERE visit_id IS NOT NULL") == "sent:erased")
        #expect(try cli.sql("PRAGMA integrity_check") == "ok")
    }
}
