//! The control page's CSRF defence: a form post is accepted only when the browser says it came
//! from the page itself.
//!
//! Every current browser sends `Origin` on a POST (and `Sec-Fetch-Site` alongside it), which a
//! foreign page cannot forge, so the check needs no token or state and keeps working across
//! sandbox restarts. "Own origin" is `http://` plus the `Host` the browser addressed; that host
//! must be an IP literal or `localhost`, so a DNS name rebound to 127.0.0.1 cannot pose as the
//! sandbox. A request with neither `Origin` nor `Referer` does not come from a browser form
//! (curl, scripts) and is accepted, as the JSON control endpoints accept it.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderName, header};

/// The fetch-metadata header browsers add to every request.
const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");

/// A form post that did not come from the control page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ForeignPost;

/// Accepts a form post that came from the sandbox's own page, or from no browser page at all.
pub(crate) fn check(headers: &HeaderMap) -> Result<(), ForeignPost> {
    if let Some(site) = headers.get(SEC_FETCH_SITE) {
        let site = site.to_str().map_err(|_| ForeignPost)?;
        if !site.eq_ignore_ascii_case("same-origin") {
            return Err(ForeignPost);
        }
    }
    let Some(source) = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
    else {
        return Ok(());
    };
    let source = source.to_str().map_err(|_| ForeignPost)?;
    let host = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .ok_or(ForeignPost)?;
    if !is_literal_or_localhost(host) {
        return Err(ForeignPost);
    }
    if origin_of(source).eq_ignore_ascii_case(&format!("http://{host}")) {
        Ok(())
    } else {
        Err(ForeignPost)
    }
}

/// `scheme://authority` of an absolute URL (an `Origin` value is that already; `null` stays).
fn origin_of(url: &str) -> &str {
    let Some(scheme_end) = url.find("://") else {
        return url;
    };
    let authority_start = scheme_end + 3;
    let authority_end = url[authority_start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |offset| authority_start + offset);
    &url[..authority_end]
}

/// Whether the `Host` header names an IP address or `localhost` (with or without a port).
fn is_literal_or_localhost(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(bracketed) => match bracketed.split_once(']') {
            Some((inner, _)) => inner,
            None => return false,
        },
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::{ForeignPost, SEC_FETCH_SITE, check, origin_of};

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn own_origin_is_accepted() {
        let own = headers(&[
            (header::HOST, "127.0.0.1:8089"),
            (header::ORIGIN, "http://127.0.0.1:8089"),
            (SEC_FETCH_SITE, "same-origin"),
        ]);
        assert_eq!(check(&own), Ok(()));
        let v6 = headers(&[
            (header::HOST, "[::1]:80"),
            (header::ORIGIN, "http://[::1]:80"),
        ]);
        assert_eq!(check(&v6), Ok(()));
        let named = headers(&[
            (header::HOST, "localhost:8089"),
            (header::REFERER, "http://localhost:8089/_sandbox/ui?kind=ok"),
        ]);
        assert_eq!(check(&named), Ok(()));
    }

    #[test]
    fn no_browser_headers_is_accepted() {
        assert_eq!(check(&headers(&[(header::HOST, "127.0.0.1:8089")])), Ok(()));
    }

    #[test]
    fn foreign_sources_are_refused() {
        let cases: &[&[(header::HeaderName, &'static str)]] = &[
            &[
                (header::HOST, "127.0.0.1:8089"),
                (header::ORIGIN, "http://evil.example"),
            ],
            &[(header::HOST, "127.0.0.1:8089"), (header::ORIGIN, "null")],
            &[
                (header::HOST, "127.0.0.1:8089"),
                (header::ORIGIN, "http://127.0.0.1:8090"),
            ],
            &[
                (header::HOST, "127.0.0.1:8089"),
                (header::ORIGIN, "https://127.0.0.1:8089"),
            ],
            &[
                (header::HOST, "127.0.0.1:8089"),
                (header::REFERER, "http://127.0.0.1:8089.evil.example/"),
            ],
            &[
                (header::HOST, "127.0.0.1:8089"),
                (SEC_FETCH_SITE, "cross-site"),
            ],
            &[
                (header::HOST, "127.0.0.1:8089"),
                (SEC_FETCH_SITE, "same-site"),
            ],
            // DNS rebinding: the browser believes it is on evil.example's own origin.
            &[
                (header::HOST, "rebound.evil.example:8089"),
                (header::ORIGIN, "http://rebound.evil.example:8089"),
            ],
            &[(header::ORIGIN, "http://127.0.0.1:8089")],
        ];
        for case in cases {
            assert_eq!(check(&headers(case)), Err(ForeignPost), "{case:?}");
        }
    }

    #[test]
    fn origin_of_urls() {
        assert_eq!(origin_of("http://a:1/b?c#d"), "http://a:1");
        assert_eq!(origin_of("http://a:1?c"), "http://a:1");
        assert_eq!(origin_of("http://a:1"), "http://a:1");
        assert_eq!(origin_of("null"), "null");
    }
}
