//! What a bundle is made of: the ordered chain and, if given, the matching private key.

use crate::{
    certificate::{self, OrderedChain},
    error::{Error, Result},
    key::{self, PrivateKey},
};

use super::BundleOptions;

/// Checked inputs of one bundle. Dropping it wipes the key (the key type zeroizes itself).
pub(crate) struct Material {
    /// Leaf first, issuers after; unrelated certificates already set aside.
    pub chain: OrderedChain,
    /// The private key, only when the caller passed one.
    pub key: Option<PrivateKey>,
}

impl Material {
    /// Parses and orders the certificates and checks the key against the leaf.
    ///
    /// `certificate` holds the leaf (or a whole chain, in any order); `chain` the CA bundle,
    /// possibly empty. Fails on a chain with a missing link (`chain.incomplete`), a key that
    /// cannot be read (the key module's codes) and a key for another certificate
    /// (`bundle.key_mismatch`).
    pub(crate) fn prepare(
        certificate: &[u8],
        chain: &[u8],
        options: &BundleOptions,
    ) -> Result<Self> {
        let chain = order(certificate, chain)?;
        if let Some(error) = chain.first_error() {
            return Err(error);
        }

        let key = match &options.key {
            Some(key) => Some(key::parse(
                key,
                options.key_password.as_deref().map(String::as_str),
            )?),
            None => None,
        };
        if let Some(key) = &key
            && !key.matches_public_key(chain.leaf().public_key_spki_der())
        {
            return Err(Error::rejected(
                "bundle.key_mismatch",
                format!(
                    "the private key does not belong to the certificate for \"{}\"; give the key \
                     that was generated with this order's CSR",
                    chain.leaf().primary_name().unwrap_or("(no name)")
                ),
            ));
        }
        Ok(Self { chain, key })
    }
}

/// The leaf from `certificate`, ordered with every other certificate from both inputs.
fn order(certificate: &[u8], chain: &[u8]) -> Result<OrderedChain> {
    let mut given = certificate::parse_all(certificate)?;
    let leaf = if given.len() == 1 {
        given.remove(0)
    } else {
        let ordered = certificate::order_chain(given.clone())?;
        let leaf = ordered.leaf().clone();
        given.retain(|other| other != &leaf);
        leaf
    };

    if !chain.trim_ascii().is_empty() {
        given.extend(certificate::parse_all(chain)?);
    }
    Ok(certificate::order_chain_from_leaf(leaf, given))
}
