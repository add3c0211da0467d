//! Trust in rule packs: Ed25519 signatures on pack files and a signed feed of pack updates.
//!
//! A pack decides what shoppers see as high risk, so whoever can change one can defame an honest
//! seller or hide a counterfeiter. Brands sign their packs; consumers accept a pack only with a
//! valid signature from a key they trust *for that pack id*. A feed (an index signed by one pinned
//! key, listing each pack's id, version, hash and allowed signer) lets brands publish updates from a
//! static host; [`feed::Feed`] refuses tampering, wrong signers, rollbacks and replayed indexes and
//! keeps the last good pack when it refuses.
//!
//! Everything here is plain Rust over bytes, so the CLI, the npm module and the extension verify
//! the same way. No file or network access: callers bring the bytes.

pub mod feed;
pub mod keys;

pub use feed::{Feed, FeedError, FeedIndex, FeedPack, Update};
pub use keys::{KeyError, PublicKey, SecretKey, Signature, TrustedKeys};
