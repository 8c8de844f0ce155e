/// An error that reaches the user as one line: `xrun: <message>`.
public struct XrunError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// Exit status xrun uses for it (126: cannot execute, 127: not found, 1: usage).
    public let status: Int32
    public init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }
    public var description: String { message }
}
