//! Time as Braid stores it: unix milliseconds, the same on SQLite and PostgreSQL.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A moment, in milliseconds since the unix epoch (UTC).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time from the system clock. Services take a clock as a parameter instead of
    /// calling this directly, so tests can fix time.
    pub fn now() -> Timestamp {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        Timestamp(i64::try_from(millis).unwrap_or(i64::MAX))
    }

    /// This moment moved later by `duration`, saturating instead of overflowing.
    pub fn plus(self, duration: Duration) -> Timestamp {
        let millis = i64::try_from(duration.as_millis()).unwrap_or(i64::MAX);
        Timestamp(self.0.saturating_add(millis))
    }

    /// Milliseconds since the epoch.
    pub fn as_millis(self) -> i64 {
        self.0
    }

    /// Midnight UTC at the start of a calendar day; `None` for a date that does not exist.
    pub fn from_date(year: i64, month: u32, day: u32) -> Option<Timestamp> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Timestamp(
            days_from_civil(year, month, day).checked_mul(86_400_000)?,
        ))
    }

    /// Parses `YYYY-MM-DD` as midnight UTC.
    pub fn parse_date(text: &str) -> Option<Timestamp> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Timestamp::from_date(year, month, day)
    }

    /// Year, month (from 1), day, hour and minute in UTC, for writing the time in a
    /// reader's language.
    pub fn civil_utc(self) -> (i64, u32, u32, u32, u32) {
        let days = self.0.div_euclid(86_400_000);
        let minutes = self.0.rem_euclid(86_400_000) / 60_000;
        let (year, month, day) = civil_from_days(days);
        (
            year,
            month as u32,
            day as u32,
            (minutes / 60) as u32,
            (minutes % 60) as u32,
        )
    }

    /// `YYYY-MM-DD HH:MM UTC`, for the command line and logs.
    pub fn format_utc(self) -> String {
        let days = self.0.div_euclid(86_400_000);
        let minutes = self.0.rem_euclid(86_400_000) / 60_000;
        let (year, month, day) = civil_from_days(days);
        // Digit by digit: a page lists many times, and `format!` costs several times more.
        let mut out = String::with_capacity(20);
        if (0..=9999).contains(&year) {
            push_digits(&mut out, year, 4);
        } else {
            out.push_str(&format!("{year:04}"));
        }
        out.push('-');
        push_digits(&mut out, month, 2);
        out.push('-');
        push_digits(&mut out, day, 2);
        out.push(' ');
        push_digits(&mut out, minutes / 60, 2);
        out.push(':');
        push_digits(&mut out, minutes % 60, 2);
        out.push_str(" UTC");
        out
    }
}

impl Timestamp {
    /// RFC 3339 in UTC to the second, e.g. `2026-11-22T16:55:09Z`, for feeds and machines.
    pub fn format_rfc3339(self) -> String {
        let days = self.0.div_euclid(86_400_000);
        let seconds = self.0.rem_euclid(86_400_000) / 1000;
        let (year, month, day) = civil_from_days(days);
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            seconds / 3600,
            seconds % 3600 / 60,
            seconds % 60
        )
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Appends the last `width` decimal digits of `value` (which is not negative), with leading
/// zeros.
fn push_digits(out: &mut String, value: i64, width: u32) {
    for place in (0..width).rev() {
        let digit = value / 10_i64.pow(place) % 10;
        out.push(char::from_digit(u32::try_from(digit).unwrap_or(0), 10).unwrap_or('0'));
    }
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(Timestamp(0).format_utc(), "1970-01-01 00:00 UTC");
        let day = Timestamp::parse_date("2026-11-22").unwrap();
        assert_eq!(day.format_utc(), "2026-11-22 00:00 UTC");
        assert_eq!(
            Timestamp(day.0 + 14 * 3_600_000 + 48 * 60_000).format_utc(),
            "2026-11-22 14:48 UTC"
        );
        assert_eq!(
            Timestamp::parse_date("2028-02-29").unwrap().format_utc(),
            "2028-02-29 00:00 UTC"
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "22-11-2026x",
            "yesterday",
        ] {
            assert_eq!(Timestamp::parse_date(bad), None, "{bad}");
        }
        assert_eq!(Timestamp(-1).format_utc(), "1969-12-31 23:59 UTC");
        let far = Timestamp::from_date(12_345, 6, 7).unwrap();
        assert_eq!(far.format_utc(), "12345-06-07 00:00 UTC");
        let long_ago = Timestamp::from_date(-44, 3, 15).unwrap();
        assert_eq!(long_ago.format_utc(), "-044-03-15 00:00 UTC");
        assert_eq!(
            Timestamp(day.0 + 14 * 3_600_000 + 48 * 60_000 + 9_500).format_rfc3339(),
            "2026-11-22T14:48:09Z"
        );
    }
}
