import Foundation
import Warta

/// A small JSON Schema validator for the keywords `docs/record.schema.json` uses: type, enum, required,
/// properties, additionalProperties, items, oneOf, $ref (to #/$defs), minimum, maximum, pattern.
struct SchemaValidator {
    let root: JSON

    func validate(_ value: JSON) -> [String] {
        var errors: [String] = []
        check(value, root, "$", &errors)
        return errors
    }

    private func resolve(_ schema: JSON) -> JSON {
        if let ref = schema["$ref"]?.stringValue, ref.hasPrefix("#/$defs/") {
            let name = String(ref.dropFirst("#/$defs/".count))
            return root["$defs"]?[name].map { resolve($0) } ?? schema
        }
        return schema
    }

    private func typeName(_ v: JSON) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private func check(_ value: JSON, _ schema0: JSON, _ path: String, _ errors: inout [String]) {
        let schema = resolve(schema0)
        if let options = schema["oneOf"]?.arrayValue {
            let passing = options.filter { opt in
                var e: [String] = []
                check(value, opt, path, &e)
                return e.isEmpty
            }
            if passing.count != 1 { errors.append("\(path): matches \(passing.count) of the oneOf options") }
            return
        }
        if let t = schema["type"] {
            let allowed = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue ?? ""]
            let actual = typeName(value)
            if !(allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))) {
                errors.append("\(path): is \(actual), expected \(allowed.joined(separator: " or "))")
                return
            }
        }
        if let e = schema["enum"]?.arrayValue, !e.contains(value) {
            errors.append("\(path): \(value.serialized()) is not one of \(JSON.array(e).serialized())")
        }
        if let min = schema["minimum"]?.doubleValue, let v = value.doubleValue, v < min { errors.append("\(path): below \(min)") }
        if let max = schema["maximum"]?.doubleValue, let v = value.doubleValue, v > max { errors.append("\(path): above \(max)") }
        if let pattern = schema["pattern"]?.stringValue, let s = value.stringValue {
            if s.range(of: pattern, options: .regularExpression) == nil { errors.append("\(path): '\(s)' does not match \(pattern)") }
        }
        if case .object(let pairs) = value {
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !pairs.contains(where: { $0.0 == key }) {
                errors.append("\(path): missing '\(key)'")
            }
            let props = schema["properties"]
            for (k, v) in pairs {
                if let sub = props?[k] {
                    check(v, sub, "\(path).\(k)", &errors)
                } else if schema["additionalProperties"]?.boolValue == false {
                    errors.append("\(path): unexpected key '\(k)'")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() { check(item, itemSchema, "\(path)[\(i)]", &errors) }
        }
    }
}
