//! A local TrustOcean-compatible reseller API (v5) for tests, benchmarks and the demo.
//!
//! It answers `POST /ssl/v5/{method}` like the real service (form fields in, JSON envelope
//! out, HTTP 200 for errors too), keeps orders in memory, approves domains after a delay or on
//! a control call, issues real certificates from a sandbox CA, sends encrypted pushes, and can
//! inject faults. Control endpoints live under `/_sandbox/`.
//!
//! # Where the public sources are silent
//!
//! The reseller API has no public specification any more; these are the sandbox's choices
//! where the SDKs and modules it was rebuilt from say nothing or disagree:
//!
//! - 778803 means "username or password missing" (the older SDK's reading; a newer one maps it
//!   to "no partner privilege", which the older table gives to 778805).
//! - An unknown method answers 778800. Unknown pid: 770005. A malformed, duplicate or
//!   disallowed domain: 770007. Domain and `dcv_method` counts that differ, or no domain:
//!   770010. A bad DCV method: 770014. A wrong order state: 770015. Removing the last domain:
//!   770018 with the Chinese message the SDK tests show. Anything else the CA refuses (CSR,
//!   period, unique id): 770008 with a message saying what.
//! - `checkUniqueId` fails only for an id an order already uses; a reserved but unused id is free.
//! - Money is decimal text (`"49.00"`); multi-domain products are priced per domain.
//! - The CA signs with ECDSA P-256; `ca_code` is the intermediate followed by the root, and
//!   `cert_code`/`ca_code` are `""` until issuance. A CN may be an IP only on IP products.
//! - A refund decision pushes `refund_processed`, then `cert_cancelled` when it is finished.
//!   The CA may also cancel or revoke an order on its own (control endpoints), which pushes
//!   `cert_cancelled` or `cert_revoked` like a reseller's request does.
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
pub mod call_log;
pub mod catalog;
pub mod cli;
pub mod control;
mod control_page;
pub mod csr;
pub mod error;
pub mod faults;
mod lifecycle;
pub mod module_feed;
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
