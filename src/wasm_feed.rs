//! The extension's feed subscription in WebAssembly: the same [`Feed`] checks the CLI's
//! `rules update` runs, for a caller that fetches asynchronously.
//!
//! The browser glue fetches the index and its signature, asks [`feed_wanted`] which pack files
//! that verified index needs, fetches only those, then hands everything to [`feed_update`], which
//! verifies and applies (or refuses, keeping the last good packs). The consumer's state (pinned
//! key, last index, installed packs) crosses as the JSON text the CLI keeps in its state file.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::trust::{Feed, PublicKey};
use crate::wasm_input::{signature_error, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A pack a feed installed. */
export interface FeedPackInfo {
  id: string;
  version: string;
  /** Id of the brand key that signed it. */
  signer: string;
  /** The pack's TOML, verified when it was installed. */
  text: string;
}

/** What one feed update did; `state` replaces the state kept for the feed. */
export interface FeedUpdate {
  state: string;
  applied: { id: string; version: string }[];
  unchanged: string[];
  /** Why each refused part was refused; the last good packs stay installed. */
  refused: string[];
}
"#;

/// A public key as the extension keeps it (`{ id, hex }`: the short id feeds and signatures name
/// it by, and the key), from its key file's text or its hex. Throws a `SignatureError` when the
/// text is not a public key.
#[wasm_bindgen(js_name = publicKey, unchecked_return_type = "{ id: string; hex: string }")]
pub fn public_key(text: &str) -> Result<JsValue, JsValue> {
    let key = pinned(text)?;
    to_js(&KeyInfo {
        id: key.id(),
        hex: key.to_hex(),
    })
}

/// The pack files to fetch for `index` (bytes of `index.json`) and `signature` (its `.sig`
/// text): none when it is the index already applied. Throws a `SignatureError` when the index
/// is not signed by the pinned key, is older than the last one applied, or `state` is not this
/// feed's.
#[wasm_bindgen(js_name = feedWanted)]
pub fn feed_wanted(
    state: Option<String>,
    #[wasm_bindgen(js_name = "pinnedKey")] pinned_key: &str,
    index: &[u8],
    signature: &str,
) -> Result<Vec<String>, JsValue> {
    feed(state, pinned_key)?
        .wanted(index, signature)
        .map_err(|e| signature_error(&e.to_string()))
}

/// Verifies `index` and the fetched pack files and applies what holds. `files` maps each file
/// name the index lists to `[bytes: Uint8Array, signature: string]`, or to a string saying why it
/// could not be fetched.
#[wasm_bindgen(js_name = feedUpdate, unchecked_return_type = "FeedUpdate")]
pub fn feed_update(
    state: Option<String>,
    #[wasm_bindgen(js_name = "pinnedKey")] pinned_key: &str,
    index: &[u8],
    signature: &str,
    files: &js_sys::Map,
) -> Result<JsValue, JsValue> {
    let mut feed = feed(state, pinned_key)?;
    let update = feed.update(index, signature, |file| fetched(files, file));
    let state = serde_json::to_string(&feed).map_err(|e| signature_error(&e.to_string()))?;
    to_js(&Report {
        state,
        applied: update
            .applied
            .into_iter()
            .map(|(id, version)| Applied { id, version })
            .collect(),
        unchanged: update.unchanged,
        refused: update.refused.iter().map(ToString::to_string).collect(),
    })
}

/// The packs a feed's state holds, to load into a checker and to show with their signers.
#[wasm_bindgen(js_name = feedPacks, unchecked_return_type = "FeedPackInfo[]")]
pub fn feed_packs(state: &str) -> Result<JsValue, JsValue> {
    let feed: Feed =
        serde_json::from_str(state).map_err(|e| signature_error(&format!("feed state: {e}")))?;
    let packs: Vec<Installed> = feed
        .installed
        .iter()
        .map(|(id, p)| Installed {
            id,
            version: &p.version,
            signer: &p.signer,
            text: &p.text,
        })
        .collect();
    to_js(&packs)
}

#[derive(Serialize)]
struct KeyInfo {
    id: String,
    hex: String,
}

#[derive(Serialize)]
struct Report {
    state: String,
    applied: Vec<Applied>,
    unchanged: Vec<String>,
    refused: Vec<String>,
}

#[derive(Serialize)]
struct Applied {
    id: String,
    version: String,
}

#[derive(Serialize)]
struct Installed<'a> {
    id: &'a str,
    version: &'a str,
    signer: &'a str,
    text: &'a str,
}

fn pinned(text: &str) -> Result<PublicKey, JsValue> {
    PublicKey::parse(text).map_err(|e| signature_error(&e.to_string()))
}

/// The consumer's state for the feed pinned to `key`: the one kept, or a fresh one.
fn feed(state: Option<String>, key: &str) -> Result<Feed, JsValue> {
    Feed::resume(state.as_deref().map(str::as_bytes), &pinned(key)?)
        .map_err(|e| signature_error(&format!("feed state: {e}")))
}

/// One fetched file from the glue's map: its bytes and signature, or why it is missing.
fn fetched(files: &js_sys::Map, file: &str) -> Result<(Vec<u8>, String), String> {
    let entry = files.get(&JsValue::from_str(file));
    if let Some(why) = entry.as_string() {
        return Err(why);
    }
    let pair = entry
        .dyn_into::<js_sys::Array>()
        .map_err(|_| format!("{file} was not fetched"))?;
    let bytes = pair
        .get(0)
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| format!("{file}: no bytes"))?
        .to_vec();
    let signature = pair
        .get(1)
        .as_string()
        .ok_or_else(|| format!("{file}.sig was not fetched"))?;
    Ok((bytes, signature))
}
