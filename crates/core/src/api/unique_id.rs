//! The order unique id: reserved with `createNewUniqueId`, part of every DCV token.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::form::FormRequest;
use crate::error::{Error, Result};

/// `createNewUniqueId`'s answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UniqueId {
    /// The reserved id; use it within 24 hours.
    #[serde(deserialize_with = "crate::api::lenient::string_from_any")]
    pub unique_id: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `checkUniqueId`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckUniqueId {
    /// The id to check, 8 to 15 characters.
    #[serde(deserialize_with = "crate::api::lenient::string_from_any")]
    pub unique_id: String,
}

impl FormRequest for CheckUniqueId {
    fn validate(&self) -> Result<()> {
        check("unique_id", &self.unique_id, 15)
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        vec![("unique_id", self.unique_id.clone())]
    }
}

/// Checks a unique id: letters and digits, 8 to `max` characters (20 for new orders,
/// 15 for checks, pre-validation and reissues, trustocean-api §3.13).
pub(crate) fn check(field: &str, id: &str, max: usize) -> Result<()> {
    let length = id.chars().count();
    if !(8..=max).contains(&length) {
        return Err(Error::invalid(
            field,
            format!("the unique id must be 8 to {max} characters, this one has {length}"),
        ));
    }
    if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Error::invalid(
            field,
            "the unique id may hold only letters and digits",
        ));
    }
    Ok(())
}
