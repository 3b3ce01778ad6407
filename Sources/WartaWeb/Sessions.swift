import Foundation

/// Sessions and their tokens against cross-site requests. Each browser gets a random session id in an HttpOnly,
/// SameSite=Strict cookie; each session has its own random token, which every form carries in a hidden field and
/// every POST must send back. Sessions are kept in memory, at most `capacity` (the oldest go first).
final class Sessions: @unchecked Sendable {
    private let lock = NSLock()
    private var tokens: [String: String] = [:]
    private var order: [String] = []
    let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// 128 random bits in hex.
    static func random() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let s = String(g.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }

    /// The session's token, a new session when `id` is unknown. Returns the session id and its token.
    func session(_ id: String?) -> (id: String, token: String) {
        lock.lock()
        defer { lock.unlock() }
        if let id, let t = tokens[id] { return (id, t) }
        let id = Sessions.random()
        let token = Sessions.random()
        tokens[id] = token
        order.append(id)
        if order.count > capacity {
            let old = order.removeFirst()
            tokens[old] = nil
        }
        return (id, token)
    }

    /// Whether `token` is the token of the session `id` (compared in constant time).
    func check(_ id: String?, _ token: String?) -> Bool {
        guard let id, let token else { return false }
        lock.lock()
        let expected = tokens[id]
        lock.unlock()
        guard let expected else { return false }
        return Sessions.same(expected, token)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
