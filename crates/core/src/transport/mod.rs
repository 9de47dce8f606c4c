//! HTTP transport: a per-process runtime and connection pool, and the form POST every method uses.

mod post;
mod process;

pub(crate) use post::{Reply, Timeouts, post_form_async, runtime};
