// libFuzzer's entry point for one of Digitbook's parsers, chosen by DIGITBOOK_FUZZ_TARGET (see .ci/fuzz).
// Built by .ci/fuzz with `-sanitize=fuzzer,address -parse-as-library -D FUZZING`; built plainly, this does nothing.
#if FUZZING
import FuzzTargets
import Foundation

/// The target named in the environment, read once.
let fuzzTarget: FuzzTarget? = ProcessInfo.processInfo.environment["DIGITBOOK_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = fuzzTarget else {
        FileHandle.standardError.write(Data("set DIGITBOOK_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue))\n".utf8))
        exit(2)
    }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.consume(bytes)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point under SwiftPM's renamed `main`: hands control to libFuzzer's driver.
@_cdecl("digitbook_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#endif
