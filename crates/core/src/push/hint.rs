//! What a received push may be used for: the order it names, and nothing else.
//!
//! A push is a hint. Encrypted or not, its only use is to say which order to fetch again from
//! the API over the module's own authenticated connection; its certificate, status and domains
//! are never applied (encryption with the reseller's public key proves nothing about the
//! sender). [`read`] turns a request body into that hint.

use serde_json::{Map, Value};

use super::push_key::PushKey;

/// Largest request body worth reading: a push with a certificate and its chain is a few KB; 256
/// KB leaves room for long chains and many names.
pub const MAX_PUSH_BODY: usize = 256 * 1024;

/// The form field that carries an encrypted push.
pub const ENCRYPTED_FIELD: &str = "encrypted_data";

/// The order a push names, and how it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// TrustOcean's order id.
    pub trustocean_id: u64,
    /// The event `type` as sent (`cert_issued`, ...), or `unknown` when it is missing or not a
    /// plain name. For logs only: what to do comes from the API, not from this.
    pub event: String,
    /// Whether it came encrypted for the push key (still not proof of who sent it).
    pub encrypted: bool,
}

/// What a request body gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// It names an order.
    Hint(Hint),
    /// It is encrypted, but no push key is configured to open it.
    NoKey,
    /// Nothing usable: not a push, sealed for another key, tampered with, or naming no order.
    /// One case for all of these, so nothing downstream can tell them apart.
    Unreadable,
}

/// Reads a push body: a form (`application/x-www-form-urlencoded`, as TrustOcean posts it) or a
/// JSON object, with either `encrypted_data` or the plain fields `trustocean_id` and `type`.
/// Bodies over [`MAX_PUSH_BODY`] are unreadable.
pub fn read(key: Option<&PushKey>, body: &[u8], content_type: &str) -> Reading {
    if body.len() > MAX_PUSH_BODY {
        return Reading::Unreadable;
    }
    let Some(fields) = fields(body, content_type) else {
        return Reading::Unreadable;
    };

    match fields.get(ENCRYPTED_FIELD) {
        Some(Value::String(sealed)) => {
            let Some(key) = key else {
                return Reading::NoKey;
            };
            let event = key
                .decrypt(sealed)
                .ok()
                .and_then(|plain| serde_json::from_slice::<Map<String, Value>>(&plain).ok());
            event.map_or(Reading::Unreadable, |event| hint(&event, true))
        }
        Some(_) => Reading::Unreadable,
        None => hint(&fields, false),
    }
}

fn fields(body: &[u8], content_type: &str) -> Option<Map<String, Value>> {
    let media_type = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if media_type == "application/json" {
        return serde_json::from_slice(body).ok();
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    Some(
        pairs
            .into_iter()
            .map(|(name, value)| (name, Value::String(value)))
            .collect(),
    )
}

fn hint(event: &Map<String, Value>, encrypted: bool) -> Reading {
    let Some(trustocean_id) = event.get("trustocean_id").and_then(order_id) else {
        return Reading::Unreadable;
    };
    let event_name = event
        .get("type")
        .and_then(Value::as_str)
        .filter(|name| {
            (1..=40).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
        })
        .unwrap_or("unknown");
    Reading::Hint(Hint {
        trustocean_id,
        event: event_name.to_owned(),
        encrypted,
    })
}

/// A positive order id, as a JSON number or a string of digits.
fn order_id(value: &Value) -> Option<u64> {
    let id = match value {
        Value::Number(number) => number.as_u64()?,
        Value::String(text)
            if (1..=19).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) =>
        {
            text.parse().ok()?
        }
        _ => return None,
    };
    (id > 0).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::push::{encrypt, generate};

    const FORM: &str = "application/x-www-form-urlencoded";

    fn form(fields: &[(&str, &str)]) -> Vec<u8> {
        serde_urlencoded::to_string(fields)
            .expect("form")
            .into_bytes()
    }

    #[test]
    fn an_encrypted_push_names_its_order() {
        let pair = generate(1024).expect("key");
        let key = PushKey::from_pem(&pair.private_key_pem).expect("key");
        let event = r#"{"type":"cert_issued","trustocean_id":100042,"cert_code":"-----BEGIN CERTIFICATE-----"}"#;
        let sealed = encrypt(&pair.public_key_pem, event.as_bytes()).expect("seals");

        let reading = read(Some(&key), &form(&[(ENCRYPTED_FIELD, &sealed)]), FORM);

        assert_eq!(
            reading,
            Reading::Hint(Hint {
                trustocean_id: 100042,
                event: "cert_issued".into(),
                encrypted: true
            })
        );
        assert_eq!(
            read(None, &form(&[(ENCRYPTED_FIELD, &sealed)]), FORM),
            Reading::NoKey
        );
    }

    #[test]
    fn another_keys_push_and_tampering_are_unreadable() {
        let pair = generate(1024).expect("key");
        let other = generate(1024).expect("other key");
        let key = PushKey::from_pem(&pair.private_key_pem).expect("key");
        let event = br#"{"type":"cert_revoked","trustocean_id":7}"#;
        let foreign = encrypt(&other.public_key_pem, event).expect("seals");
        let mut tampered = encrypt(&pair.public_key_pem, event)
            .expect("seals")
            .into_bytes();
        let middle = tampered.len() / 2;
        tampered[middle] = if tampered[middle] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).expect("ascii");

        for sealed in [foreign.as_str(), tampered.as_str(), "AAAA", ""] {
            assert_eq!(
                read(Some(&key), &form(&[(ENCRYPTED_FIELD, sealed)]), FORM),
                Reading::Unreadable,
                "{sealed:.20}"
            );
        }
    }

    #[test]
    fn plain_pushes_are_hints_too_and_junk_is_unreadable() {
        let plain = form(&[
            ("type", "cert_issued"),
            ("trustocean_id", "55"),
            ("cert_code", "x"),
        ]);
        assert_eq!(
            read(None, &plain, FORM),
            Reading::Hint(Hint {
                trustocean_id: 55,
                event: "cert_issued".into(),
                encrypted: false
            })
        );
        let json = br#"{"type":"Cert Issued!","trustocean_id":"56"}"#;
        assert_eq!(
            read(None, json, "application/json; charset=utf-8"),
            Reading::Hint(Hint {
                trustocean_id: 56,
                event: "unknown".into(),
                encrypted: false
            })
        );
        for junk in [
            &b"trustocean_id=0"[..],
            b"trustocean_id=-3",
            b"trustocean_id=1e3",
            b"type=cert_issued",
            b"\xff\xfe",
            b"trustocean_id[]=5",
        ] {
            assert_eq!(read(None, junk, FORM), Reading::Unreadable, "{junk:?}");
        }
        let mut huge = b"trustocean_id=5&x=".to_vec();
        huge.resize(MAX_PUSH_BODY + 1, b'a');
        assert_eq!(read(None, &huge, FORM), Reading::Unreadable);
    }
}
