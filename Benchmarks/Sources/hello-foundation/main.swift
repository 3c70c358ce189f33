// The floor for CLI latency: the smallest useful Swift program that imports Foundation, as
// the `competency` tool does. It touches Foundation (ProcessInfo) so the import is not dead.
import Foundation

let name = ProcessInfo.processInfo.arguments.count > 1 ? ProcessInfo.processInfo.arguments[1] : "world"
print("Hello, \(name)!")
