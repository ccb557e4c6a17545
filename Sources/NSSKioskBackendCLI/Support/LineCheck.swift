import CommandLineSupport
import Foundation
import NSSCore

/// The engine of `curp check` and `nss check`: one line of output per input, from arguments or from
/// standard input, and the exit status (0 all valid, 1 otherwise).
struct LineCheck {
    /// Checks one input: nil when valid, else (reason code, Spanish message).
    let check: (String) -> (code: String, message: String)?

    /// Runs over the arguments, or over standard input when there are none or the only one is "-".
    func run(arguments: [String]) -> Int32 {
        var output = OutputBuffer()
        var allValid = true
        let consume: (String) -> Void = { raw in
            let input = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            output.append(UnsafeText.escaped(input))
            if let failure = check(input) {
                allValid = false
                output.append("\tinvalid\t\(failure.code)\t\(failure.message)\n")
            } else {
                output.append("\tvalid\n")
            }
        }
        if arguments.isEmpty || arguments == ["-"] {
            while let line = readLine(strippingNewline: true) { consume(line) }
        } else {
            arguments.forEach(consume)
        }
        output.flush()
        return allValid ? 0 : 1
    }
}
