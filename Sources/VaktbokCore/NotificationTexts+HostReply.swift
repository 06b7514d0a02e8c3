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
        case (.left, .nb): "den besøkende har gått"
        case (.left, .en): "the visitor has left"
        case (.staying, .nb): "den besøkende er fortsatt her"
        case (.staying, .en): "the visitor is still here"
        }
    }

    /// To the host when the visitor has been checked in for a while: is the visitor still there? `link` ends the SMS.
    public func hostReminderSMS(visitor: String, site: String, link: String) -> String {
        switch language {
        case .nb: MessageLimits.sms("Er \(visitor) fortsatt hos deg på \(site)? Svar", ending: ": \(link)")
        case .en: MessageLimits.sms("Is \(visitor) still with you at \(site)? Answer", ending: ": \(link)")
        }
    }

    /// The same reminder by e-mail: subject and plain-text body.
    public func hostReminderEmail(host: String, visitor: String, site: String, link: String) -> (subject: String, body: String) {
        switch language {
        case .nb:
            (
                "Fortsatt på besøk: \(visitor)?",
                "Hei \(host),\n\n\(visitor) er fortsatt registrert som besøkende på \(site). Har den besøkende gått? "
                    + "Svar her:\n\(link)\n\n– Vaktbok\n"
            )
        case .en:
            (
                "Still visiting: \(visitor)?",
                "Hello \(host),\n\n\(visitor) is still registered as a visitor at \(site). Have they left? "
                    + "Answer here:\n\(link)\n\n– Vaktbok\n"
            )
        }
    }

    /// To the visitor when the host answers their arrival; nil for the reminder's answers, which the visitor is not told.
    public func visitorAnswerSMS(host: String, answer: HostAnswer) -> String? {
        switch (answer, language) {
        case (.left, _), (.staying, _): nil
        case (.coming, .nb): "\(host) kommer nå for å hente deg."
        case (.coming, .en): "\(host) is coming to meet you now."
        case (.soon, .nb): "\(host) kommer om 5–10 minutter."
        case (.soon, .en): "\(host) will be with you in 5–10 minutes."
        case (.cannot, .nb): "\(host) kan ikke komme akkurat nå. Resepsjonen hjelper deg med å vente eller avtale en ny tid."
        case (.cannot, .en): "\(host) can't come just now. Reception will help you wait or find another time."
        }
    }
}
