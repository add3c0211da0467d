//! Combining evidence into a score and a level.
//!
//! Each finding has a weight: how likely, alone, it makes a counterfeit (0–100). Findings combine
//! like independent witnesses (noisy-OR): `score = 100 × (1 − Π(1 − wᵢ/100))`. One weak cue stays
//! low, agreeing cues climb quickly, no pile of findings passes 100. Every point is attributed: the
//! findings are added strongest first and each is credited with the points it added, so the
//! points of the reasons always sum to the score.

use crate::verdict::{Level, Reason};

/// Score at which a listing becomes medium and high risk at sensitivity 1.
pub const MEDIUM_AT: f32 = 40.0;
pub const HIGH_AT: f32 = 70.0;

/// The level for a score. Sensitivity divides the thresholds: 2.0 makes medium start at 20 and
/// high at 35; 0.5 makes medium start at 80 and high at 140, i.e. never.
pub fn level(score: u8, sensitivity: f32) -> Level {
    let s = if sensitivity.is_finite() && sensitivity > 0.0 {
        sensitivity
    } else {
        1.0
    };
    let score = score as f32;
    if score >= (HIGH_AT / s).round().max(1.0) {
        Level::High
    } else if score >= (MEDIUM_AT / s).round().max(1.0) {
        Level::Medium
    } else {
        Level::Low
    }
}

/// Orders reasons strongest first, fills in each one's points and returns the total score.
/// Reasons of weight 0 stay listed (they explain, for example, which brand was recognized).
pub fn combine(reasons: &mut [Reason]) -> u8 {
    crate::sort::sort_by_key(reasons, |r| std::cmp::Reverse(r.weight));
    let mut remaining = 1.0f64;
    let mut credited = 0u8;
    for r in reasons.iter_mut() {
        remaining *= 1.0 - r.weight as f64 / 100.0;
        let total = ((1.0 - remaining) * 100.0).round() as u8;
        r.points = total - credited;
        credited = total;
    }
    credited
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(weight: u8) -> Reason {
        Reason {
            rule: format!("r{weight}"),
            pack: "p".into(),
            message: String::new(),
            weight,
            points: 0,
            evidence: None,
        }
    }

    #[test]
    fn weak_alone_strong_together() {
        assert_eq!(combine(&mut [reason(30)]), 30);
        assert_eq!(combine(&mut [reason(45), reason(45)]), 70);
        assert_eq!(combine(&mut [reason(90), reason(90), reason(90)]), 100);
        assert_eq!(combine(&mut []), 0);
    }

    #[test]
    fn points_add_up_to_the_score() {
        let mut rs = [reason(33), reason(71), reason(12), reason(49)];
        let score = combine(&mut rs);
        assert_eq!(
            rs.iter().map(|r| r.points as u32).sum::<u32>(),
            score as u32
        );
        assert_eq!(rs[0].weight, 71);
        assert_eq!(rs[0].points, 71);
    }

    #[test]
    fn sensitivity_moves_thresholds() {
        assert_eq!(level(39, 1.0), Level::Low);
        assert_eq!(level(40, 1.0), Level::Medium);
        assert_eq!(level(70, 1.0), Level::High);
        assert_eq!(level(35, 2.0), Level::High);
        assert_eq!(level(79, 0.5), Level::Low);
        assert_eq!(level(100, 0.5), Level::Medium);
        assert_eq!(level(40, f32::NAN), Level::Medium);
    }
}
