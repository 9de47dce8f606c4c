//! Download bundles: one zip per order with the certificate in every server format.
//!
//! [`build_zip`] takes the certificate, its CA bundle and [`BundleOptions`], orders the chain,
//! checks the key against the certificate, and returns the zip bytes: folders `Apache/`,
//! `Nginx/`, `IIS/`, `Tomcat/`, `HAProxy/` and `Other/`, plus a `README.txt` saying what each
//! file is for. [`pfx`] and [`pkcs7_der`] build single files.
//!
//! The private key is only what the caller passes for that call: it is never stored, logged or
//! put in a message, and every copy this crate makes is wiped when the call returns. Nothing is
//! written to disk.

mod archive;
mod format;
mod layout;
mod material;
mod names;
mod pkcs12;
mod pkcs7;
mod readme;

pub use format::Format;
pub use names::base_name;
pub use readme::{PHRASES as README_PHRASES, phrase as readme_phrase};
/// The wiped buffer type of [`BundleOptions`]' secrets, re-exported for bindings.
pub use zeroize::Zeroizing;

use crate::error::{Error, Result};
use material::Material;

/// Alias of the key entry in the Tomcat keystore when none is given (Tomcat's own default).
pub const DEFAULT_TOMCAT_ALIAS: &str = "tomcat";

/// What goes into a bundle. Secrets are wiped when the options are dropped.
#[derive(Default)]
pub struct BundleOptions {
    /// The formats to include; empty means all of [`Format::ALL`].
    pub formats: Vec<Format>,
    /// The private key, PEM or DER; without it, the formats that need a key are left out, with
    /// a note in `README.txt`.
    pub key: Option<Zeroizing<Vec<u8>>>,
    /// Password of an encrypted key.
    pub key_password: Option<Zeroizing<String>>,
    /// Password of the IIS `.pfx` and Tomcat `.p12`; required when either is built.
    pub pfx_password: Option<Zeroizing<String>>,
    /// 3DES/SHA-1 PKCS#12 for Windows Server 2016 and older instead of AES-256/SHA-256.
    pub pfx_legacy: bool,
    /// Alias of the key entry in the Tomcat keystore; [`DEFAULT_TOMCAT_ALIAS`] when `None`.
    pub tomcat_alias: Option<String>,
}

impl std::fmt::Debug for BundleOptions {
    /// Shows which secrets are present, never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BundleOptions")
            .field("formats", &self.formats)
            .field("key", &self.key.as_ref().map(|_| "<given>"))
            .field(
                "key_password",
                &self.key_password.as_ref().map(|_| "<given>"),
            )
            .field(
                "pfx_password",
                &self.pfx_password.as_ref().map(|_| "<given>"),
            )
            .field("pfx_legacy", &self.pfx_legacy)
            .field("tomcat_alias", &self.tomcat_alias)
            .finish()
    }
}

impl BundleOptions {
    /// The formats asked for, in [`Format::ALL`] order, without repeats.
    fn selected_formats(&self) -> Vec<Format> {
        Format::ALL
            .into_iter()
            .filter(|format| self.formats.is_empty() || self.formats.contains(format))
            .collect()
    }

    /// The PKCS#12 password, refusing a missing or empty one.
    fn required_pfx_password(&self) -> Result<&str> {
        match self.pfx_password.as_deref().map(String::as_str) {
            Some(password) if !password.is_empty() => Ok(password),
            _ => Err(Error::rejected(
                "bundle.pfx_password_required",
                "a password is required for the PFX/P12 files (IIS, Tomcat); choose one and \
                 give it as pfx_password",
            )),
        }
    }

    /// The Tomcat alias, checked: 1 to 64 printable ASCII characters.
    fn checked_tomcat_alias(&self) -> Result<&str> {
        let alias = self.tomcat_alias.as_deref().unwrap_or(DEFAULT_TOMCAT_ALIAS);
        let printable = alias.chars().all(|c| c.is_ascii_graphic() || c == ' ');
        if alias.trim().is_empty() || alias.len() > 64 || !printable {
            return Err(Error::invalid(
                "tomcat_alias",
                "use 1 to 64 printable ASCII characters, e.g. \"tomcat\"",
            ));
        }
        Ok(alias)
    }
}

/// Builds the zip: see the module documentation. `now` (Unix seconds) stamps the entries.
///
/// # Errors
/// The certificate codes of [`crate::certificate::parse_all`] for either input,
/// `chain.incomplete`, the key module's codes for an unreadable key, `bundle.key_mismatch`,
/// `bundle.pfx_password_required`, `input.invalid` for a bad Tomcat alias, and
/// `bundle.pkcs12_failed` / `bundle.zip_failed` if writing fails.
pub fn build_zip(
    certificate: &[u8],
    chain: &[u8],
    options: &BundleOptions,
    now: i64,
) -> Result<Vec<u8>> {
    let material = Material::prepare(certificate, chain, options)?;
    let formats = options.selected_formats();
    let (entries, readme) = layout::entries(&material, &formats, options)?;

    let mut all = entries;
    all.push(archive::Entry {
        path: "README.txt".into(),
        content: Zeroizing::new(readme.into_bytes()),
        secret: false,
    });
    archive::write_zip(&all, now)
}

/// One PKCS#12 file (`.pfx`) with the key, the certificate and its ordered chain.
///
/// Uses `options.key`, `key_password`, `pfx_password`, `pfx_legacy`, and `tomcat_alias` as the
/// entry's friendly name (the certificate's base name when `None`).
///
/// # Errors
/// As [`build_zip`], plus `bundle.key_required` when no key is given.
pub fn pfx(certificate: &[u8], chain: &[u8], options: &BundleOptions) -> Result<Vec<u8>> {
    let material = Material::prepare(certificate, chain, options)?;
    let Some(key) = &material.key else {
        return Err(Error::rejected(
            "bundle.key_required",
            "a PFX file needs the private key; give it as key",
        ));
    };
    let password = options.required_pfx_password()?;
    let alias = match &options.tomcat_alias {
        Some(_) => options.checked_tomcat_alias()?.to_owned(),
        None => base_name(material.chain.leaf().primary_name().unwrap_or_default()),
    };
    pkcs12::pkcs12(
        &material.chain,
        key,
        &alias,
        &pkcs12::Protection {
            password,
            legacy: options.pfx_legacy,
        },
    )
}

/// The certificate and its ordered chain as a DER PKCS#7 (`.p7b`).
///
/// # Errors
/// The certificate codes of [`crate::certificate::parse_all`] and `chain.incomplete`.
pub fn pkcs7_der(certificate: &[u8], chain: &[u8]) -> Result<Vec<u8>> {
    let material = Material::prepare(certificate, chain, &BundleOptions::default())?;
    Ok(pkcs7::pkcs7_der(material.chain.certificates()))
}

/// The same as [`pkcs7_der`], PEM-armoured (`-----BEGIN PKCS7-----`).
///
/// # Errors
/// As [`pkcs7_der`].
pub fn pkcs7_pem(certificate: &[u8], chain: &[u8]) -> Result<String> {
    let material = Material::prepare(certificate, chain, &BundleOptions::default())?;
    Ok(pkcs7::pkcs7_pem(material.chain.certificates()))
}
