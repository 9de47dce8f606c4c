//! Which IP addresses a public certificate can cover.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is not public, or `None` when it is.
///
/// Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are
/// let through on purpose: examples and tests use them, and the CA refuses them itself.
pub(super) fn not_public(address: IpAddr) -> Option<&'static str> {
    match address {
        IpAddr::V4(v4) => not_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => not_public_v4(v4),
            None => not_public_v6(v6),
        },
    }
}

fn not_public_v4(v4: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = v4.octets();
    if v4.is_unspecified() || a == 0 {
        Some("an unspecified (\"this network\") address")
    } else if v4.is_loopback() {
        Some("a loopback address")
    } else if v4.is_private() {
        Some("a private (RFC 1918) address")
    } else if a == 100 && (64..128).contains(&b) {
        Some("a carrier-grade NAT (shared, RFC 6598) address")
    } else if v4.is_link_local() {
        Some("a link-local address")
    } else if v4.is_multicast() {
        Some("a multicast address")
    } else if v4.is_broadcast() || a >= 240 {
        Some("a reserved address")
    } else {
        None
    }
}

fn not_public_v6(v6: Ipv6Addr) -> Option<&'static str> {
    let first = v6.segments()[0];
    if v6.is_unspecified() {
        Some("the unspecified address")
    } else if v6.is_loopback() {
        Some("the loopback address")
    } else if first & 0xfe00 == 0xfc00 {
        Some("a unique local (private) address")
    } else if first & 0xffc0 == 0xfe80 {
        Some("a link-local address")
    } else if v6.is_multicast() {
        Some("a multicast address")
    } else {
        None
    }
}
