// swift-tools-version: 6.1
// The libFuzzer harnesses of Warta: a package of its own, so that `swift build` and `swift test` of the main
// package never build them. `scripts/fuzz.sh TARGET SECONDS` builds it (into `.build-fuzz`) with
// the address sanitizer and libFuzzer's coverage instrumentation on every module, and links the harness
// with libFuzzer (without libFuzzer's main: the build tool of the rules, warta-embed, keeps its own).
import PackageDescription

let package = Package(
    name: "WartaFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Warta", path: "../..")],
    targets: [
        .executableTarget(
            name: "warta-fuzz",
            dependencies: [.product(name: "Warta", package: "Warta")],
            swiftSettings: [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])],
            // libFuzzer without its main (the harness's main calls LLVMFuzzerRunDriver; SwiftPM renames the
            // entry point of executables); scripts/fuzz.sh adds the toolchain's library folder to the search path.
            linkerSettings: [.linkedLibrary("clang_rt.fuzzer_no_main-x86_64"), .linkedLibrary("stdc++")]
        )
    ]
)
