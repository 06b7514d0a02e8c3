extension NotificationTexts {
    /// When an invited visitor is expected: the date as people write it, with the time window if there is one.
    public func inviteWhen(date: CalendarDate, window: VisitWindow?) -> String {
        let day = date.readable
        guard let window else { return day }
        return language == .nb ? "\(day) kl. \(window.text)" : "\(day) at \(window.text)"
    }

    /// To the invited visitor: where and when, whom they meet, the link to their QR code (or what to say at the desk
    /// without one) and the privacy notice if the site has one; `changed` when the date or time was moved.
    public func inviteSMS(site: String, host: String, when: String, link: String?, privacyURL: String?, changed: Bool) -> String {
        let privacy = privacyURL.map { (language == .nb ? " Personvern: " : " Privacy: ") + $0 } ?? ""
        return switch language {
        case .nb:
            MessageLimits.sms(
                (changed ? "Endret: " : "") + inviteEventDescription(site: site, host: host, when: when),
                ending: (link.map { " Vis QR-koden i resepsjonen: \($0)" } ?? " Oppgi navnet ditt i resepsjonen.") + privacy)
        case .en:
            MessageLimits.sms(
                (changed ? "Changed: " : "") + inviteEventDescription(site: site, host: host, when: when),
                ending: (link.map { " Show the QR code at reception: \($0)" } ?? " Give your name at reception.") + privacy)
        }
    }

    /// Where and when, and whom the visitor meets: the calendar event's description (no link: calendar files travel on
    /// to calendar servers, and the link's code checks the visitor in).
    public func inviteEventDescription(site: String, host: String, when: String) -> String {
        switch language {
        case .nb: "Du er ventet på \(site) \(when). \(host) tar imot deg."
        case .en: "You are expected at \(site) \(when). \(host) will meet you."
        }
    }

    /// The same invitation by e-mail (a calendar file goes with it): subject and plain-text body.
    public func inviteEmail(
        visitor: String, site: String, host: String, when: String, link: String?, privacyURL: String?, changed: Bool
    ) -> (subject: String, body: String) {
        let what = inviteEventDescription(site: site, host: host, when: when)
        return switch language {
        case .nb:
            (
                (changed ? "Endret besøk: " : "Besøk: ") + "\(site) \(when)",
                "Hei \(visitor),\n\n\(what)\n\n"
                    + (link.map { "Vis QR-koden i resepsjonen, så er du registrert med én skanning:\n\($0)\n\n" } ?? "")
                    + "Kalenderfilen i e-posten legger besøket inn i kalenderen din."
                    + (privacyURL.map { "\nSlik behandler vi opplysningene dine: \($0)" } ?? "") + "\n\n– Vaktbok\n"
            )
        case .en:
            (
                (changed ? "Visit changed: " : "Visit: ") + "\(site) \(when)",
                "Hello \(visitor),\n\n\(what)\n\n"
                    + (link.map { "Show the QR code at reception and you are registered with one scan:\n\($0)\n\n" } ?? "")
                    + "The calendar file in this e-mail adds the visit to your calendar."
                    + (privacyURL.map { "\nHow we handle your data: \($0)" } ?? "") + "\n\n– Vaktbok\n"
            )
        }
    }

    /// To the invited visitor when the invite is cancelled.
    public func inviteCancelledSMS(site: String, when: String) -> String {
        switch language {
        case .nb: MessageLimits.sms("Besøket ditt på \(site) \(when) er avlyst.")
        case .en: MessageLimits.sms("Your visit to \(site) \(when) has been cancelled.")
        }
    }

    /// The cancellation by e-mail: subject and plain-text body.
    public func inviteCancelledEmail(visitor: String, site: String, when: String) -> (subject: String, body: String) {
        switch language {
        case .nb: ("Avlyst: besøk på \(site) \(when)", "Hei \(visitor),\n\nBesøket ditt på \(site) \(when) er avlyst.\n\n– Vaktbok\n")
        case .en: ("Cancelled: visit to \(site) \(when)", "Hello \(visitor),\n\nYour visit to \(site) \(when) has been cancelled.\n\n– Vaktbok\n")
        }
    }

    /// To the host: the invitation went out.
    public func inviteHostNote(visitor: String, site: String, when: String) -> (subject: String, body: String) {
        switch language {
        case .nb: ("Invitasjon sendt: \(visitor)", "\(visitor) er invitert til \(site) \(when), og har fått invitasjonen.")
        case .en: ("Invitation sent: \(visitor)", "\(visitor) is invited to \(site) \(when) and has been sent the invitation.")
        }
    }

    /// The calendar event's title: a visit to `host`.
    public func inviteEventTitle(host: String, site: String) -> String {
        language == .nb ? "Besøk hos \(host), \(site)" : "Visit to \(host), \(site)"
    }
}
