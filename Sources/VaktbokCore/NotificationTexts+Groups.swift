extension NotificationTexts {
    /// To the host by SMS, once per arrival batch: how many from which school, no names.
    public func groupHostSMS(count: Int, school: String, site: String) -> String {
        switch language {
        case .nb: "\(count) fra \(school) har kommet til \(site) og venter i resepsjonen."
        case .en: "\(count) from \(school) have arrived at \(site) and are waiting at reception."
        }
    }

    /// To the host by e-mail, once per arrival batch; `time` is the local time of the batch.
    public func groupHostEmail(host: String, count: Int, school: String, site: String, time: String) -> (subject: String, body: String) {
        switch language {
        case .nb:
            ("Besøk: \(school) er kommet", "Hei \(host),\n\n\(count) fra \(school) registrerte seg i resepsjonen på \(site) \(time).\n\n– Vaktbok\n")
        case .en:
            (
                "Visitors: \(school) has arrived",
                "Hello \(host),\n\n\(count) from \(school) checked in at reception at \(site) at \(time).\n\n– Vaktbok\n"
            )
        }
    }

    /// To the group's contact phone, once per arrival batch, with the privacy notice if there is one.
    public func groupContactSMS(count: Int, site: String, privacyURL: String?) -> String {
        let text =
            switch language {
            case .nb: "\(count) fra gruppen deres er registrert som besøkende hos \(site)."
            case .en: "\(count) from your group are registered as visitors at \(site)."
            }
        guard let privacyURL else { return text }
        return text + (language == .nb ? " Personvern: " : " Privacy: ") + privacyURL
    }

    /// The footer of every apprenticeship-information e-mail: why it came, until when, and how to withdraw.
    public func consentFooter(expires: String, withdrawURL: String) -> String {
        switch language {
        case .nb:
            "\n\n--\nDu får denne e-posten fordi du har samtykket til informasjon om læreplasser. Samtykket gjelder til \(expires)."
                + "\nTrekk samtykket (opplysningene dine slettes med en gang): \(withdrawURL)\n"
        case .en:
            "\n\n--\nYou receive this e-mail because you consented to information about apprenticeships, until \(expires)."
                + "\nWithdraw your consent (your details are deleted at once): \(withdrawURL)\n"
        }
    }
}

extension NotificationTexts {
    /// The one-time code that proves a data subject controls the phone on record.
    public func verificationCodeSMS(code: String) -> String {
        switch language {
        case .nb: "Vaktbok: koden din er \(code). Den gjelder i 15 minutter. Gi den bare til personvernansvarlig."
        case .en: "Vaktbok: your code is \(code). It is valid for 15 minutes. Give it only to the privacy officer."
        }
    }
}
