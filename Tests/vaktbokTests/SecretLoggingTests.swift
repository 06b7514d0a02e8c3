import Foundation
import Testing
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Secrets never reach the log, at any level", .timeLimit(.minutes(2)))
struct SecretLoggingTests {
    @Test("serve at trace level through an SMS and a signed webhook delivery: no gateway token or webhook secret in the output")
    func traceLevel() async throws {
        let gateway = GatewayStandIn()
        let cli = VaktbokBinary()
        let smsToken = "smstoken-Kanari-7f3a9c", webhookSecret = "whsecret-Kanari-2b8e41d0"
        try await gateway.run { base in
            let environment = ["VAKTBOK_SMS_PROVIDER": "json", "VAKTBOK_SMS_URL": base + "/send", "VAKTBOK_SMS_TOKEN": smsToken]
            let server = try DemoServer(cli: cli, environment: environment, arguments: ["--log-level", "trace"])
            let notify = try cli.run(
                ["site", "notify", "--code", "OSL", "--webhook-url", base + "/hook", "--webhook-secret-stdin"], stdin: webhookSecret + "\n")
            #expect(notify.status == 0, "\(notify.stderr)")
            let api = APIClient(port: server.port)
            let token = try await api.login("resepsjon", password: server.receptionPassword)
            let checkIn = try await api.send(
                "POST", "/api/v1/visits", token: token, body: ["name": "Hemmelig Testesen-Ås", "phone": "976 54 321", "hostId": 1])
            #expect(checkIn.status == 201)
            try await eventually(20) { gateway.received.contains { $0.path == "/hook" } && gateway.received.contains { $0.path == "/send" } }
            #expect(try server.stop() == 0)
            let log = try server.log()
            #expect(log.contains("trace") || log.contains("debug"), "the log must really be at the most verbose level")
            for secret in [smsToken, webhookSecret, "Kanari"] { #expect(!log.contains(secret), "\(secret) is in the log") }
        }
        #expect(gateway.received.contains { $0.headers["authorization"] == "Bearer \(smsToken)" }, "the token was really used")
    }
}
