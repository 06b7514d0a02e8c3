/// Whether a roll call is a real evacuation or a drill (drills feed the time-to-full-count figure).
public enum RollCallKind: String, Codable, CaseIterable, Sendable {
    case evacuation
    case drill
}
