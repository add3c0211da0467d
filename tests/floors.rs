//! Price floors as the trade prices: a bare name at a replica price, a worn piece described as
//! resale describes it, prices in yuan however they are written, and dealers' old watches.
//! Every listing here was written for this test.

use knockoff::{Checker, Level, Listing, PriceInput};

struct Case {
    title: &'static str,
    description: Option<&'static str>,
    price: &'static str,
    currency: Option<&'static str>,
    level: Level,
    /// A word the price reason's message must hold (the floor it used, the currency it read).
    says: Option<&'static str>,
}

const fn case(title: &'static str, price: &'static str, level: Level) -> Case {
    Case {
        title,
        description: None,
        price,
        currency: None,
        level,
        says: None,
    }
}

const fn described(
    title: &'static str,
    description: &'static str,
    price: &'static str,
    level: Level,
) -> Case {
    Case {
        description: Some(description),
        ..case(title, price, level)
    }
}

const fn saying(
    title: &'static str,
    price: &'static str,
    level: Level,
    says: &'static str,
) -> Case {
    Case {
        says: Some(says),
        ..case(title, price, level)
    }
}

use Level::{High, Low, Medium};

const CASES: &[Case] = &[
    // A bare name under a third of the cheapest new price: medium, never high alone.
    saying("Nike Air Force 1 Low", "$20", Medium, "no condition"),
    saying("Golden Goose Superstar", "$35", Medium, "no condition"),
    saying("Alexander McQueen", "$45", Medium, "no condition"),
    saying("Christian Louboutin So Kate", "$48", Medium, "no condition"),
    // A product line is held to half its own retail price (Nike's, adidas's and New Balance's
    // list prices): a Jordan 4 is not a Dunk, a Dunk not a Samba.
    saying("Jordan 4", "$60", Medium, "line's 210 USD retail"),
    saying("Nike Dunk Low", "$50", Medium, "line's 115 USD retail"),
    saying("Adidas Samba", "$37", Medium, "line's 90 USD retail"),
    saying("New Balance 9060", "$53", Medium, "line's 150 USD retail"),
    case("Jordan 4", "$120", Low),
    case("Nike Dunk Low", "$70", Low),
    case("Adidas Samba", "$60", Low),
    // Kids' sizes of a line have no retail here and keep their own lower floor.
    case("Jordan 4 Retro kids", "$40", Low),
    // Stated new or stocked under 30% of the line's retail: high.
    saying("Jordan 4 DS", "$55", High, "says it is new"),
    saying(
        "Nike Dunk Low (14 colours)",
        "$30",
        High,
        "offers it in stock",
    ),
    case("Nike Dunk Low, brand new", "$80", Low),
    // A broader class of a compact brand: a fifth of its retail.
    saying("Ralph Lauren polo", "$14", Medium, "110 USD retail"),
    case("Ralph Lauren polo", "$35", Low),
    case("Ralph Lauren polo, navy, size M", "$14", Low),
    // A title naming nothing but the brand: its cheapest new item (Gucci's USD 150).
    saying("Gucci", "$50", Medium, "names nothing but the brand"),
    saying("Gucci", "$90", Medium, "names nothing but the brand"),
    case("Gucci", "$160", Low),
    case("Gucci, black leather, size 40", "$50", Low),
    // A shoe's cut is a kind of goods, like a category word.
    saying("Golden Goose High", "$58", Medium, "500 USD retail"),
    // Lines priced on their own: a Cortez, a 574, elite boots; clothing by kind.
    saying("Nike Classic Cortez", "$39", Medium, "line's 90 USD retail"),
    case("Nike Classic Cortez", "$50", Low),
    saying("New Balance 574", "$36", Medium, "line's 90 USD retail"),
    saying(
        "Nike Phantom GX Elite FG",
        "$44",
        Medium,
        "line's 230 USD retail",
    ),
    saying("Gucci shorts", "$37", Medium, "Gucci clothing"),
    saying("Balenciaga T-Shirts", "$12", High, "clothing"),
    case("Gucci jeans, blue denim, size 30", "$60", Low),
    // The same name near the new price is no signal.
    case("Nike Air Force 1 Low", "$60", Low),
    case("Golden Goose Superstar", "$300", Low),
    // A piece described the way resale describes it is held to the worn floor.
    case("Nike Air Force 1 Low white size 10", "$20", Low),
    case("Black leather Alexander McQueen sneakers", "$45", Low),
    described(
        "Nike Air Force 1 Low",
        "Worn for a season, creases on the toe box, original laces.",
        "$20",
        Low,
    ),
    // Under the worn floor itself a piece is caught however described.
    case("Nike Air Force 1 Low white size 10", "$4", High),
    // A second signal makes a bare name at a replica price high.
    case("Christian Louboutin So Kate AAA quality", "$48", High),
    // A collaboration is held to the dearer brand's floor.
    saying(
        "Air Force 1 × Louis Vuitton",
        "$30",
        Medium,
        "Louis Vuitton",
    ),
    saying("Samba OG x Gucci", "$30", Medium, "Gucci"),
    // Two names side by side are a collaboration too; a list of brands is not.
    saying(
        "Adidas Balenciaga tee (2 colours)",
        "$32",
        High,
        "Balenciaga",
    ),
    case("Nike, Balenciaga, Puma tees lot", "$32", Low),
    case("Air Force 1 × Louis Vuitton", "$900", Low),
    // Yuan however written, compared with the floors in yuan.
    saying("Jordan 4 Retro", "298元", Medium, "298.00 CNY"),
    saying("Jordan 4 Retro", "CNY 298", Medium, "298.00 CNY"),
    saying("Jordan 4 Retro", "RMB 298", Medium, "298.00 CNY"),
    // In stock under 30% of the Jordan 4's retail: high.
    saying("Jordan 4 Retro (12 colours)", "¥298", High, "298.00 CNY"),
    case("Jordan 4 Retro", "¥1,399", Low),
    saying(
        "Louis Vuitton Neverfull MM",
        "680 RMB",
        Medium,
        "680.00 CNY",
    ),
    // A bare yen sign in Japanese text is the yen.
    saying(
        "ルイヴィトン ネヴァーフル MM バッグ",
        "¥9,800",
        Medium,
        "9800.00 JPY",
    ),
    // Dealers' watches: condition, papers and old references.
    described(
        "Rolex Datejust 16234",
        "Pre-owned, 1998, box and papers, very good condition, serviced 2021",
        "$5,900",
        Low,
    ),
    described(
        "Omega Seamaster Professional 300M 2531.80",
        "Full set, 1997, service papers",
        "$2,450",
        Low,
    ),
    case("Vintage Omega Constellation Automatic 1965", "$900", Low),
    case("Vacheron Constantin dress watch 18k, 1958", "$3,200", Low),
    case("Ulysse Nardin chronograph, 1950s", "$850", Low),
    described(
        "Hublot MDM Classic quartz 1992",
        "pre-owned, serviced",
        "$1,300",
        Low,
    ),
    case("Jaeger-LeCoultre Memovox vintage", "$1,300", Low),
    case("Omega Speedmaster Reduced unworn 1998", "$1,900", Low),
    described(
        "Rolex Submariner 116610LN",
        "unworn, full set 2019",
        "$9,800",
        Low,
    ),
    // A copy sold as vintage is still far below what old pieces fetch.
    case("Vintage Rolex Submariner 1968", "$180", High),
];

#[test]
fn floors_price_as_the_trade_prices() {
    let checker = Checker::default();
    let mut wrong = Vec::new();
    for c in CASES {
        let listing = Listing {
            description: c.description.map(str::to_string),
            price: Some(PriceInput::Text(c.price.into())),
            currency: c.currency.map(str::to_string),
            ..Listing::titled(c.title)
        };
        let v = checker.check(&listing);
        let price = v.reasons.iter().find(|r| r.rule == "price-below-floor");
        let said = c
            .says
            .is_none_or(|w| price.is_some_and(|r| r.message.contains(w)));
        if v.level != c.level || !said {
            wrong.push(format!(
                "{} at {}: got {} {} {:?}",
                c.title,
                c.price,
                v.level,
                v.score,
                v.reasons.iter().map(|r| &r.message).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
