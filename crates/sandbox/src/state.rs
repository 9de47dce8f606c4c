//! The state shared by all requests: credentials, order book, CA, faults and push sender.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::ca::SandboxCa;
use crate::call_log::CallLog;
use crate::faults::Faults;
use crate::module_feed::ModuleFeed;
use crate::orders::Store;
use crate::push_sender::PushSender;

/// Everything a request handler may touch.
pub(crate) struct AppState {
    /// API username (account e-mail).
    pub username: String,
    /// API token (the `password` field).
    pub token: String,
    /// Delay before domains approve themselves; `None` = only on the control call.
    pub approve_after: Option<Duration>,
    /// Balance restored by a reset, in cents.
    pub initial_credit_cents: i64,
    /// Orders, unique ids and balance.
    pub store: Mutex<Store>,
    /// Fault knobs and their RNG.
    pub faults: Mutex<Faults>,
    /// The signing CA.
    pub ca: SandboxCa,
    /// Push delivery.
    pub push: Arc<PushSender>,
    /// The API calls received.
    pub calls: CallLog,
    /// The module information feed.
    pub feed: Mutex<ModuleFeed>,
}

/// Locks a mutex, recovering the data if a previous holder panicked.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
