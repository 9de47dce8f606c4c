//! The OV/EV organisation fields: all thirteen required, under the API's own names.

use std::time::{SystemTime, UNIX_EPOCH};

use indexmap::IndexMap;

use super::codes;
use super::countries::is_country_code;
use crate::certificate::UtcDateTime;
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

/// The earliest year of incorporation taken: older dates are typing mistakes.
const EARLIEST_YEAR: u16 = 1800;

/// Checks entered organisation fields: every field present and non-blank, no unknown field, no
/// line break, control character or `< > { }` in any of them, an assigned ISO 3166-1 country
/// code (upper-cased) and a past date of incorporation written `YYYY-MM-DD`. Returns the trimmed
/// fields in the API's order and every problem found.
pub fn check_organization(
    entered: Option<&IndexMap<String, String>>,
) -> (IndexMap<String, String>, Vec<Finding>) {
    check_organization_on(entered, &today())
}

/// [`check_organization`] with today's date (`YYYY-MM-DD`, UTC) given.
fn check_organization_on(
    entered: Option<&IndexMap<String, String>>,
    today: &str,
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

        if let Some(problem) = field_problem(name, value, today) {
            findings.push(problem);
        }

        let value = if name == "country" {
            value.to_ascii_uppercase()
        } else {
            value.to_owned()
        };
        fields.insert(name.to_owned(), value);
    }
    (fields, findings)
}

/// What is wrong with the non-blank `value` of the field `name`, if anything. The country and
/// the date have a strict form, which leaves no room for stray characters; every other field is
/// free text without line breaks, control characters or `< > { }`.
fn field_problem(name: &str, value: &str, today: &str) -> Option<Finding> {
    match name {
        "country" if !is_country_code(&value.to_ascii_uppercase()) => Some(Finding::error(
            codes::ORGANIZATION_COUNTRY_INVALID,
            Some(name.to_owned()),
            format!("\"{value}\" is not an ISO 3166-1 country code; use a code such as GB or CN"),
        )),
        "date_of_incorporation" if !is_past_date(value, today) => Some(Finding::error(
            codes::ORGANIZATION_DATE_INVALID,
            Some(name.to_owned()),
            format!(
                "\"{value}\" is not a date of incorporation; write a past date as YYYY-MM-DD, such as 2016-03-18"
            ),
        )),
        "country" | "date_of_incorporation" => None,
        _ => value.chars().find(|c| is_refused_character(*c)).map(|character| {
            Finding::error(
                codes::ORGANIZATION_FIELD_INVALID,
                Some(name.to_owned()),
                format!(
                    "the organisation field {name} holds {}; remove line breaks, control characters and < > {{ }}",
                    describe(character)
                ),
            )
        }),
    }
}

/// Characters no organisation field needs: line breaks and other control characters (a header
/// injected into the CA's e-mails), bidirectional overrides (text that reads other than it is
/// stored) and the markup and template delimiters `< > { }`.
fn is_refused_character(character: char) -> bool {
    character.is_control()
        || matches!(character, '<' | '>' | '{' | '}')
        || matches!(character, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A refused character as the message names it.
fn describe(character: char) -> String {
    if character.is_control() || !character.is_ascii() {
        format!("the character U+{:04X}", u32::from(character))
    } else {
        format!("\"{character}\"")
    }
}

/// Whether `value` is a real calendar date `YYYY-MM-DD` between [`EARLIEST_YEAR`] and `today`.
fn is_past_date(value: &str, today: &str) -> bool {
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
    if !shaped {
        return false;
    }

    let (Ok(year), Ok(month), Ok(day)) = (
        value[0..4].parse::<u16>(),
        value[5..7].parse::<u8>(),
        value[8..10].parse::<u8>(),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };

    // Both dates are zero-padded YYYY-MM-DD, so comparing the texts compares the dates.
    year >= EARLIEST_YEAR && (1..=days_in_month).contains(&day) && value <= today
}

/// Today's date in UTC, `YYYY-MM-DD`.
fn today() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        });
    let date = UtcDateTime::from_unix(now);
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
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
                } else if k == "date_of_incorporation" {
                    (k, "2016-03-18".to_owned())
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

    fn codes_of(entered: &IndexMap<String, String>) -> Vec<(&'static str, String)> {
        let (_, findings) = check_organization_on(Some(entered), "2026-12-04");
        findings
            .iter()
            .map(|f| (f.code, f.subject.clone().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn markup_template_syntax_and_line_breaks_are_refused() {
        for (field, value) in [
            ("organization_name", "<script>alert(1)</script>"),
            ("registered_address_line1", "1 Example St\"><img src=x>"),
            ("contact_name", "{{1234*5678}}"),
            ("city", "{php}echo 1;{/php}"),
            (
                "organization_phone",
                "+44 20 7946 0000\r\nBcc: victim@example.net",
            ),
            ("state", "Kent\u{202e}tnek"),
            ("contact_title", "CTO\u{0}"),
        ] {
            let mut entered = complete();
            entered.insert(field.into(), value.into());

            assert_eq!(
                codes_of(&entered),
                vec![(codes::ORGANIZATION_FIELD_INVALID, field.to_owned())],
                "{field}: {value:?}"
            );
        }
    }

    #[test]
    fn ordinary_punctuation_is_kept_as_typed() {
        let mut entered = complete();
        entered.insert(
            "organization_name".into(),
            "O'Reilly & Sons \"Ltd\" -- 1=1 (UK) #2; 50% [a/b]".into(),
        );
        entered.insert("registered_no".into(), "1'; DELETE FROM orders; --".into());
        entered.insert("city".into(), "Zürich 北京".into());

        assert_eq!(codes_of(&entered), vec![]);
    }

    #[test]
    fn countries_must_be_assigned_codes() {
        for country in ["XX", "UK", "G1", "GBR", "<b>GB</b>", "G\nB"] {
            let mut entered = complete();
            entered.insert("country".into(), country.into());

            assert_eq!(
                codes_of(&entered),
                vec![(codes::ORGANIZATION_COUNTRY_INVALID, "country".to_owned())],
                "{country}"
            );
        }
    }

    #[test]
    fn the_date_of_incorporation_is_a_real_past_date() {
        for date in ["2016-03-18", "2000-02-29", "1800-01-01", "2026-12-04"] {
            assert!(is_past_date(date, "2026-12-04"), "{date}");
        }
        for date in [
            "yesterday'--",
            "2016-3-18",
            "18/03/2016",
            "2016-02-30",
            "1900-02-29",
            "2016-13-01",
            "2016-00-10",
            "1799-12-31",
            "2026-12-05",
            "+016-03-18",
            "2016-03-18 ",
        ] {
            assert!(!is_past_date(date, "2026-12-04"), "{date}");
        }

        let mut entered = complete();
        entered.insert("date_of_incorporation".into(), "2099-01-01".into());
        assert_eq!(
            codes_of(&entered),
            vec![(
                codes::ORGANIZATION_DATE_INVALID,
                "date_of_incorporation".to_owned()
            )]
        );
    }

    #[test]
    fn today_is_a_date() {
        let today = today();
        assert!(is_past_date(&today, &today), "{today}");
    }
}
