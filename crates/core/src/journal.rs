//! The call journal: what each API call sent and got back, for the module log.
//!
//! WHMCS modules log every remote call (`logModuleCall`). The client records each call here
//! when journaling is on, and the binding hands the entries over with [`Journal::take`]. Entries
//! never hold the credentials: requests are recorded without `username`/`password`, and answers
//! and error texts have the token redacted. The journal keeps only the most recent entries, so a
//! long-running process that never takes them cannot grow without bound.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use serde_json::{Map, Value};

/// How many entries a journal keeps unless told otherwise.
pub const DEFAULT_JOURNAL_CAPACITY: usize = 100;

/// One API call as the module log shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalEntry {
    /// API method name (`addSSLOrder`).
    pub method: &'static str,
    /// The form fields sent, without the credentials.
    pub request: Map<String, Value>,
    /// The decoded answer (envelope included), when one arrived and was JSON.
    pub response: Option<Value>,
    /// What went wrong, when the call failed (transport, timeout, API or decode error).
    pub error: Option<String>,
    /// Wall time of the exchange.
    pub milliseconds: u64,
}

/// A bounded, shared list of [`JournalEntry`]s (clones of a client share one journal).
#[derive(Debug)]
pub(crate) struct Journal {
    capacity: usize,
    entries: Mutex<VecDeque<JournalEntry>>,
}

impl Journal {
    /// An empty journal keeping at most `capacity` entries (at least one).
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            entries: Mutex::new(VecDeque::new()),
        }
    }

    /// Appends an entry, dropping the oldest when full.
    pub(crate) fn record(&self, entry: JournalEntry) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        while entries.len() >= self.capacity {
            entries.pop_front();
        }
        entries.push_back(entry);
    }

    /// Every entry since the last take, oldest first; the journal is empty afterwards.
    pub(crate) fn take(&self) -> Vec<JournalEntry> {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.drain(..).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(method: &'static str) -> JournalEntry {
        JournalEntry {
            method,
            request: Map::new(),
            response: None,
            error: None,
            milliseconds: 1,
        }
    }

    #[test]
    fn keeps_the_newest_entries_and_empties_on_take() {
        let journal = Journal::new(2);
        journal.record(entry("ping"));
        journal.record(entry("getProfileInfo"));
        journal.record(entry("addSSLOrder"));

        let taken: Vec<_> = journal.take().into_iter().map(|e| e.method).collect();

        assert_eq!(taken, ["getProfileInfo", "addSSLOrder"]);
        assert!(journal.take().is_empty());
    }
}
