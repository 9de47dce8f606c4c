//! [`Name`]: a checked, normalised domain name, wildcard or IP address.

use std::fmt;
use std::net::IpAddr;

/// What kind of name a [`Name`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// A DNS name; `wildcard` when it starts with `*.`.
    Dns {
        /// Whether the name starts with the wildcard label `*.`.
        wildcard: bool,
    },
    /// An IPv4 address.
    Ipv4,
    /// An IPv6 address.
    Ipv6,
}

/// A normalised name: lower-case ASCII (IDN labels as punycode), no trailing dot, a leading `*.`
/// kept for wildcards; IP addresses in their canonical textual form (IPv6 without brackets).
///
/// Only [`normalize`](super::normalize) builds one, so every `Name` passed its checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name {
    pub(super) ascii: String,
    pub(super) unicode: String,
    pub(super) kind: NameKind,
    pub(super) ip: Option<IpAddr>,
    /// The eTLD+1 of the base name; `None` for IPs.
    pub(super) registrable: Option<String>,
}

impl Name {
    /// The ASCII form: what goes into CSRs, certificates and API calls.
    pub fn as_str(&self) -> &str {
        &self.ascii
    }

    /// The display form: IDN labels decoded to Unicode (same as [`Name::as_str`] otherwise).
    pub fn unicode(&self) -> &str {
        &self.unicode
    }

    /// DNS name (wildcard or not), IPv4 or IPv6.
    pub fn kind(&self) -> NameKind {
        self.kind
    }

    /// Whether the name starts with `*.`.
    pub fn is_wildcard(&self) -> bool {
        matches!(self.kind, NameKind::Dns { wildcard: true })
    }

    /// Whether the name is an IP address.
    pub fn is_ip(&self) -> bool {
        self.ip.is_some()
    }

    /// The address, for IP names.
    pub fn ip(&self) -> Option<IpAddr> {
        self.ip
    }

    /// The name without a leading `*.`: where a wildcard is validated. IPs return themselves.
    pub fn base_name(&self) -> &str {
        self.ascii.strip_prefix("*.").unwrap_or(&self.ascii)
    }

    /// The registrable domain (eTLD+1, Public Suffix List) of the base name; `None` for IPs.
    pub fn registrable_domain(&self) -> Option<&str> {
        self.registrable.as_deref()
    }

    /// The labels of the base name left of the registrable domain (`api` for
    /// `*.api.example.com`); `None` when there are none, and for IPs.
    pub fn subdomain(&self) -> Option<&str> {
        let top = self.registrable.as_deref()?;
        self.base_name()
            .strip_suffix(top)
            .and_then(|rest| rest.strip_suffix('.'))
            .filter(|rest| !rest.is_empty())
    }

    /// `"dns"`, `"wildcard"`, `"ipv4"` or `"ipv6"`: the kind as one word, for bindings.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            NameKind::Dns { wildcard: false } => "dns",
            NameKind::Dns { wildcard: true } => "wildcard",
            NameKind::Ipv4 => "ipv4",
            NameKind::Ipv6 => "ipv6",
        }
    }

    /// The other half of a `www` pair: `example.com` for `www.example.com` and the reverse,
    /// when the name is the registrable domain or `www.` directly above it. `None` otherwise.
    ///
    /// Products that cover both with one name are a rule of the product; no name is ever
    /// shortened by cutting characters out of it.
    pub fn www_counterpart(&self) -> Option<String> {
        let top = self.registrable.as_deref()?;
        if self.is_wildcard() {
            return None;
        }
        if self.ascii == top {
            return Some(format!("www.{top}"));
        }
        match self.subdomain() {
            Some("www") => Some(top.to_owned()),
            _ => None,
        }
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ascii)
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.ascii
    }
}
