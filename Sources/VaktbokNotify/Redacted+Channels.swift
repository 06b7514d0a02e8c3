import VaktbokCore

extension NotifyConfig: Redacted {}
extension NotifyConfig.SMSGateway: Redacted {}
extension TwilioSMSChannel: Redacted {}
extension JSONSMSChannel: Redacted {}
extension WebhookChannel: Redacted {}
