import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering

/// The PDF signature the documents carry, read by an independent reader (poppler's pdfsig).
@Suite(.runsPrograms) struct SignatureTests {
    /// pdfsig finds one signature, valid and covering the whole file. The certificate is the
    /// installation's own, self-signed: pdfsig does not trust it («Certificate issuer isn't Trusted»
    /// or «unknown issuer»), which is expected — `nss-kiosk verify` checks it against the certificate.
    @Test(.enabled(if: Tool.pdfsig.isInstalled, "pdfsig (poppler-utils) is not installed"), arguments: DocumentKind.allCases)
    func pdfsigFindsTheSignatureValidAndWhole(kind: DocumentKind) async throws {
        let url = try Fixtures.write(try Fixtures.signed(kind, Fixtures.joséRecord), name: "firmado-\(kind).pdf")
        let run = try await Tool.pdfsig.run([url.path])
        let said = run.outputText
        #expect(said.contains("Signature #1:"), "\(said)")
        #expect(!said.contains("Signature #2:"), "\(said)")
        #expect(said.contains("Signature is Valid."), "\(said)")
        #expect(said.contains("Total document signed"), "\(said)")
        #expect(said.contains("adbe.pkcs7.detached"), "\(said)")
    }

    @Test(.enabled(if: Tool.pdfsig.isInstalled, "pdfsig (poppler-utils) is not installed"))
    func pdfsigFindsAChangedByte() async throws {
        var bytes = Array(try Fixtures.signed(.constancia, Fixtures.joséRecord))
        bytes[bytes.count / 3] ^= 0x01
        let url = try Fixtures.write(Data(bytes), name: "firmado-alterado.pdf")
        let said = try await Tool.pdfsig.run([url.path]).outputText
        #expect(!said.contains("Signature is Valid."), "\(said)")
    }

    /// The same record gives the same signed bytes: the CMS has no signing time and RSA PKCS#1 v1.5
    /// is deterministic.
    @Test(arguments: DocumentKind.allCases)
    func signingIsDeterministicAndSmall(kind: DocumentKind) throws {
        let first = try Fixtures.signed(kind, Fixtures.joséRecord)
        #expect(first == (try Fixtures.signed(kind, Fixtures.joséRecord)))
        #expect(first.count < 100_000)
        // Its speed is in BENCHMARKS.md (`make bench`), measured on a release build.
    }
}
