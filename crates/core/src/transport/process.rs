//! The per-process tokio runtime and HTTP clients, rebuilt after a fork.
//!
//! PHP-FPM loads extensions in its master and then forks workers. A runtime or a connection
//! pool made before the fork is unusable in the child (its threads and sockets stay with the
//! parent), so nothing is made until the first call, and everything is made again when the
//! process id changes. The stale copies are leaked on purpose: dropping them in the child
//! would touch state that belongs to the parent.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};

/// The runtime and the HTTP clients of one process.
pub(crate) struct ProcessIo {
    pid: u32,
    runtime: Runtime,
    clients: Mutex<HashMap<Duration, reqwest::Client>>,
}

static CURRENT: Mutex<Option<&'static ProcessIo>> = Mutex::new(None);

const USER_AGENT: &str = concat!("trustocean-whmcs/", env!("CARGO_PKG_VERSION"));

impl ProcessIo {
    /// This process's runtime and clients, made on first use and after every fork.
    pub(crate) fn get() -> std::io::Result<&'static ProcessIo> {
        let pid = std::process::id();
        let mut current = CURRENT
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());

        if let Some(io) = *current
            && io.pid == pid
        {
            return Ok(io);
        }

        let runtime = Builder::new_current_thread().enable_all().build()?;
        let io: &'static ProcessIo = Box::leak(Box::new(ProcessIo {
            pid,
            runtime,
            clients: Mutex::new(HashMap::new()),
        }));
        *current = Some(io);
        Ok(io)
    }

    /// Runs a future to completion on this process's runtime.
    pub(crate) fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// The pooled HTTP client for a connect timeout (clients differ only in that setting).
    pub(crate) fn client(&self, connect_timeout: Duration) -> reqwest::Result<reqwest::Client> {
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(client) = clients.get(&connect_timeout) {
            return Ok(client.clone());
        }

        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .https_only(false)
            .build()?;
        clients.insert(connect_timeout, client.clone());
        Ok(client)
    }
}
