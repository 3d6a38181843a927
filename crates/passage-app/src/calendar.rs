//! Calendar dates as trainers type them (`YYYY-MM-DD`): checking them and
//! counting days forward, for workshop days. No time zones: a workshop day is
//! a date on the wall of the hall.

use crate::backups::civil_date;

/// Days since 1970-01-01 of a valid `YYYY-MM-DD`, else `None`.
pub(crate) fn days_of(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d < 1 || !(2000..=2200).contains(&y) {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > month_days[usize::try_from(m - 1).ok()?] {
        return None;
    }
    // Days from civil (proleptic Gregorian), the inverse of `civil_date`.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date `n` days after a valid `YYYY-MM-DD`.
pub(crate) fn add_days(date: &str, n: i64) -> Option<String> {
    let days = days_of(date)? + n;
    Some(civil_date(u64::try_from(days).ok()? * 86_400_000))
}

/// The year of a valid `YYYY-MM-DD`.
pub(crate) fn year_of(date: &str) -> Option<u16> {
    days_of(date)?;
    date.get(..4)?.parse().ok()
}

/// A time for file names: `YYYY-MM-DD-HHMM` (UTC).
pub(crate) fn file_stamp(millis: u64) -> String {
    let minutes = millis / 60_000 % (24 * 60);
    format!(
        "{}-{:02}{:02}",
        civil_date(millis),
        minutes / 60,
        minutes % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_count_across_months_and_leap_days() {
        assert_eq!(days_of("1970-01-01"), None, "before 2000 is a typo");
        assert_eq!(add_days("2028-02-28", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(add_days("2027-02-28", 1).as_deref(), Some("2027-03-01"));
        assert_eq!(add_days("2026-12-31", 1).as_deref(), Some("2027-01-01"));
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "27-01-01",
            "2027-1-1",
            "",
            "2027-04-31",
        ] {
            assert_eq!(days_of(bad), None, "{bad}");
        }
        assert_eq!(year_of("2027-03-04"), Some(2027));
    }
}
