//! The JSON envelope of every API answer and the error codes the sandbox uses.

use axum::Json;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

/// Error codes (§3.9 of the API notes, plus one of the sandbox's own).
pub mod codes {
    /// Not from TrustOcean: the method name is unknown (the real server's answer is not known).
    pub const UNKNOWN_METHOD: i64 = 778800;
    /// A required parameter is missing.
    pub const MISSING_PARAMETER: i64 = 778801;
    /// `username` or `password` missing (the TO-PHP1 meaning of 778803 is used).
    pub const CREDENTIALS_MISSING: i64 = 778803;
    /// Wrong username or API token.
    pub const BAD_CREDENTIALS: i64 = 778804;
    /// The order does not exist or belongs to another partner.
    pub const ORDER_NOT_FOUND: i64 = 778807;
    /// More than 250 domains.
    pub const TOO_MANY_DOMAINS: i64 = 770002;
    /// Fewer domains than the multi-domain product's minimum.
    pub const TOO_FEW_DOMAINS: i64 = 770003;
    /// Unknown product or product not available to the partner.
    pub const PRODUCT_UNAVAILABLE: i64 = 770005;
    /// Malformed, duplicate or disallowed domain.
    pub const BAD_DOMAIN: i64 = 770007;
    /// The CA rejected the request; the message says why (generic validation failure).
    pub const REJECTED: i64 = 770008;
    /// More than one domain for a single-domain product.
    pub const NOT_MULTIDOMAIN: i64 = 770009;
    /// Domain and DCV method counts differ, or no domain.
    pub const BAD_DOMAIN_COUNT: i64 = 770010;
    /// A DCV method is not valid for its domain.
    pub const BAD_DCV_METHOD: i64 = 770014;
    /// The order is in a state where this call is not possible.
    pub const WRONG_STATE: i64 = 770015;
    /// DCV change rejected.
    pub const DCV_CHANGE_REJECTED: i64 = 770016;
    /// Domain removal only for multi-domain orders.
    pub const REMOVE_ONLY_MULTIDOMAIN: i64 = 770017;
    /// Domain removal failed (e.g. last domain).
    pub const REMOVE_FAILED: i64 = 770018;
    /// DCV re-check failed.
    pub const RECHECK_FAILED: i64 = 770019;
    /// Reissue only from issued_active.
    pub const REISSUE_WRONG_STATE: i64 = 770020;
    /// Incomplete organisation details.
    pub const ORG_INFO_INCOMPLETE: i64 = 770023;
    /// CSR CN is not an FQDN.
    pub const CN_NOT_FQDN: i64 = 770024;
    /// Insufficient balance.
    pub const INSUFFICIENT_CREDIT: i64 = 770039;
}

/// An error answer: `{"status":"error","message":…,"error_code":…}` with HTTP 200.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The `error_code`.
    pub code: i64,
    /// The `message`.
    pub message: String,
}

impl ApiError {
    /// An error with a code and message.
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// A 778801 error for a missing field.
    pub fn missing(field: &str) -> Self {
        Self::new(
            codes::MISSING_PARAMETER,
            format!("Missing required parameter: {field}"),
        )
    }

    /// A 770008 error with a message.
    pub fn rejected(message: impl Into<String>) -> Self {
        Self::new(codes::REJECTED, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        Json(serde_json::json!({
            "status": "error",
            "message": self.message,
            "error_code": self.code,
        }))
        .into_response()
    }
}

/// The fields of a successful answer, without `status`.
pub type ApiResult = Result<Map<String, Value>, ApiError>;

/// `{"status":"success", …fields}` with HTTP 200.
pub fn success(fields: Map<String, Value>) -> Response {
    let mut body = Map::new();
    body.insert("status".to_owned(), Value::String("success".to_owned()));
    body.extend(fields);
    Json(Value::Object(body)).into_response()
}
