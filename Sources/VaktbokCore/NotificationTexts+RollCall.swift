extension NotificationTexts {
    /// To everyone on site when a roll call starts: leave, where to gather, and that replies are not read.
    public func evacuationSMS(site: String, assemblyPoint: String?, drill: Bool) -> String {
        switch language {
        case .nb:
            (drill ? "ØVELSE: " : "") + "Evakuer \(site) nå" + (assemblyPoint.map { " og møt opp ved \($0)." } ?? ".")
                + " Svar på denne meldingen leses ikke."
        case .en:
            (drill ? "DRILL: " : "") + "Evacuate \(site) now" + (assemblyPoint.map { " and gather at \($0)." } ?? ".")
                + " Replies to this message are not read."
        }
    }
}
