import FuzzSupport

/// libFuzzer entry: see .ci/fuzz. Checks the properties of FuzzProperties on every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    check(data, count)
    return 0
}

func check(_ data: UnsafePointer<UInt8>, _ count: Int) {
    FuzzProperties.enforce(target: "activation-key", data, count)
}
