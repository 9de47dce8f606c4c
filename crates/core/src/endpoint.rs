//! Where the API lives: one of TrustOcean's two regions, or a custom base URL such as the sandbox.

use std::fmt;
use std::net::IpAddr;

use reqwest::Url;

use crate::error::{Error, Result};
use crate::method::ApiMethod;

/// The API path prefix of the v5 reseller API.
const API_PREFIX: &str = "ssl/v5";

/// TrustOcean's regional API access points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// `CN-Beijing`: `api.trustocean.com`.
    CnBeijing,
    /// `UK-London`: `sapi.trustocean.com`.
    UkLondon,
}

impl Region {
    /// The name used in the module settings (`CN-Beijing`, `UK-London`).
    pub fn name(self) -> &'static str {
        match self {
            Self::CnBeijing => "CN-Beijing",
            Self::UkLondon => "UK-London",
        }
    }

    fn host(self) -> &'static str {
        match self {
            Self::CnBeijing => "api.trustocean.com",
            Self::UkLondon => "sapi.trustocean.com",
        }
    }
}

/// A resolved API endpoint: the URL every method name is appended to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    region: Option<Region>,
    base_url: String,
}

impl Endpoint {
    /// The endpoint of a TrustOcean region.
    pub fn region(region: Region) -> Self {
        Self {
            region: Some(region),
            base_url: format!("https://{}/{API_PREFIX}", region.host()),
        }
    }

    /// Reads a region name (`CN-Beijing`, `UK-London`, any case) or a base URL.
    ///
    /// A URL is the server root (`https://host[:port][/path]`); `/ssl/v5` is appended unless it is
    /// already there. Plain `http` is accepted only for loopback hosts, because the token travels
    /// in the body.
    pub fn parse(text: &str) -> Result<Self> {
        let text = text.trim();
        for region in [Region::CnBeijing, Region::UkLondon] {
            if text.eq_ignore_ascii_case(region.name()) {
                return Ok(Self::region(region));
            }
        }

        if !text.contains("://") {
            return Err(Error::invalid(
                "endpoint",
                format!("{text:?} is neither CN-Beijing, UK-London nor an http(s) URL"),
            ));
        }
        Self::custom(text)
    }

    fn custom(text: &str) -> Result<Self> {
        let url = Url::parse(text).map_err(|error| {
            Error::invalid("endpoint", format!("{text:?} is not a URL: {error}"))
        })?;

        let host = url.host_str().unwrap_or_default();
        if host.is_empty() {
            return Err(Error::invalid("endpoint", "the URL has no host"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::invalid(
                "endpoint",
                "the URL must not carry a user or password; credentials go in the username and token settings",
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::invalid(
                "endpoint",
                "the URL must not have a query or fragment",
            ));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(Error::invalid(
                    "endpoint",
                    "plain http is only allowed for a server on this machine (loopback); use https",
                ));
            }
            other => {
                return Err(Error::invalid(
                    "endpoint",
                    format!("unsupported scheme {other:?}; use https"),
                ));
            }
        }

        let root = url.as_str().trim_end_matches('/');
        let base_url = if root.ends_with(API_PREFIX) {
            root.to_owned()
        } else {
            format!("{root}/{API_PREFIX}")
        };
        Ok(Self {
            region: None,
            base_url,
        })
    }

    /// The region, when the endpoint is one of TrustOcean's.
    pub fn region_of(&self) -> Option<Region> {
        self.region
    }

    /// The URL methods are appended to, ending in `/ssl/v5`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The full URL of one API method.
    pub fn method_url(&self, method: ApiMethod) -> String {
        format!("{}/{}", self.base_url, method.name())
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.region {
            Some(region) => f.write_str(region.name()),
            None => f.write_str(&self.base_url),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_map_to_their_hosts() {
        let beijing = Endpoint::parse("CN-Beijing").expect("region");
        let london = Endpoint::parse("uk-london").expect("region");

        assert_eq!(
            beijing.method_url(ApiMethod::Ping),
            "https://api.trustocean.com/ssl/v5/ping"
        );
        assert_eq!(london.base_url(), "https://sapi.trustocean.com/ssl/v5");
        assert_eq!(london.to_string(), "UK-London");
    }

    #[test]
    fn custom_url_gets_the_api_prefix_once() {
        let plain = Endpoint::parse("http://127.0.0.1:8089").expect("loopback");
        let prefixed = Endpoint::parse("http://127.0.0.1:8089/ssl/v5/").expect("loopback");

        assert_eq!(plain.base_url(), "http://127.0.0.1:8089/ssl/v5");
        assert_eq!(prefixed.base_url(), "http://127.0.0.1:8089/ssl/v5");
    }

    #[test]
    fn plain_http_to_a_remote_host_is_refused() {
        let error = Endpoint::parse("http://api.example.com").expect_err("remote http");

        assert!(error.to_string().contains("use https"));
        assert!(Endpoint::parse("http://[::1]:80").is_ok());
        assert!(Endpoint::parse("https://api.example.com").is_ok());
    }

    #[test]
    fn unknown_names_are_explained() {
        let error = Endpoint::parse("US-East").expect_err("unknown");

        assert!(error.to_string().contains("CN-Beijing"));
    }
}
