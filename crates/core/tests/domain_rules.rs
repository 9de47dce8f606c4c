//! `domain::check_names` / `check_common_name` against product rules, and reading the rules.

use serde_json::json;
use trustocean_core::{
    domain::{ProductRules, WildcardRule, check_common_name, check_names},
    finding::Severity,
};

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|name| (*name).to_owned()).collect()
}

/// The codes found, in order, each with its subject.
fn found(list: &[&str], rules: &ProductRules) -> Vec<(&'static str, Option<String>)> {
    check_names(&names(list), rules)
        .findings
        .into_iter()
        .map(|finding| (finding.code, finding.subject))
        .collect()
}

fn multi(max: Option<usize>) -> ProductRules {
    ProductRules {
        multi_domain: true,
        max_domains: max,
        wildcard: WildcardRule::Allowed,
        ip_allowed: true,
        ..ProductRules::default()
    }
}

#[test]
fn a_clean_list_passes_normalised_and_in_order() {
    let checked = check_names(
        &names(&[
            "Shop.Example.com",
            "",
            "  ",
            "*.example.com",
            "93.184.215.14",
        ]),
        &multi(Some(3)),
    );
    assert!(checked.findings.is_empty(), "{:?}", checked.findings);
    assert!(checked.is_ok());
    let listed: Vec<&str> = checked.names.iter().map(|n| n.as_str()).collect();
    assert_eq!(
        listed,
        ["shop.example.com", "*.example.com", "93.184.215.14"]
    );
}

#[test]
fn duplicates_are_found_after_normalisation() {
    let found = found(
        &["example.com", "EXAMPLE.com.", "example.com\r"],
        &multi(None),
    );
    assert_eq!(
        found,
        [
            ("domain.duplicate", Some("EXAMPLE.com.".to_owned())),
            ("domain.duplicate", Some("example.com".to_owned())),
        ]
    );
}

#[test]
fn every_broken_rule_is_reported_with_its_subject() {
    let strict = ProductRules::default();
    let found = found(&["*.example.com", "93.184.215.14", "bad_name.com"], &strict);
    assert_eq!(
        found,
        [
            (
                "domain.wildcard_not_allowed",
                Some("*.example.com".to_owned())
            ),
            ("domain.ip_not_allowed", Some("93.184.215.14".to_owned())),
            ("domain.invalid_character", Some("bad_name.com".to_owned())),
            ("domain.single_domain_only", None),
        ]
    );
}

#[test]
fn wildcard_required_applies_to_the_primary_name() {
    let single_wildcard = ProductRules {
        wildcard: WildcardRule::Required,
        ..ProductRules::default()
    };
    assert_eq!(
        found(&["example.com"], &single_wildcard),
        [("domain.wildcard_required", Some("example.com".to_owned()))]
    );
    assert!(found(&["*.example.com"], &single_wildcard).is_empty());

    let multi_wildcard = ProductRules {
        wildcard: WildcardRule::Required,
        multi_domain: true,
        ..ProductRules::default()
    };
    assert!(found(&["*.example.com", "example.com"], &multi_wildcard).is_empty());
    assert_eq!(
        found(&["example.com", "*.example.com"], &multi_wildcard)[0].0,
        "domain.wildcard_required"
    );
}

#[test]
fn quota_minimum_and_private_ips() {
    assert_eq!(
        found(
            &["a.example.com", "b.example.com", "c.example.com"],
            &multi(Some(2))
        ),
        [("domain.too_many", None)]
    );
    assert_eq!(found(&[], &multi(None)), [("domain.too_few", None)]);
    assert_eq!(
        found(&["", " "], &ProductRules::default()),
        [("domain.too_few", None)]
    );
    let at_least_three = ProductRules {
        min_domains: 3,
        ..multi(None)
    };
    assert_eq!(
        found(&["a.example.com"], &at_least_three),
        [("domain.too_few", None)]
    );

    for private in [
        "10.0.0.1",
        "192.168.1.1",
        "127.0.0.1",
        "169.254.1.1",
        "100.64.0.1",
        "::1",
        "fd00::1",
        "fe80::1",
        "192.0.2.10",
        "198.51.100.4",
        "203.0.113.9",
        "198.18.0.1",
        "2001:db8::1",
        "2002:c0a8:101::1",
    ] {
        assert_eq!(
            found(&[private], &multi(None)),
            [("domain.ip_not_public", Some(private.to_owned()))],
            "{private}"
        );
    }
}

#[test]
fn www_pair_is_a_warning_only_when_the_product_covers_both() {
    let both = ProductRules {
        www_covers_apex: true,
        ..multi(None)
    };
    let checked = check_names(&names(&["example.com", "www.example.com"]), &both);
    assert!(checked.is_ok(), "a warning does not block");
    assert_eq!(checked.findings.len(), 1);
    assert_eq!(checked.findings[0].code, "domain.www_pair_redundant");
    assert_eq!(checked.findings[0].severity, Severity::Warning);
    assert_eq!(checked.names.len(), 2, "nothing is removed from the list");

    assert!(found(&["example.com", "www.example.com"], &multi(None)).is_empty());
}

#[test]
fn common_name_checks() {
    let rules = ProductRules::default();
    assert!(check_common_name("www.example.com", &rules).is_empty());
    let codes = |cn: &str, rules: &ProductRules| -> Vec<&'static str> {
        check_common_name(cn, rules)
            .into_iter()
            .map(|f| f.code)
            .collect()
    };
    assert_eq!(
        codes("*.example.com", &rules),
        ["domain.wildcard_not_allowed"]
    );
    assert_eq!(codes("93.184.215.14", &rules), ["domain.ip_not_allowed"]);
    assert_eq!(codes("exa_mple.com", &rules), ["domain.invalid_character"]);
    assert_eq!(codes("", &rules), ["domain.empty"]);
    let wildcard = ProductRules {
        wildcard: WildcardRule::Required,
        ..rules
    };
    assert_eq!(
        codes("example.com", &wildcard),
        ["domain.wildcard_required"]
    );
}

#[test]
fn rules_read_from_what_php_writes() {
    let rules = ProductRules::from_json(json!({
        "wildcard": "required", "multiDomain": 1, "maxDomains": "5", "ipAllowed": "on"
    }))
    .expect("valid rules");
    assert_eq!(
        rules,
        ProductRules {
            wildcard: WildcardRule::Required,
            multi_domain: true,
            max_domains: Some(5),
            min_domains: 0,
            ip_allowed: true,
            www_covers_apex: false,
        }
    );

    let snake = ProductRules::from_json(json!({
        "wildcard": true, "multi_domain": "off", "max_domains": null, "ip_allowed": false
    }))
    .expect("valid rules");
    assert_eq!(snake.wildcard, WildcardRule::Allowed);
    assert!(!snake.multi_domain);
    assert_eq!(snake.max_domains, None);

    assert_eq!(
        ProductRules::from_json(json!([])).expect("empty PHP array"),
        ProductRules::default()
    );

    for bad in [
        json!({"wildcard": "sometimes"}),
        json!({"maxDomains": -1}),
        json!({"multidomian": true}),
        json!({"ipAllowed": 2}),
    ] {
        let err = ProductRules::from_json(bad.clone()).expect_err("refused");
        assert_eq!(err.reason_code(), Some("input.invalid"), "{bad}");
    }
    let err = ProductRules::from_json(json!({"maxDomains": "many"})).expect_err("refused");
    assert!(
        err.to_string().contains("maxDomains"),
        "names the field: {err}"
    );
}
