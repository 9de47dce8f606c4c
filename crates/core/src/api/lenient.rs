//! Deserializers that take what PHP code and the live API actually send.
//!
//! Form encoding turns everything into strings, the SDKs disagree on number and list types,
//! and PHP arrays hold ints where strings are documented (trustocean-api §3.13). Each helper
//! accepts the spellings seen in the wild and nothing looser.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_json::Value;

/// An unsigned integer given as a number or as a string of digits.
pub fn u64_from_any<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Number(number) => number.as_u64().ok_or_else(|| {
            de::Error::custom(format!("expected a positive whole number, got {number}"))
        }),
        Value::String(text) => text.trim().parse().map_err(|_| {
            de::Error::custom(format!("expected a positive whole number, got {text:?}"))
        }),
        other => Err(de::Error::custom(format!(
            "expected a positive whole number, got {}",
            kind(&other)
        ))),
    }
}

/// Like [`u64_from_any`], for an optional field (`null` and `""` read as absent).
pub fn opt_u64_from_any<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u64>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        Value::String(text) if text.trim().is_empty() => Ok(None),
        other => u64_from_any(other).map(Some).map_err(de::Error::custom),
    }
}

/// A string given as a string or as a number (money, ids).
pub fn string_from_any<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::String(text) => Ok(text),
        Value::Number(number) => Ok(number.to_string()),
        other => Err(de::Error::custom(format!(
            "expected a string, got {}",
            kind(&other)
        ))),
    }
}

/// Like [`string_from_any`], for an optional field.
pub fn opt_string_from_any<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text)),
        Value::Number(number) => Ok(Some(number.to_string())),
        Value::Bool(flag) => Ok(Some(flag.to_string())),
        other => Err(de::Error::custom(format!(
            "expected a string, got {}",
            kind(&other)
        ))),
    }
}

/// A yes/no flag: `true`/`false`, `1`/`0`, or `yes|no|on|off|true|false` in any case.
pub fn bool_from_any<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let value = Value::deserialize(deserializer)?;
    flag(&value).ok_or_else(|| {
        de::Error::custom(format!(
            "expected yes/no, on/off or true/false, got {value}"
        ))
    })
}

/// Like [`bool_from_any`], for an optional field.
pub fn opt_bool_from_any<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        value => flag(&value).map(Some).ok_or_else(|| {
            de::Error::custom(format!(
                "expected yes/no, on/off or true/false, got {value}"
            ))
        }),
    }
}

fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(flag) => Some(*flag),
        Value::Number(number) => match number.as_i64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(text) => match text.trim().to_ascii_lowercase().as_str() {
            "yes" | "on" | "true" | "1" => Some(true),
            "no" | "off" | "false" | "0" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A list of strings given as an array or as one comma-separated string.
pub fn list_from_any<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    deserializer.deserialize_any(ListVisitor)
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<String>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list of strings or a comma-separated string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(text
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            match item {
                Value::String(text) => items.push(text),
                Value::Number(number) => items.push(number.to_string()),
                other => {
                    return Err(de::Error::custom(format!(
                        "list items must be strings, got {}",
                        kind(&other)
                    )));
                }
            }
        }
        Ok(items)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // PHP arrays with holes (after unset) arrive as objects keyed "0", "2", ...
        let mut items = Vec::new();
        while let Some((_, item)) = map.next_entry::<String, Value>()? {
            match item {
                Value::String(text) => items.push(text),
                Value::Number(number) => items.push(number.to_string()),
                other => {
                    return Err(de::Error::custom(format!(
                        "list items must be strings, got {}",
                        kind(&other)
                    )));
                }
            }
        }
        Ok(items)
    }
}

/// A JSON kind in words, for error messages.
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an array with keys",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Sample {
        #[serde(deserialize_with = "u64_from_any")]
        id: u64,
        #[serde(deserialize_with = "bool_from_any")]
        renew: bool,
        #[serde(deserialize_with = "list_from_any")]
        domains: Vec<String>,
    }

    #[test]
    fn strings_numbers_and_csv_are_accepted() {
        let sample: Sample = serde_json::from_value(serde_json::json!({
            "id": "42", "renew": "yes", "domains": "a.example, b.example"
        }))
        .expect("lenient");

        assert_eq!(sample.id, 42);
        assert!(sample.renew);
        assert_eq!(sample.domains, ["a.example", "b.example"]);
    }

    #[test]
    fn arrays_and_native_types_are_accepted() {
        let sample: Sample = serde_json::from_value(serde_json::json!({
            "id": 7, "renew": false, "domains": ["a.example"]
        }))
        .expect("native");

        assert_eq!(sample.id, 7);
        assert!(!sample.renew);
        assert_eq!(sample.domains, ["a.example"]);
    }

    #[test]
    fn wrong_shapes_say_what_was_expected() {
        let error = serde_json::from_value::<Sample>(serde_json::json!({
            "id": "x1", "renew": "maybe", "domains": []
        }))
        .err()
        .map(|error| error.to_string())
        .unwrap_or_default();

        assert!(error.contains("positive whole number"), "{error}");
    }
}
