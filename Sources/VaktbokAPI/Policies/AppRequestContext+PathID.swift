import Hummingbird

extension AppRequestContext {
    /// The path's `{id}` as the number of an `entity` (visit, group, request); 400 naming `id` when it is not one.
    func pathID(of entity: String) throws -> Int64 {
        guard let id = parameters.get("id", as: Int64.self), id > 0 else {
            throw APIError(.badRequest, "id must be a \(entity) number", field: "id")
        }
        return id
    }
}
