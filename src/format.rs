//! Numbers as each reader writes them: `1,210` in English, `1.210` in Vietnamese, and in Khmer
//! `1,210` or, as an option, with Khmer digits `១,២១០`.

use crate::lang::Lang;

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
        let digits = n.to_string();
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

#[cfg(test)]
mod tests {
    use super::*;

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
