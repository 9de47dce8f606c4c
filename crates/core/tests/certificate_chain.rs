//! Chain ordering: shuffled, duplicated, unrelated and incomplete inputs, cross-checked with
//! `openssl verify` on the ordered output.

mod cert_support;

use cert_support::{NOW, ScratchDir, arg, fixture, fixture_path, openssl_ok};
use trustocean_core::{
    certificate::{self, Certificate, OrderedChain, order_chain, order_chain_from_leaf},
    finding::Severity,
};

fn parse(relative: &str) -> Vec<Certificate> {
    certificate::parse_all(&fixture(relative)).expect("fixture parses")
}

fn names(chain: &OrderedChain) -> Vec<String> {
    chain
        .certificates()
        .iter()
        .map(|c| c.info().common_name.clone().unwrap_or_default())
        .collect()
}

fn codes(chain: &OrderedChain) -> Vec<&'static str> {
    chain.findings().iter().map(|f| f.code).collect()
}

/// `openssl verify` of the ordered leaf against `root`, with the ordered issuers as untrusted.
fn assert_openssl_verifies(chain: &OrderedChain, root: &str) {
    let dir = ScratchDir::new("chain");
    let leaf = dir.write("leaf.pem", chain.leaf().to_pem());
    let issuers = dir.write("issuers.pem", chain.issuers_pem());
    let out = openssl_ok(&[
        "verify",
        "-attime",
        &NOW.to_string(),
        "-CAfile",
        arg(&fixture_path(root)),
        "-untrusted",
        arg(&issuers),
        arg(&leaf),
    ]);
    assert!(out.trim_end().ends_with(": OK"), "{out}");
}

#[test]
fn shuffled_three_level_chain_is_ordered_leaf_to_root() {
    let chain = order_chain(parse("chains/shuffled-3level-with-leaf.pem")).expect("order");

    assert_eq!(
        names(&chain),
        [
            "deep.example.com",
            "Fixture RSA Intermediate 2",
            "Fixture RSA Intermediate 1",
            "Fixture RSA Root"
        ]
    );
    assert!(chain.ends_at_root());
    assert!(chain.findings().is_empty());
    assert_openssl_verifies(&chain, "chains/root-a.pem");
}

#[test]
fn every_permutation_gives_the_same_order() {
    let certificates = parse("chains/shuffled-3level-with-leaf.pem");
    let expected = names(&order_chain(certificates.clone()).expect("order"));
    let n = certificates.len();
    // Heap's algorithm would do too; 4! = 24 rotations and swaps are enough here.
    for first in 0..n {
        for second in 0..n {
            let mut shuffled = certificates.clone();
            shuffled.rotate_left(first);
            shuffled.swap(0, second);
            let chain = order_chain(shuffled).expect("order");
            assert_eq!(names(&chain), expected);
        }
    }
}

#[test]
fn two_level_chain_with_known_leaf() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let mut others = parse("chains/rsa-2level.pem");
    others.reverse();
    let chain = order_chain_from_leaf(leaf, others);

    assert_eq!(
        names(&chain),
        [
            "www.example.com",
            "Fixture RSA Intermediate 1",
            "Fixture RSA Root"
        ]
    );
    assert!(chain.findings().is_empty());
    assert_openssl_verifies(&chain, "chains/root-a.pem");
}

#[test]
fn ecc_chain_orders_and_verifies() {
    let leaf = certificate::parse_leaf(&fixture("certs/ec-leaf.der")).expect("leaf");
    let chain = order_chain_from_leaf(leaf, parse("chains/ecc-2level.pem"));

    assert_eq!(chain.certificates().len(), 3);
    assert_openssl_verifies(&chain, "chains/root-b.pem");
}

#[test]
fn chain_without_root_is_fine() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let chain = order_chain_from_leaf(leaf, parse("chains/rsa-intermediate-only.pem"));

    assert!(!chain.ends_at_root());
    assert!(chain.findings().is_empty(), "{:?}", chain.findings());
    assert!(chain.first_error().is_none());
    assert_openssl_verifies(&chain, "chains/root-a.pem");
}

#[test]
fn duplicates_are_dropped_with_a_warning() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let mut others = parse("chains/duplicates.pem");
    others.push(leaf.clone());
    let chain = order_chain_from_leaf(leaf, others);

    assert_eq!(chain.certificates().len(), 3);
    assert_eq!(
        codes(&chain),
        [
            "chain.duplicate_certificate",
            "chain.duplicate_certificate",
            "chain.duplicate_certificate"
        ]
    );
    assert!(chain.first_error().is_none());
}

#[test]
fn unrelated_certificate_is_reported_and_left_out() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let chain = order_chain_from_leaf(leaf, parse("chains/with-unrelated.pem"));

    assert_eq!(chain.certificates().len(), 3);
    assert_eq!(codes(&chain), ["chain.unrelated_certificate"]);
    assert_eq!(chain.findings()[0].severity, Severity::Warning);
    assert_eq!(
        chain.findings()[0].subject.as_deref(),
        Some("C=DE, O=Somebody Else, CN=Unrelated Root")
    );
    assert_eq!(chain.unlinked().len(), 1);
    assert_openssl_verifies(&chain, "chains/root-a.pem");
}

#[test]
fn another_leaf_is_unrelated() {
    let leaf = certificate::parse_leaf(&fixture("certs/rsa-leaf.pem")).expect("leaf");
    let mut others = parse("chains/rsa-2level.pem");
    others.extend(parse("certs/wildcard.pem"));
    let chain = order_chain_from_leaf(leaf, others);

    assert_eq!(codes(&chain), ["chain.unrelated_certificate"]);
}

#[test]
fn missing_intermediate_is_an_incomplete_chain() {
    let leaf = certificate::parse_leaf(&fixture("certs/deep-leaf.pem")).expect("leaf");
    let chain = order_chain_from_leaf(leaf, parse("chains/missing-link.pem"));

    assert_eq!(codes(&chain), ["chain.incomplete"]);
    assert_eq!(chain.findings()[0].severity, Severity::Error);
    let error = chain.first_error().expect("incomplete is an error");
    assert_eq!(error.reason_code(), Some("chain.incomplete"));
    assert!(error.to_string().contains("Fixture RSA Intermediate 1"));
}

#[test]
fn a_leaf_alone_is_incomplete() {
    let chain = order_chain(parse("certs/rsa-leaf.pem")).expect("order");

    assert_eq!(codes(&chain), ["chain.incomplete"]);
}

#[test]
fn chain_without_leaf_starts_at_lowest_intermediate() {
    let chain = order_chain(parse("chains/with-unrelated.pem")).expect("order");

    assert_eq!(
        names(&chain),
        ["Fixture RSA Intermediate 1", "Fixture RSA Root"]
    );
    assert_eq!(codes(&chain), ["chain.unrelated_certificate"]);
}

#[test]
fn ordered_pem_round_trips() {
    let chain = order_chain(parse("chains/shuffled-3level-with-leaf.pem")).expect("order");
    let again = order_chain(certificate::parse_all(chain.to_pem().as_bytes()).expect("pem"))
        .expect("order");

    assert_eq!(names(&chain), names(&again));
    assert_eq!(chain.to_pem(), again.to_pem());
}

#[test]
fn empty_list_is_refused() {
    assert_eq!(
        cert_support::code(order_chain(Vec::new())),
        "certificate.empty"
    );
}
