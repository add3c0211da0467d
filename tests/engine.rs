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
    // Every kind of disguise (tests/disguises.rs measures each on generated sets).
    case(
        "ᏴᎾՏᎬ QuietComfort Ultra headphones",
        None,
        Medium,
        Some("Bose"),
        Some("disguised-name"),
    ),
    case(
        "ɢᴜᴄᴄɪ Marmont bag",
        None,
        Medium,
        Some("Gucci"),
        Some("disguised-name"),
    ),
    case(
        "Rølex Submariner automatic",
        None,
        Medium,
        Some("Rolex"),
        Some("disguised-name"),
    ),
    case(
        "Gu//cci belt leather",
        None,
        Medium,
        Some("Gucci"),
        Some("disguised-name"),
    ),
    case(
        "N*KE Dunk Low Panda",
        None,
        Medium,
        Some("Nike"),
        Some("disguised-name"),
    ),
    case(
        "AЦdemars Piguet Royal Oak",
        None,
        Medium,
        Some("Audemars Piguet"),
        Some("disguised-name"),
    ),
    case(
        "Rolexx Datejust 36",
        None,
        Medium,
        Some("Rolex"),
        Some("disguised-name"),
    ),
    case(
        "Bneats Studio Pro headphones",
        None,
        Low,
        Some("Beats"),
        Some("disguised-name"),
    ),
    // Near a name is not the name: a dictionary word with only a category word, a word of
    // another script, a look-alike brand.
    case(
        "Bone conduction headphones, open ear",
        None,
        Low,
        None,
        None,
    ),
    case("Новые кроссовки, размер 42", None, Low, None, None),
    case(
        "Toyota Land Cruiser Prado floor mats",
        None,
        Low,
        None,
        None,
    ),
    // References are not claims.
    case("Case for iPad Air 5th generation", None, Low, None, None),
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
    // A name that is also a word names the brand where it heads the title as a seller's album
    // does (alone, before "x" or a kind of goods), not as a colour or a word in a sentence.
    case("Supreme", Some("$8"), Low, Some("Supreme"), None),
    case(
        "Off -White Tee",
        Some("$15"),
        Medium,
        Some("Off-White"),
        None,
    ),
    case(
        "Supreme x Stone Island",
        Some("$40"),
        Medium,
        Some("Supreme"),
        None,
    ),
    case("Off white linen shirt", Some("$15"), Low, None, None),
    case(
        "Supreme comfort memory foam pillow",
        Some("$15"),
        Low,
        None,
        None,
    ),
    case(
        "Supreme air force 1",
        Some("$22"),
        Medium,
        Some("Nike"),
        None,
    ),
    // A brand's goods in stock with a quality tier: a replica seller's album.
    case(
        "Amiri cargo trousers (12 colourways) [Top Quality]",
        None,
        Medium,
        Some("Amiri"),
        Some("stocked-copies"),
    ),
    // The same at a small fraction of the brand's trousers.
    case(
        "Amiri cargo trousers (12 colourways) [Top Quality]",
        Some("$27"),
        High,
        Some("Amiri"),
        Some("stocked-copies"),
    ),
    case(
        "Nike running shorts (25 colourways) [Top Quality]",
        Some("$10"),
        High,
        Some("Nike"),
        Some("stocked-copies"),
    ),
    case(
        "Nike Shorts (8 colours)",
        Some("$21"),
        Low,
        Some("Nike"),
        None,
    ),
    case(
        "Nike Shorts [Premium Quality]",
        Some("$21"),
        Low,
        Some("Nike"),
        None,
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

/// A pack compiled in one checker and loaded in compiled form in another (as the extension's
/// main module loads what the authoring module compiled) checks the same and is listed the same,
/// with the signer it was given.
#[test]
fn a_compiled_pack_loads_in_another_checker_as_it_was_compiled() {
    let toml = include_str!("../rules/gucci.toml").replace("id = \"gucci\"", "id = \"gucci-copy\"");
    let mut compiler = Checker::default();
    compiler.add_pack("gucci-copy.toml", &toml).unwrap();
    let bytes = compiler.compiled_pack("gucci-copy").expect("just added");
    assert!(compiler.compiled_pack("no-such-pack").is_none());

    let mut loaded = Checker::default();
    let infos = loaded.add_compiled(&bytes, Some("abcd1234")).unwrap();
    assert_eq!(infos.len(), 1);
    assert_eq!(infos[0].signer.as_deref(), Some("abcd1234"));
    let mut expected = compiler.packs();
    expected.last_mut().unwrap().signer = Some("abcd1234".into());
    assert_eq!(loaded.packs(), expected);
    let pack = &loaded.rules().packs.last().unwrap();
    assert!(!pack.examples.is_empty());
    for example in &pack.examples {
        let listing = example.listing();
        assert_eq!(loaded.check(&listing), compiler.check(&listing));
    }

    // Loaded again unsigned, it loses the signer; bytes that are not a rule set change nothing.
    assert_eq!(loaded.add_compiled(&bytes, None).unwrap()[0].signer, None);
    assert!(loaded
        .add_compiled(&bytes[..bytes.len() / 2], None)
        .is_err());
    assert_eq!(loaded.packs().len(), expected.len());
}
