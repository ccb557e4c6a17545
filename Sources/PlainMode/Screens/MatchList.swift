import NSSCore

/// The CURPs that "¿No te sabes tu CURP?" found, numbered for choosing by number.
enum MatchList {
    static func lines(for matches: [CURPMatch]) -> [String] {
        let count = matches.count == 1 ? "Encontramos una CURP con esos datos:" : "Encontramos \(matches.count) CURP con esos datos:"
        return [count] + matches.enumerated().map { index, match in "\(index + 1). \(match.curp.value): \(match.fullName)" }
    }
}
