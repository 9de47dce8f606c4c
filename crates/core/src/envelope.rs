//! Reads the API's JSON envelope: `status`, then either the fields or `message` and `error_code`.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::credentials::Credentials;
use crate::error::{Error, Result};
use crate::method::ApiMethod;
use crate::transport::Reply;

/// How much of an unreadable body an error message shows.
const EXCERPT_CHARS: usize = 200;

/// Turns an answer into the method's typed response, or the matching error.
pub(crate) fn decode<T: DeserializeOwned>(
    method: ApiMethod,
    reply: &Reply,
    credentials: &Credentials,
) -> Result<T> {
    let unreadable = |what: &str| Error::Decode {
        method: method.name(),
        status: reply.status,
        excerpt: format!(
            "{what}; the answer began with {}",
            excerpt(&reply.body, credentials)
        ),
    };

    let mut fields: Map<String, Value> = match serde_json::from_slice::<Value>(&reply.body) {
        Ok(Value::Object(fields)) => fields,
        Ok(_) => return Err(unreadable("the JSON is not an object")),
        Err(_) => return Err(unreadable("the answer is not JSON")),
    };

    let status = fields.shift_remove("status");
    match status.as_ref().and_then(Value::as_str) {
        Some(status) if status.eq_ignore_ascii_case("success") => {}
        Some(status) if status.eq_ignore_ascii_case("error") => {
            return Err(api_error(method, &fields, credentials));
        }
        _ => return Err(unreadable("the JSON has no \"status\" of success or error")),
    }

    serde_path_to_error::deserialize(Value::Object(fields)).map_err(|error| Error::Decode {
        method: method.name(),
        status: reply.status,
        excerpt: format!(
            "field {} does not have the documented shape: {}",
            error.path(),
            credentials.redact(&error.inner().to_string())
        ),
    })
}

fn api_error(method: ApiMethod, fields: &Map<String, Value>, credentials: &Credentials) -> Error {
    let code = match fields.get("error_code") {
        Some(Value::Number(number)) => number.as_i64().unwrap_or_default(),
        Some(Value::String(text)) => text.trim().parse().unwrap_or_default(),
        _ => 0,
    };
    let message = match fields.get("message") {
        Some(Value::String(text)) if !text.trim().is_empty() => text.trim().to_owned(),
        Some(other @ (Value::Array(_) | Value::Object(_))) => other.to_string(),
        _ => "no message given".to_owned(),
    };

    Error::Api {
        method: method.name(),
        code,
        message: credentials.redact(&message),
    }
}

/// The first characters of a body, printable and without the token.
fn excerpt(body: &[u8], credentials: &Credentials) -> String {
    if body.is_empty() {
        return "nothing (empty body)".to_owned();
    }

    let text = String::from_utf8_lossy(body);
    let mut shown: String = text
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().count() > EXCERPT_CHARS {
        shown.push('…');
    }
    format!("{:?}", credentials.redact(&shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credentials() -> Credentials {
        Credentials::new("me@example.com", "tok-123456").expect("valid")
    }

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn success_strips_status_and_keeps_fields() {
        let value: Value = decode(
            ApiMethod::GetProfileInfo,
            &reply(200, r#"{"status":"success","credit":"12.50"}"#),
            &credentials(),
        )
        .expect("success");

        assert_eq!(value, serde_json::json!({"credit": "12.50"}));
    }

    #[test]
    fn error_keeps_code_and_message() {
        let error = decode::<Value>(
            ApiMethod::Ping,
            &reply(
                200,
                r#"{"status":"error","message":"bad token tok-123456","error_code":"778804"}"#,
            ),
            &credentials(),
        )
        .expect_err("api error");

        assert_eq!(error.api_code(), Some(778804));
        assert!(!error.to_string().contains("tok-123456"));
    }

    #[test]
    fn html_body_is_a_decode_error_with_excerpt() {
        let error = decode::<Value>(
            ApiMethod::Ping,
            &reply(502, "<html><body>Bad gateway</body></html>"),
            &credentials(),
        )
        .expect_err("not json");

        let text = error.to_string();
        assert!(text.contains("HTTP 502"));
        assert!(text.contains("Bad gateway"));
    }

    #[test]
    fn long_bodies_are_cut() {
        let body = "x".repeat(5000);

        let error = decode::<Value>(ApiMethod::Ping, &reply(200, &body), &credentials())
            .expect_err("not json");

        assert!(error.to_string().len() < 600);
    }
}
