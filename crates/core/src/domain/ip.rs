//! Which IP addresses a public certificate can cover.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is not public, or `None` when it is.
///
/// Refused, besides the private, loopback, link-local, multicast and unspecified ranges: the
/// documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32,
/// 3fff::/20) and the benchmarking range (198.18.0.0/15), which CAs refuse, so an order naming
/// one would only fail later; IPv6 outside global unicast (2000::/3); and IPv6 forms that carry
/// an IPv4 address (mapped, 6to4), judged by the address they carry.
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
    let [a, b, c, _] = v4.octets();
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
    } else if matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113)) {
        Some("a documentation (RFC 5737) address")
    } else if a == 198 && (b == 18 || b == 19) {
        Some("a benchmarking (RFC 2544) address")
    } else if (a, b, c) == (192, 0, 0) {
        Some("an address reserved for protocol assignments (RFC 6890)")
    } else {
        None
    }
}

fn not_public_v6(v6: Ipv6Addr) -> Option<&'static str> {
    let [first, second, third, ..] = v6.segments();
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
    } else if (first == 0x2001 && second == 0x0db8) || first & 0xfff0 == 0x3ff0 {
        Some("a documentation (RFC 3849, RFC 9637) address")
    } else if first == 0x2002 {
        // 6to4: the IPv4 address is in the second and third groups; a public one is still
        // refused, since 6to4 is deprecated (RFC 7526) and CAs do not validate such addresses.
        let [a, b] = second.to_be_bytes();
        let [c, d] = third.to_be_bytes();
        not_public_v4(Ipv4Addr::new(a, b, c, d)).or(Some("a 6to4 (deprecated) address"))
    } else if first == 0x2001 && second < 0x0200 {
        Some("an address reserved for protocol assignments such as Teredo (RFC 6890)")
    } else if first & 0xe000 != 0x2000 {
        Some("an address outside the global unicast range 2000::/3")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> bool {
        not_public(text.parse().expect("an address")).is_some()
    }

    #[test]
    fn public_addresses_pass() {
        for text in [
            "1.1.1.1",
            "8.8.8.8",
            "93.184.215.14",
            "198.20.0.1",
            "192.0.3.1",
            "2606:4700:4700::1111",
            "2001:4860:4860::8888",
            "2a00:1450:4001:81c::200e",
            "::ffff:8.8.8.8",
        ] {
            assert!(!refused(text), "{text}");
        }
    }

    #[test]
    fn special_ranges_are_refused() {
        for text in [
            "192.0.2.10",
            "198.51.100.7",
            "203.0.113.1",
            "198.18.0.1",
            "198.19.255.255",
            "192.0.0.8",
            "10.0.0.1",
            "2001:db8::1",
            "3fff::1",
            "2001::1",
            "2002:c000:0201::1",
            "2002:0808:0808::1",
            "64:ff9b::10.0.0.1",
            "::10.0.0.1",
            "fec0::1",
            "::ffff:192.0.2.1",
            "fe80::1",
        ] {
            assert!(refused(text), "{text}");
        }
    }
}
