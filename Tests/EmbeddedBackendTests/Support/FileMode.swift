import Foundation

/// The permission bits of a file or folder, as `ls -l` shows them in octal.
func fileMode(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
}
