// The Vaktbok API as the kiosk uses it: the staff member's bearer token, JSON errors as ApiError, and every call
// reported to the connection monitor (a request that cannot reach the server rejects with a TypeError, not ApiError).
const SESSION_KEY = "vaktbok.session";

/** An error answer from the API: HTTP status, message, the request field at fault, and the visit or invite it concerns. */
export class ApiError extends Error {
  constructor(status, message, field, visitId, inviteId) {
    super(message || `HTTP ${status}`);
    this.status = status;
    this.field = field || null;
    this.visitId = visitId ?? null;
    this.inviteId = inviteId ?? null;
  }
}

/** The signed-in session (kept for this browser tab only) and the calls made with it. */
export class Api {
  /** `onSessionLost` runs on a 401; `connection` (a Connection) hears of every request that reached the server or not. */
  constructor(onSessionLost, connection) {
    this.onSessionLost = onSessionLost;
    this.connection = connection;
    this.session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
  }

  get signedIn() {
    return Boolean(this.session && new Date(this.session.expiresAt) > new Date());
  }

  /** `fetch`, telling the connection monitor whether the server was reached. */
  async send(path, init) {
    try {
      const response = await fetch(path, init);
      this.connection.answered();
      return response;
    } catch (error) {
      this.connection.lost();
      throw error;
    }
  }

  /** Signs in; `terminal` (optional) names this kiosk terminal, whose printer then prints the badges. */
  async signIn(username, password, terminal) {
    const response = await this.send("/api/v1/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(terminal ? { username, password, terminal } : { username, password }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, body.error?.message, body.error?.field);
    this.remember(body);
    return body;
  }

  remember(session) {
    this.session = session;
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  async signOut() {
    const token = this.session?.token;
    this.session = null;
    sessionStorage.removeItem(SESSION_KEY);
    if (token) await fetch("/api/v1/session", { method: "DELETE", headers: { Authorization: `Bearer ${token}` } }).catch(() => {});
  }

  /** Calls the API with the session's token; `body` is sent as JSON, or as it is when it is a file (Blob). */
  async request(method, path, body, extraHeaders = {}) {
    const headers = { ...extraHeaders, Authorization: `Bearer ${this.session?.token}` };
    const raw = body instanceof Blob;
    if (body !== undefined) headers["Content-Type"] = raw ? body.type || "application/octet-stream" : "application/json";
    const response = await this.send(path, { method, headers, body: body === undefined || raw ? body : JSON.stringify(body) });
    if (response.ok) return response;
    const error = await response.json().catch(() => ({}));
    if (response.status === 401) {
      this.session = null;
      sessionStorage.removeItem(SESSION_KEY);
      this.onSessionLost();
    }
    throw new ApiError(response.status, error.error?.message, error.error?.field, error.error?.visitId, error.error?.inviteId);
  }

  async json(method, path, body, extraHeaders) {
    return (await this.request(method, path, body, extraHeaders)).json();
  }

  /** A blob: URL of what `path` answers: a GET, or a POST of `body` when one is given (choices kept out of the URL). */
  async objectURL(path, body) {
    return URL.createObjectURL(await (await this.request(body === undefined ? "GET" : "POST", path, body)).blob());
  }
}
