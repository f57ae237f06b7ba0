//! Quantities with units: durations, byte sizes and vCPU counts.
//!
//! A quantity is stored as an integer in its dimension's base unit (seconds,
//! bytes, milli-vCPU) so comparisons are exact. `KB`/`MB`/`GB`/`TB` are read as
//! 1024-based (like `KiB`…), the way AWS states memory and storage limits
//! ("10,240 MB" = 10 GB for Lambda). Fractions are rounded *up* to the next
//! base unit, so a need is never understated.

use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Base unit: seconds. Units: `s`, `m`/`min`, `h`, `d`.
    Duration,
    /// Base unit: bytes. Units: `B`, `KB`, `MB`, `GB`, `TB` (and the `KiB` forms).
    Bytes,
    /// Base unit: milli-vCPU. Unit: none or `vcpu`.
    Vcpu,
}

impl Dimension {
    /// Unit names accepted for this dimension, for error messages.
    pub fn units(self) -> &'static [&'static str] {
        match self {
            Dimension::Duration => &["s", "m", "min", "h", "d"],
            Dimension::Bytes => &["B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"],
            Dimension::Vcpu => &["vcpu", "(none)"],
        }
    }

    pub fn example(self) -> &'static str {
        match self {
            Dimension::Duration => "40m",
            Dimension::Bytes => "12GB",
            Dimension::Vcpu => "4",
        }
    }

    /// Every unit spelling accepted (lowercase; `""`: no unit) with its factor to the base unit.
    fn unit_table(self) -> &'static [(&'static str, u128)] {
        match self {
            Dimension::Duration => &[
                ("s", 1),
                ("sec", 1),
                ("secs", 1),
                ("second", 1),
                ("seconds", 1),
                ("m", 60),
                ("min", 60),
                ("mins", 60),
                ("minute", 60),
                ("minutes", 60),
                ("h", 3600),
                ("hr", 3600),
                ("hrs", 3600),
                ("hour", 3600),
                ("hours", 3600),
                ("d", 86_400),
                ("day", 86_400),
                ("days", 86_400),
            ],
            Dimension::Bytes => &[
                ("b", 1),
                ("k", 1 << 10),
                ("kb", 1 << 10),
                ("kib", 1 << 10),
                ("m", 1 << 20),
                ("mb", 1 << 20),
                ("mib", 1 << 20),
                ("g", 1 << 30),
                ("gb", 1 << 30),
                ("gib", 1 << 30),
                ("t", 1 << 40),
                ("tb", 1 << 40),
                ("tib", 1 << 40),
            ],
            Dimension::Vcpu => &[("", 1000), ("vcpu", 1000), ("vcpus", 1000), ("cpu", 1000)],
        }
    }

    /// Every unit spelling accepted, lowercase (`""`: a bare number). Case is ignored.
    pub fn accepted_units(self) -> impl Iterator<Item = &'static str> {
        self.unit_table().iter().map(|(unit, _)| *unit)
    }

    fn factor(self, unit: &str) -> Option<u128> {
        let unit = unit.to_ascii_lowercase();
        self.unit_table()
            .iter()
            .find(|(name, _)| *name == unit)
            .map(|(_, factor)| *factor)
    }
}

/// Why a quantity could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuantityError {
    /// Nothing was given.
    Empty,
    /// The number part is not a plain non-negative decimal number.
    BadNumber(String),
    /// A unit is required for this dimension and none was given.
    MissingUnit,
    /// The unit is not one this dimension accepts.
    UnknownUnit(String),
    /// The value does not fit in 64 bits of the base unit.
    TooLarge,
}

impl QuantityError {
    pub fn message(&self, dim: Dimension, lang: Lang) -> String {
        let units = dim.units().join(", ");
        match (self, lang) {
            (QuantityError::Empty, Lang::En) => "no value given".into(),
            (QuantityError::Empty, Lang::Ko) => "값이 없습니다".into(),
            (QuantityError::BadNumber(n), Lang::En) => {
                format!("'{n}' is not a number (write e.g. {})", dim.example())
            }
            (QuantityError::BadNumber(n), Lang::Ko) => {
                format!("'{n}'은(는) 숫자가 아닙니다 (예: {})", dim.example())
            }
            (QuantityError::MissingUnit, Lang::En) => {
                format!("a unit is needed: one of {units} (e.g. {})", dim.example())
            }
            (QuantityError::MissingUnit, Lang::Ko) => {
                format!("단위가 필요합니다: {units} 중 하나 (예: {})", dim.example())
            }
            (QuantityError::UnknownUnit(u), Lang::En) => {
                format!("unknown unit '{u}': use one of {units}")
            }
            (QuantityError::UnknownUnit(u), Lang::Ko) => {
                format!("알 수 없는 단위 '{u}': {units} 중 하나를 쓰세요")
            }
            (QuantityError::TooLarge, Lang::En) => "the value is too large".into(),
            (QuantityError::TooLarge, Lang::Ko) => "값이 너무 큽니다".into(),
        }
    }
}

/// Parses `"40m"`, `"12GB"`, `"0.25"`, `"1.5 h"` into base units of `dim`.
pub fn parse(dim: Dimension, input: &str) -> Result<u64, QuantityError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(QuantityError::Empty);
    }
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let unit = unit.trim();
    let num: String = num.chars().filter(|&c| c != ',').collect();
    let (int_part, frac_part) = match num.split_once('.') {
        Some((i, f)) => (i, f),
        None => (num.as_str(), ""),
    };
    let digits_ok = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    if num.is_empty()
        || (int_part.is_empty() && frac_part.is_empty())
        || !digits_ok(int_part)
        || !digits_ok(frac_part)
        || frac_part.len() > 9
        || int_part.len() > 20
    {
        return Err(QuantityError::BadNumber(s.to_string()));
    }
    let factor = match dim.factor(unit) {
        Some(f) => f,
        None if unit.is_empty() => return Err(QuantityError::MissingUnit),
        None => return Err(QuantityError::UnknownUnit(unit.to_string())),
    };
    let scale = 10u128.pow(frac_part.len() as u32);
    let mantissa: u128 = format!("{int_part}{frac_part}")
        .trim_start_matches('0')
        .parse()
        .unwrap_or(0);
    let scaled = mantissa
        .checked_mul(factor)
        .ok_or(QuantityError::TooLarge)?;
    let value = scaled.div_ceil(scale);
    u64::try_from(value).map_err(|_| QuantityError::TooLarge)
}

/// A quantity to show to people: picks the largest unit that keeps it short.
pub fn format(dim: Dimension, value: u64, lang: Lang) -> String {
    Formatted { dim, value, lang }.to_string()
}

/// Canonical machine form (for URLs and CLI round trips): `"900s"`, `"10GB"`, `"0.25"`.
pub fn canonical(dim: Dimension, value: u64) -> String {
    match dim {
        Dimension::Duration => {
            for (f, u) in [(86_400, "d"), (3600, "h"), (60, "m")] {
                if value >= f && value % f == 0 {
                    return format!("{}{u}", value / f);
                }
            }
            format!("{value}s")
        }
        Dimension::Bytes => {
            for (f, u) in [
                (1u64 << 40, "TB"),
                (1 << 30, "GB"),
                (1 << 20, "MB"),
                (1 << 10, "KB"),
            ] {
                if value >= f && value % f == 0 {
                    return format!("{}{u}", value / f);
                }
            }
            format!("{value}B")
        }
        Dimension::Vcpu => decimal(value, 1000),
    }
}

/// The next "round" value above `value`: one more of the largest unit that
/// divides it (`200GB` → `201GB`, `15m` → `16m`, `16` vCPU → `17`).
pub fn next_round_above(dim: Dimension, value: u64) -> u64 {
    let steps: &[u64] = match dim {
        Dimension::Duration => &[86_400, 3600, 60, 1],
        Dimension::Bytes => &[1 << 40, 1 << 30, 1 << 20, 1 << 10, 1],
        Dimension::Vcpu => &[1000, 250, 1],
    };
    let step = steps
        .iter()
        .copied()
        .find(|&s| value >= s && value % s == 0)
        .unwrap_or(1);
    value.saturating_add(step)
}

/// `value / unit` with up to three decimals, trailing zeros dropped.
fn decimal(value: u64, unit: u64) -> String {
    let whole = value / unit;
    let frac = value % unit;
    if frac == 0 {
        return whole.to_string();
    }
    let frac = (frac * 1000 / unit).to_string();
    let frac = format!("{frac:0>3}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

struct Formatted {
    dim: Dimension,
    value: u64,
    lang: Lang,
}

impl fmt::Display for Formatted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.value;
        match self.dim {
            Dimension::Duration => {
                let units: [(u64, &str, &str); 4] = [
                    (86_400, "일", " d"),
                    (3600, "시간", " h"),
                    (60, "분", " min"),
                    (1, "초", " s"),
                ];
                for (size, k, e) in units {
                    if v >= size && (v % size == 0 || size == 1 || v / size >= 10) {
                        let unit = self.lang.pick(k, e);
                        return write!(f, "{}{unit}", decimal(v, size));
                    }
                }
                write!(f, "0{}", self.lang.pick("초", " s"))
            }
            Dimension::Bytes => {
                let units: [(u64, &str); 5] = [
                    (1 << 40, "TB"),
                    (1 << 30, "GB"),
                    (1 << 20, "MB"),
                    (1 << 10, "KB"),
                    (1, "B"),
                ];
                for (size, u) in units {
                    if v >= size {
                        return write!(f, "{} {u}", decimal(v, size));
                    }
                }
                write!(f, "0 B")
            }
            Dimension::Vcpu => write!(f, "{} vCPU", decimal(v, 1000)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        assert_eq!(parse(Dimension::Duration, "40m"), Ok(2400));
        assert_eq!(parse(Dimension::Duration, "1.5h"), Ok(5400));
        assert_eq!(parse(Dimension::Bytes, "10GB"), Ok(10 << 30));
        assert_eq!(parse(Dimension::Bytes, "10,240MB"), Ok(10 << 30));
        assert_eq!(parse(Dimension::Vcpu, "0.25"), Ok(250));
        assert_eq!(
            parse(Dimension::Duration, "40"),
            Err(QuantityError::MissingUnit)
        );
        assert!(matches!(
            parse(Dimension::Bytes, "12parsecs"),
            Err(QuantityError::UnknownUnit(_))
        ));
        assert!(matches!(
            parse(Dimension::Bytes, "1.2.3GB"),
            Err(QuantityError::BadNumber(_))
        ));
        assert!(matches!(
            parse(Dimension::Bytes, "-1GB"),
            Err(QuantityError::BadNumber(_))
        ));
        assert_eq!(
            parse(Dimension::Bytes, "99999999999TB"),
            Err(QuantityError::TooLarge)
        );
        assert_eq!(format(Dimension::Duration, 900, Lang::En), "15 min");
        assert_eq!(format(Dimension::Duration, 900, Lang::Ko), "15분");
        assert_eq!(format(Dimension::Bytes, 10 << 30, Lang::En), "10 GB");
        assert_eq!(format(Dimension::Bytes, 512 << 20, Lang::En), "512 MB");
        assert_eq!(canonical(Dimension::Duration, 5400), "90m");
        assert_eq!(canonical(Dimension::Vcpu, 250), "0.25");
    }
}
