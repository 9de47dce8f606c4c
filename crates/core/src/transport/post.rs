//! One form-encoded POST with bounded time and body size, its failures sorted by cause.

use std::error::Error as _;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::method::ApiMethod;
use crate::transport::process::ProcessIo;

/// The largest answer accepted; the biggest real ones (catalogs, certificates) are far smaller.
const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// What came back: HTTP status and the raw body.
pub(crate) struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Body bytes, at most [`MAX_BODY_BYTES`].
    pub body: Vec<u8>,
}

/// How long a call may take.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timeouts {
    /// Time to open the TCP and TLS connection.
    pub connect: Duration,
    /// Time for the whole exchange, connection included.
    pub total: Duration,
}

/// This process's runtime, or the transport error that says why there is none.
pub(crate) fn runtime(method: ApiMethod) -> Result<&'static ProcessIo> {
    ProcessIo::get().map_err(|error| Error::Transport {
        method: method.name(),
        message: format!("cannot start the I/O runtime: {error}"),
    })
}

/// POSTs `fields` form-encoded to `url` and reads the whole answer; run it on [`runtime`],
/// alone or with many others at once.
pub(crate) async fn post_form_async(
    method: ApiMethod,
    url: &str,
    fields: &[(&str, &str)],
    timeouts: Timeouts,
) -> Result<Reply> {
    let client = runtime(method)?
        .client(timeouts.connect)
        .map_err(|error| transport_error(method, &error))?;

    let exchange = async {
        let mut response = client.post(url).form(fields).send().await?;
        let status = response.status().as_u16();

        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Ok(Err(Error::Decode {
                    method: method.name(),
                    status,
                    excerpt: format!("the answer is larger than {MAX_BODY_BYTES} bytes"),
                }));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Ok(Reply { status, body }))
    };

    match tokio::time::timeout(timeouts.total, exchange).await {
        Err(_) => Err(Error::Timeout {
            method: method.name(),
            after: timeouts.total,
        }),
        Ok(Err(error)) if is_timeout(&error) => Err(Error::Timeout {
            method: method.name(),
            after: if error.is_connect() {
                timeouts.connect
            } else {
                timeouts.total
            },
        }),
        Ok(Err(error)) => Err(transport_error(method, &error)),
        Ok(Ok(reply)) => reply,
    }
}

fn is_timeout(error: &reqwest::Error) -> bool {
    if error.is_timeout() {
        return true;
    }
    let mut source = error.source();
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::TimedOut
        {
            return true;
        }
        source = cause.source();
    }
    false
}

/// The whole cause chain, since reqwest's own message only says "error sending request".
fn transport_error(method: ApiMethod, error: &reqwest::Error) -> Error {
    let mut parts: Vec<String> = vec![message_without_url(error)];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }

    let target = error
        .url()
        .and_then(|url| {
            url.host_str()
                .map(|host| (host.to_owned(), url.port_or_known_default()))
        })
        .map(|(host, port)| match port {
            Some(port) => format!(" ({host}:{port})"),
            None => format!(" ({host})"),
        })
        .unwrap_or_default();

    Error::Transport {
        method: method.name(),
        message: format!("{}{target}", parts.join(": ")),
    }
}

/// reqwest's message, without the URL (which is shown once, as host and port).
fn message_without_url(error: &reqwest::Error) -> String {
    let text = error.to_string();
    match text.find(" for url (") {
        Some(index) => text[..index].to_owned(),
        None => text,
    }
}
