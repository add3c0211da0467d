//! Decimal text of a floating-point number, the same bytes as `format!("{x}")` and
//! `format!("{x:.N}")`, from the number's exact decimal expansion in integer arithmetic.
//!
//! Why not `format!`: `core`'s float formatting (Grisu with a Dragon fallback) is about 6 KB
//! gzipped of each WebAssembly module, for the few amounts a price finding's message prints.
//! This is slower per number but runs once or twice per listing; reading text back as a float
//! (`str::parse`, in the modules anyway) decides which rounding is the shortest that round-trips.

/// `x` with `places` digits after the point, rounded half to even on its exact value: what
/// `format!("{x:.places$}")` prints for a finite `x`.
pub fn fixed(x: f64, places: usize) -> String {
    let (digits, scale) = exact(x);
    let digits = round_to_scale(&digits, scale, places);
    // At least one digit before the point.
    let all: String = std::iter::repeat_n(0, (places + 1).saturating_sub(digits.len()))
        .chain(digits)
        .map(|d| char::from(b'0' + d))
        .collect();
    let point = all.len() - places;
    let mut text = sign(x).to_string();
    text.push_str(&all[..point]);
    if places > 0 {
        text.push('.');
        text.push_str(&all[point..]);
    }
    text
}

/// `x` in the fewest significant digits that read back as `x`, the closer rounding when both
/// do, written out without an exponent: what `format!("{x}")` prints for a finite `x`.
pub fn shortest(x: f64) -> String {
    let (mut digits, scale) = exact(x);
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    let n = digits.len();
    for k in 1..n {
        let down = digits[..k].to_vec();
        let up = increment(&down);
        let dropped = &digits[k..];
        // Where the dropped digits lie between the two roundings: below, at or above half.
        let half = dropped[0].cmp(&5).then_with(|| {
            if dropped[1..].iter().any(|&d| d != 0) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
        // Each rounding as digits with the same scale: the dropped places are zeros.
        let shift = (n - k) as i64;
        let as_text = |d: &[u8]| plain(x, d, scale - shift);
        let reads_back = |t: &str| t.parse::<f64>().is_ok_and(|y| y == x);
        let (down_text, up_text) = (as_text(&down), as_text(&up));
        let (down_ok, up_ok) = (reads_back(&down_text), reads_back(&up_text));
        match (down_ok, up_ok) {
            (true, true) if half == std::cmp::Ordering::Less => return down_text,
            (true, true) => return up_text,
            (true, false) => return down_text,
            (false, true) => return up_text,
            (false, false) => {}
        }
    }
    plain(x, &digits, scale)
}

/// `|x|` exactly as decimal digits (most significant first) and the count of them after the
/// point: `|x| = digits × 10^-scale`.
fn exact(x: f64) -> (Vec<u8>, i64) {
    let bits = x.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if field == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), field - 1075)
    };
    // Least significant first while multiplying.
    let mut digits: Vec<u8> = mantissa
        .to_string()
        .bytes()
        .rev()
        .map(|b| b - b'0')
        .collect();
    // m × 2^e is m × 2^e for e ≥ 0, and m × 5^-e / 10^-e below.
    let (factor, times) = if exponent >= 0 {
        (2, exponent)
    } else {
        (5, -exponent)
    };
    for _ in 0..times {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let v = *d * factor + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.reverse();
    (digits, (-exponent).max(0))
}

/// `digits × 10^-scale` rounded half to even to `places` places, as the digits of the value
/// times `10^places`.
fn round_to_scale(digits: &[u8], scale: i64, places: usize) -> Vec<u8> {
    let drop = scale - places as i64;
    if drop <= 0 {
        let mut kept = digits.to_vec();
        kept.extend(std::iter::repeat_n(0, (-drop) as usize));
        return kept;
    }
    let drop = drop as usize;
    if drop > digits.len() {
        return vec![0];
    }
    let (kept, dropped) = digits.split_at(digits.len() - drop);
    let odd = kept.last().is_some_and(|d| d % 2 == 1);
    let rest_nonzero = dropped[1..].iter().any(|&d| d != 0);
    let up = dropped[0] > 5 || (dropped[0] == 5 && (rest_nonzero || odd));
    if up {
        increment(kept)
    } else {
        kept.to_vec()
    }
}

/// Decimal digits plus one, carrying (9 9 → 1 0 0).
fn increment(digits: &[u8]) -> Vec<u8> {
    let mut out = digits.to_vec();
    for d in out.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return out;
        }
    }
    out.insert(0, 1);
    out
}

/// `digits × 10^-scale` with `x`'s sign, as `{}` writes it: no trailing zeros after the point,
/// no exponent.
fn plain(x: f64, digits: &[u8], mut scale: i64) -> String {
    let mut digits = digits.to_vec();
    while digits.last() == Some(&0) {
        digits.pop();
        scale -= 1;
    }
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    let mut text = sign(x).to_string();
    let chars = |d: &[u8]| d.iter().map(|&d| char::from(b'0' + d)).collect::<String>();
    if digits.is_empty() {
        text.push('0');
    } else if scale <= 0 {
        text.push_str(&chars(&digits));
        text.extend(std::iter::repeat_n('0', (-scale) as usize));
    } else if scale as usize >= digits.len() {
        text.push_str("0.");
        text.extend(std::iter::repeat_n('0', scale as usize - digits.len()));
        text.push_str(&chars(&digits));
    } else {
        let point = digits.len() - scale as usize;
        text.push_str(&chars(&digits[..point]));
        text.push('.');
        text.push_str(&chars(&digits[point..]));
    }
    text
}

fn sign(x: f64) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(x: f64) {
        assert_eq!(shortest(x), format!("{x}"), "{{}} of {x:e}");
        assert_eq!(fixed(x, 0), format!("{x:.0}"), "{{:.0}} of {x:e}");
        assert_eq!(fixed(x, 2), format!("{x:.2}"), "{{:.2}} of {x:e}");
    }

    #[test]
    fn edges_print_as_format_does() {
        for x in [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -2.5,
            0.125,
            0.375,
            0.005,
            0.015,
            0.025,
            1.005,
            199.99,
            0.1,
            0.3,
            0.1 + 0.2,
            1e21,
            1e23,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            2f64.powi(60),
            123456789.125,
            9.995,
            99.5,
            999.999,
            1e-7,
            70.0,
            33.333333333333336,
        ] {
            same(x);
        }
    }

    proptest! {
        #[test]
        fn any_finite_float_prints_as_format_does(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            same(x);
        }

        #[test]
        fn cents_and_shares_print_as_format_does(cents in 0u64..100_000_000, share in 0.0f64..1.0) {
            same(cents as f64 / 100.0);
            same(share * 100.0);
            same(cents as f64 * share);
        }
    }
}
