import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Warta

/// `warta serve`: the analysts' workbench over an event database. Pages are written on the server (no script
/// framework, nothing from the internet); every form carries the session's token against cross-site requests;
/// with `token` set, every request must carry it (the cookie the login form sets, or an `Authorization: Bearer`
/// or `X-Warta-Token` header).
public struct Workbench: Sendable {
    public let store: EventStore
    public let pipeline: Pipeline
    public let reviewer: String
    public let token: String?
    let sessions = Sessions()
    let validator: CorrectionValidator

    public init(store: EventStore, pipeline: Pipeline, reviewer: String, token: String?) {
        self.store = store
        self.pipeline = pipeline
        self.reviewer = reviewer
        self.token = token
        validator = CorrectionValidator(pipeline: pipeline)
    }

    /// Whether an address to listen on is a loopback one (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" || h == "[::1]" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The application listening on `host:port`.
    public func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: nil), onServerRunning: { channel in
            await onRunning(channel.localAddress?.port ?? port)
        }, logger: {
            var l = Logger(label: "warta-serve")
            l.logLevel = .warning
            return l
        }())
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { req, _ in try await self.page(req) { _ in
            try self.html(OverviewPage.render(self.store.overview(), database: self.store.path))
        } }
        router.get("/events") { req, _ in try await self.page(req) { _ in
            let q = EventsPage.Query(Form.parse(req.uri.query))
            let (rows, total) = q.errors.isEmpty
                ? try self.store.eventPage(q.filter, sort: q.sort, descending: q.descending, offset: (q.page - 1) * EventsPage.pageSize, limit: EventsPage.pageSize)
                : ([], 0)
            return self.html(EventsPage.render(q, rows: rows, total: total), status: q.errors.isEmpty ? .ok : .badRequest)
        } }
        router.get("/events/:id") { req, ctx in try await self.page(req) { _ in
            guard let id = ctx.parameters.get("id", as: Int64.self), let detail = try self.store.eventDetail(id) else {
                return self.notFound("There is no event \(ctx.parameters.get("id") ?? "").")
            }
            return self.html(EventPage.render(detail))
        } }
        router.get("/document") { req, _ in try await self.page(req) { session in
            let q = Form.parse(req.uri.query)
            guard let source = q["source"], let id = q["id"] else { return self.notFound("A document is named by its source and id.") }
            return try self.documentPage(DocumentKey(source: source, id: id), token: session.token, notice: q["saved"].map { "Saved: \($0)." })
        } }
        router.post("/document/correct") { req, _ in try await self.form(req) { form, session in try self.correct(form, session: session) } }
        router.post("/document/review") { req, _ in try await self.form(req) { form, session in try self.review(form, session: session) } }
        router.get("/login") { req, _ in
            let session = self.sessions.session(req.cookies["warta_session"]?.value)
            return self.withSession(self.html(LoginPage.render(token: session.token, error: nil)), session.id)
        }
        router.post("/login") { req, _ in
            var req = req
            let body = try await req.collectBody(upTo: 64 << 10)
            let form = Form.parse(String(buffer: body))
            let session = self.sessions.session(req.cookies["warta_session"]?.value)
            guard self.sessions.check(req.cookies["warta_session"]?.value, form["csrf"]) else {
                return self.withSession(self.html(LoginPage.render(token: session.token, error: "The form expired; try again."), status: .forbidden), session.id)
            }
            guard let token = self.token, let given = form["token"], Sessions.same(token, given) else {
                return self.withSession(self.html(LoginPage.render(token: session.token, error: "That is not the token."), status: .unauthorized), session.id)
            }
            var r = Response.redirect(to: "/", type: .found)
            r.status = .seeOther
            r.setCookie(Cookie(name: "warta_token", value: HTML.percent(token), path: "/", httpOnly: true, sameSite: .strict))
            return r
        }
        return router
    }

    // MARK: - Requests

    /// Whether a request carries the token (when one is required).
    func authorized(_ req: Request) -> Bool {
        guard let token else { return true }
        if let c = req.cookies["warta_token"]?.value, Sessions.same(HTML.percent(token), c) { return true }
        if let h = req.headers[.authorization], h.hasPrefix("Bearer "), Sessions.same(token, String(h.dropFirst(7))) { return true }
        if let name = HTTPField.Name("X-Warta-Token"), let h = req.headers[name], Sessions.same(token, h) { return true }
        return false
    }

    /// A page: the token checked, the session found or started (its cookie set), errors as a page.
    func page(_ req: Request, _ body: @escaping @Sendable ((id: String, token: String)) throws -> Response) async throws -> Response {
        guard authorized(req) else { return .redirect(to: "/login", type: .normal) }
        let session = sessions.session(req.cookies["warta_session"]?.value)
        do {
            return withSession(try body(session), session.id)
        } catch {
            return withSession(html(HTML.page("Error", body: "<div class=\"error\">\(HTML.escape("\(error)"))</div>"), status: .internalServerError), session.id)
        }
    }

    /// A form's POST: the token and the session's CSRF token checked first; nothing is changed otherwise.
    func form(_ req: Request, _ body: @escaping @Sendable ([String: String], (id: String, token: String)) throws -> Response) async throws -> Response {
        guard authorized(req) else { return html(HTML.page("Not signed in", body: "<div class=\"error\">This server asks for its token: <a href=\"/login\">sign in</a>.</div>"), status: .unauthorized) }
        var req = req
        let buffer = try await req.collectBody(upTo: 1 << 20)
        let form = Form.parse(String(buffer: buffer))
        let sessionID = req.cookies["warta_session"]?.value
        guard sessionID != nil, sessions.check(sessionID, form["csrf"]) else {
            return html(HTML.page("Form refused", body: "<div class=\"error\">The form did not carry this session's token (an expired page, or a request from another site). Nothing was changed; reload the page and try again.</div>"), status: .forbidden)
        }
        let session = sessions.session(sessionID)
        do {
            return try body(form, session)
        } catch {
            return html(HTML.page("Error", body: "<div class=\"error\">\(HTML.escape("\(error)"))</div>"), status: .internalServerError)
        }
    }

    func withSession(_ r: Response, _ id: String) -> Response {
        var r = r
        r.setCookie(Cookie(name: "warta_session", value: id, path: "/", httpOnly: true, sameSite: .strict))
        return r
    }

    func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // Nothing from elsewhere; the page's own inline style and script only.
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        if let n = HTTPField.Name("X-Content-Type-Options") { headers[n] = "nosniff" }
        if let n = HTTPField.Name("Referrer-Policy") { headers[n] = "no-referrer" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    func notFound(_ message: String) -> Response {
        html(HTML.page("Not found", body: "<div class=\"error\">\(HTML.escape(message))</div>"), status: .notFound)
    }

    // MARK: - Documents and corrections

    func documentPage(_ key: DocumentKey, token: String, error: String? = nil, notice: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let record = try store.record(key) else { return notFound("There is no document \(key.id) from \(key.source).") }
        var text: String? = nil
        var problem: String? = nil
        do { text = try EventStore.cleanText(of: record, pipeline: pipeline) } catch { problem = "\(error)" }
        let model = DocumentPage.Model(key: key, record: record, text: text, textProblem: problem, corrections: try store.corrections(key),
                                       review: try store.review(key), eventID: try store.eventID(of: key), token: token, reviewer: reviewer,
                                       error: error, notice: notice)
        return html(DocumentPage.render(model), status: status)
    }

    func redirect(to key: DocumentKey, saved: String) -> Response {
        var r = Response.redirect(to: "/document" + HTML.query([("source", key.source), ("id", key.id), ("saved", saved)]), type: .normal)
        r.status = .seeOther
        return r
    }

    func correct(_ form: [String: String], session: (id: String, token: String)) throws -> Response {
        guard let source = form["source"], let id = form["id"] else { return notFound("A correction names its document's source and id.") }
        let key = DocumentKey(source: source, id: id)
        guard let record = try store.record(key) else { return notFound("There is no document \(id) from \(source).") }
        func refuse(_ message: String) throws -> Response {
            try documentPage(key, token: session.token, error: message, status: .unprocessableContent)
        }
        guard let name = form["field"], let field = Evaluator.Field(rawValue: name) else { return try refuse("There is no field '\(form["field"] ?? "")'.") }
        let typed = (form["value"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var value: String? = nil
        var evidence: Evidence? = nil
        switch form["action"] ?? "set" {
        case "set":
            guard !typed.isEmpty else { return try refuse("\(field.label): type the right value, or mark the value wrong.") }
            value = typed
        case "wrong":
            value = nil
        case "evidence":
            guard let s = form["start"].flatMap({ Int($0) }), let e = form["end"].flatMap({ Int($0) }) else {
                return try refuse("\(field.label): select a span of the text first, then press “use selection”.")
            }
            let text: String
            do { text = try EventStore.cleanText(of: record, pipeline: pipeline) } catch { return try refuse("\(error)") }
            let scalars = Array(text.unicodeScalars)
            guard s >= 0, e > s, e <= scalars.count else { return try refuse("\(field.label): the selection \(s)–\(e) is not inside the text.") }
            evidence = Evidence(text: String(String.UnicodeScalarView(scalars[s..<e])), start: s, end: e)
            value = typed.isEmpty ? nil : typed
        default:
            return try refuse("Unknown action '\(form["action"] ?? "")'.")
        }
        do {
            let c = try store.correct(key, field: field, value: value, evidence: evidence, reviewer: reviewer, validator: validator)
            return redirect(to: key, saved: "\(field.label) = \((c.newValue ?? "none").replacingOccurrences(of: "\n", with: "; "))")
        } catch let e as CorrectionError {
            return try refuse(e.message)
        }
    }

    func review(_ form: [String: String], session: (id: String, token: String)) throws -> Response {
        guard let source = form["source"], let id = form["id"] else { return notFound("A review names its document's source and id.") }
        let key = DocumentKey(source: source, id: id)
        guard try store.contains(key) else { return notFound("There is no document \(id) from \(source).") }
        let reviewed = form["reviewed"] != "0"
        try store.setReviewed(key, reviewed, reviewer: reviewer)
        return redirect(to: key, saved: reviewed ? "marked reviewed" : "marked not reviewed")
    }
}

/// The login form of a server started with `--token`.
enum LoginPage {
    static func render(token: String, error: String?) -> String {
        var body = error.map { "<div class=\"error\">\(HTML.escape($0))</div>" } ?? ""
        body += "<p>This workbench was started with a token. Type it to go on.</p><form method=\"post\" action=\"/login\">"
        body += "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(token))\"><input type=\"password\" name=\"token\" aria-label=\"token\" autofocus> <button type=\"submit\">sign in</button></form>"
        return HTML.page("Sign in", body: body)
    }
}
