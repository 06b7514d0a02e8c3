import Foundation
import VaktbokCore

/// Sends messages of one channel.
public protocol DeliveryChannel: Sendable {
    /// One attempt at `message`.
    func deliver(_ message: OutboxMessage) async -> DeliveryResult
}
