//! Every API call the sandbox received, by method and order, so tests can count what a module
//! really sent (a push flood must not become a flood of `getSSLDetails`).

use std::sync::Mutex;

use serde::Serialize;

use crate::orders;
use crate::state::lock;

/// Calls kept; older ones are dropped first.
const CAPACITY: usize = 100_000;

/// One API call.
#[derive(Debug, Clone, Serialize)]
pub struct ApiCall {
    /// The method name from the URL.
    pub method: String,
    /// The `trustocean_id` field, when the call carried a readable one.
    pub trustocean_id: Option<u64>,
    /// When it arrived.
    pub at: String,
}

/// The received calls, oldest first.
#[derive(Debug, Default)]
pub(crate) struct CallLog {
    calls: Mutex<Vec<ApiCall>>,
}

impl CallLog {
    /// Records a call.
    pub(crate) fn record(&self, method: &str, trustocean_id: Option<u64>) {
        let mut calls = lock(&self.calls);
        if calls.len() >= CAPACITY {
            calls.remove(0);
        }
        calls.push(ApiCall {
            method: method.to_owned(),
            trustocean_id,
            at: orders::now(),
        });
    }

    /// The calls matching both filters (when given).
    pub(crate) fn matching(
        &self,
        method: Option<&str>,
        trustocean_id: Option<u64>,
    ) -> Vec<ApiCall> {
        lock(&self.calls)
            .iter()
            .filter(|call| method.is_none_or(|method| call.method == method))
            .filter(|call| trustocean_id.is_none_or(|id| call.trustocean_id == Some(id)))
            .cloned()
            .collect()
    }

    /// Forgets every call.
    pub(crate) fn clear(&self) {
        lock(&self.calls).clear();
    }
}
