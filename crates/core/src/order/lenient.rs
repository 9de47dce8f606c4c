//! Deserializers for what a WHMCS database row holds: ids and times as digit strings, empty
//! strings for "none", and arrays either decoded or still as JSON text.

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde_json::Value;

use crate::api::lenient::kind;

/// An optional text: `null` and blank strings read as absent, numbers as their digits.
pub(crate) fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(text) if text.trim().is_empty() => Ok(None),
        Value::String(text) => Ok(Some(text)),
        Value::Number(number) => Ok(Some(number.to_string())),
        other => Err(de::Error::custom(format!(
            "expected a string, got {}",
            kind(&other)
        ))),
    }
}

/// An optional whole number (Unix seconds, ids): a number or digits; `null`/blank read as absent.
pub(crate) fn opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(text) if text.trim().is_empty() => Ok(None),
        Value::String(text) => text
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| de::Error::custom(format!("expected a whole number, got {text:?}"))),
        Value::Number(number) => number
            .as_i64()
            .map(Some)
            .ok_or_else(|| de::Error::custom(format!("expected a whole number, got {number}"))),
        other => Err(de::Error::custom(format!(
            "expected a whole number, got {}",
            kind(&other)
        ))),
    }
}

/// A whole number that reads absent as 0.
pub(crate) fn i64_or_zero<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    opt_i64(d).map(Option::unwrap_or_default)
}

/// An optional positive id: absent, blank and 0 read as none.
pub(crate) fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    match opt_i64(d)? {
        None | Some(0) => Ok(None),
        Some(id) => u64::try_from(id)
            .map(Some)
            .map_err(|_| de::Error::custom(format!("expected a positive id, got {id}"))),
    }
}

/// A count: a non-negative whole number, absent as 0.
pub(crate) fn count<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    match opt_i64(d)? {
        None => Ok(0),
        Some(n) => u64::try_from(n)
            .map_err(|_| de::Error::custom(format!("expected a number of 0 or more, got {n}"))),
    }
}

/// An optional word of a fixed set (`server`, `customer`): `null` and blank read as absent.
pub(crate) fn opt_word<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(text) if text.trim().is_empty() => Ok(None),
        Value::String(text) => {
            serde_json::from_value(Value::String(text.trim().to_ascii_lowercase()))
                .map(Some)
                .map_err(de::Error::custom)
        }
        other => Err(de::Error::custom(format!(
            "expected a string, got {}",
            kind(&other)
        ))),
    }
}

/// The value itself, or the value decoded from JSON text (a database text column). `null`,
/// blank text and an empty PHP array read as absent.
fn structured(value: Value) -> Result<Option<Value>, String> {
    let value = match value {
        Value::String(text) if text.trim().is_empty() => return Ok(None),
        Value::String(text) => {
            serde_json::from_str(&text).map_err(|error| format!("the text is not JSON: {error}"))?
        }
        other => other,
    };
    Ok(match value {
        Value::Null => None,
        Value::Array(list) if list.is_empty() => None,
        other => Some(other),
    })
}

/// A structured field (`dcv`, `previous`) given as a value or as JSON text; absent as none.
pub(crate) fn opt_json<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    match structured(Value::deserialize(d)?).map_err(de::Error::custom)? {
        None => Ok(None),
        Some(value) => serde_path_to_error::deserialize(value)
            .map(Some)
            .map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                if path == "." {
                    de::Error::custom(inner)
                } else {
                    de::Error::custom(format!("{path}: {inner}"))
                }
            }),
    }
}

/// A structured field whose absence is its default (an empty map or list).
pub(crate) fn json_or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    opt_json(d).map(Option::unwrap_or_default)
}

/// A list of names: a list, JSON text of a list, or text with one name per line (commas also
/// separate, since no name contains one). Blank entries are dropped.
pub(crate) fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let items: Vec<Value> = match Value::deserialize(d)? {
        Value::Null => Vec::new(),
        Value::String(text) if text.trim_start().starts_with('[') => {
            serde_json::from_str(&text).map_err(de::Error::custom)?
        }
        Value::String(text) => text
            .split(['\n', '\r', ','])
            .map(|item| Value::String(item.to_owned()))
            .collect(),
        Value::Array(list) => list,
        // PHP lists with holes (after unset) arrive keyed "0", "2", ...
        Value::Object(map) => map.into_iter().map(|(_, value)| value).collect(),
        other => {
            return Err(de::Error::custom(format!(
                "expected a list of names or text with one per line, got {}",
                kind(&other)
            )));
        }
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(text) if text.trim().is_empty() => None,
            Value::String(text) => Some(Ok(text.trim().to_owned())),
            Value::Number(number) => Some(Ok(number.to_string())),
            other => Some(Err(de::Error::custom(format!(
                "list items must be strings, got {}",
                kind(&other)
            )))),
        })
        .collect()
}

/// A map of text values (organisation fields, DCV methods by domain), as a value or JSON text;
/// numbers become their digits, `null` values are dropped.
pub(crate) fn opt_text_map<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<IndexMap<String, String>>, D::Error> {
    let Some(value) = structured(Value::deserialize(d)?).map_err(de::Error::custom)? else {
        return Ok(None);
    };
    let Value::Object(map) = value else {
        return Err(de::Error::custom(format!(
            "expected an array keyed by name, got {}",
            kind(&value)
        )));
    };
    let mut texts = IndexMap::with_capacity(map.len());
    for (key, value) in map {
        match value {
            Value::Null => {}
            Value::String(text) => {
                texts.insert(key, text);
            }
            Value::Number(number) => {
                texts.insert(key, number.to_string());
            }
            other => {
                return Err(de::Error::custom(format!(
                    "{key}: expected a string, got {}",
                    kind(&other)
                )));
            }
        }
    }
    Ok(Some(texts))
}
