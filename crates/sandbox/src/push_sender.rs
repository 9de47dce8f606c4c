//! Push delivery: encrypts event JSON with the push public key and POSTs it as the form field
//! `encrypted_data` to the order's callback URL, recording every attempt.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;
use trustocean_core::push;

use crate::error::SandboxError;
use crate::orders;
use crate::state::lock;

/// One push attempt, as listed by the control endpoint.
#[derive(Debug, Clone, Serialize)]
pub struct PushDelivery {
    /// Callback URL.
    pub url: String,
    /// Event `type`.
    pub event: String,
    /// The order concerned.
    pub trustocean_id: u64,
    /// HTTP status of the receiver's answer, if one came.
    pub http_status: Option<u16>,
    /// Why there was no answer (or why nothing was sent).
    pub error: Option<String>,
    /// When the attempt finished.
    pub at: String,
}

/// Sends pushes in the background.
pub(crate) struct PushSender {
    client: reqwest::Client,
    public_key_pem: Mutex<Option<String>>,
    deliveries: Mutex<Vec<PushDelivery>>,
}

impl PushSender {
    /// A sender with an optional public key and a per-push timeout.
    pub(crate) fn new(
        public_key_pem: Option<String>,
        timeout: Duration,
    ) -> Result<Self, SandboxError> {
        if let Some(pem) = &public_key_pem {
            push::parse_public_key(pem)?;
        }
        let client = reqwest::Client::builder().timeout(timeout).build()?;
        Ok(Self {
            client,
            public_key_pem: Mutex::new(public_key_pem),
            deliveries: Mutex::new(Vec::new()),
        })
    }

    /// Replaces (or with `None` removes) the push public key after checking it parses.
    pub(crate) fn set_public_key(&self, pem: Option<String>) -> Result<(), trustocean_core::Error> {
        if let Some(pem) = &pem {
            push::parse_public_key(pem)?;
        }
        *lock(&self.public_key_pem) = pem;
        Ok(())
    }

    /// Every attempt so far, oldest first.
    pub(crate) fn deliveries(&self) -> Vec<PushDelivery> {
        lock(&self.deliveries).clone()
    }

    /// Forgets recorded attempts.
    pub(crate) fn clear_deliveries(&self) {
        lock(&self.deliveries).clear();
    }

    /// Encrypts and sends each `(url, payload)` in the background, one after the other so
    /// that a receiver sees them in order. Each payload carries `type` and `trustocean_id`.
    pub(crate) fn send(self: &Arc<Self>, pushes: Vec<(String, Value)>) {
        let key = lock(&self.public_key_pem).clone();
        let mut requests = Vec::new();

        for (url, payload) in pushes {
            if url.is_empty() {
                continue;
            }
            let mut record = PushDelivery {
                url: url.clone(),
                event: payload
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                trustocean_id: payload
                    .get("trustocean_id")
                    .and_then(Value::as_u64)
                    .unwrap_or_default(),
                http_status: None,
                error: None,
                at: orders::now(),
            };

            let Some(key) = &key else {
                eprintln!(
                    "push {} for order {} not sent: no push public key configured",
                    record.event, record.trustocean_id
                );
                record.error = Some("not sent: no push public key configured".to_owned());
                lock(&self.deliveries).push(record);
                continue;
            };
            match push::encrypt(key, payload.to_string().as_bytes()) {
                Ok(encrypted) => {
                    let request = self.client.post(url).form(&[("encrypted_data", encrypted)]);
                    requests.push((request, record));
                }
                Err(err) => {
                    record.error = Some(err.to_string());
                    lock(&self.deliveries).push(record);
                }
            }
        }

        if requests.is_empty() {
            return;
        }
        let sender = Arc::clone(self);
        tokio::spawn(async move {
            for (request, mut record) in requests {
                match request.send().await {
                    Ok(response) => record.http_status = Some(response.status().as_u16()),
                    Err(err) => record.error = Some(err.to_string()),
                }
                record.at = orders::now();
                let outcome = record.http_status.map_or_else(
                    || record.error.clone().unwrap_or_default(),
                    |s| format!("HTTP {s}"),
                );
                eprintln!(
                    "push {} for order {} to {}: {outcome}",
                    record.event, record.trustocean_id, record.url
                );
                lock(&sender.deliveries).push(record);
            }
        });
    }
}
