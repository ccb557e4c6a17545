import NSSCore

/// Makes text from anywhere (a registry's names, a pasted email, a backend's message) safe to write:
/// what `UnsafeText` calls unsafe becomes the replacement character, so it can neither move the cursor,
/// ring the bell, start an escape sequence, break a line in two nor reorder what a screen reader says.
enum SafeText {
    static func sanitized(_ text: String) -> String { UnsafeText.replaced(text) }
}
