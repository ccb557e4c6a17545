import NSSCore
import Wizard

/// The CURPs that "¿No te sabes tu CURP?" found, numbered for choosing by number.
enum MatchList {
    static func lines(for matches: [CURPMatch]) -> [String] {
        [LookupWording.found(matches.count)]
            + matches.enumerated().map { index, match in "\(index + 1). \(match.curp.value): \(match.fullName)" }
    }
}
