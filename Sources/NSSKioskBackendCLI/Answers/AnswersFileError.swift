/// What is wrong with a file of answers, in Spanish, where it is: `respuestas.yaml:4:9: …`.
struct AnswersFileError: Error, Equatable, CustomStringConvertible {
    /// The file's name as given.
    var file: String
    /// Line and column, from 1; nil for the file as a whole.
    var line: Int?
    var column: Int?
    var message: String

    var description: String {
        let place = line.map { line in column.map { ":\(line):\($0)" } ?? ":\(line)" } ?? ""
        return "\(file)\(place): \(message)"
    }
}
