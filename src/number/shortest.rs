//! The shortest decimal digits of an `f64` without a float parser or its tables: the digits
//! that Rust's `{}` writes, found by integer arithmetic (a module that only draws then carries
//! no float parsing code, about 16 KB gzipped of code and tables).

/// The shortest (digits, exponent) with `digits` × 10^`exp` reading back as `a` (finite and
/// positive), the nearest to `a` when several have that many digits (the larger on a tie, as core
/// does).
pub(super) fn shortest(a: f64) -> (u64, i32) {
    short_decimal(a).unwrap_or_else(|| exact_shortest(a))
}

/// The shortest decimal (digits, exponent) of `a` (finite, > 0) when it has at most 22
/// fractional digits and 15 significant ones (1.5, 0.1, 2025): then `r / 10^p` is computed
/// exactly rounded, as the parser would read `r`e-`p`, so the test is exact. Needs no float
/// parser, which a module that only draws then does without.
fn short_decimal(a: f64) -> Option<(u64, i32)> {
    let mut scale = 1.0;
    for p in 0..=22 {
        let s = a * scale;
        if s >= 1e15 {
            return None;
        }
        let r = s.round();
        if r / scale == a {
            return Some(trim(r as u64, -p));
        }
        scale *= 10.0;
    }
    None
}

/// Trailing zeros of `digits` moved into the exponent.
fn trim(mut digits: u64, mut exp: i32) -> (u64, i32) {
    while digits != 0 && digits % 10 == 0 {
        digits /= 10;
        exp += 1;
    }
    (digits, exp)
}

/// A natural number as little-endian 32-bit limbs: just what [`exact_shortest`] needs.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn new(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(k) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }
    fn mul_pow10(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(9);
            self.mul_small(10u32.pow(step));
            n -= step;
        }
    }
    fn shl(&mut self, n: u32) {
        let (words, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = v;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat(0).take(words));
        self.trim();
    }
    fn add(&self, o: &Big) -> Big {
        let mut out = Vec::with_capacity(self.0.len().max(o.0.len()) + 1);
        let mut carry = 0u64;
        for k in 0..self.0.len().max(o.0.len()) {
            let v = u64::from(*self.0.get(k).unwrap_or(&0)) + u64::from(*o.0.get(k).unwrap_or(&0)) + carry;
            out.push(v as u32);
            carry = v >> 32;
        }
        out.push(carry as u32);
        let mut b = Big(out);
        b.trim();
        b
    }
    /// `self − o`, for `self ≥ o`.
    fn sub(&self, o: &Big) -> Big {
        let mut out = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for k in 0..self.0.len() {
            let mut v = i64::from(self.0[k]) - i64::from(*o.0.get(k).unwrap_or(&0)) - borrow;
            borrow = i64::from(v < 0);
            if v < 0 {
                v += 1 << 32;
            }
            out.push(v as u32);
        }
        let mut b = Big(out);
        b.trim();
        b
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, o: &Big) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Big {
    fn cmp(&self, o: &Big) -> std::cmp::Ordering {
        self.0.len().cmp(&o.0.len()).then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
    }
}

/// The shortest decimal (digits, exponent) that reads back as `a` (finite, > 0), the nearest
/// to `a` of that length: exact integer comparisons with `a`'s rounding interval (round half to
/// even), all numbers scaled to integers, as core's formatting does without its tables.
fn exact_shortest(a: f64) -> (u64, i32) {
    let bits = a.to_bits();
    let (field, frac) = ((bits >> 52) as i32 & 0x7ff, bits & ((1 << 52) - 1));
    let (m, e) = if field == 0 { (frac, -1074) } else { (frac | 1 << 52, field - 1075) };
    // a = m·2^e; its interval reaches half an ulp above, and below (a quarter at a power of two).
    let s = (2 - e).max(0) as u32;
    let mut av = Big::new(m);
    av.shl((e + s as i32) as u32);
    let mut high = Big::new(1);
    high.shl((e - 1 + s as i32) as u32);
    let low = if frac == 0 && field > 1 {
        let mut l = Big::new(1);
        l.shl((e - 2 + s as i32) as u32);
        l
    } else {
        high.clone()
    };
    let inclusive = m % 2 == 0;
    // The decimal exponent of a's leading digit, estimated, then checked: 10^e10 ≤ a.
    let mut e10 = (f64::from(e + 52) * std::f64::consts::LOG10_2).floor() as i32;
    let at_most_a = |e10: i32| {
        let (mut lhs, mut rhs) = (Big::new(1), av.clone());
        lhs.shl(s);
        if e10 >= 0 {
            lhs.mul_pow10(e10 as u32);
        } else {
            rhs.mul_pow10(e10.unsigned_abs());
        }
        lhs <= rhs
    };
    while !at_most_a(e10) {
        e10 -= 1;
    }
    while at_most_a(e10 + 1) {
        e10 += 1;
    }
    let mut mantissa = a / 10f64.powi(e10);
    if !mantissa.is_finite() || mantissa == 0.0 {
        mantissa = (a * 1e300) / 10f64.powi(e10 + 300);
    }
    for p in 1..=17 {
        let k = e10 - p + 1;
        let (mut av_t, mut low_t, mut high_t) = (av.clone(), low.clone(), high.clone());
        if k < 0 {
            for b in [&mut av_t, &mut low_t, &mut high_t] {
                b.mul_pow10(k.unsigned_abs());
            }
        }
        let (lo, hi) = (av_t.sub(&low_t), av_t.add(&high_t));
        let value = |d: u64| {
            let mut cv = Big::new(d);
            cv.mul_pow10(k.max(0) as u32);
            cv.shl(s);
            cv
        };
        // The p-digit decimals on either side of a: the float estimate is within a few units of
        // the last digit; bisect to the one at most a.
        let guess = (mantissa * 10f64.powi(p - 1)) as u64;
        let (mut below, mut above) = (guess.saturating_sub(64), guess + 64);
        while below > 0 && value(below) > av_t {
            below /= 2;
        }
        while value(above) <= av_t {
            above *= 2;
        }
        while above - below > 1 {
            let mid = below + (above - below) / 2;
            if value(mid) <= av_t {
                below = mid;
            } else {
                above = mid;
            }
        }
        let mut best: Option<(u64, Big)> = None;
        for d in [below, above] {
            let cv = value(d);
            let inside = (lo < cv || (inclusive && lo == cv)) && (cv < hi || (inclusive && cv == hi));
            let dist = if cv >= av_t { cv.sub(&av_t) } else { av_t.sub(&cv) };
            if d > 0 && inside && best.as_ref().map_or(true, |(_, b)| dist <= *b) {
                best = Some((d, dist));
            }
        }
        if let Some((d, _)) = best {
            return trim(d, k);
        }
    }
    // Seventeen digits always suffice (not reached).
    ((mantissa * 1e16).round() as u64, e10 - 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Digits and exponent from core's shortest `{:e}` text.
    fn core(n: f64) -> (u64, i32) {
        let t = format!("{n:e}");
        let (m, e) = t.split_once('e').unwrap();
        let digits: String = m.chars().filter(char::is_ascii_digit).collect();
        let frac = m.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
        (digits.parse().unwrap(), e.parse::<i32>().unwrap() - frac)
    }

    #[test]
    fn the_shortest_digits_are_cores() {
        for n in [
            2.5,
            0.1,
            0.3,
            100.0,
            1500.0,
            0.00001,
            1e-6,
            123.456,
            2025.0,
            1e14,
            0.07,
            99.99,
            1e-22,
            0.1 + 0.2,
            1e300,
            1.5e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1.0 / 3.0,
            2f64.powi(60),
            9.223372036854778e18,
            1.6369881384905596e242,
        ] {
            assert_eq!(shortest(n), core(n), "{n:e}");
        }
        for n in [2.5, 0.1, 100.0, 1500.0, 1e-22, 123.456] {
            assert_eq!(short_decimal(n), Some(core(n)), "{n}: short");
        }
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..5_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = f64::from_bits(x >> 1);
            if n.is_finite() && n > 0.0 {
                assert_eq!(shortest(n), core(n), "{n:e}");
            }
        }
    }
}
