//! Syncing many orders at once, as the cron does: a bounded number of calls in flight, an
//! optional pace between call starts for an API that limits its rate, every result kept in the
//! order given, and one order's failure never stopping the others.

use std::sync::Mutex;
use std::time::Duration;

use futures_util::stream::{self, StreamExt as _};
use tokio::time::Instant;

use super::validation::{apply_sync, fetch_for_sync};
use super::{Outcome, Workflow, guard};
use crate::ApiMethod;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::order::record::OrderRecord;
use crate::order::state::Action;

/// The default number of calls in flight.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// The most calls in flight a batch accepts.
pub const MAX_CONCURRENCY: usize = 64;

/// How a batch runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchOptions {
    /// Calls in flight at once (1 to [`MAX_CONCURRENCY`]).
    pub concurrency: usize,
    /// The least time between the starts of two calls (zero: no pace).
    pub min_interval: Duration,
}

impl Default for BatchOptions {
    fn default() -> Self {
        Self {
            concurrency: DEFAULT_CONCURRENCY,
            min_interval: Duration::ZERO,
        }
    }
}

/// Spaces the starts of calls by a fixed interval.
pub(crate) struct Pacer {
    interval: Duration,
    next: Mutex<Option<Instant>>,
}

impl Pacer {
    fn new(interval: Duration) -> Self {
        Self {
            interval,
            next: Mutex::new(None),
        }
    }

    /// Waits until this call's start time, and books the next one.
    pub(crate) async fn wait(&self) {
        if self.interval.is_zero() {
            return;
        }
        let start = {
            let mut next = self
                .next
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let now = Instant::now();
            let start = next.map_or(now, |booked| booked.max(now));
            *next = Some(start + self.interval);
            start
        };
        tokio::time::sleep_until(start).await;
    }
}

impl Workflow {
    /// Syncs every order from TrustOcean ([`Action::Sync`]: its details, and its refund while
    /// one is pending), running `options.concurrency` calls at once. Results come back in the
    /// order of `orders`; an order whose state allows no sync gets its refusal without a call.
    pub fn sync_many(
        &self,
        client: &Client,
        orders: Vec<OrderRecord>,
        options: &BatchOptions,
        now: i64,
    ) -> Vec<Result<Outcome>> {
        let count = orders.len();
        let pacer = Pacer::new(options.min_interval);
        let concurrency = options.concurrency.clamp(1, MAX_CONCURRENCY);

        let syncs = orders.into_iter().enumerate().map(|(index, mut order)| {
            let pacer = &pacer;
            async move {
                order.settle(now);
                if let Err(refused) = guard(Action::Sync, &order) {
                    return (index, Err(refused));
                }
                let result = match fetch_for_sync(client, &order, Some(pacer)).await {
                    Ok(fetched) => apply_sync(order, fetched, now).map(|mut outcome| {
                        outcome.order.updated_at = now;
                        outcome
                    }),
                    Err(error) => Err(error),
                };
                (index, result)
            }
        });
        let batch = stream::iter(syncs)
            .buffer_unordered(concurrency)
            .collect::<Vec<_>>();

        match client.block_on(ApiMethod::GetSslDetails, batch) {
            Ok(mut results) => {
                results.sort_by_key(|(index, _)| *index);
                results.into_iter().map(|(_, result)| result).collect()
            }
            Err(error) => {
                let message = error.to_string();
                (0..count)
                    .map(|_| {
                        Err(Error::Transport {
                            method: ApiMethod::GetSslDetails.name(),
                            message: message.clone(),
                        })
                    })
                    .collect()
            }
        }
    }
}
