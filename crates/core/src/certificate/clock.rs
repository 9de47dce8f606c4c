//! Unix timestamps as calendar dates, for RFC 3339 texts and zip entry times.
//!
//! A few lines of arithmetic instead of a date crate: certificates only need UTC, whole seconds.

/// Seconds in a day.
pub(crate) const SECONDS_PER_DAY: i64 = 86_400;

/// A UTC calendar date and time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UtcDateTime {
    /// Year, e.g. 2026 (may be negative or above 9999 for absurd inputs).
    pub year: i64,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
    /// Second, 0 to 59.
    pub second: u8,
}

impl UtcDateTime {
    /// The date and time of a Unix timestamp.
    pub(crate) fn from_unix(timestamp: i64) -> Self {
        let days = timestamp.div_euclid(SECONDS_PER_DAY);
        let seconds_of_day = timestamp.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);

        // Every value below is bounded by the modulo above, so the narrowing cannot truncate.
        Self {
            year,
            month,
            day,
            hour: narrow(seconds_of_day / 3600),
            minute: narrow(seconds_of_day % 3600 / 60),
            second: narrow(seconds_of_day % 60),
        }
    }

    /// `2026-01-01T00:00:00Z`.
    pub(crate) fn to_rfc3339(self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, narrow(month), narrow(day))
}

/// Narrows a value the caller has bounded to 0..=255.
fn narrow(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(
            UtcDateTime::from_unix(0).to_rfc3339(),
            "1970-01-01T00:00:00Z"
        );
        assert_eq!(
            UtcDateTime::from_unix(1_767_225_600).to_rfc3339(),
            "2026-01-01T00:00:00Z"
        );
        assert_eq!(
            UtcDateTime::from_unix(951_825_599).to_rfc3339(),
            "2000-02-29T11:59:59Z"
        );
        assert_eq!(
            UtcDateTime::from_unix(-1).to_rfc3339(),
            "1969-12-31T23:59:59Z"
        );
    }
}
