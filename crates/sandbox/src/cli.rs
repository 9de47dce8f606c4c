//! Command-line options of the `trustocean-sandbox` binary.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser};

use crate::control::CONTROL_HELP;
use crate::error::SandboxError;
use crate::faults::{ErrorMode, FaultConfig};
use crate::server::SandboxConfig;

/// How the fault flags behave (shown by `--help`).
const FAULT_HELP: &str = "\
Fault knobs (API calls under /ssl/ only; also settable at run time, see POST /_sandbox/faults):
  --latency-ms N           wait N ms before handling each call
  --error-rate F           fraction of calls answered with an injected error: with --error-mode envelope
                           HTTP 200 {\"status\":\"error\",\"error_code\":770008,...}; with http500 a plain HTTP 500
  --malformed-rate F       fraction of calls answered with HTTP 200 and a truncated (invalid) JSON body
  --drop-rate F            fraction of calls whose connection is closed without any response
  --slow-body-rate F       fraction of calls whose body is streamed in --slow-body-chunk-bytes pieces,
                           --slow-body-delay-ms apart
  --seed N                 seed of the fault RNG; each call draws drop, error, malformed, slow in that order
  (run time only) methods  [\"addSSLOrder\", ...]: the faults apply to these API methods only; [] for all

On start one line `listening on http://IP:PORT` is printed on stdout; logs go to stderr.";

/// A local TrustOcean-compatible reseller API (v5) for tests, benchmarks and the demo.
#[derive(Debug, Parser)]
#[command(name = "trustocean-sandbox", version)]
pub struct Cli {
    /// Address to listen on (port 0 = any free port).
    #[arg(long, default_value = "127.0.0.1:8089")]
    pub listen: SocketAddr,

    /// Accepted API username (`username` field).
    #[arg(long, default_value = crate::DEFAULT_USERNAME)]
    pub username: String,

    /// Accepted API token (`password` field).
    #[arg(long, env = "TRUSTOCEAN_SANDBOX_TOKEN", default_value = crate::DEFAULT_TOKEN, hide_env_values = true, hide_default_value = true)]
    pub token: String,

    /// Seconds after which the domains of an order approve themselves; 0 or `never` = only
    /// via POST /_sandbox/orders/{id}/approve.
    #[arg(long, default_value = "3", value_parser = parse_approve_after)]
    pub approve_after: ApprovalDelay,

    /// Directory with the sandbox CA; created and filled on first use, reused afterwards.
    #[arg(long)]
    pub ca_dir: Option<PathBuf>,

    /// PEM file with the push public key; without it pushes are not sent.
    #[arg(long)]
    pub push_public_key: Option<PathBuf>,

    /// Timeout of one push delivery, in seconds.
    #[arg(long, default_value_t = 5)]
    pub push_timeout_secs: u64,

    /// Starting partner credit (getProfileInfo `credit`).
    #[arg(long, default_value_t = 10000.0)]
    pub credit: f64,

    /// Seed of the fault RNG, for reproducible fault sequences.
    #[arg(long)]
    pub seed: Option<u64>,

    /// Added latency per API call, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,

    /// Fraction of API calls answered with an injected error.
    #[arg(long, default_value_t = 0.0)]
    pub error_rate: f64,

    /// How injected errors are answered.
    #[arg(long, value_enum, default_value_t = ErrorMode::Envelope)]
    pub error_mode: ErrorMode,

    /// Fraction of API calls answered with truncated JSON.
    #[arg(long, default_value_t = 0.0)]
    pub malformed_rate: f64,

    /// Fraction of API calls whose connection is dropped without a response.
    #[arg(long, default_value_t = 0.0)]
    pub drop_rate: f64,

    /// Fraction of API calls whose body is streamed slowly.
    #[arg(long, default_value_t = 0.0)]
    pub slow_body_rate: f64,

    /// Delay between slow-body chunks, in milliseconds.
    #[arg(long, default_value_t = 50)]
    pub slow_body_delay_ms: u64,

    /// Size of slow-body chunks, in bytes.
    #[arg(long, default_value_t = 16)]
    pub slow_body_chunk_bytes: usize,
}

/// The `--approve-after` value: `None` = only on the control call.
#[derive(Debug, Clone, Copy)]
pub struct ApprovalDelay(pub Option<Duration>);

fn parse_approve_after(text: &str) -> Result<ApprovalDelay, String> {
    if text.eq_ignore_ascii_case("never") {
        return Ok(ApprovalDelay(None));
    }
    let secs: f64 = text
        .parse()
        .map_err(|_| format!("expected seconds or `never`, got {text}"))?;
    if !secs.is_finite() || secs < 0.0 {
        return Err(format!(
            "expected a non-negative number of seconds, got {text}"
        ));
    }
    Ok(ApprovalDelay(
        Some(Duration::from_secs_f64(secs)).filter(|delay| !delay.is_zero()),
    ))
}

impl Cli {
    /// Parses the process arguments, with the control endpoints and fault flags in `--help`.
    pub fn parse_with_help() -> Self {
        let command = Self::command().after_help(format!("{FAULT_HELP}\n\n{CONTROL_HELP}"));
        let matches = command.get_matches();
        match Self::from_arg_matches(&matches) {
            Ok(cli) => cli,
            Err(err) => err.exit(),
        }
    }

    /// The sandbox configuration these options describe (reads the push key file).
    pub fn into_config(self) -> Result<SandboxConfig, SandboxError> {
        let push_public_key_pem =
            match &self.push_public_key {
                Some(path) => Some(std::fs::read_to_string(path).map_err(|source| {
                    SandboxError::PushKeyFile {
                        path: path.clone(),
                        source,
                    }
                })?),
                None => None,
            };
        let faults = FaultConfig {
            latency_ms: self.latency_ms,
            error_rate: self.error_rate,
            error_mode: self.error_mode,
            malformed_rate: self.malformed_rate,
            drop_rate: self.drop_rate,
            slow_body_rate: self.slow_body_rate,
            slow_body_delay_ms: self.slow_body_delay_ms,
            slow_body_chunk_bytes: self.slow_body_chunk_bytes.max(1),
            methods: Vec::new(),
        };
        faults.validate()?;

        Ok(SandboxConfig {
            listen: self.listen,
            username: self.username,
            token: self.token,
            approve_after: self.approve_after.0,
            ca_dir: self.ca_dir,
            push_public_key_pem,
            push_timeout: Duration::from_secs(self.push_timeout_secs),
            credit_cents: (self.credit * 100.0).round() as i64,
            faults,
            seed: self.seed,
        })
    }
}
