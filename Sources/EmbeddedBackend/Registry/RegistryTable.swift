import Foundation
import NSSCore

/// The registry's rows (the RENAPO role): read, written and searched inside a database transaction.
enum RegistryTable {
    /// A stored row that no longer validates (edited by hand, say).
    static func count(_ db: SQLTransaction) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0
    }

    /// Fills an empty registry with the demo population (a new data directory or database).
    static func seedDemoIfEmpty(_ db: SQLTransaction) throws {
        guard try count(db) == 0 else { return }
        try insertAll(DemoRegistry.people().map { ($0, nil) }, db)
    }

    /// Adds people in their order, a hundred to a statement: an import writes tens of thousands of rows
    /// inside the write lock, and to PostgreSQL each statement is a round trip.
    static func insertAll(_ people: [(person: PersonRecord, nameKey: String?)], _ db: SQLTransaction) throws {
        for start in stride(from: 0, to: people.count, by: 100) {
            let batch = people[start..<min(start + 100, people.count)]
            try db.execute(sql: insertSQL + Array(repeating: insertRow, count: batch.count).joined(separator: ", "),
                           arguments: SQLArguments(batch.flatMap { insertValues($0.person, nameKey: $0.nameKey).values }))
        }
    }

    /// The key the look-up ("¿No te sabes tu CURP?") finds a person by.
    static func nameKey(of person: PersonRecord) -> String {
        NameKey.of(givenNames: person.givenNames, firstSurname: person.firstSurname, secondSurname: person.secondSurname)
    }

    /// Adds a person; `nameKey` when already computed (an import computes it before taking the write lock).
    static func insert(_ person: PersonRecord, nameKey: String? = nil, _ db: SQLTransaction) throws {
        try db.execute(sql: insertSQL + insertRow, arguments: insertValues(person, nameKey: nameKey))
    }

    private static let insertSQL =
        "INSERT INTO person (curp, given_names, first_surname, second_surname, sex, birth_date, birth_state, nss, name_key) VALUES "
    private static let insertRow = "(?, ?, ?, ?, ?, ?, ?, ?, ?)"

    private static func insertValues(_ person: PersonRecord, nameKey: String?) -> SQLArguments {
        [person.curp.value, person.givenNames, person.firstSurname, person.secondSurname, person.sex.rawValue,
         person.birthDate.iso, person.birthState.code, person.nss?.digits, nameKey ?? Self.nameKey(of: person)]
    }

    /// Replaces the data of the person with this CURP, keeping an NSS the file does not give; an NSS
    /// already assigned is never replaced by another (the row is then left alone and false returned).
    @discardableResult
    static func update(_ person: PersonRecord, nameKey: String? = nil, _ db: SQLTransaction) throws -> Bool {
        try db.execute(sql: """
            UPDATE person SET given_names = ?, first_surname = ?, second_surname = ?, sex = ?, birth_date = ?,
                birth_state = ?, nss = COALESCE(?, nss), name_key = ?
            WHERE curp = ? AND (CAST(? AS TEXT) IS NULL OR nss IS NULL OR nss = ?)
            """, arguments: [
                person.givenNames, person.firstSurname, person.secondSurname, person.sex.rawValue,
                person.birthDate.iso, person.birthState.code, person.nss?.digits,
                nameKey ?? Self.nameKey(of: person),
                person.curp.value, person.nss?.digits, person.nss?.digits,
            ])
        return db.changesCount == 1
    }

    /// Which of these CURPs the registry holds (one query for a whole step of an import).
    static func registered(among curps: [String], _ db: SQLTransaction) throws -> Set<String> {
        guard !curps.isEmpty else { return [] }
        let slots = Array(repeating: "?", count: curps.count).joined(separator: ", ")
        return Set(try String.fetchAll(db, sql: "SELECT curp FROM person WHERE curp IN (\(slots))",
                                       arguments: SQLArguments(curps.map(\.sqlValue))))
    }

    static func person(curp: String, _ db: SQLTransaction) throws -> PersonRecord? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM person WHERE curp = ?", arguments: [curp]).map(record)
    }

    /// The CURP of the person holding this NSS, if any.
    static func holder(of nss: String, _ db: SQLTransaction) throws -> String? {
        try String.fetchOne(db, sql: "SELECT curp FROM person WHERE nss = ?", arguments: [nss])
    }

    /// People in registry order (the order they were added).
    static func list(limit: Int, offset: Int, _ db: SQLTransaction) throws -> [PersonRecord] {
        try SQLRow.fetchAll(db, sql: "SELECT * FROM person ORDER BY id LIMIT ? OFFSET ?", arguments: [limit, offset])
            .map(record)
    }

    static func lookup(_ query: PersonQuery, _ db: SQLTransaction) throws -> [CURPMatch] {
        let key = NameKey.of(givenNames: query.givenNames, firstSurname: query.firstSurname,
                             secondSurname: query.secondSurname)
        return try SQLRow.fetchAll(db, sql: """
            SELECT * FROM person WHERE name_key = ? AND birth_date = ? AND sex = ? AND birth_state = ? ORDER BY curp
            """, arguments: [key, query.birthDate.iso, query.sex.rawValue, query.birthState.code])
            .map(record).map { CURPMatch(curp: $0.curp, fullName: $0.fullName) }
    }

    /// Gives the person the NSS; false when they already had one (the row is then unchanged).
    static func assign(_ nss: NSS, toCURP curp: String, _ db: SQLTransaction) throws -> Bool {
        try db.execute(sql: "UPDATE person SET nss = ? WHERE curp = ? AND nss IS NULL", arguments: [nss.digits, curp])
        return db.changesCount == 1
    }

    /// The highest NSS that starts with this prefix of digits (`SS AA NN`, say).
    static func highestNSS(withPrefix prefix: String, _ db: SQLTransaction) throws -> String? {
        try String.fetchOne(db, sql: "SELECT MAX(nss) FROM person WHERE nss >= ? AND nss < ?",
                            arguments: [prefix, prefix + ":"])
    }

    /// Every NSS that starts with this prefix of digits.
    static func numbers(withPrefix prefix: String, _ db: SQLTransaction) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT nss FROM person WHERE nss >= ? AND nss < ?", arguments: [prefix, prefix + ":"])
    }

    private static func record(_ row: SQLRow) throws -> PersonRecord {
        guard let curp = try? CURP(try row["curp"] as String) else { throw SQLRow.ColumnMismatch(column: "curp") }
        guard let sex = Sex(rawValue: try row["sex"]) else { throw SQLRow.ColumnMismatch(column: "sex") }
        guard let birthDate = CivilDate(iso: try row["birth_date"]) else { throw SQLRow.ColumnMismatch(column: "birth_date") }
        guard let state = MexicanState(rawValue: try row["birth_state"]) else { throw SQLRow.ColumnMismatch(column: "birth_state") }
        var nss: NSS?
        if let digits = try row["nss"] as String? {
            guard let valid = try? NSS(digits) else { throw SQLRow.ColumnMismatch(column: "nss") }
            nss = valid
        }
        return try PersonRecord(curp: curp, givenNames: row["given_names"], firstSurname: row["first_surname"],
                            secondSurname: row["second_surname"], sex: sex, birthDate: birthDate,
                            birthState: state, nss: nss)
    }
}
