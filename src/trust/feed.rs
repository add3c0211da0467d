//! A pack feed: a signed index of packs that consumers pin by one key and update from.
//!
//! The index (`index.json`, signed as `index.json.sig` by the feed's key) lists which brand key
//! may sign which pack ids and, for every pack, its id, version, file and SHA-256. A consumer
//! ([`Feed`]) applies an update only when every link holds: the index is signed by the pinned key,
//! is newer than the last one applied (no replay), and each pack's bytes hash as listed, are signed
//! by the key the index names, which may sign that id, and compile to that id and version, which is
//! not older than the installed one (no rollback). A refused pack keeps the last good one.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::keys::{sha256_hex, KeyError, PublicKey, Signature};
use crate::rules::{compile_pack, CompiledPack};

/// The feed's index as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedIndex {
    /// The feed's name, shown to people.
    pub feed: String,
    /// Grows with every publication, so an old index replayed by an attacker is refused.
    pub sequence: u64,
    pub signers: Vec<FeedSigner>,
    pub packs: Vec<FeedPack>,
}

/// A brand key and the pack ids it may sign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSigner {
    /// The public key in hex.
    pub key: String,
    pub packs: Vec<String>,
}

/// One pack of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedPack {
    pub id: String,
    pub version: String,
    /// The pack file's path relative to the index; its signature is the same path plus `.sig`.
    pub file: String,
    pub sha256: String,
    /// The id of the key that signs it ([`PublicKey::id`]).
    pub signer: String,
}

/// Why an update, or one pack of it, was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedError {
    Index(String),
    Pack { id: String, why: String },
}

impl std::fmt::Display for FeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeedError::Index(why) => write!(f, "feed index refused: {why}"),
            FeedError::Pack { id, why } => write!(f, "pack '{id}' refused: {why}"),
        }
    }
}

impl std::error::Error for FeedError {}

/// A pack accepted from a feed, kept with its text so it can be reloaded and re-verified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstalledPack {
    pub version: String,
    pub signer: String,
    pub sha256: String,
    pub text: String,
}

/// What one update did.
#[derive(Debug, Default, PartialEq)]
pub struct Update {
    /// Pack ids and the versions now installed.
    pub applied: Vec<(String, String)>,
    /// Packs already at the listed version.
    pub unchanged: Vec<String>,
    pub refused: Vec<FeedError>,
}

/// A consumer's view of one feed: the pinned key, the last index applied, the packs installed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Feed {
    /// The pinned feed key, in hex.
    pub key: String,
    /// The sequence and hash of the last index applied.
    pub last: Option<(u64, String)>,
    pub installed: BTreeMap<String, InstalledPack>,
}

impl Feed {
    pub fn new(pinned: &PublicKey) -> Feed {
        Feed {
            key: pinned.to_hex(),
            last: None,
            installed: BTreeMap::new(),
        }
    }

    /// Checks a published index and applies the packs it lists. `fetch` returns a pack file's
    /// bytes and its signature text, given the file name the index lists.
    pub fn update(
        &mut self,
        index: &[u8],
        index_signature: &str,
        mut fetch: impl FnMut(&str) -> Result<(Vec<u8>, String), String>,
    ) -> Update {
        let mut update = Update::default();
        let index = match self.read_index(index, index_signature) {
            Ok(Some(index)) => index,
            Ok(None) => return update,
            Err(why) => {
                update.refused.push(FeedError::Index(why));
                return update;
            }
        };
        for entry in &index.packs {
            let installed = self.installed.get(&entry.id);
            if self.is_current(entry) {
                update.unchanged.push(entry.id.clone());
                continue;
            }
            let checked = fetch(&entry.file)
                .and_then(|(bytes, sig)| check_pack(&index, entry, installed, &bytes, &sig));
            match checked {
                Ok(pack) => {
                    update
                        .applied
                        .push((entry.id.clone(), pack.version.clone()));
                    self.installed.insert(entry.id.clone(), pack);
                }
                Err(why) => update.refused.push(FeedError::Pack {
                    id: entry.id.clone(),
                    why,
                }),
            }
        }
        update
    }

    /// The consumer's kept state (the JSON [`Feed`] serializes to) for the feed pinned to
    /// `pinned`, or a new one when nothing is kept. A state pinned to another key is refused
    /// rather than trusted under the new key.
    pub fn resume(state: Option<&[u8]>, pinned: &PublicKey) -> Result<Feed, String> {
        let Some(bytes) = state else {
            return Ok(Feed::new(pinned));
        };
        let feed: Feed =
            serde_json::from_slice(bytes).map_err(|e| format!("not a feed state: {e}"))?;
        if feed.key != pinned.to_hex() {
            return Err("the kept state pins another feed key".into());
        }
        Ok(feed)
    }

    /// The pack files an update with this index would fetch, once the index is signed by the
    /// pinned key and is not a replay: lets a caller that fetches asynchronously (the extension)
    /// fetch only those, and only from a verified list, before calling [`Feed::update`].
    pub fn wanted(&self, index: &[u8], signature: &str) -> Result<Vec<String>, FeedError> {
        let checked = self
            .check_index(index, signature)
            .map_err(FeedError::Index)?;
        Ok(checked.map_or_else(Vec::new, |(index, _)| {
            index
                .packs
                .iter()
                .filter(|entry| !self.is_current(entry))
                .map(|entry| entry.file.clone())
                .collect()
        }))
    }

    /// The installed pack is exactly the one the index lists.
    fn is_current(&self, entry: &FeedPack) -> bool {
        self.installed
            .get(&entry.id)
            .is_some_and(|p| p.sha256 == entry.sha256)
    }

    /// Reads the index as [`Feed::check_index`] does and records it as the last one applied.
    fn read_index(&mut self, bytes: &[u8], signature: &str) -> Result<Option<FeedIndex>, String> {
        let checked = self.check_index(bytes, signature)?;
        Ok(checked.map(|(index, hash)| {
            self.last = Some((index.sequence, hash));
            index
        }))
    }

    /// The index and its hash, when it is signed by the pinned key and newer than the last one
    /// applied; `None` when it is the very index already applied.
    fn check_index(
        &self,
        bytes: &[u8],
        signature: &str,
    ) -> Result<Option<(FeedIndex, String)>, String> {
        let pinned = PublicKey::parse(&self.key).map_err(|e| e.to_string())?;
        let signature = Signature::parse(signature).map_err(|e| e.to_string())?;
        pinned
            .verify(bytes, &signature)
            .map_err(|_| format!("not signed by the pinned feed key {}", pinned.id()))?;
        let index: FeedIndex =
            serde_json::from_slice(bytes).map_err(|e| format!("not a feed index: {e}"))?;
        let hash = sha256_hex(bytes);
        if let Some((sequence, last_hash)) = &self.last {
            match index.sequence.cmp(sequence) {
                Ordering::Less => {
                    return Err(format!(
                        "sequence {} is older than {sequence}, already applied (a replayed index)",
                        index.sequence
                    ))
                }
                Ordering::Equal if &hash == last_hash => return Ok(None),
                Ordering::Equal => {
                    return Err(format!(
                        "a different index with sequence {sequence}, already applied"
                    ))
                }
                Ordering::Greater => {}
            }
        }
        Ok(Some((index, hash)))
    }

    /// The installed packs, compiled, for a checker.
    pub fn packs(&self) -> Vec<CompiledPack> {
        self.installed
            .iter()
            .filter_map(|(id, p)| compile_pack(&format!("feed:{id}"), &p.text).ok())
            .collect()
    }
}

/// Every check a pack from a feed must pass before it replaces the installed one.
fn check_pack(
    index: &FeedIndex,
    entry: &FeedPack,
    installed: Option<&InstalledPack>,
    bytes: &[u8],
    signature: &str,
) -> Result<InstalledPack, String> {
    if sha256_hex(bytes) != entry.sha256 {
        return Err("its bytes do not match the hash in the signed index".into());
    }
    let signer = index
        .signers
        .iter()
        .filter_map(|s| PublicKey::parse(&s.key).ok().map(|k| (k, s)))
        .find(|(k, _)| k.id() == entry.signer)
        .ok_or_else(|| {
            format!(
                "the index names signer {}, which it does not list",
                entry.signer
            )
        })?;
    if !signer.1.packs.iter().any(|p| p == &entry.id) {
        return Err(format!(
            "key {} may not sign pack '{}'",
            entry.signer, entry.id
        ));
    }
    let signature = Signature::parse(signature).map_err(|e| e.to_string())?;
    signer
        .0
        .verify(bytes, &signature)
        .map_err(|e: KeyError| e.to_string())?;
    let text = std::str::from_utf8(bytes).map_err(|_| "the pack is not UTF-8 text".to_string())?;
    let pack = compile_pack(&entry.file, text).map_err(|e| e.to_string())?;
    if pack.id != entry.id {
        return Err(format!(
            "the file is pack '{}', not '{}'",
            pack.id, entry.id
        ));
    }
    if pack.version != entry.version {
        return Err(format!(
            "the file is version {}, the index says {}",
            pack.version, entry.version
        ));
    }
    if let Some(old) = installed {
        if compare_versions(&pack.version, &old.version) != Ordering::Greater {
            return Err(format!(
                "version {} is not newer than the installed {} (no rollback)",
                pack.version, old.version
            ));
        }
    }
    Ok(InstalledPack {
        version: pack.version,
        signer: entry.signer.clone(),
        sha256: entry.sha256.clone(),
        text: text.to_string(),
    })
}

/// Orders dotted versions part by part, numerically where both parts are numbers
/// (`2026.12.1` > `2026.9.3`, `1.10` > `1.9`).
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let mut left = a.split(['.', '-']);
    let mut right = b.split(['.', '-']);
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (Some(_), None) => return Ordering::Greater,
            (None, Some(_)) => return Ordering::Less,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(x), Ok(y)) => x.cmp(&y),
                    _ => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
