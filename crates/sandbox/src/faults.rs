//! Fault injection for the `/ssl/` API: latency, error envelopes, malformed JSON, dropped
//! connections and slow bodies, drawn from a seeded RNG so runs are reproducible.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::error::SandboxError;
use crate::state::AppState;

/// The error code of an injected error envelope (770008: "CA rejected submission, see message").
pub const INJECTED_ERROR_CODE: i64 = 770008;

/// The message of an injected error envelope.
pub const INJECTED_ERROR_MESSAGE: &str = "Sandbox fault injection: simulated upstream error";

/// How an injected error is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ErrorMode {
    /// HTTP 200 with `{"status":"error","message":…,"error_code":770008}`.
    #[default]
    Envelope,
    /// HTTP 500 with a plain-text body.
    Http500,
}

/// The fault knobs. Rates are fractions of API calls in `0.0..=1.0`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FaultConfig {
    /// Added latency before every API call is handled, in milliseconds.
    pub latency_ms: u64,
    /// Fraction of API calls answered with an injected error.
    pub error_rate: f64,
    /// How injected errors are answered.
    pub error_mode: ErrorMode,
    /// Fraction of API calls answered with a truncated, non-JSON body and HTTP 200.
    pub malformed_rate: f64,
    /// Fraction of API calls whose connection is closed without any response.
    pub drop_rate: f64,
    /// Fraction of API calls whose body is streamed slowly.
    pub slow_body_rate: f64,
    /// Delay between two chunks of a slow body, in milliseconds.
    pub slow_body_delay_ms: u64,
    /// Size of one chunk of a slow body, in bytes.
    pub slow_body_chunk_bytes: usize,
    /// The API methods (`addSSLOrder`, ...) the faults apply to; every method when empty. Lets
    /// a test lose the answer of one call of an action that makes several.
    pub methods: Vec<String>,
}

impl Default for FaultConfig {
    fn default() -> Self {
        Self {
            latency_ms: 0,
            error_rate: 0.0,
            error_mode: ErrorMode::Envelope,
            malformed_rate: 0.0,
            drop_rate: 0.0,
            slow_body_rate: 0.0,
            slow_body_delay_ms: 50,
            slow_body_chunk_bytes: 16,
            methods: Vec::new(),
        }
    }
}

impl FaultConfig {
    /// Checks that every rate is a fraction.
    pub fn validate(&self) -> Result<(), SandboxError> {
        let rates = [
            ("error_rate", self.error_rate),
            ("malformed_rate", self.malformed_rate),
            ("drop_rate", self.drop_rate),
            ("slow_body_rate", self.slow_body_rate),
        ];
        for (name, value) in rates {
            if !(0.0..=1.0).contains(&value) {
                return Err(SandboxError::FaultRate { name, value });
            }
        }
        Ok(())
    }
}

/// A partial update of the fault knobs, as sent to the control endpoint.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FaultPatch {
    latency_ms: Option<u64>,
    error_rate: Option<f64>,
    error_mode: Option<ErrorMode>,
    malformed_rate: Option<f64>,
    drop_rate: Option<f64>,
    slow_body_rate: Option<f64>,
    slow_body_delay_ms: Option<u64>,
    slow_body_chunk_bytes: Option<usize>,
    methods: Option<Vec<String>>,
    seed: Option<u64>,
}

/// The live fault knobs with their RNG.
pub(crate) struct Faults {
    config: FaultConfig,
    rng: StdRng,
}

/// What happens to one API call.
#[derive(Debug, Default, Clone, Copy)]
struct FaultPlan {
    drop: bool,
    error: bool,
    malformed: bool,
    slow: bool,
}

impl Faults {
    /// Knobs from the start configuration; without a seed the RNG is seeded from the OS.
    pub(crate) fn new(config: FaultConfig, seed: Option<u64>) -> Self {
        let rng = match seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_os_rng(),
        };
        Self { config, rng }
    }

    /// The current knobs.
    pub(crate) fn config(&self) -> FaultConfig {
        self.config.clone()
    }

    /// Applies a partial update; nothing changes when the result is invalid.
    pub(crate) fn apply(&mut self, patch: FaultPatch) -> Result<FaultConfig, SandboxError> {
        let mut next = self.config.clone();
        next.latency_ms = patch.latency_ms.unwrap_or(next.latency_ms);
        next.error_rate = patch.error_rate.unwrap_or(next.error_rate);
        next.error_mode = patch.error_mode.unwrap_or(next.error_mode);
        next.malformed_rate = patch.malformed_rate.unwrap_or(next.malformed_rate);
        next.drop_rate = patch.drop_rate.unwrap_or(next.drop_rate);
        next.slow_body_rate = patch.slow_body_rate.unwrap_or(next.slow_body_rate);
        next.slow_body_delay_ms = patch.slow_body_delay_ms.unwrap_or(next.slow_body_delay_ms);
        next.slow_body_chunk_bytes = patch
            .slow_body_chunk_bytes
            .unwrap_or(next.slow_body_chunk_bytes)
            .max(1);
        if let Some(methods) = patch.methods {
            next.methods = methods;
        }
        next.validate()?;

        self.config = next;
        if let Some(seed) = patch.seed {
            self.rng = StdRng::seed_from_u64(seed);
        }
        Ok(self.config.clone())
    }

    /// Draws the faults of one call. Always four draws, in a fixed order, so that a seed
    /// gives the same sequence whatever the rates are.
    fn draw(&mut self) -> FaultPlan {
        let mut hit = |rate: f64| {
            let roll: f64 = self.rng.random();
            roll < rate
        };
        let drop = hit(self.config.drop_rate);
        let error = hit(self.config.error_rate);
        let malformed = hit(self.config.malformed_rate);
        let slow = hit(self.config.slow_body_rate);
        FaultPlan {
            drop,
            error,
            malformed,
            slow,
        }
    }
}

/// The panic payload used to abort a connection without answering.
struct DroppedConnection;

/// Middleware on the `/ssl/` routes that applies the fault knobs to each call.
pub(crate) async fn apply_faults(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request
        .uri()
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let (config, plan) = {
        let mut faults = crate::state::lock(&state.faults);
        // Drawn for every call, so that a seed gives the same sequence whatever the filter.
        let plan = faults.draw();
        let applies = faults.config.methods.is_empty()
            || faults
                .config
                .methods
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&method));
        (
            faults.config.clone(),
            if applies { plan } else { FaultPlan::default() },
        )
    };

    if config.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(config.latency_ms)).await;
    }

    // Unwinding out of the handler ends the connection task of the server, so the socket is
    // closed without a response. resume_unwind skips the panic hook: nothing is printed.
    if plan.drop {
        std::panic::resume_unwind(Box::new(DroppedConnection));
    }

    if plan.error {
        return injected_error(config.error_mode);
    }

    let response = next.run(request).await;

    if plan.malformed {
        return truncate_body(response).await;
    }
    if plan.slow {
        return slow_body(response, &config).await;
    }
    response
}

/// The answer to a call drawn for an injected error.
fn injected_error(mode: ErrorMode) -> Response {
    match mode {
        ErrorMode::Envelope => axum::Json(serde_json::json!({
            "status": "error",
            "message": INJECTED_ERROR_MESSAGE,
            "error_code": INJECTED_ERROR_CODE,
        }))
        .into_response(),
        ErrorMode::Http500 => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error (sandbox fault injection)",
        )
            .into_response(),
    }
}

/// Keeps HTTP 200 and the JSON content type but cuts the body in half, as a proxy that
/// timed out mid-body would.
async fn truncate_body(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let cut = (bytes.len() / 2).max(1).min(bytes.len());
    let truncated = bytes.slice(..cut);

    parts.status = StatusCode::OK;
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(truncated))
}

/// Streams the body in small chunks with a delay before each chunk.
async fn slow_body(response: Response, config: &FaultConfig) -> Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let chunk_bytes = config.slow_body_chunk_bytes.max(1);
    let delay = Duration::from_millis(config.slow_body_delay_ms);

    let chunks: Vec<Bytes> = (0..bytes.len())
        .step_by(chunk_bytes)
        .map(|start| bytes.slice(start..(start + chunk_bytes).min(bytes.len())))
        .collect();
    let stream = futures_util::stream::unfold(chunks.into_iter(), move |mut rest| async move {
        let chunk = rest.next()?;
        tokio::time::sleep(delay).await;
        Some((Ok::<Bytes, std::io::Error>(chunk), rest))
    });

    Response::from_parts(parts, Body::from_stream(stream))
}
