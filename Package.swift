// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Warta", targets: ["Warta"]),
        .executable(name: "warta", targets: ["warta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "Warta",
            dependencies: [
                "CLibXML2", "CZlib", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for listings stepped row by row (Store/EventListing.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: ["EmbedRules"]
        ),
        .executableTarget(
            name: "warta-embed",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .plugin(
            name: "EmbedRules",
            capability: .buildTool(),
            dependencies: ["warta-embed"]
        ),
        .target(
            name: "WartaWeb",
            dependencies: [
                "Warta", .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "warta",
            dependencies: [
                "Warta", "WartaWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "WartaTests",
            dependencies: [
                "Warta", "warta", "WartaWeb",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
