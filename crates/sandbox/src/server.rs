//! Starting and stopping the sandbox: in the caller's runtime ([`start`]) or on a thread of
//! its own ([`SandboxThread`]) for synchronous tests.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::ca::SandboxCa;
use crate::error::SandboxError;
use crate::faults::{FaultConfig, Faults};
use crate::orders::Store;
use crate::push_sender::PushSender;
use crate::state::AppState;
use crate::{api, control, control_page, module_feed};

/// How long a stopping sandbox waits for open requests before it gives up on them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// Everything the sandbox needs to start. `Default` suits tests: a random loopback port, the
/// demo credentials, approval after 3 s, a fresh CA, no push key, no faults.
#[derive(Clone)]
pub struct SandboxConfig {
    /// Address to bind; port 0 picks a free port.
    pub listen: SocketAddr,
    /// Accepted API username.
    pub username: String,
    /// Accepted API token (`password` field).
    pub token: String,
    /// Delay after which all domains of an enrollment approve themselves; `None` = only on
    /// the control call.
    pub approve_after: Option<Duration>,
    /// Directory holding (or receiving) the sandbox CA; `None` = a fresh CA in memory.
    pub ca_dir: Option<PathBuf>,
    /// Push public key PEM; `None` = pushes are not sent.
    pub push_public_key_pem: Option<String>,
    /// Timeout of one push delivery.
    pub push_timeout: Duration,
    /// Starting partner balance in cents.
    pub credit_cents: i64,
    /// Fault knobs at start.
    pub faults: FaultConfig,
    /// Seed of the fault RNG; `None` = seeded from the OS.
    pub seed: Option<u64>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            username: "demo@sandbox.test".to_owned(),
            token: "sandbox-token".to_owned(),
            approve_after: Some(Duration::from_secs(3)),
            ca_dir: None,
            push_public_key_pem: None,
            push_timeout: Duration::from_secs(5),
            credit_cents: 1_000_000,
            faults: FaultConfig::default(),
            seed: None,
        }
    }
}

// Hand-written so that the token never ends up in a log.
impl fmt::Debug for SandboxConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxConfig")
            .field("listen", &self.listen)
            .field("username", &self.username)
            .field("token", &"<redacted>")
            .field("approve_after", &self.approve_after)
            .field("ca_dir", &self.ca_dir)
            .field("push_public_key", &self.push_public_key_pem.is_some())
            .field("push_timeout", &self.push_timeout)
            .field("credit_cents", &self.credit_cents)
            .field("faults", &self.faults)
            .field("seed", &self.seed)
            .finish()
    }
}

/// A sandbox serving in the current tokio runtime.
pub struct RunningSandbox {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

/// Starts the sandbox in the current tokio runtime and returns once it is listening.
pub async fn start(config: SandboxConfig) -> Result<RunningSandbox, SandboxError> {
    config.faults.validate()?;
    let ca = SandboxCa::load_or_generate(config.ca_dir.as_deref())?;
    let push = PushSender::new(config.push_public_key_pem.clone(), config.push_timeout)?;

    let state = Arc::new(AppState {
        username: config.username,
        token: config.token,
        approve_after: config.approve_after.filter(|delay| !delay.is_zero()),
        initial_credit_cents: config.credit_cents,
        store: Mutex::new(Store::new(config.credit_cents)),
        faults: Mutex::new(Faults::new(config.faults, config.seed)),
        ca,
        push: Arc::new(push),
        calls: Default::default(),
        feed: module_feed::initial(),
    });
    let app = api::router(Arc::clone(&state))
        .merge(module_feed::router(Arc::clone(&state)))
        .merge(control_page::router(Arc::clone(&state)))
        .merge(control::router(state));

    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| SandboxError::Bind {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(SandboxError::Serve)?;

    let (shutdown, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    Ok(RunningSandbox {
        addr,
        shutdown: Some(shutdown),
        task,
    })
}

impl RunningSandbox {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://IP:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://IP:PORT/ssl/v5`, the API base the client appends `/{method}` to.
    pub fn api_base_url(&self) -> String {
        format!("{}/ssl/v5", self.base_url())
    }

    /// Stops accepting connections and waits (briefly) for open requests.
    pub async fn shutdown(mut self) -> Result<(), SandboxError> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        match tokio::time::timeout(SHUTDOWN_GRACE, &mut self.task).await {
            Ok(Ok(result)) => result.map_err(SandboxError::Serve),
            Ok(Err(_)) => Ok(()),
            Err(_) => {
                self.task.abort();
                Ok(())
            }
        }
    }

    /// Serves until the server fails (it does not stop on its own otherwise).
    pub async fn wait(mut self) -> Result<(), SandboxError> {
        match (&mut self.task).await {
            Ok(result) => result.map_err(SandboxError::Serve),
            Err(_) => Ok(()),
        }
    }
}

/// A sandbox on its own thread with its own multi-thread runtime, for synchronous tests.
/// Dropping it stops the sandbox.
pub struct SandboxThread {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SandboxThread {
    /// Starts the sandbox on a new thread and returns once it is listening.
    pub fn spawn(config: SandboxConfig) -> Result<Self, SandboxError> {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<SocketAddr, SandboxError>>();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();

        let thread = std::thread::Builder::new()
            .name("trustocean-sandbox".to_owned())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(err) => {
                        let _ = ready_tx.send(Err(SandboxError::Runtime(err)));
                        return;
                    }
                };
                runtime.block_on(async move {
                    match start(config).await {
                        Ok(running) => {
                            let _ = ready_tx.send(Ok(running.addr()));
                            let _ = stop_rx.await;
                            let _ = running.shutdown().await;
                        }
                        Err(err) => {
                            let _ = ready_tx.send(Err(err));
                        }
                    }
                });
            })
            .map_err(SandboxError::Runtime)?;

        let addr = ready_rx.recv().map_err(|_| SandboxError::ThreadStartup)??;
        Ok(Self {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://IP:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://IP:PORT/ssl/v5`.
    pub fn api_base_url(&self) -> String {
        format!("{}/ssl/v5", self.base_url())
    }

    /// Stops the sandbox and joins its thread.
    pub fn stop(mut self) {
        self.stop_and_join();
    }

    fn stop_and_join(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for SandboxThread {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}
