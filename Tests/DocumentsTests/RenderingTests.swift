import Foundation
import NSSCore
import Testing
@testable import Documents

@Suite struct RenderingTests {
    @Test func constanciaRenders() throws {
        let pdf = try DocumentRenderer.constancia(Fixtures.joséRecord)
        _ = try Fixtures.write(pdf, name: "constancia.pdf")
        let tarjeta = try DocumentRenderer.tarjeta(Fixtures.joséRecord)
        _ = try Fixtures.write(tarjeta, name: "tarjeta.pdf")
        #expect(pdf.count > 0)
    }
}
