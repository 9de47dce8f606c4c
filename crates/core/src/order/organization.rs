//! The OV/EV organisation fields: all thirteen required, under the API's own names.

use indexmap::IndexMap;

use super::codes;
use crate::finding::Finding;

/// The organisation fields `addSSLOrder` takes for OV and EV products, in the API's order.
pub const ORGANIZATION_FIELDS: [&str; 13] = [
    "organization_name",
    "organizationalUnitName",
    "registered_address_line1",
    "registered_no",
    "country",
    "state",
    "city",
    "postal_code",
    "organization_phone",
    "date_of_incorporation",
    "contact_name",
    "contact_title",
    "contact_phone",
];

/// Checks entered organisation fields: every field present and non-blank, no unknown field,
/// a two-letter country (upper-cased). Returns the trimmed fields in the API's order and every
/// problem found.
pub fn check_organization(
    entered: Option<&IndexMap<String, String>>,
) -> (IndexMap<String, String>, Vec<Finding>) {
    let empty = IndexMap::new();
    let entered = entered.unwrap_or(&empty);
    let mut findings = Vec::new();

    for key in entered.keys() {
        if !ORGANIZATION_FIELDS.contains(&key.as_str()) {
            findings.push(Finding::error(
                codes::ORGANIZATION_FIELD_UNKNOWN,
                Some(key.clone()),
                format!(
                    "\"{key}\" is not an organisation field; use {}",
                    ORGANIZATION_FIELDS.join(", ")
                ),
            ));
        }
    }

    let mut fields = IndexMap::new();
    for name in ORGANIZATION_FIELDS {
        let value = entered.get(name).map(|v| v.trim()).unwrap_or_default();
        if value.is_empty() {
            findings.push(Finding::error(
                codes::ORGANIZATION_FIELD_MISSING,
                Some(name.to_owned()),
                format!(
                    "the organisation field {name} is empty; OV and EV certificates need every organisation field"
                ),
            ));
            continue;
        }
        let value = if name == "country" {
            if value.len() != 2 || !value.chars().all(|c| c.is_ascii_alphabetic()) {
                findings.push(Finding::error(
                    codes::ORGANIZATION_COUNTRY_INVALID,
                    Some(name.to_owned()),
                    format!(
                        "\"{value}\" is not a two-letter country code; use an ISO 3166 code such as GB or CN"
                    ),
                ));
            }
            value.to_ascii_uppercase()
        } else {
            value.to_owned()
        };
        fields.insert(name.to_owned(), value);
    }
    (fields, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> IndexMap<String, String> {
        ORGANIZATION_FIELDS
            .iter()
            .map(|name| ((*name).to_owned(), format!("{name} value")))
            .map(|(k, v)| {
                if k == "country" {
                    (k, "gb".to_owned())
                } else {
                    (k, v)
                }
            })
            .collect()
    }

    #[test]
    fn complete_fields_pass_and_country_is_upper_cased() {
        let (fields, findings) = check_organization(Some(&complete()));
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(fields["country"], "GB");
    }

    #[test]
    fn every_problem_is_reported() {
        let mut entered = complete();
        entered.shift_remove("city");
        entered.insert("state".into(), "  ".into());
        entered.insert("country".into(), "Britain".into());
        entered.insert("organisation_name".into(), "typo".into());

        let (_, findings) = check_organization(Some(&entered));
        let codes: Vec<_> = findings
            .iter()
            .map(|f| (f.code, f.subject.clone().unwrap_or_default()))
            .collect();

        assert!(codes.contains(&(codes::ORGANIZATION_FIELD_MISSING, "city".into())));
        assert!(codes.contains(&(codes::ORGANIZATION_FIELD_MISSING, "state".into())));
        assert!(codes.contains(&(codes::ORGANIZATION_COUNTRY_INVALID, "country".into())));
        assert!(codes.contains(&(
            codes::ORGANIZATION_FIELD_UNKNOWN,
            "organisation_name".into()
        )));
    }
}
