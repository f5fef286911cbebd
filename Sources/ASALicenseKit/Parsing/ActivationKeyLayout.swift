/// Where the layouts of license text differ, each answered by its own type: the parser holds one
/// layout and asks it, so a new layout (a release that prints the blocks another way) is a new
/// type here, not a new flag through the parser. The readers of blocks, rows and keys are shared.
protocol ActivationKeyLayout: Sendable {
    /// A line this layout does not understand is kept and reported (DOC001), or passed over
    /// (show version prints much that is not license text). Where it is passed over, a line that
    /// looks like license text but cannot be read ends the output instead.
    var keepsLinesNotUnderstood: Bool { get }
    /// A block of rows ends at the first line that is not a row, or only at the next structure.
    var blockEndsAtOtherLine: Bool { get }
    /// Rows may stand without their `Licensed features …:` header (the 7.x/8.0 show version,
    /// pasted fragments): read as the running block.
    var readsHeaderlessRows: Bool { get }
    /// The serial and key lines follow the features (show version), so a `Running Permanent
    /// Activation Key:` after the running block is the running key, not the detail output's
    /// permanent block.
    var keysFollowFeatures: Bool { get }
    /// Nothing echoed said which output this is: a banner, licence-state lines, or a features
    /// header before any other license line may still make it a show version.
    var mayBecomeShowVersion: Bool { get }
    /// The unit's lines (`Hardware:`, `Model Id:`) are read, once `versionRead` (its banner) or
    /// an echoed `show version` says this is one; elsewhere such a line would not start the
    /// output when written again.
    func readsUnitLines(versionRead: Bool) -> Bool
    /// The echoed command filtered the output (`| include …`): it shows what it was asked to,
    /// rows without their header among it, and may end inside any section.
    var showsFilteredOutput: Bool { get }
    /// Lines not understood that end the output, with nothing of it after them, are given
    /// back as text outside it (see `TrailingRun`): where nothing echoed says the output runs
    /// on to the next prompt, or where no prompt follows it.
    func givesBackTrailingLines(promptFollows: Bool) -> Bool
}

/// The show activation-key way, which a layout keeps unless it says otherwise: the serial and
/// keys first, then the blocks; a block ends only at structure, and a line not understood is kept.
extension ActivationKeyLayout {
    var keepsLinesNotUnderstood: Bool { true }
    var blockEndsAtOtherLine: Bool { false }
    var readsHeaderlessRows: Bool { false }
    var keysFollowFeatures: Bool { false }
    var mayBecomeShowVersion: Bool { false }
    var showsFilteredOutput: Bool { false }
    func readsUnitLines(versionRead: Bool) -> Bool { versionRead }
    func givesBackTrailingLines(promptFollows: Bool) -> Bool { !promptFollows }
}

/// `show activation-key [detail]`, echoed.
struct ShowActivationKeyLayout: ActivationKeyLayout {
    var showsFilteredOutput = false

    var readsHeaderlessRows: Bool { showsFilteredOutput }
}

/// License text with no echoed command: read as show activation-key until its lines say it is
/// the license part of a show version.
struct UndecidedLayout: ActivationKeyLayout {
    var mayBecomeShowVersion: Bool { true }
    func givesBackTrailingLines(promptFollows: Bool) -> Bool { true }
}

/// The license part of `show version`: the banner and unit lines, licence-state lines, the
/// blocks (rows may stand without their header), then the serial and keys; what it does not
/// understand is passed over.
struct ShowVersionLayout: ActivationKeyLayout {
    /// A prompt echoed `show version`: the unit's lines follow even before the banner.
    var echoed: Bool
    var showsFilteredOutput = false

    var keepsLinesNotUnderstood: Bool { false }
    var blockEndsAtOtherLine: Bool { true }
    var readsHeaderlessRows: Bool { true }
    var keysFollowFeatures: Bool { true }
    func readsUnitLines(versionRead: Bool) -> Bool { echoed || versionRead }
}
