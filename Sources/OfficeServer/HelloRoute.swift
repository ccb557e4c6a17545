import Hummingbird

/// `GET /hola`: the smallest answer Hummingbird gives, for `make bench` to measure beside the calls in
/// the same server and the same run (`--hello-route`); not served otherwise.
enum HelloRoute {
    static let path = "hola"
    static let body = "hola\n"
}
