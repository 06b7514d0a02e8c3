// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .swiftLanguageMode(.v6),
]

/// How the release binary is linked (BENCHMARKS.md, "Memory of `serve`"): with lld's packed relative relocations
/// (glibc 2.36 reads 29 KB at start-up instead of 1.8 MB) and without exporting the binary's own symbols, which
/// nothing loads from it. `scripts/install` adds `--static-swift-stdlib`, a build option. Not `-z now`: binding
/// every import at start-up cost 4 MiB of idle memory (measured), and the dynamic build did not have it either.
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
        .when(platforms: [.linux], configuration: .release)
    )
]

let package = Package(
    name: "vaktbok",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vaktbok", targets: ["vaktbok"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", from: "0.18.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "VaktbokCore", swiftSettings: strict),
        .target(
            name: "VaktbokBadge",
            dependencies: ["CQRencode", "VaktbokCore"],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokSheets",
            dependencies: [
                "VaktbokCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokStore",
            dependencies: [
                "VaktbokCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokTooling",
            dependencies: ["VaktbokCore", "VaktbokStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokNotify",
            dependencies: [
                "VaktbokCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokPrint",
            dependencies: [
                "VaktbokCore", "VaktbokBadge", "VaktbokNotify",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VaktbokAPI",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                "VaktbokCore", "VaktbokBadge", "VaktbokNotify", "VaktbokPrint", "VaktbokSheets",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["openapi.yaml"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "vaktbok",
            dependencies: [
                "VaktbokCore", "VaktbokStore", "VaktbokAPI", "VaktbokBadge", "VaktbokSheets", "VaktbokTooling",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict,
            linkerSettings: releaseLinking
        ),
        .target(
            name: "VaktbokTestSupport",
            dependencies: [
                "VaktbokNotify",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/VaktbokTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "VaktbokCoreTests", dependencies: ["VaktbokCore", "VaktbokTestSupport"], swiftSettings: strict),
        .testTarget(name: "VaktbokSheetsTests", dependencies: ["VaktbokSheets", "VaktbokTestSupport"], swiftSettings: strict),
        .testTarget(name: "VaktbokBadgeTests", dependencies: ["VaktbokBadge", "VaktbokTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "VaktbokPrintTests",
            dependencies: [
                "VaktbokPrint", "VaktbokStore", "VaktbokTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VaktbokStoreTests",
            dependencies: ["VaktbokStore", "VaktbokTooling", "VaktbokTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VaktbokNotifyTests",
            dependencies: [
                "VaktbokNotify", "VaktbokTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VaktbokAPITests",
            dependencies: [
                "VaktbokAPI", "VaktbokStore", "VaktbokNotify", "VaktbokTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "vaktbokTests",
            dependencies: [
                "vaktbok", "VaktbokAPI", "VaktbokStore", "VaktbokTooling", "VaktbokCore", "VaktbokTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
    ]
)
