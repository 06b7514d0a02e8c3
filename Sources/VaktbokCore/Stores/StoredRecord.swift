/// A value a store keeps under an integer id, which is nil only before the value is first stored.
public protocol StoredRecord {
    /// The row id; nil only before the record is first inserted.
    var id: Int64? { get set }
}

extension StoredRecord {
    /// The id of a record read from or written to the store, where it is never nil.
    public var rowID: Int64 {
        guard let id else { preconditionFailure("\(Self.self) used before it was inserted") }
        return id
    }
}
