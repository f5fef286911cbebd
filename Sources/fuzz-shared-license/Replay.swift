import FuzzSupport

#if !FUZZING
/// Outside a fuzzing build: replays the files given (crashes found, seeds) through the same checks.
@main
enum Replay {
    static func main() { FuzzProperties.replay(check) }
}
#endif
