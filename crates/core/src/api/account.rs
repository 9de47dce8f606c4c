//! Account-level answers: the balance, and the empty acknowledgement many methods return.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::form::FormRequest;
use crate::api::lenient;

/// The request of a method that takes no fields.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

impl FormRequest for NoParams {
    fn form_fields(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// A success with no documented fields (`ping`, `changeDCVMethod`, `revokeSSL`, ...).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Ack {
    /// Whatever else the server sent, such as a `message`.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `getProfileInfo`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProfileInfo {
    /// The reseller balance, as the decimal text the API sends (money is never a float here).
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub credit: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
