import Documents
import Foundation

/// The sealed records of finished procedures, one per folio, stored as JSON: the documents of a folio
/// are always rendered from this value, so they come out the same every time, in every process.
enum SealedRecordTable {
    static func insert(_ record: SealedRecord, applicationID: String, at now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: """
            INSERT INTO sealed_record (folio, application_id, record, sealed_at) VALUES (?, ?, ?, ?)
            """, arguments: [record.data.folio.value, applicationID, try encode(record), now.timeIntervalSince1970])
    }

    static func record(applicationID: String, _ db: SQLTransaction) throws -> SealedRecord? {
        try String.fetchOne(db, sql: "SELECT record FROM sealed_record WHERE application_id = ?",
                            arguments: [applicationID]).map(decode)
    }

    static func record(folio: String, _ db: SQLTransaction) throws -> SealedRecord? {
        try String.fetchOne(db, sql: "SELECT record FROM sealed_record WHERE folio = ?", arguments: [folio]).map(decode)
    }

    private static func encode(_ record: SealedRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    private static func decode(_ json: String) throws -> SealedRecord {
        do {
            return try JSONDecoder().decode(SealedRecord.self, from: Data(json.utf8))
        } catch {
            throw SQLRow.ColumnMismatch(column: "sealed_record.record")
        }
    }
}
