//! Reading the PHP arrays (record, product, input, settings) into their types, naming the field
//! at fault (`order.dcv.example.com.status`, `product.period`).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Reads `value` as a `T`; `what` prefixes the field in errors (`order`, `product`, `input`).
/// `null` and an empty PHP array read as an empty object.
pub fn read<T: DeserializeOwned>(what: &str, value: Value) -> Result<T> {
    let value = match value {
        Value::Null => Value::Object(Map::new()),
        Value::Array(list) if list.is_empty() => Value::Object(Map::new()),
        object @ Value::Object(_) => object,
        other => {
            return Err(Error::invalid(
                what,
                format!(
                    "expected an array keyed by field name, got {}",
                    crate::api::lenient::kind(&other)
                ),
            ));
        }
    };
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let reason = error.into_inner().to_string();
        // serde names unknown and missing fields only in the message, as `name`.
        let named = backticked(&reason);
        let field = match (path.as_str(), named) {
            (".", Some(name)) => format!("{what}.{name}"),
            (".", None) => what.to_owned(),
            (path, _) => format!("{what}.{path}"),
        };
        Error::invalid(field, reason)
    })
}

fn backticked(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(&message[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::{OrderRecord, Product};
    use serde_json::json;

    #[test]
    fn errors_name_the_field() {
        let unknown = read::<OrderRecord>("order", json!({"trustoceanid": 1})).expect_err("x");
        let nested = read::<OrderRecord>(
            "order",
            json!({"dcv": {"a.example.com": {"method": "dns", "statuz": "x"}}}),
        )
        .expect_err("x");
        let missing = read::<Product>("product", json!({"pid": 46})).expect_err("x");

        assert!(
            matches!(unknown, Error::InvalidInput { ref field, .. } if field == "order.trustoceanid"),
            "{unknown}"
        );
        assert!(
            matches!(nested, Error::InvalidInput { ref field, .. } if field.starts_with("order.dcv")),
            "{nested}"
        );
        assert!(
            matches!(missing, Error::InvalidInput { ref field, .. } if field == "product.period"),
            "{missing}"
        );
    }
}
