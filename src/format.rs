//! Numbers as each reader writes them: `1,210` in English, `1.210` in Vietnamese, and in Khmer
//! `1,210` or, as an option, with Khmer digits `១,២១០`. Text that is the same in every
//! language is [`crate::number`]'s.

use crate::lang::Lang;
use crate::number;

/// How to write numbers for a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    /// The reader's language, which picks the thousands separator.
    pub lang: Lang,
    /// Write Khmer digits (only with Khmer).
    pub khmer_digits: bool,
}

impl NumberFormat {
    /// The default format for a language: Western digits everywhere.
    pub fn new(lang: Lang) -> Self {
        NumberFormat { lang, khmer_digits: false }
    }

    /// Writes a whole number with thousands separators.
    pub fn int(&self, n: u64) -> String {
        let sep = match self.lang {
            Lang::Vi => '.',
            Lang::En | Lang::Km => ',',
        };
        let mut buf = [0; 20];
        let digits = number::digits(n, &mut buf);
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(d);
        }
        self.digits(&out)
    }

    /// Writes a percentage with no decimals, as the language does (`45%`, `45 %` is not used).
    pub fn percent(&self, fraction: f64) -> String {
        let p = (fraction * 100.0).round().clamp(0.0, 100.0) as u64;
        self.digits(&format!("{p}%"))
    }

    /// Replaces Western digits with Khmer ones when asked to.
    pub fn digits(&self, s: &str) -> String {
        if self.lang == Lang::Km && self.khmer_digits {
            s.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(0x17e0 + d).unwrap_or(c),
                    None => c,
                })
                .collect()
        } else {
            s.to_string()
        }
    }
}

/// The largest power of ten at most `v` (1 for `v` below 10, and for NaN or infinity), by
/// multiplying: exact, and without logarithm code in the module.
pub fn power_of_ten_at_most(v: f64) -> f64 {
    let mut p = 1.0;
    if v.is_finite() {
        while p * 10.0 <= v {
            p *= 10.0;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten() {
        for (v, p) in
            [(0.5, 1.0), (1.0, 1.0), (9.99, 1.0), (10.0, 10.0), (999.0, 100.0), (1000.0, 1000.0), (4.2e7, 1e7)]
        {
            assert_eq!(power_of_ten_at_most(v), p, "{v}");
        }
        assert_eq!(power_of_ten_at_most(f64::INFINITY), 1.0);
        assert_eq!(power_of_ten_at_most(f64::NAN), 1.0);
    }

    #[test]
    fn thousands_by_language() {
        assert_eq!(NumberFormat::new(Lang::En).int(1210), "1,210");
        assert_eq!(NumberFormat::new(Lang::Vi).int(1210), "1.210");
        assert_eq!(NumberFormat::new(Lang::Km).int(1_234_567), "1,234,567");
        assert_eq!(NumberFormat::new(Lang::En).int(999), "999");
        assert_eq!(NumberFormat::new(Lang::En).int(0), "0");
        let km = NumberFormat { lang: Lang::Km, khmer_digits: true };
        assert_eq!(km.int(1210), "១,២១០");
    }
}
