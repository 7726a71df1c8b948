//! Number text that is the same in every language: decimal digits, and the shortest decimal
//! that reads back as the same `f64`. Written by integer arithmetic, without core's float
//! formatting or parsing, whose code and tables would cost the browser module kilobytes
//! (callers write thousands of numbers: path data, sizes, table cells). The reader's own
//! separators and digits are [`crate::format`]'s.

mod shortest;

/// The decimal digits of `n`, written into `buf`.
pub fn digits(mut n: u64, buf: &mut [u8; 20]) -> &str {
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

/// `n` the shortest way that reads back as the same number (`12.5`, `2025`, `0.1`), always
/// positional (`0.0000001`, `1000000000000000000000`), as `{}` writes it.
pub fn decimal(n: f64) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::new();
    if n.is_sign_negative() {
        out.push('-');
    }
    let a = n.abs();
    if a.is_infinite() {
        out.push_str("inf");
    } else if a == 0.0 {
        out.push('0');
    } else {
        let (digits, exp) = shortest::shortest(a);
        write_positional(&mut out, digits, exp);
    }
    out
}

/// Writes `digits` × 10^`exp` without an exponent.
fn write_positional(out: &mut String, digits: u64, exp: i32) {
    let mut buf = [0; 20];
    let ds = self::digits(digits, &mut buf);
    let n = ds.len() as i32;
    // The value is 0.ds × 10^point.
    let point = n + exp;
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat('0').take((-point) as usize));
        out.push_str(ds);
    } else if point >= n {
        out.push_str(ds);
        out.extend(std::iter::repeat('0').take((point - n) as usize));
    } else {
        out.push_str(&ds[..point as usize]);
        out.push('.');
        out.push_str(&ds[point as usize..]);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_whole_numbers() {
        for n in [0, 7, 10, 2025, u64::MAX] {
            assert_eq!(digits(n, &mut [0; 20]), n.to_string());
        }
    }

    #[test]
    fn hundredths_as_decimal_writes_them() {
        for v in [12.5, 13.0, 10.25, 0.05, 0.0, -3.1, 11.999, 7.004, 1234.56, 99.995] {
            assert_eq!(hundredths(v), decimal((v * 100.0).round() / 100.0), "{v}");
        }
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
            2f64.powi(70),
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
    fn any_float_is_written_as_display_writes_it() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Every exponent, and values with short decimals.
            let n = if i % 4 == 0 { (x % 1_000_000) as f64 / 1000.0 } else { f64::from_bits(x) };
            assert_eq!(decimal(n), format!("{n}"), "{n:e}");
        }
    }
}
