import ArgumentParser
import Foundation
import VaktbokBadge
import VaktbokCore
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench badges`: QR PNGs, badge SVGs and badge PDFs per second, against encoding the QR matrix alone.
struct BenchBadges: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "badges", abstract: "Badge rendering rate vs QR encoding alone.")
    @Option(help: "Renderings per timed run.") var count = 500
    @Option(help: "Timed runs; medians are reported.") var runs = 9

    func run() async throws {
        let codes = (0..<count).map { _ in BadgeCode.random().value }
        let badge = { (code: String) in
            Badge(
                visitorName: "Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer", hostName: "Kari Nordmann", siteName: "Oslo HQ",
                date: "2026-11-22", code: code)
        }
        let matrix = try await Timing.median(runs) { for code in codes { _ = try QRMatrix(encoding: code) } }
        let png = try await Timing.median(runs) { for code in codes { _ = QRImage(matrix: try QRMatrix(encoding: code)).png() } }
        let svg = try await Timing.median(runs) { for code in codes { _ = try badge(code).svg() } }
        let sheet = try await Timing.median(runs) { _ = try BadgeSheet.html(codes.prefix(30).map(badge), title: "Bench") }
        let label = BadgePDF(media: .dieCut62x100, dotsPerInch: 300)
        let pdf = try await Timing.median(runs) { for code in codes { _ = try label.render([badge(code)]) } }
        let group = (0..<2_000).map { _ in badge(BadgeCode.random().value) }
        let groupPDF = try await Timing.median(3) { _ = try BadgePDF(media: .a4, dotsPerInch: 300).render(group) }
        Output.line("badge rendering, \(count) per run, median of \(runs) runs:")
        Output.line(String(format: "  QR matrix only (baseline): %.0f/s", Double(count) / matrix))
        Output.line(String(format: "  QR PNG (8 px modules):     %.0f/s (%.2fx the baseline's time)", Double(count) / png, png / matrix))
        Output.line(String(format: "  badge SVG:                 %.0f/s (%.2fx the baseline's time)", Double(count) / svg, svg / matrix))
        Output.line(String(format: "  badge PDF (label, 300 dpi): %.0f/s (%.2fx the baseline's time)", Double(count) / pdf, pdf / matrix))
        Output.line(String(format: "  A4 sheet of 30 badges:     %.1f ms", sheet * 1_000))
        Output.line(String(format: "  PDF of 2,000 badges on A4: %.0f ms (median of 3)", groupPDF * 1_000))
    }
}
