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

/// The decimal digits of `n`, written into `buf` (no `core::fmt`: callers write thousands of
/// numbers, and the Wasm module carries no float formatting).
pub(crate) fn digits(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// `n` the shortest way that reads back as the same number (`12.5`, `2025`, `0.1`), as `{}`
/// writes it but without core's float formatting, which costs the Wasm module kilobytes.
pub fn decimal(n: f64) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    if n.is_infinite() {
        return if n > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let mut s = String::new();
    crate::json::write_plain_number(&mut s, n);
    s
}

/// `v` rounded to hundredths as [`decimal`] writes it (`12.5`, `13`, `10.25`), by integers:
/// without the float parser that shortest float text needs. For sizes: NaN is 0, and values
/// are held within ±10¹³.
pub fn hundredths(v: f64) -> String {
    let c = (v * 100.0).round();
    let c = if c.is_nan() { 0 } else { c.clamp(-1e15, 1e15) as i64 };
    let mut s = String::new();
    if c < 0 {
        s.push('-');
    }
    let (whole, frac) = (c.unsigned_abs() / 100, c.unsigned_abs() % 100);
    s.push_str(digits(whole, &mut [0; 20]));
    if frac != 0 {
        s.push('.');
        s.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            s.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    s
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
    fn hundredths_as_decimal_writes_them() {
        for v in [12.5, 13.0, 10.25, 0.05, 0.0, -3.1, 11.999, 7.004, 1234.56, 99.995] {
            assert_eq!(hundredths(v), decimal((v * 100.0).round() / 100.0), "{v}");
        }
    }

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
    fn decimals_as_display_writes_them() {
        for n in [
            0.0,
            -0.0,
            1.0,
            2025.0,
            12.5,
            0.1,
            0.3 + 0.6,
            104.92821,
            -11.56,
            1e-7,
            1.5e-9,
            2.5e-300,
            123456789.125,
            1e21,
            1.25e22,
            5e-324,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
        ] {
            assert_eq!(decimal(n), format!("{n}"), "{n:?}");
        }
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
