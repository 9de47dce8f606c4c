//! Property tests of `domain::normalize`: it never panics, its output is lower-case ASCII, and
//! normalising a normalised name changes nothing.

use proptest::prelude::*;
use trustocean_core::domain::normalize;

/// Names that look like what customers type: labels of letters, digits, hyphens and some
/// Unicode, an optional `*.` and trailing dot, odd case and whitespace.
fn name_like() -> impl Strategy<Value = String> {
    let label = "[a-zA-Z0-9äöüßÄÖÜéè中国例子ЖжΩ-]{1,20}";
    (
        prop::option::of(Just("*.")),
        prop::collection::vec(label, 1..5),
        prop::sample::select(vec![
            "com", "co.uk", "de", "中国", "cn", "io", "local", "COM",
        ]),
        prop::option::of(Just(".")),
        prop::sample::select(vec!["", " ", "\t", "\r\n"]),
    )
        .prop_map(|(star, labels, tld, dot, space)| {
            format!(
                "{space}{}{}.{tld}{}{space}",
                star.unwrap_or(""),
                labels.join("."),
                dot.unwrap_or("")
            )
        })
}

fn assert_normal_form(input: &str) {
    let Ok(name) = normalize(input) else {
        return;
    };
    let ascii = name.as_str();
    assert!(ascii.is_ascii(), "{input:?} gave non-ASCII {ascii:?}");
    assert_eq!(
        ascii,
        ascii.to_ascii_lowercase(),
        "{input:?} gave upper case"
    );
    assert!(!ascii.ends_with('.'), "{input:?} kept a trailing dot");

    let again =
        normalize(ascii).unwrap_or_else(|err| panic!("{ascii:?} (from {input:?}) refused: {err}"));
    assert_eq!(again, name, "normalize is not idempotent on {input:?}");

    let from_display = normalize(name.unicode())
        .unwrap_or_else(|err| panic!("display form {:?} refused: {err}", name.unicode()));
    assert_eq!(
        from_display.as_str(),
        ascii,
        "display form of {input:?} does not round-trip"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_any_string(input in any::<String>()) {
        let _ = normalize(&input);
    }

    #[test]
    fn arbitrary_strings_that_pass_are_normal(input in "\\PC{0,40}") {
        assert_normal_form(&input);
    }

    #[test]
    fn name_like_strings_are_normal(input in name_like()) {
        assert_normal_form(&input);
    }

    #[test]
    fn ip_addresses_are_normal(address in any::<std::net::IpAddr>()) {
        let name = normalize(&address.to_string()).expect("any IP parses");
        prop_assert!(name.is_ip());
        assert_normal_form(&address.to_string());
    }
}
