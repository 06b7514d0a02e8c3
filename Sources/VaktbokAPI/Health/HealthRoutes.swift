import Foundation
import Hummingbird
import VaktbokCore

/// `GET /healthz` (liveness: the database can be read), `GET /readyz` (readiness: migrations done and the
/// database writable), both without login, and `GET /openapi.yaml` (the API description).
struct HealthRoutes {
    let store: any ReportStore
    let readiness: ReadinessProbe
    let now: @Sendable () -> Date
    /// The API description, read once when the routes are built (no disk read per unauthenticated request); nil
    /// when the file could not be read.
    let apiDescription: ByteBuffer?

    init(store: any ReportStore, now: @escaping @Sendable () -> Date, apiDescriptionFile: String) {
        self.store = store
        self.readiness = ReadinessProbe(store: store)
        self.now = now
        self.apiDescription = FileManager.default.contents(atPath: apiDescriptionFile).map { ByteBuffer(bytes: $0) }
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("healthz") { _, context -> HealthResponse in
            do {
                return HealthResponse(status: "ok", database: try await store.health())
            } catch {
                context.logger.error("health check failed", metadata: ["error.type": "\(type(of: error))"])
                throw APIError(.serviceUnavailable, "the database cannot be read")
            }
        }
        router.get("readyz") { _, context -> ReadinessResponse in
            guard let problem = await readiness.problem(now: now()) else { return ReadinessResponse(status: "ready") }
            context.logger.warning("not ready", metadata: ["reason": "\(problem)"])
            throw APIError(.serviceUnavailable, problem)
        }
        router.get("openapi.yaml") { _, _ -> Response in
            guard let apiDescription else { throw APIError(.notFound, "the API description is not installed") }
            return Response(
                status: .ok,
                headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: apiDescription)
            )
        }
    }
}
