//! Inputs the fuzz targets (fuzz/) found crashing the engine, kept as native tests.

use knockoff::trust::{PublicKey, Signature, TrustedKeys};
use knockoff::{Checker, Listing, Options};

/// A `.knockoff` file around `payload`, with the header and checksum `RuleSet::to_bytes` writes.
fn framed(payload: &[u8]) -> Vec<u8> {
    let sum = payload.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    let mut bytes = knockoff::BUNDLED_RULES[..12].to_vec();
    bytes.extend_from_slice(&sum.to_le_bytes());
    bytes.extend_from_slice(payload);
    bytes
}

#[test]
fn the_framing_matches_real_rule_sets() {
    assert_eq!(
        framed(&knockoff::BUNDLED_RULES[20..]),
        knockoff::BUNDLED_RULES
    );
}

/// fuzz target ruleset_load: a rule set that decodes to a pack with a brand-name literal but no
/// brand made every check panic ("mentions come from brand packs").
#[test]
fn a_decodable_rule_set_with_broken_references_is_refused() {
    // Texts ["a"] (one text, shared 0, rest 1, "a"), one literal (text 0, a brand name, no
    // flags) by column, one pack with one literal and no brand (format 11: texts, text number
    // steps, kinds, flags, counts, no expression analyses, packs).
    let payload = [
        4, 1, 0, 1, b'a', 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    let err = Checker::from_bytes(&framed(&payload), Options::default())
        .err()
        .expect("refused");
    assert!(err.to_string().contains("refers to nothing"), "{err}");
}

#[test]
fn every_bundled_pack_passes_the_reference_checks() {
    let checker = Checker::from_bytes(knockoff::BUNDLED_RULES, Options::default()).unwrap();
    assert!(checker
        .check(&Listing::titled("Gucci belt"))
        .brand
        .is_some());
}

/// fuzz target trust: a key or signature whose hex held a multi-byte character panicked on
/// slicing inside it instead of being refused as not hexadecimal.
#[test]
fn non_ascii_hex_is_refused_not_sliced() {
    let signature = format!("# knockoff signature\na{}a\n", "é".repeat(63));
    assert!(Signature::parse(&signature).is_err());
    let key = format!("a{}a", "é".repeat(31));
    assert!(PublicKey::parse(&key).is_err());
    assert!(TrustedKeys::parse(&key).is_err());
}
