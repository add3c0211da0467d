//! Key, signature and trusted-key-list text, and a feed index with its packs: every parser
//! returns an error or a value, never a panic. The index and packs are signed here with a fixed
//! key, so the fuzzer reaches index parsing and the pack checks behind the signature test.
#![no_main]

use knockoff::trust::{Feed, PublicKey, SecretKey, Signature, TrustedKeys};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = PublicKey::parse(&text);
    let _ = Signature::parse(&text);
    let _ = SecretKey::parse(&text);
    let _ = TrustedKeys::parse(&text);

    // The index, then pack files, separated by NUL bytes; pack N answers the Nth fetch.
    let mut parts = data.split(|&b| b == 0);
    let index = parts.next().unwrap_or_default();
    let mut packs = parts;
    let key = SecretKey::from_seed([7; 32]);
    let public = key.public();
    let mut feed = Feed::new(&public);
    for _ in 0..2 {
        let signature = key.sign(index).to_text(&public);
        feed.update(index, &signature, |_file| {
            let bytes = packs.next().unwrap_or_default().to_vec();
            let signature = key.sign(&bytes).to_text(&public);
            Ok((bytes, signature))
        });
    }
    let _ = feed.packs();
    let _ = feed.update(index, &text, |_| Err("no packs".into()));
});
