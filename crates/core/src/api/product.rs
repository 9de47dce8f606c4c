//! The product catalog (`getProductList` and its priced variants).

use indexmap::IndexMap;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::lenient;

/// A catalog: products keyed by TrustOcean product id, in the order the API sent them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProductList {
    /// Products by pid (as text, since PHP and JSON object keys are strings).
    #[serde(deserialize_with = "products_by_pid")]
    pub products: IndexMap<String, Product>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One product (trustocean-api §3.6).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Product {
    /// TrustOcean product id.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub pid: u64,
    /// English name.
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub name: String,
    /// Chinese name.
    #[serde(
        rename = "chineseName",
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub chinese_name: Option<String>,
    /// Validation class: `dv`, `ov` or `ev`.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub class: Option<String>,
    /// Brand, e.g. `trustocean` or `sectigo`.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub brand: Option<String>,
    /// Takes several domains.
    #[serde(default, deserialize_with = "lenient::bool_from_any")]
    pub multidomain: bool,
    /// Takes wildcard names.
    #[serde(default, deserialize_with = "lenient::bool_from_any")]
    pub wildcard: bool,
    /// Takes public IPv4 addresses.
    #[serde(default, deserialize_with = "lenient::bool_from_any")]
    pub ipv4: bool,
    /// Periods this product is sold for.
    #[serde(default, deserialize_with = "periods")]
    pub periods: Vec<String>,
    /// Prices by period, as sent (only from the priced catalog methods).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<Value>,
    /// Fields this version does not know (`seal`, `score`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Periods as a list or a comma-separated string, normalised to capitalised names when known.
fn periods<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let items = lenient::list_from_any(deserializer)?;
    Ok(items
        .into_iter()
        .map(|item| match item.parse::<crate::api::Period>() {
            Ok(period) => period.name().to_owned(),
            Err(_) => item,
        })
        .collect())
}

/// The catalog as a map keyed by pid, or as a list of products carrying their pid.
fn products_by_pid<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<IndexMap<String, Product>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Object(entries) => entries
            .into_iter()
            .map(|(key, value)| {
                let mut value = value;
                if let Value::Object(fields) = &mut value {
                    fields
                        .entry("pid")
                        .or_insert_with(|| Value::String(key.clone()));
                }
                let product = Product::deserialize(value)
                    .map_err(|error| de::Error::custom(format!("product {key}: {error}")))?;
                Ok((key, product))
            })
            .collect(),
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(index, value)| {
                let product = Product::deserialize(value)
                    .map_err(|error| de::Error::custom(format!("product {index}: {error}")))?;
                Ok((product.pid.to_string(), product))
            })
            .collect(),
        Value::Null => Ok(IndexMap::new()),
        other => Err(de::Error::custom(format!(
            "expected products keyed by pid, got {}",
            lenient::kind(&other)
        ))),
    }
}

impl ProductList {
    /// The product with this pid.
    pub fn get(&self, pid: u64) -> Option<&Product> {
        self.products.values().find(|product| product.pid == pid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_catalog_with_on_off_flags_reads() {
        let list: ProductList = serde_json::from_value(serde_json::json!({
            "products": {
                "48": {"name": "TrustOcean DV Wildcard", "class": "dv", "multidomain": "off",
                        "wildcard": "on", "ipv4": "off", "periods": ["annually"], "seal": "yes"}
            }
        }))
        .expect("catalog");

        let product = list.get(48).expect("pid 48");
        assert!(product.wildcard);
        assert!(!product.multidomain);
        assert_eq!(product.periods, ["Annually"]);
        assert_eq!(product.extra.get("seal"), Some(&Value::from("yes")));
    }

    #[test]
    fn serializes_back_to_a_map_in_order() {
        let list: ProductList = serde_json::from_value(serde_json::json!({
            "products": [{"pid": 51, "name": "B"}, {"pid": 46, "name": "A"}]
        }))
        .expect("list catalog");

        let value = serde_json::to_value(&list).expect("serialize");

        let keys: Vec<&String> = value["products"].as_object().expect("map").keys().collect();
        assert_eq!(keys, ["51", "46"]);
    }
}
