import Foundation
import Hummingbird
import VaktbokBadge
import VaktbokCore

/// The QR code alone (`qr.png`, `qr.svg`) and the printable badge (`badge.svg`) of a visit.
struct BadgeRoutes {
    let scope: SiteScope

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("visits/{id}/qr.png") { _, context in
            let visit = try await scope.visit(in: context)
            let png = QRImage(matrix: try QRMatrix(encoding: visit.visit.badgeCode)).png()
            return Response.personalData(ByteBuffer(bytes: png), type: "image/png")
        }
        group.get("visits/{id}/qr.svg") { _, context in
            let visit = try await scope.visit(in: context)
            let svg = QRImage(matrix: try QRMatrix(encoding: visit.visit.badgeCode)).svg()
            return Response.personalData(ByteBuffer(string: svg), type: "image/svg+xml")
        }
        group.get("visits/{id}/badge.svg") { _, context in
            let badge = Badge(try await scope.visit(in: context))
            return Response.personalData(ByteBuffer(string: try badge.svg()), type: "image/svg+xml")
        }
    }
}
