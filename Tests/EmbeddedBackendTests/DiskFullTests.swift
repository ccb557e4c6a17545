@testable import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A full disk is said as such — in Spanish, with the reference of its log line — not as an unknown error.
@Suite struct DiskFullTests {
    @Test(arguments: [
        GRDBStore.failure(DatabaseError(resultCode: .SQLITE_FULL)) as any Error,
        StoreFailure(kind: .diskFull, code: "PostgreSQL SQLSTATE 53100"),
        POSIXError(.ENOSPC),
        PrivateFiles.Failure(operation: "write", code: ENOSPC),
    ])
    func aFullDiskIsSaidPlainly(_ cause: any Error) async throws {
        let fixture = try Fixture()
        do {
            _ = try await fixture.backend.shielded("test") { () async throws -> Int in throw cause }
            Issue.record("no error")
        } catch let error as BackendError {
            guard case .storageFull(let reference) = error else { Issue.record("\(error)"); return }
            #expect(error.message.contains("disco del servicio está lleno"))
            #expect(error.message.contains(reference))
        }
    }

    @Test func otherFailuresStayInternal() async throws {
        let fixture = try Fixture()
        await #expect(throws: BackendError.self) {
            _ = try await fixture.backend.shielded("test") { () async throws -> Int in throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
        }
        do {
            _ = try await fixture.backend.shielded("test") { () async throws -> Int in throw POSIXError(.EIO) }
        } catch let error as BackendError {
            if case .internalError = error {} else { Issue.record("\(error)") }
        }
    }
}
