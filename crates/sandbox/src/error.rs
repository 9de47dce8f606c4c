//! The sandbox's error type: everything that can stop it from starting or serving.

use std::path::PathBuf;

/// Why the sandbox could not start or perform an operation outside a request.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// Binding the listen address failed.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address that could not be bound.
        addr: std::net::SocketAddr,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// Reading or writing a CA file failed.
    #[error("cannot access CA file {path}: {source}")]
    CaFile {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// Generating, loading or using the sandbox CA failed.
    #[error("sandbox CA error: {0}")]
    Ca(#[from] rcgen::Error),
    /// The push public key is not a usable RSA public key.
    #[error("invalid push public key: {0}")]
    PushKey(#[from] trustocean_core::Error),
    /// Reading the push public key file failed.
    #[error("cannot read push public key file {path}: {source}")]
    PushKeyFile {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A fault rate is outside 0.0..=1.0.
    #[error("fault rate {name} must be between 0 and 1, got {value}")]
    FaultRate {
        /// The knob's name.
        name: &'static str,
        /// The rejected value.
        value: f64,
    },
    /// The HTTP client for pushes could not be built.
    #[error("cannot build the push HTTP client: {0}")]
    HttpClient(#[from] reqwest::Error),
    /// Creating the runtime or the server thread failed.
    #[error("cannot start the sandbox runtime: {0}")]
    Runtime(std::io::Error),
    /// The server thread ended before reporting its address.
    #[error("the sandbox thread ended before it started listening")]
    ThreadStartup,
    /// The server stopped with an I/O error.
    #[error("the sandbox server failed: {0}")]
    Serve(std::io::Error),
}
