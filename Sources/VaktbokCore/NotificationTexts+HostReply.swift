extension NotificationTexts {
    /// The line after the host's SMS and e-mail that links the reply page.
    public func hostReplyLink(_ url: String) -> String {
        switch language {
        case .nb: "Svar den besøkende: \(url)"
        case .en: "Answer the visitor: \(url)"
        }
    }

    /// The answer as a short phrase, as the kiosk and chat channels show it.
    public func hostAnswer(_ answer: HostAnswer) -> String {
        switch (answer, language) {
        case (.coming, .nb): "kommer nå"
        case (.coming, .en): "coming now"
        case (.soon, .nb): "kommer om 5–10 minutter"
        case (.soon, .en): "coming in 5–10 minutes"
        case (.cannot, .nb): "kan ikke komme nå"
        case (.cannot, .en): "can't come now"
        }
    }

    /// To the visitor when the host answers.
    public func visitorAnswerSMS(host: String, answer: HostAnswer) -> String {
        switch (answer, language) {
        case (.coming, .nb): "\(host) kommer nå for å hente deg."
        case (.coming, .en): "\(host) is coming to meet you now."
        case (.soon, .nb): "\(host) kommer om 5–10 minutter."
        case (.soon, .en): "\(host) will be with you in 5–10 minutes."
        case (.cannot, .nb): "\(host) kan ikke komme akkurat nå. Resepsjonen hjelper deg med å vente eller avtale en ny tid."
        case (.cannot, .en): "\(host) can't come just now. Reception will help you wait or find another time."
        }
    }
}
