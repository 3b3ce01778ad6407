import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Warta
@testable import WartaWeb

/// Every page and form of `warta serve`, through Hummingbird's router test framework (no socket): escaping,
/// the session token of forms, bad values, the login of a server with a token.
struct WorkbenchRouteTests {
    static let hostile = """
        <script>alert('x')</script> Dinsos Gelar Bimtek TKSK Kabupaten Tuban

        TUBAN - Dinas Sosial Kabupaten Tuban menggelar bimbingan teknis (bimtek) bagi 20 Tenaga Kesejahteraan Sosial \
        Kecamatan (TKSK) di aula <b onmouseover="x()">Dinas Sosial</b> Kabupaten Tuban, Selasa (10/10/2023). \
        Kegiatan ini sesuai Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial. <img src=x onerror=alert(1)>
        """

    static func workbench(token: String? = nil) throws -> (Workbench, URL, DocumentKey) {
        let dir = try Paths.temporaryDirectory()
        let store = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        let record = Shared.record(hostile, id: "evil&<doc>")
        try store.write([record, Shared.record(CorrectionTests.tuban, id: "tuban")])
        return (Workbench(store: store, pipeline: Shared.pipeline, reviewer: "ana <b>", token: token), dir, DocumentKey(source: "evil&<doc>", id: "evil&<doc>"))
    }

    /// The session cookie and the form token of a page.
    static func session(_ r: TestResponse) -> (cookie: String, csrf: String)? {
        let body = String(buffer: r.body)
        guard let cookie = r.headers[values: .setCookie].first(where: { $0.hasPrefix("warta_session=") })?.split(separator: ";").first,
              let range = body.range(of: "name=\"csrf\" value=\"") else { return nil }
        let csrf = body[range.upperBound...].prefix { $0 != "\"" }
        return (String(cookie), String(csrf))
    }

    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: pairs.map { "\($0)=\(HTML.percent($1))" }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func everyPageAnswersAndEscapesDocumentText() async throws {
        let (wb, dir, key) = try Self.workbench()
        defer { try? FileManager.default.removeItem(at: dir) }
        let app = Application(router: wb.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.status == .ok)
                let body = String(buffer: r.body)
                #expect(body.contains("<svg") && body.contains("Events per month") && body.contains("Jawa Timur"))
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            let events = try await client.execute(uri: "/events?sort=date&dir=desc", method: .get) { r in String(buffer: r.body) }
            #expect(events.contains("2 events") || events.contains("1 events"))
            #expect(!events.contains("<script>alert"))
            let id = try #require(try wb.store.eventID(of: key))
            try await client.execute(uri: "/events/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let body = String(buffer: r.body)
                #expect(body.contains("evil&amp;&lt;doc&gt;") && !body.contains("<doc>"))
            }
            try await client.execute(uri: "/document" + HTML.query([("source", key.source), ("id", key.id)]), method: .get) { r in
                #expect(r.status == .ok)
                let body = String(buffer: r.body)
                #expect(!body.contains("<script>alert") && body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
                #expect(!body.contains("<img src=x") && !body.contains("<b onmouseover"))
                #expect(body.contains("<mark") && body.contains("UU 11/2009") && body.contains("name=\"csrf\""))
                #expect(body.contains("ana &lt;b&gt;"))
            }
            try await client.execute(uri: "/events/999999", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/document?source=x&id=y", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/events?from=yesterday", method: .get) { r in
                #expect(r.status == .badRequest)
                #expect(String(buffer: r.body).contains("From must be a date as YYYY-MM-DD, not &#39;yesterday&#39;"))
            }
            try await client.execute(uri: "/events?sort=%3Cscript%3E", method: .get) { r in
                #expect(r.status == .badRequest && !String(buffer: r.body).contains("<script>"))
            }
        }
    }

    @Test func formsCorrectAndReviewWithTheSessionToken() async throws {
        let (wb, dir, _) = try Self.workbench()
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = DocumentKey(source: "tuban", id: "tuban")
        let app = Application(router: wb.router())
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/document" + HTML.query([("source", key.source), ("id", key.id)]), method: .get) { $0 }
            let s = try #require(Self.session(page))
            var headers = Self.formHeaders
            headers[.cookie] = s.cookie
            func post(_ path: String, _ pairs: [(String, String)], headers h: HTTPFields? = nil) async throws -> TestResponse {
                try await client.execute(uri: path, method: .post, headers: h ?? headers, body: Self.form([("source", key.source), ("id", key.id)] + pairs))
            }
            // Without the token, or with another session's, nothing changes.
            var r = try await post("/document/correct", [("field", "participants_total"), ("value", "99"), ("action", "set")])
            #expect(r.status == .forbidden)
            r = try await post("/document/correct", [("csrf", "0123456789abcdef0123456789abcdef"), ("field", "participants_total"), ("value", "99"), ("action", "set")])
            #expect(r.status == .forbidden)
            var noCookie = Self.formHeaders
            noCookie[.cookie] = "warta_session=nope"
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "participants_total"), ("value", "99")], headers: noCookie)
            #expect(r.status == .forbidden)
            #expect(try wb.store.corrections(key).isEmpty)
            // A right value.
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "participants_total"), ("value", "21"), ("action", "set")])
            #expect(r.status == .seeOther)
            #expect(try wb.store.currentCorrections(key)[.participantsTotal]?.newValue == "21")
            #expect(try wb.store.currentCorrections(key)[.participantsTotal]?.reviewer == "ana <b>")
            // Bad values: a clear message on the page, nothing stored.
            for (field, value, message) in [("participants_total", "banyak", "is not a whole number"), ("date_start", "10-10-2023", "is not a date as YYYY-MM-DD"),
                                            ("city", "Kota <Atlantis>", "is not a kabupaten/kota of the gazetteer"), ("legal_references", "UU sebelas", "is not a legal reference"),
                                            ("nonsense", "1", "There is no field")] {
                r = try await post("/document/correct", [("csrf", s.csrf), ("field", field), ("value", value), ("action", "set")])
                #expect(r.status == .unprocessableContent, "\(field)")
                let body = String(buffer: r.body)
                #expect(body.contains(message), "\(field): \(body.prefix(300))")
                #expect(!body.contains("<Atlantis>"))
            }
            #expect(try wb.store.corrections(key).count == 1)
            // Mark wrong; the evidence of a missing value (a span, its text the value).
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "venue"), ("action", "wrong")])
            #expect(r.status == .seeOther)
            #expect(try wb.store.currentCorrections(key)[.venue] != nil && wb.store.currentCorrections(key)[.venue]?.newValue == nil)
            let text = try #require(try wb.store.record(key)?.text)
            let lower = try #require(text.range(of: "Kabupaten Tuban, Selasa"))
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: lower.lowerBound)
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "city"), ("action", "evidence"), ("start", "\(start)"), ("end", "\(start + 15)"), ("value", "")])
            #expect(r.status == .seeOther)
            let city = try #require(try wb.store.currentCorrections(key)[.city])
            #expect(city.newValue == "Kabupaten Tuban" && city.evidence?.start == start && city.evidence?.text == "Kabupaten Tuban")
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "city"), ("action", "evidence"), ("start", ""), ("end", "")])
            #expect(r.status == .unprocessableContent && String(buffer: r.body).contains("select a span of the text first"))
            r = try await post("/document/correct", [("csrf", s.csrf), ("field", "city"), ("action", "evidence"), ("start", "5"), ("end", "99999999")])
            #expect(r.status == .unprocessableContent)
            // The page shows the corrections, and the events page marks them.
            let shown = try await client.execute(uri: "/document" + HTML.query([("source", key.source), ("id", key.id), ("saved", "x")]), method: .get) { String(buffer: $0.body) }
            #expect(shown.contains("Corrections (oldest first)") && shown.contains("outline:2px dashed"))
            let events = try await client.execute(uri: "/events", method: .get) { String(buffer: $0.body) }
            #expect(events.contains("class=\"corrected\""))
            // Reviewed, and not.
            r = try await post("/document/review", [("csrf", s.csrf), ("reviewed", "1")])
            #expect(r.status == .seeOther)
            #expect(try wb.store.review(key) != nil)
            r = try await post("/document/review", [("csrf", s.csrf), ("reviewed", "0")])
            #expect(r.status == .seeOther)
            #expect(try wb.store.review(key) == nil)
        }
    }

    @Test func aServerWithATokenAsksForIt() async throws {
        let (wb, dir, _) = try Self.workbench(token: "s3cret-token")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Workbench.isLoopback("127.0.0.1") && Workbench.isLoopback("127.1.2.3") && Workbench.isLoopback("localhost") && Workbench.isLoopback("::1"))
        #expect(!Workbench.isLoopback("0.0.0.0") && !Workbench.isLoopback("192.168.1.4") && !Workbench.isLoopback("127.0.0.1.example.org"))
        let app = Application(router: wb.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.status == .seeOther || r.status == .found)
                #expect(r.headers[.location] == "/login")
            }
            try await client.execute(uri: "/events", method: .get, headers: [.authorization: "Bearer s3cret-token"]) { r in #expect(r.status == .ok) }
            try await client.execute(uri: "/events", method: .get, headers: [.authorization: "Bearer wrong"]) { r in #expect(r.status != .ok) }
            let login = try await client.execute(uri: "/login", method: .get) { $0 }
            let s = try #require(Self.session(login))
            var headers = Self.formHeaders
            headers[.cookie] = s.cookie
            var r = try await client.execute(uri: "/login", method: .post, headers: headers, body: Self.form([("csrf", s.csrf), ("token", "guess")]))
            #expect(r.status == .unauthorized)
            r = try await client.execute(uri: "/login", method: .post, headers: headers, body: Self.form([("csrf", s.csrf), ("token", "s3cret-token")]))
            #expect(r.status == .seeOther)
            let auth = try #require(r.headers[values: .setCookie].first { $0.hasPrefix("warta_token=") }?.split(separator: ";").first)
            try await client.execute(uri: "/", method: .get, headers: [.cookie: String(auth)]) { r in #expect(r.status == .ok) }
            // A form without the token is refused before its session token is even looked at.
            r = try await client.execute(uri: "/document/review", method: .post, headers: headers, body: Self.form([("csrf", s.csrf), ("source", "tuban"), ("id", "tuban")]))
            #expect(r.status == .unauthorized)
        }
    }
}
