//! Conversion between PHP values (zvals) and `serde_json::Value`.
//!
//! PHP → JSON keeps the array's key order (serde_json is built with `preserve_order`), turns
//! arrays whose keys are exactly `0..n` in order into JSON lists and every other array into a JSON
//! object, and refuses what JSON cannot carry (objects, resources, NaN/INF, non-UTF-8 strings,
//! recursive arrays) with an error that names the offending field.
//!
//! JSON → PHP is the inverse: objects become associative arrays, lists become lists, integers
//! that fit become `int` (larger ones `float`), and `null`, booleans and strings map directly.

use std::fmt;

use ext_php_rs::{
    boxed::ZBox,
    error::Result as PhpResult,
    flags::DataType,
    types::{ArrayKey, ZendHashTable, Zval},
};
use serde_json::{Map, Number, Value};

/// Deepest nesting accepted from PHP; far beyond any API payload, and it stops recursive arrays.
const MAX_DEPTH: usize = 64;

/// A PHP value that cannot be sent to the API, with the path of the field that holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError {
    /// Dotted path of the field, e.g. `domains.0`; empty for the top-level value.
    pub field: String,
    /// What is wrong and what to pass instead.
    pub reason: String,
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.reason)
        } else {
            write!(f, "field \"{}\": {}", self.field, self.reason)
        }
    }
}

/// Converts the `$params` array of an API method into a JSON object.
///
/// The top level must be keyed by field name: an empty array becomes `{}`, and a non-empty
/// list (`['a', 'b']`) is refused because it names no field.
pub fn params_to_json(params: &ZendHashTable) -> Result<Value, ConvertError> {
    if params.is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    match array_to_json(params, "", 0)? {
        Value::Object(map) => Ok(Value::Object(map)),
        _ => Err(ConvertError {
            field: String::new(),
            reason: "$params must be an associative array keyed by API field name, \
                     e.g. ['trustocean_id' => 123456], not a list"
                .into(),
        }),
    }
}

/// Converts a PHP list of arrays (records of a batch) into a JSON list; an empty array is `[]`.
pub fn list_to_json(list: &ZendHashTable) -> Result<Value, ConvertError> {
    if list.is_empty() {
        return Ok(Value::Array(Vec::new()));
    }
    match array_to_json(list, "", 0)? {
        Value::Array(items) => Ok(Value::Array(items)),
        _ => Err(ConvertError {
            field: String::new(),
            reason: "expected a list (keys 0, 1, 2, ... in order)".into(),
        }),
    }
}

fn child_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn key_to_string(key: &ArrayKey<'_>, parent: &str) -> Result<String, ConvertError> {
    match key {
        ArrayKey::Long(index) => Ok(index.to_string()),
        ArrayKey::String(s) => Ok(s.clone()),
        ArrayKey::Str(s) => Ok((*s).to_owned()),
        ArrayKey::ZendString(s) => s.as_str().map(ToOwned::to_owned).map_err(|_| ConvertError {
            field: parent.to_owned(),
            reason: "an array key is not valid UTF-8; use UTF-8 text for keys".into(),
        }),
    }
}

fn array_to_json(array: &ZendHashTable, path: &str, depth: usize) -> Result<Value, ConvertError> {
    if depth >= MAX_DEPTH {
        let shown: String = path.chars().take(60).collect();
        return Err(ConvertError {
            field: if shown.len() < path.len() {
                format!("{shown}...")
            } else {
                shown
            },
            reason: format!(
                "arrays are nested more than {MAX_DEPTH} levels deep (is the array recursive?)"
            ),
        });
    }
    let is_list = array.iter().enumerate().all(
        |(i, (key, _))| matches!(key, ArrayKey::Long(k) if usize::try_from(k).ok() == Some(i)),
    );
    if is_list {
        let mut list = Vec::with_capacity(array.len());
        for (index, (_, value)) in array.iter().enumerate() {
            let field = child_path(path, &index.to_string());
            list.push(zval_to_json_at(value, &field, depth + 1)?);
        }
        return Ok(Value::Array(list));
    }
    let mut map = Map::with_capacity(array.len());
    for (key, value) in array.iter() {
        let key = key_to_string(&key, path)?;
        let field = child_path(path, &key);
        let value = zval_to_json_at(value, &field, depth + 1)?;
        map.insert(key, value);
    }
    Ok(Value::Object(map))
}

fn zval_to_json_at(zval: &Zval, path: &str, depth: usize) -> Result<Value, ConvertError> {
    let zval = zval.dereference();
    let zval = zval.indirect().unwrap_or(zval);
    let refuse = |reason: String| ConvertError {
        field: path.to_owned(),
        reason,
    };
    match zval.get_type() {
        DataType::Null | DataType::Undef => Ok(Value::Null),
        DataType::True => Ok(Value::Bool(true)),
        DataType::False => Ok(Value::Bool(false)),
        DataType::Bool => Ok(Value::Bool(zval.is_true())),
        DataType::Long => Ok(zval.long().map_or(Value::Null, Value::from)),
        DataType::Double => {
            let number = zval.double().unwrap_or(f64::NAN);
            Number::from_f64(number)
                .map(Value::Number)
                .ok_or_else(|| refuse("NAN and INF cannot be sent; pass a finite number".into()))
        }
        DataType::String => match zval.zend_str().map(|s| s.as_str()) {
            Some(Ok(s)) => Ok(Value::String(s.to_owned())),
            _ => Err(refuse(
                "the string is not valid UTF-8; convert it first, e.g. with mb_convert_encoding()"
                    .into(),
            )),
        },
        DataType::Array => match zval.array() {
            Some(array) => array_to_json(array, path, depth),
            None => Err(refuse("the array could not be read".into())),
        },
        other => Err(refuse(format!(
            "a value of type {} cannot be sent; pass a string, int, float, bool, null or array",
            php_type_name(other)
        ))),
    }
}

fn php_type_name(ty: DataType) -> &'static str {
    match ty {
        DataType::Object(_) => "object",
        DataType::Resource => "resource",
        DataType::Callable => "callable",
        DataType::Reference => "reference",
        _ => "unsupported",
    }
}

/// Converts a JSON value to a PHP zval.
pub fn json_to_zval(value: &Value) -> PhpResult<Zval> {
    let mut zval = Zval::new();
    match value {
        Value::Null => zval.set_null(),
        Value::Bool(b) => zval.set_bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                zval.set_long(i);
            } else {
                zval.set_double(n.as_f64().unwrap_or(f64::NAN));
            }
        }
        Value::String(s) => zval.set_string(s, false)?,
        Value::Array(_) | Value::Object(_) => zval.set_hashtable(json_to_array(value)?),
    }
    Ok(zval)
}

/// Converts a JSON value to a PHP array: objects become associative arrays, lists become lists,
/// `null` an empty array, and any other scalar a one-element list.
pub fn json_to_array(value: &Value) -> PhpResult<ZBox<ZendHashTable>> {
    let mut array = ZendHashTable::new();
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                array.insert(key.as_str(), json_to_zval(item)?)?;
            }
        }
        Value::Array(list) => {
            for item in list {
                array.push(json_to_zval(item)?)?;
            }
        }
        Value::Null => {}
        scalar => array.push(json_to_zval(scalar)?)?,
    }
    Ok(array)
}
