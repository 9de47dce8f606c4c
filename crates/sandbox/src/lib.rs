//! A local TrustOcean-compatible reseller API (v5) for tests, benchmarks and the demo.
//!
//! It answers `POST /ssl/v5/{method}` like the real service (form fields in, JSON envelope
//! out, HTTP 200 for errors too), keeps orders in memory, approves domains after a delay or on
//! a control call, issues real certificates from a sandbox CA, sends encrypted pushes, and can
//! inject faults. Control endpoints live under `/_sandbox/`.
//!
//! In async tests use [`start`]; in synchronous tests [`SandboxThread::spawn`]:
//!
//! ```no_run
//! let sandbox = trustocean_sandbox::SandboxThread::spawn(Default::default())
//!     .expect("sandbox starts");
//! let api = sandbox.api_base_url(); // http://127.0.0.1:PORT/ssl/v5
//! # drop(api);
//! ```

pub mod api;
pub mod ca;
pub mod catalog;
pub mod cli;
pub mod control;
pub mod csr;
pub mod error;
pub mod faults;
mod lifecycle;
pub mod orders;
pub mod push_sender;
mod server;
mod state;
pub mod validate;

pub use error::SandboxError;
pub use faults::{ErrorMode, FaultConfig};
pub use server::{RunningSandbox, SandboxConfig, SandboxThread, start};

/// The default API username.
pub const DEFAULT_USERNAME: &str = "demo@sandbox.test";

/// The default API token.
pub const DEFAULT_TOKEN: &str = "sandbox-token";
