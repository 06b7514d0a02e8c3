/// Which requests to list.
public enum RequestFilter: String, Sendable, CaseIterable {
    case open, overdue, closed, all
}
