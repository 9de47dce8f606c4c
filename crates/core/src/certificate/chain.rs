//! Chain order: leaf first, then each certificate's issuer, whatever order the input had.
//!
//! A certificate issues another when its subject name is the other's issuer name and, when both
//! carry key identifiers, its subjectKeyIdentifier is the other's authorityKeyIdentifier.
//! Signatures are not checked here: ordering is about what to install, trust is the client's job.

use crate::{
    error::{Error, Result},
    finding::{self, Finding},
};

use super::Certificate;

/// Certificates in installation order plus what was wrong with the input.
#[derive(Debug, Clone)]
pub struct OrderedChain {
    certificates: Vec<Certificate>,
    unlinked: Vec<Certificate>,
    findings: Vec<Finding>,
}

impl OrderedChain {
    /// The end-entity certificate.
    pub fn leaf(&self) -> &Certificate {
        // `certificates` is built starting from the leaf, so it is never empty.
        &self.certificates[0]
    }

    /// The end-entity certificate, by value.
    pub fn into_leaf(mut self) -> Certificate {
        self.certificates.swap_remove(0)
    }

    /// Leaf first, then its issuer, up to the root if one was given.
    pub fn certificates(&self) -> &[Certificate] {
        &self.certificates
    }

    /// The issuers above the leaf (intermediates, then the root if given): the "CA bundle".
    pub fn issuers(&self) -> &[Certificate] {
        &self.certificates[1..]
    }

    /// Certificates that could not be placed above the leaf (left out of the order).
    pub fn unlinked(&self) -> &[Certificate] {
        &self.unlinked
    }

    /// Duplicates, unrelated certificates and missing links, in that order.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Whether the last certificate is a self-signed root.
    pub fn ends_at_root(&self) -> bool {
        self.certificates.last().is_some_and(is_self_issued)
    }

    /// The first finding that makes the chain unusable (`chain.incomplete`), as an error.
    pub fn first_error(&self) -> Option<Error> {
        finding::first_error(&self.findings)
    }

    /// Every ordered certificate as PEM, leaf first.
    pub fn to_pem(&self) -> String {
        concat_pem(&self.certificates)
    }

    /// The issuers as PEM, nearest first.
    pub fn issuers_pem(&self) -> String {
        concat_pem(self.issuers())
    }
}

/// Orders certificates given in any order, finding the leaf among them.
///
/// The leaf is a certificate that issued none of the others, preferring non-CA certificates,
/// then the one with the longest path upward, then the first given. Fails with
/// `certificate.empty` for an empty list; problems with the chain itself are findings.
pub fn order_chain(certificates: Vec<Certificate>) -> Result<OrderedChain> {
    let (mut certificates, findings) = deduplicate(certificates);
    if certificates.is_empty() {
        return Err(Error::rejected(
            "certificate.empty",
            "no certificate was given",
        ));
    }
    let leaf_index = pick_leaf(&certificates);
    let leaf = certificates.remove(leaf_index);
    Ok(build(leaf, certificates, findings))
}

/// Orders `others` above a known `leaf` (the order's certificate, given apart from its bundle).
pub fn order_chain_from_leaf(leaf: Certificate, others: Vec<Certificate>) -> OrderedChain {
    let (others, mut findings) = deduplicate(others);
    let others: Vec<Certificate> = others
        .into_iter()
        .filter(|other| {
            let same = other.der() == leaf.der();
            if same {
                findings.push(duplicate_finding(other));
            }
            !same
        })
        .collect();
    build(leaf, others, findings)
}

/// Walks up from `leaf` and reports what is left over.
fn build(
    leaf: Certificate,
    mut remaining: Vec<Certificate>,
    mut findings: Vec<Finding>,
) -> OrderedChain {
    let mut certificates = vec![leaf];
    while let Some(index) = certificates
        .last()
        .and_then(|top| find_issuer(top, &remaining))
    {
        certificates.push(remaining.remove(index));
    }

    let top = certificates.last().unwrap_or(&certificates[0]);
    let ends_at_root = is_self_issued(top);
    let gap_below_leftovers = !ends_at_root && remaining.iter().any(|c| c.info().is_ca);
    let nothing_above_leaf = certificates.len() == 1 && !ends_at_root && remaining.is_empty();
    if gap_below_leftovers || nothing_above_leaf {
        findings.push(missing_link_finding(top));
    }
    for leftover in &remaining {
        if !(gap_below_leftovers && leftover.info().is_ca) {
            findings.push(Finding::warning(
                "chain.unrelated_certificate",
                Some(leftover.info().subject.clone()),
                format!(
                    "the certificate \"{}\" is not part of the chain of \"{}\" and was left out",
                    leftover.info().subject,
                    certificates[0].info().subject
                ),
            ));
        }
    }

    OrderedChain {
        certificates,
        unlinked: remaining,
        findings,
    }
}

/// The index of the certificate in `candidates` that issued `child`, preferring one whose key
/// identifier matches exactly.
fn find_issuer(child: &Certificate, candidates: &[Certificate]) -> Option<usize> {
    if is_self_issued(child) {
        return None;
    }
    let issuers = || {
        candidates
            .iter()
            .enumerate()
            .filter(|(_, candidate)| issued_by(child, candidate))
    };
    issuers()
        .find(|(_, candidate)| {
            child.info().authority_key_id.is_some()
                && child.info().authority_key_id == candidate.info().subject_key_id
        })
        .or_else(|| issuers().next())
        .map(|(index, _)| index)
}

/// `parent` issued `child`: names chain and key identifiers do not contradict.
fn issued_by(child: &Certificate, parent: &Certificate) -> bool {
    if child.der() == parent.der() || child.issuer_der() != parent.subject_der() {
        return false;
    }
    match (
        &child.info().authority_key_id,
        &parent.info().subject_key_id,
    ) {
        (Some(authority), Some(subject)) => authority == subject,
        _ => true,
    }
}

/// Subject equals issuer and the key identifiers (if any) agree: a root or self-signed leaf.
fn is_self_issued(certificate: &Certificate) -> bool {
    let info = certificate.info();
    certificate.subject_der() == certificate.issuer_der()
        && match (&info.authority_key_id, &info.subject_key_id) {
            (Some(authority), Some(subject)) => authority == subject,
            _ => true,
        }
}

/// Index of the leaf: see [`order_chain`].
fn pick_leaf(certificates: &[Certificate]) -> usize {
    let issues_another = |index: usize| {
        certificates
            .iter()
            .enumerate()
            .any(|(other, child)| other != index && issued_by(child, &certificates[index]))
    };
    let path_length = |index: usize| {
        let mut remaining: Vec<Certificate> = certificates.to_vec();
        let mut top = remaining.remove(index);
        let mut length = 1;
        while let Some(next) = find_issuer(&top, &remaining) {
            top = remaining.remove(next);
            length += 1;
        }
        length
    };

    (0..certificates.len())
        .filter(|index| !issues_another(*index))
        .map(|index| {
            let certificate = &certificates[index];
            let rank = (
                !certificate.info().is_ca,
                !is_self_issued(certificate),
                path_length(index),
            );
            (rank, std::cmp::Reverse(index))
        })
        .max()
        .map_or(0, |(_, std::cmp::Reverse(index))| index)
}

/// Drops repeated certificates, keeping the first of each, with a warning per repeat.
fn deduplicate(certificates: Vec<Certificate>) -> (Vec<Certificate>, Vec<Finding>) {
    let mut unique: Vec<Certificate> = Vec::with_capacity(certificates.len());
    let mut findings = Vec::new();
    for certificate in certificates {
        if unique.iter().any(|kept| kept.der() == certificate.der()) {
            findings.push(duplicate_finding(&certificate));
        } else {
            unique.push(certificate);
        }
    }
    (unique, findings)
}

fn duplicate_finding(certificate: &Certificate) -> Finding {
    Finding::warning(
        "chain.duplicate_certificate",
        Some(certificate.info().subject.clone()),
        format!(
            "the certificate \"{}\" was given more than once; the copy was dropped",
            certificate.info().subject
        ),
    )
}

fn missing_link_finding(top: &Certificate) -> Finding {
    Finding::error(
        "chain.incomplete",
        Some(top.info().issuer.clone()),
        format!(
            "the chain stops at \"{}\": the certificate of its issuer \"{}\" is missing; add the \
             intermediate certificates of the order (its CA bundle)",
            top.info().subject,
            top.info().issuer
        ),
    )
}

fn concat_pem(certificates: &[Certificate]) -> String {
    certificates.iter().map(Certificate::to_pem).collect()
}
