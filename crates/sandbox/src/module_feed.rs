//! The module information feed the TrustOcean console publishes for WHMCS modules (the
//! original module reads it from `/TrustOceanSSLModuleSyncInformation.php`): the newest module
//! version, where to get it, and reseller news. Tests set it, slow it down or take it away.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::state::{AppState, lock};

/// The feed's path, as the console serves it.
pub const FEED_PATH: &str = "/TrustOceanSSLModuleSyncInformation.php";

/// What the feed answers, and how.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ModuleFeed {
    /// The newest module version.
    pub current_version: String,
    /// When it was published (`YYYY-MM-DD`).
    pub publish_date: String,
    /// Where to download it.
    pub download_url: String,
    /// WHMCS versions it supports.
    pub whmcs_version: Vec<String>,
    /// News items: `title`, `body` (HTML, as the console writes it), `date`.
    pub recent_news: Vec<Value>,
    /// Answer 503 instead of the feed.
    pub unavailable: bool,
    /// Wait this long before answering.
    pub delay_ms: u64,
}

impl Default for ModuleFeed {
    fn default() -> Self {
        Self {
            current_version: "1.0.0".to_owned(),
            publish_date: "2026-11-20".to_owned(),
            download_url: "https://download.sandbox.invalid/trustocean-whmcs.zip".to_owned(),
            whmcs_version: vec!["8.10".to_owned(), "8.11".to_owned(), "8.12".to_owned()],
            recent_news: vec![json!({
                "title": "Sandbox news",
                "body": "<p>Maintenance on <b>Sunday</b>.</p><script>alert('sandbox')</script>",
                "date": "2026-11-21",
            })],
            unavailable: false,
            delay_ms: 0,
        }
    }
}

/// The feed route (GET and POST, as the original module POSTs without fields) and its control
/// route `/_sandbox/module-feed` (GET the settings, PUT new ones, DELETE back to the default).
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route(FEED_PATH, get(feed).post(feed))
        .route(
            "/_sandbox/module-feed",
            get(settings).put(replace).delete(restore),
        )
        .with_state(state)
}

async fn feed(State(state): State<Arc<AppState>>) -> Response {
    let current = lock(&state.feed).clone();
    if current.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(current.delay_ms)).await;
    }
    if current.unavailable {
        return (StatusCode::SERVICE_UNAVAILABLE, "feed unavailable").into_response();
    }
    Json(json!({
        "current_version": current.current_version,
        "publish_date": current.publish_date,
        "download_url": current.download_url,
        "whmcs_version": current.whmcs_version,
        "recent_news": current.recent_news,
    }))
    .into_response()
}

async fn settings(State(state): State<Arc<AppState>>) -> Json<ModuleFeed> {
    Json(lock(&state.feed).clone())
}

async fn replace(
    State(state): State<Arc<AppState>>,
    Json(feed): Json<ModuleFeed>,
) -> Json<ModuleFeed> {
    *lock(&state.feed) = feed.clone();
    Json(feed)
}

async fn restore(State(state): State<Arc<AppState>>) -> Json<ModuleFeed> {
    let feed = ModuleFeed::default();
    *lock(&state.feed) = feed.clone();
    Json(feed)
}

/// Shared by the state: starts with the default feed.
pub(crate) fn initial() -> Mutex<ModuleFeed> {
    Mutex::new(ModuleFeed::default())
}
