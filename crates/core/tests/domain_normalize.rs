//! `domain::normalize`: what it accepts, how it writes it, and the code of every refusal.

use trustocean_core::{
    Error,
    domain::{NameKind, normalize},
};

fn code(input: &str) -> &'static str {
    match normalize(input) {
        Err(Error::Rejected { code, .. }) => code,
        Err(other) => panic!("{input:?}: expected a Rejected error, got {other:?}"),
        Ok(name) => panic!("{input:?}: expected a refusal, got {name:?}"),
    }
}

fn ascii(input: &str) -> String {
    normalize(input)
        .unwrap_or_else(|err| panic!("{input:?} should be accepted: {err}"))
        .as_str()
        .to_owned()
}

#[test]
fn trims_lowercases_and_drops_one_trailing_dot() {
    assert_eq!(ascii("  WWW.Example.COM.  "), "www.example.com");
    assert_eq!(ascii("\texample.co.uk\r\n"), "example.co.uk");
    assert_eq!(code("example.com.."), "domain.empty_label");
}

#[test]
fn www_is_never_cut_out_of_a_name() {
    // The original module removed four characters from any name containing `www.`.
    assert_eq!(ascii("www.example.com"), "www.example.com");
    assert_eq!(ascii("mywww.example.com"), "mywww.example.com");
    assert_eq!(ascii("a.www.example.com"), "a.www.example.com");
}

#[test]
fn idn_becomes_punycode_and_keeps_a_display_form() {
    let name = normalize("Bücher.Example.COM").expect("valid IDN");
    assert_eq!(name.as_str(), "xn--bcher-kva.example.com");
    assert_eq!(name.unicode(), "bücher.example.com");

    let chinese = normalize("*.例子.中国").expect("valid IDN wildcard");
    assert!(chinese.is_wildcard());
    assert_eq!(chinese.unicode(), "*.例子.中国");
    assert!(chinese.as_str().starts_with("*.xn--"));
    assert_eq!(
        chinese.base_name(),
        chinese.as_str().trim_start_matches("*.")
    );

    // Punycode input is accepted as is and decoded for display.
    assert_eq!(
        normalize("xn--bcher-kva.de").expect("valid").unicode(),
        "bücher.de"
    );
}

#[test]
fn wildcards_keep_their_prefix_and_validate_at_the_base() {
    let name = normalize("*.Shop.Example.com").expect("valid wildcard");
    assert_eq!(name.as_str(), "*.shop.example.com");
    assert_eq!(name.kind(), NameKind::Dns { wildcard: true });
    assert_eq!(name.base_name(), "shop.example.com");
    assert_eq!(name.registrable_domain(), Some("example.com"));
    assert_eq!(name.subdomain(), Some("shop"));
    assert_eq!(name.type_name(), "wildcard");

    for misplaced in [
        "a.*.example.com",
        "*example.com",
        "*.*.example.com",
        "ex*mple.com",
        "*",
    ] {
        assert_eq!(code(misplaced), "domain.wildcard_misplaced", "{misplaced}");
    }
    assert_eq!(code("*.co.uk"), "domain.public_suffix");
    assert_eq!(code("*.com"), "domain.public_suffix");
}

#[test]
fn ip_addresses_are_detected_and_written_canonically() {
    let v4 = normalize(" 203.0.113.9 ").expect("IPv4");
    assert_eq!(v4.kind(), NameKind::Ipv4);
    assert_eq!(v4.as_str(), "203.0.113.9");
    assert_eq!(v4.registrable_domain(), None);
    assert_eq!(v4.base_name(), "203.0.113.9");

    let v6 = normalize("[2001:DB8:0:0::0:1]").expect("IPv6 in brackets");
    assert_eq!(v6.kind(), NameKind::Ipv6);
    assert_eq!(v6.as_str(), "2001:db8::1");
    assert_eq!(ascii("2001:0db8::0001"), "2001:db8::1");

    for not_ip in ["1.2.3", "010.0.0.1", "1.2.3.256", "1.2.3.4.5"] {
        assert_eq!(code(not_ip), "domain.invalid_ip", "{not_ip}");
    }
}

#[test]
fn the_punctuation_the_original_refused_is_refused_in_both_widths() {
    for bad in [
        "exa_mple.com",
        "exa＿mple.com",
        "example。com",
        "example．com",
        "example,com",
        "example，com",
        "example;com",
        "example；com",
        "exa—mple.com",
        "exa?mple.com",
        "exa？mple.com",
        "exa/mple.com",
        "exa／mple.com",
        "exa!mple.com",
        "exa！mple.com",
        "exa=mple.com",
        "exa＝mple.com",
        "exa(mple).com",
        "exa（mple）.com",
        "ex ample.com",
        "example.com:443",
        "https://example.com/",
        "admin@example.com",
        "exa\u{0}mple.com",
    ] {
        assert_eq!(code(bad), "domain.invalid_character", "{bad:?}");
    }

    let Err(Error::Rejected { message, .. }) = normalize("example。com") else {
        panic!("refused");
    };
    assert!(
        message.contains("example。com"),
        "the message names the input: {message}"
    );
    assert!(
        message.contains("full-width"),
        "the message says what is wrong: {message}"
    );
}

#[test]
fn other_invalid_characters_and_idn_errors() {
    assert_eq!(code("exa#mple.com"), "domain.invalid_character");
    assert_eq!(code("exa$mple.com"), "domain.invalid_character");
    // A broken punycode label.
    assert_eq!(code("xn--a.example.com"), "domain.invalid_idn");
}

#[test]
fn lengths_hyphens_and_empty_labels() {
    assert_eq!(code(""), "domain.empty");
    assert_eq!(code("   "), "domain.empty");
    assert_eq!(code("."), "domain.empty_label");
    assert_eq!(code(".example.com"), "domain.empty_label");
    assert_eq!(code("a..example.com"), "domain.empty_label");

    let label_63 = "a".repeat(63);
    assert_eq!(ascii(&format!("{label_63}.com")), format!("{label_63}.com"));
    assert_eq!(
        code(&format!("{}.com", "a".repeat(64))),
        "domain.label_too_long"
    );

    // 4 × 63 + 3 dots = 255 characters with ".com".
    let long = format!("{label_63}.{label_63}.{label_63}.{}.com", "a".repeat(58));
    assert!(long.len() > 253);
    assert_eq!(code(&long), "domain.too_long");
    assert_eq!(code(&"a.".repeat(5_000_000)), "domain.too_long");

    assert_eq!(code("-example.com"), "domain.label_hyphen");
    assert_eq!(code("example-.com"), "domain.label_hyphen");
    assert_eq!(ascii("ex--ample.com"), "ex--ample.com");
}

#[test]
fn public_suffix_list_rules() {
    assert_eq!(code("co.uk"), "domain.public_suffix");
    assert_eq!(code("com"), "domain.public_suffix");
    assert_eq!(code("github.io"), "domain.public_suffix");
    assert_eq!(code("localhost"), "domain.not_fqdn");
    assert_eq!(code("server.local"), "domain.unknown_tld");
    assert_eq!(code("host.internal"), "domain.unknown_tld");
    assert_eq!(code("example.123"), "domain.not_fqdn");

    let name = normalize("a.b.example.co.uk").expect("valid");
    assert_eq!(name.registrable_domain(), Some("example.co.uk"));
    assert_eq!(name.subdomain(), Some("a.b"));
    assert_eq!(normalize("example.co.uk").expect("valid").subdomain(), None);
    assert_eq!(
        normalize("me.github.io")
            .expect("valid")
            .registrable_domain(),
        Some("me.github.io")
    );
}

#[test]
fn www_counterpart_is_a_rule_helper_not_an_edit() {
    let www = normalize("www.example.com").expect("valid");
    assert_eq!(www.as_str(), "www.example.com");
    assert_eq!(www.www_counterpart().as_deref(), Some("example.com"));
    assert_eq!(
        normalize("example.com")
            .expect("valid")
            .www_counterpart()
            .as_deref(),
        Some("www.example.com")
    );
    assert_eq!(
        normalize("api.example.com")
            .expect("valid")
            .www_counterpart(),
        None
    );
    assert_eq!(
        normalize("*.example.com").expect("valid").www_counterpart(),
        None
    );
}
