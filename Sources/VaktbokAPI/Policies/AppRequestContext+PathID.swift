import Hummingbird

extension AppRequestContext {
    /// The path's `{parameter}` (`{id}` unless named) as the number of an `entity` (visit, group, request); 400 naming
    /// the parameter when it is not one.
    func pathID(of entity: String, parameter: String = "id") throws -> Int64 {
        guard let id = parameters.get(parameter, as: Int64.self), id > 0 else {
            throw APIError(.badRequest, "\(parameter) must be a \(entity) number", field: parameter)
        }
        return id
    }
}
