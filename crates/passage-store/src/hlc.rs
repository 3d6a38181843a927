//! Hybrid logical clock: wall-clock milliseconds plus a counter, so that
//! timestamps from one device always increase even when its clock stalls or
//! steps back, and a device that has seen a later timestamp from a peer
//! never stamps anything earlier than it. Ties between devices are broken by
//! device id where the order matters (last-writer-wins fields).

/// One timestamp. Ordered by milliseconds, then counter.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch (wall clock, or ahead of it).
    pub millis: u64,
    /// Orders events within the same millisecond.
    pub counter: u32,
}

impl Hlc {
    /// The next local timestamp after `self`, given the wall clock now.
    #[must_use]
    pub fn tick(self, wall_millis: u64) -> Self {
        if wall_millis > self.millis {
            Self {
                millis: wall_millis,
                counter: 0,
            }
        } else {
            self.successor()
        }
    }

    /// The clock after receiving `remote`: never behind it again.
    #[must_use]
    pub fn observe(self, remote: Self) -> Self {
        self.max(remote)
    }

    fn successor(self) -> Self {
        match self.counter.checked_add(1) {
            Some(counter) => Self {
                millis: self.millis,
                counter,
            },
            None => Self {
                millis: self.millis + 1,
                counter: 0,
            },
        }
    }
}

/// Milliseconds since the Unix epoch by the system clock (0 if it is set
/// before 1970).
pub fn wall_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// `YYYY-MM-DD` of a time in milliseconds since the epoch (UTC), from the
/// days-since-epoch civil calendar conversion (proleptic Gregorian).
pub fn civil_date(millis: u64) -> String {
    let days = i64::try_from(millis / 86_400_000).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_always_increase_even_when_the_wall_clock_goes_back() {
        let a = Hlc::default().tick(1_000);
        assert_eq!(
            a,
            Hlc {
                millis: 1_000,
                counter: 0
            }
        );
        let b = a.tick(1_000);
        assert_eq!(
            b,
            Hlc {
                millis: 1_000,
                counter: 1
            }
        );
        let c = b.tick(500); // clock stepped back
        assert!(c > b);
        let d = c.tick(2_000);
        assert_eq!(
            d,
            Hlc {
                millis: 2_000,
                counter: 0
            }
        );
        let e = Hlc {
            millis: 5,
            counter: u32::MAX,
        }
        .tick(0);
        assert_eq!(
            e,
            Hlc {
                millis: 6,
                counter: 0
            }
        );
    }

    #[test]
    fn after_seeing_a_later_peer_the_next_tick_is_later_still() {
        let local = Hlc {
            millis: 1_000,
            counter: 3,
        };
        let remote = Hlc {
            millis: 9_000,
            counter: 7,
        };
        let next = local.observe(remote).tick(1_001);
        assert!(next > remote);
    }
}
