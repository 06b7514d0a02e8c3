import Foundation
import Hummingbird
import VaktbokCore

/// `GET /healthz` (database status, no login) and `GET /openapi.yaml` (the API description).
struct HealthRoutes {
    let store: any ReportStore

    func register(on router: Router<AppRequestContext>) {
        router.get("healthz") { _, context -> HealthResponse in
            do {
                return HealthResponse(status: "ok", database: try await store.health())
            } catch {
                context.logger.error("health check failed", metadata: ["error.type": "\(type(of: error))"])
                throw APIError(.serviceUnavailable, "the database cannot be read")
            }
        }
        router.get("openapi.yaml") { _, _ -> Response in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
                let yaml = try? Data(contentsOf: url)
            else { throw APIError(.notFound, "the API description is not installed") }
            return Response(
                status: .ok,
                headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: yaml))
            )
        }
    }
}
