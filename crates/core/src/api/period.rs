//! Billing periods, as the API spells them in requests and as the SDKs disagree on casing.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// A certificate term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// One month.
    Monthly,
    /// Three months.
    Quarterly,
    /// One year.
    Annually,
    /// Two years.
    Biennially,
    /// Three years.
    Triennially,
    /// Four years.
    Quadrennial,
    /// Five years.
    Quinquennial,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 7] = [
        Period::Monthly,
        Period::Quarterly,
        Period::Annually,
        Period::Biennially,
        Period::Triennially,
        Period::Quadrennial,
        Period::Quinquennial,
    ];

    /// The capitalised spelling the PHP SDKs and WHMCS billing cycles use.
    pub fn name(self) -> &'static str {
        match self {
            Self::Monthly => "Monthly",
            Self::Quarterly => "Quarterly",
            Self::Annually => "Annually",
            Self::Biennially => "Biennially",
            Self::Triennially => "Triennially",
            Self::Quadrennial => "Quadrennial",
            Self::Quinquennial => "Quinquennial",
        }
    }

    /// The lowercase spelling (the Python SDK's, and the keys of a product's `pricing`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Monthly => "monthly",
            Self::Quarterly => "quarterly",
            Self::Annually => "annually",
            Self::Biennially => "biennially",
            Self::Triennially => "triennially",
            Self::Quadrennial => "quadrennial",
            Self::Quinquennial => "quinquennial",
        }
    }

    /// The validity a CA gives a certificate of this term, in days.
    pub fn days(self) -> i64 {
        match self {
            Self::Monthly => 30,
            Self::Quarterly => 90,
            Self::Annually => 365,
            Self::Biennially => 730,
            Self::Triennially => 1095,
            Self::Quadrennial => 1460,
            Self::Quinquennial => 1825,
        }
    }

    /// The term in months.
    pub fn months(self) -> u32 {
        match self {
            Self::Monthly => 1,
            Self::Quarterly => 3,
            Self::Annually => 12,
            Self::Biennially => 24,
            Self::Triennially => 36,
            Self::Quadrennial => 48,
            Self::Quinquennial => 60,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Reads any casing (`annually`, `Annually`, `ANNUALLY`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|period| period.name().eq_ignore_ascii_case(text))
            .ok_or_else(|| {
                Error::invalid(
                    "period",
                    format!(
                        "{text:?} is not a period; use one of Monthly, Quarterly, Annually, Biennially, Triennially, Quadrennial, Quinquennial"
                    ),
                )
            })
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|error: Error| match error {
            Error::InvalidInput { reason, .. } => serde::de::Error::custom(reason),
            other => serde::de::Error::custom(other),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_casing_reads_and_capitalised_writes() {
        let period: Period = serde_json::from_str("\"quinquennial\"").expect("lowercase");

        assert_eq!(period, Period::Quinquennial);
        assert_eq!(
            serde_json::to_string(&period).expect("serialize"),
            "\"Quinquennial\""
        );
        assert_eq!(period.months(), 60);
        assert!("Weekly".parse::<Period>().is_err());
        assert_eq!(Period::Annually.key(), "annually");
        assert_eq!(Period::Quarterly.days(), 90);
    }
}
