import Testing
@testable import ASALicenseKit

/// A device's answer that a feature is not in use is the unit's state, not an error: a healthy
/// unit that shares no licenses answers `show shared license` so.
@Suite struct NotInUseReplyTests {
    @Test(arguments: ["% Shared license is not configured", "% Shared license is not enabled.", "ERROR: Shared licensing is not supported on this platform"])
    func aReplyThatNothingIsInUseIsANote(_ reply: String) {
        let (docs, diags) = CaptureParser.parse("fw1# show shared license\n\(reply)\nfw1# \n")
        #expect(docs.count == 1)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.allSatisfy { $0.severity == .note })
    }

    @Test(arguments: ["% Invalid input detected at '^' marker.", "ERROR: The requested activation key is not valid.", "% Incomplete command."])
    func aFailedCommandIsStillAnError(_ reply: String) {
        let (_, diags) = CaptureParser.parse("fw1# show shared license\n\(reply)\nfw1# \n")
        #expect(diags.map(\.code) == [.DOC001])
        #expect(diags.allSatisfy { $0.severity == .error })
    }
}
