//! Engine speed: loading the bundled rule set, checking listings, validating a form.
//! `cargo bench --bench engine`; figures go to BENCHMARKS.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use knockoff::{validate, Checker, Listing, Options, PriceInput, RuleSet};

/// Listings shaped like marketplace titles: honest ones and counterfeit-style ones.
fn listings() -> Vec<Listing> {
    let titles = [
        (
            "Apple iPhone 15 Pro 256GB Natural Titanium, unlocked, excellent condition",
            "$799",
        ),
        (
            "Case for Apple iPhone 15 Pro Max, shockproof clear TPU bumper cover",
            "$9.99",
        ),
        (
            "Oak dining table with 6 chairs, solid wood, seats six, pickup only",
            "€350",
        ),
        (
            "Gucci GG Marmont small matelassé shoulder bag black leather with receipt",
            "US $1,890.00",
        ),
        (
            "G U C C I belt men leather gold buckle 1:1 mirror quality",
            "$25",
        ),
        (
            "Rоlex Submariner Date 41mm automatic watch, WhatsApp +86 138 0013 8000",
            "$120",
        ),
        (
            "Nike Air Max 90 men's running shoes size 10 white/black",
            "$110",
        ),
        (
            "Replica vintage Roman coin, museum reproduction, brass",
            "$12",
        ),
        ("Royal Canin Maxi Adult dry dog food 15 kg", "€64,99"),
        ("高仿 古驰 女士手袋 原单 品质", "¥380"),
    ];
    (0..1000)
        .map(|i| {
            let (t, p) = titles[i % titles.len()];
            Listing {
                description: Some(format!(
                    "Lot {i}. Ships in 2 days. Returns accepted within 30 days."
                )),
                price: Some(PriceInput::Text(p.to_string())),
                ..Listing::titled(format!("{t} #{i}"))
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    c.bench_function("load bundled rule set", |b| {
        b.iter(|| {
            Checker::from_bytes(black_box(knockoff::BUNDLED_RULES), Options::default()).unwrap()
        })
    });
    c.bench_function("decode bundled rule set bytes", |b| {
        b.iter(|| RuleSet::from_bytes(black_box(knockoff::BUNDLED_RULES)).unwrap())
    });

    let checker = Checker::default();
    let batch = listings();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function("1000 mixed listings", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|l| checker.check(black_box(l)).score as u64)
                .sum::<u64>()
        })
    });
    group.finish();

    let form = Listing {
        description: Some(
            "Brand new, never worn. Comes with box and dust bag. Ships from Milan.".into(),
        ),
        price: Some(PriceInput::Text("89".into())),
        currency: Some("EUR".into()),
        seller: Some("Milano Luxury Outlet".into()),
        category: Some("Handbags".into()),
        brand: Some("Gucci".into()),
        ..Listing::titled("Gucci Dionysus GG Supreme shoulder bag, beige/ebony")
    };
    c.bench_function("validate one seller form", |b| {
        b.iter(|| validate(&checker, black_box(&form)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
