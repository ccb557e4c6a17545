@testable import OfficeServer
import Testing

/// The metrics' label of a path: a call's or a route's name, and `otra` for anything a client made up,
/// so that no label ever carries what was in the address.
@Suite struct RouteNameTests {
    @Test(arguments: [
        ("/v1/llamadas/confirmationStatus", "confirmationStatus"), ("/v1/llamadas/submit/", "submit"),
        ("//v1//llamadas/newCaptcha", "newCaptcha"), ("/confirmar/abc", "confirmar"), ("/d/xyz", "documento"),
        ("/salud", "salud"), ("/metricas/", "metricas"), ("/hola", "hola"),
    ])
    func aKnownPathIsNamed(_ path: String, _ name: String) {
        #expect(RouteName.of(path) == name)
    }

    @Test(arguments: [
        "", "/", "//", "/v1/llamadas/inventada", "/v1/llamadas", "/v1/llamadas/submit/mas", "/v2/llamadas/submit",
        "/confirmar", "/confirmar/a/b", "/d", "/salud/x", "/CURP-PEGA800101HNTRRN09", "/ñ/ü/é", "/v1/llamadas/%73ubmit",
    ])
    func anythingElseIsOther(_ path: String) {
        #expect(RouteName.of(path) == "otra")
    }
}
