/// The storage pragmas as read back from a live connection.
public struct StorageSettings: Sendable, Equatable, Codable {
    /// 1 when deleted content is overwritten with zeros.
    public let secureDelete: Int
    /// `wal` for a pool.
    public let journalMode: String
    /// 1 when foreign keys are enforced.
    public let foreignKeys: Int
    /// 0: the WAL file is truncated after every checkpoint.
    public let journalSizeLimit: Int
    /// 2: temporary tables and indices live in memory only.
    public let tempStore: Int

    /// Creates the value from its parts.
    public init(secureDelete: Int, journalMode: String, foreignKeys: Int, journalSizeLimit: Int, tempStore: Int) {
        self.secureDelete = secureDelete
        self.journalMode = journalMode
        self.foreignKeys = foreignKeys
        self.journalSizeLimit = journalSizeLimit
        self.tempStore = tempStore
    }
}
