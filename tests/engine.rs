//! Behaviour of the engine with the bundled packs, one case per rule of thumb a brand-protection
//! analyst would state. Levels, brands and the rule that must (or must not) fire.

use knockoff::{Checker, Level, Listing, PriceInput};

struct Case {
    title: &'static str,
    price: Option<&'static str>,
    level: Level,
    brand: Option<&'static str>,
    rule: Option<&'static str>,
}

const fn case(
    title: &'static str,
    price: Option<&'static str>,
    level: Level,
    brand: Option<&'static str>,
    rule: Option<&'static str>,
) -> Case {
    Case {
        title,
        price,
        level,
        brand,
        rule,
    }
}

use Level::{High, Low, Medium};

const CASES: &[Case] = &[
    // Disguises.
    case(
        "Cart*er Love bracelet 18k",
        None,
        Medium,
        Some("Cartier"),
        Some("disguised-name"),
    ),
    case(
        "Rоlex Submariner automatic",
        None,
        Medium,
        Some("Rolex"),
        Some("disguised-name"),
    ),
    case(
        "Top Grade 1:1 P R A D A Galleria bag",
        None,
        High,
        Some("Prada"),
        Some("disguised-name"),
    ),
    // References are not claims.
    case(
        "Case for Apple iPhone 15 Pro, clear",
        Some("$12.99"),
        Low,
        None,
        None,
    ),
    case(
        "Watch box for 6 watches - fits Rolex, Omega, TAG Heuer",
        Some("$35"),
        Low,
        None,
        None,
    ),
    case(
        "Zapatillas para hombre Nike Air Max 90 réplica",
        None,
        High,
        Some("Nike"),
        Some("replica-word"),
    ),
    // Things that come with an accessory are not accessories.
    case(
        "Louis Vuitton Neverfull MM Monogram with dust bag",
        Some("€92.90"),
        Medium,
        Some("Louis Vuitton"),
        Some("price-below-floor"),
    ),
    // Honest words.
    case("Nikon D750 camera body", Some("$650"), Low, None, None),
    case(
        "Omega-3 fish oil 1000mg, 120 softgels",
        Some("$14.99"),
        Low,
        None,
        None,
    ),
    case(
        "Replica Roman coin, museum reproduction",
        Some("$12"),
        Low,
        None,
        None,
    ),
];

#[test]
fn bundled_packs_behave_as_an_analyst_expects() {
    let checker = Checker::default();
    let mut wrong = Vec::new();
    for c in CASES {
        let listing = Listing {
            price: c.price.map(|p| PriceInput::Text(p.into())),
            ..Listing::titled(c.title)
        };
        let v = checker.check(&listing);
        let fired = |rule: &str| v.reasons.iter().any(|r| r.rule == rule);
        if v.level != c.level || v.brand.as_deref() != c.brand || c.rule.is_some_and(|r| !fired(r))
        {
            wrong.push(format!(
                "{}: got {} {} {:?} {:?}",
                c.title,
                v.level,
                v.score,
                v.brand,
                v.reasons.iter().map(|r| &r.rule).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
