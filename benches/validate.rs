//! Seller-form validation speed: what one pause in typing costs, natively.
//! `cargo bench --bench validate`; the same listings run in WebAssembly under Node with
//! `node tests/form/bench.mjs`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use knockoff::{validate, Checker, Listing, PriceInput};

/// A filled-in listing form as the demo page (www/form/) sends it.
fn form(
    title: &str,
    brand: &str,
    category: &str,
    price: &str,
    description: &str,
    seller: &str,
) -> Listing {
    let given = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Listing {
        brand: given(brand),
        category: given(category),
        price: given(price).map(PriceInput::Text),
        currency: Some("USD".into()),
        description: given(description),
        seller: given(seller),
        ..Listing::titled(title)
    }
}

/// The typical forms: counterfeit-style, honest luxury resale, an accessory, a long description.
fn typical() -> Vec<(&'static str, Listing)> {
    let long = "Genuine leather, hand-stitched edges, solid brass hardware. ".repeat(25);
    vec![
        (
            "counterfeit-style belt",
            form(
                "G U C C I belt, gold buckle, men",
                "",
                "Belts",
                "25",
                "Brand new, never worn. Comes with box and dust bag. Fast shipping.",
                "Luxe Deals 88",
            ),
        ),
        (
            "honest handbag",
            form(
                "Gucci GG Marmont small matelassé shoulder bag, black leather",
                "Gucci",
                "Handbags",
                "1890",
                "Bought at the Gucci boutique in 2024, worn twice. Original receipt, dust bag and box included.",
                "Anna's closet",
            ),
        ),
        (
            "phone case",
            form(
                "Clear shockproof case compatible with Apple iPhone 15 Pro",
                "Generic",
                "Phone cases & accessories",
                "12.99",
                "Slim TPU bumper case for Apple iPhone 15 Pro. Raised edges protect the camera.",
                "CaseWorks",
            ),
        ),
        (
            "1500-character description",
            form("Leather messenger bag, brown", "Unbranded", "Handbags", "140", &long, "Saddle & Co"),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let checker = Checker::default();
    let mut group = c.benchmark_group("validate form");
    for (name, listing) in typical() {
        group.bench_function(name, |b| b.iter(|| validate(&checker, black_box(&listing))));
    }
    group.finish();

    // A seller typing the counterfeit-style title: one validation per keystroke (the binding
    // debounces, so this is the worst case), reported per keystroke.
    let (_, fake) = &typical()[0];
    let typed: Vec<Listing> = fake
        .title
        .char_indices()
        .map(|(i, c)| Listing {
            title: fake.title[..i + c.len_utf8()].to_string(),
            ..fake.clone()
        })
        .collect();
    let mut group = c.benchmark_group("typing");
    group.throughput(criterion::Throughput::Elements(typed.len() as u64));
    group.bench_function("title, one check per keystroke", |b| {
        b.iter(|| {
            typed
                .iter()
                .map(|l| validate(&checker, black_box(l)).score as u32)
                .sum::<u32>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
