import Glibc
import ProcessKit
import Testing
import TestSupport

@Suite(.runsPrograms) struct EnvironmentTests {
    @Test func aVariableIsSplitAtItsFirstEqualsSign() {
        setenv("NSS_KIOSK_TEST_VALUE", "a=b=ñandú", 1)
        setenv("NSS_KIOSK_TEST_EMPTY", "", 1)
        let environment = Environment.current
        #expect(environment["NSS_KIOSK_TEST_VALUE"] == "a=b=ñandú")
        #expect(environment["NSS_KIOSK_TEST_EMPTY"] == "")
        #expect(environment["PATH"] == String(cString: getenv("PATH")))
    }
}
