//! Field checks shared by several requests.

use crate::error::{Error, Result};

/// Largest CSR the API takes (`csr_code`, trustocean-api §3.5).
const MAX_CSR_CHARS: usize = 32767;

/// A PEM certificate request of acceptable size.
pub(crate) fn csr(field: &str, csr: &str) -> Result<()> {
    let trimmed = csr.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(
            field,
            "the CSR is empty; paste the PEM text",
        ));
    }
    if trimmed.len() > MAX_CSR_CHARS {
        return Err(Error::invalid(
            field,
            format!(
                "the CSR is {} characters; at most {MAX_CSR_CHARS} are accepted",
                trimmed.len()
            ),
        ));
    }
    if !trimmed.starts_with("-----BEGIN CERTIFICATE REQUEST-----")
        && !trimmed.starts_with("-----BEGIN NEW CERTIFICATE REQUEST-----")
    {
        return Err(Error::invalid(
            field,
            "expected a PEM CSR starting with -----BEGIN CERTIFICATE REQUEST-----",
        ));
    }
    Ok(())
}

/// A non-empty list of distinct names without commas (the API joins them with commas).
pub(crate) fn domains(field: &str, domains: &[String]) -> Result<()> {
    if domains.is_empty() {
        return Err(Error::invalid(field, "give at least one domain"));
    }
    for (index, domain) in domains.iter().enumerate() {
        let name = domain.trim();
        if name.is_empty() {
            return Err(Error::invalid(
                format!("{field}[{index}]"),
                "the domain is empty",
            ));
        }
        if name.contains(',') || name.chars().any(char::is_whitespace) {
            return Err(Error::invalid(
                format!("{field}[{index}]"),
                format!("{name:?} contains a comma or a space; give one domain per item"),
            ));
        }
        if domains[..index]
            .iter()
            .any(|earlier| earlier.trim().eq_ignore_ascii_case(name))
        {
            return Err(Error::invalid(
                format!("{field}[{index}]"),
                format!("{name:?} is listed twice"),
            ));
        }
    }
    Ok(())
}

/// A plausible e-mail address (the CA does the real check).
pub(crate) fn email(field: &str, address: &str) -> Result<()> {
    let valid = address.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
    }) && !address.chars().any(|c| c.is_whitespace() || c == ',');
    if valid {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            format!("{address:?} is not an e-mail address"),
        ))
    }
}

/// A positive order id.
pub(crate) fn trustocean_id(id: u64) -> Result<()> {
    if id == 0 {
        return Err(Error::invalid(
            "trustocean_id",
            "the order id must be a positive number",
        ));
    }
    Ok(())
}

/// A text field that must not be blank.
pub(crate) fn required(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, "this field is required"));
    }
    Ok(())
}
