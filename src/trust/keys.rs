//! Ed25519 keys and signatures in small text files, and the list of keys a consumer trusts.
//!
//! Every file is a `#` comment line saying what it is, then the bytes in hex: readable in a diff,
//! safe to paste into an e-mail, and one format for keys and signatures alike.

use std::fmt;

use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// What went wrong reading a key or signature, or checking a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// The text is not the expected hex of the expected length.
    Malformed { what: &'static str, why: String },
    /// The signature does not verify: the file was altered or another key signed it.
    BadSignature { key: String },
    /// No trusted key made the signature.
    UntrustedSigner,
    /// A trusted key made the signature but may not sign this pack id.
    NotAllowed { key: String, pack: String },
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Malformed { what, why } => write!(f, "not a knockoff {what}: {why}"),
            KeyError::BadSignature { key } => write!(
                f,
                "signature does not match: the file was changed after signing, or key {key} did not sign it"
            ),
            KeyError::UntrustedSigner => write!(
                f,
                "no trusted key signed this file as it is: it was changed after signing, or signed by a key not trusted here"
            ),
            KeyError::NotAllowed { key, pack } => {
                write!(f, "key {key} is trusted, but not to sign pack '{pack}'")
            }
        }
    }
}

impl std::error::Error for KeyError {}

/// Reads the hex body of a key or signature file: the first line that is not a `#` comment.
fn hex_body<const N: usize>(text: &str, what: &'static str) -> Result<[u8; N], KeyError> {
    let malformed = |why: String| KeyError::Malformed { what, why };
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or_else(|| malformed("the file is empty".into()))?;
    let hex = line.split_whitespace().next().unwrap_or("");
    // Checked before slicing pairs of bytes, which must not cut a character in two.
    if !hex.is_ascii() {
        return Err(malformed("not hexadecimal".into()));
    }
    if hex.len() != 2 * N {
        return Err(malformed(format!(
            "expected {} hex digits, found {}",
            2 * N,
            hex.len()
        )));
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
            .map_err(|_| malformed("not hexadecimal".into()))?;
    }
    Ok(out)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A secret signing key. Its file must stay with the brand.
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// A key from 32 random bytes (the CLI takes them from the operating system).
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    pub fn parse(text: &str) -> Result<SecretKey, KeyError> {
        hex_body::<32>(text, "secret key").map(SecretKey::from_seed)
    }

    pub fn to_text(&self) -> String {
        format!(
            "# knockoff secret key for public key {}; keep it private\n{}\n",
            self.public().id(),
            to_hex(self.0.as_bytes())
        )
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> Signature {
        Signature(self.0.sign(message))
    }
}

/// A public key: what a consumer pins to trust a brand or a feed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    pub fn parse(text: &str) -> Result<PublicKey, KeyError> {
        let bytes = hex_body::<32>(text, "public key")?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| KeyError::Malformed {
                what: "public key",
                why: "not a point on the curve".into(),
            })
    }

    pub fn to_hex(&self) -> String {
        to_hex(self.0.as_bytes())
    }

    pub fn to_text(&self) -> String {
        format!("# knockoff public key {}\n{}\n", self.id(), self.to_hex())
    }

    /// A short name for the key in messages and feeds: the first 8 bytes of its SHA-256, in hex.
    pub fn id(&self) -> String {
        to_hex(&Sha256::digest(self.0.as_bytes())[..8])
    }

    /// Strict verification (RFC 8032 with small-order and malleability checks).
    pub fn verify(&self, message: &[u8], signature: &Signature) -> Result<(), KeyError> {
        self.0
            .verify_strict(message, &signature.0)
            .map_err(|_| KeyError::BadSignature { key: self.id() })
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.id())
    }
}

/// A detached signature, as written to `FILE.sig`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature(ed25519_dalek::Signature);

impl Signature {
    pub fn parse(text: &str) -> Result<Signature, KeyError> {
        hex_body::<64>(text, "signature")
            .map(|b| Signature(ed25519_dalek::Signature::from_bytes(&b)))
    }

    /// The file text, naming the key that made it.
    pub fn to_text(&self, by: &PublicKey) -> String {
        format!(
            "# knockoff signature by key {}\n{}\n",
            by.id(),
            to_hex(&self.0.to_bytes())
        )
    }
}

/// The keys a consumer trusts, each for some pack ids or for all.
///
/// Text form, one key a line: the key's hex, then the pack ids it may sign (none: any pack).
/// `#` starts a comment. A key file (`PATH.pub`) is a valid list of one key trusted for all packs.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    keys: Vec<(PublicKey, Option<Vec<String>>)>,
}

impl TrustedKeys {
    pub fn parse(text: &str) -> Result<TrustedKeys, String> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut words = line.split_whitespace();
            let key = PublicKey::parse(words.next().unwrap_or(""))
                .map_err(|e| format!("line {}: {e}", n + 1))?;
            let packs: Vec<String> = words.map(str::to_string).collect();
            keys.push((key, (!packs.is_empty()).then_some(packs)));
        }
        if keys.is_empty() {
            return Err("no keys in the list".into());
        }
        Ok(TrustedKeys { keys })
    }

    /// Which trusted key signed `message`, checking that key may sign every one of `pack_ids`.
    pub fn verify(
        &self,
        message: &[u8],
        signature: &Signature,
        pack_ids: &[&str],
    ) -> Result<PublicKey, KeyError> {
        let signer = self
            .keys
            .iter()
            .find(|(key, _)| key.verify(message, signature).is_ok())
            .ok_or(KeyError::UntrustedSigner)?;
        let (key, allowed) = signer;
        if let Some(allowed) = allowed {
            if let Some(pack) = pack_ids.iter().find(|p| !allowed.iter().any(|a| a == *p)) {
                return Err(KeyError::NotAllowed {
                    key: key.id(),
                    pack: pack.to_string(),
                });
            }
        }
        Ok(*key)
    }
}

/// SHA-256 of bytes, in hex: how feeds name a pack file's exact content.
pub fn sha256_hex(bytes: &[u8]) -> String {
    to_hex(&Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> SecretKey {
        SecretKey::from_seed([n; 32])
    }

    #[test]
    fn keys_and_signatures_round_trip_through_their_text() {
        let secret = key(1);
        let again = SecretKey::parse(&secret.to_text()).unwrap();
        assert_eq!(again.public(), secret.public());
        let public = PublicKey::parse(&secret.public().to_text()).unwrap();
        let sig = secret.sign(b"pack");
        let read = Signature::parse(&sig.to_text(&public)).unwrap();
        assert_eq!(public.verify(b"pack", &read), Ok(()));
    }

    #[test]
    fn an_altered_byte_or_another_key_fails() {
        let sig = key(1).sign(b"[pack]\nid = \"nike\"");
        let public = key(1).public();
        assert!(public.verify(b"[pack]\nid = \"nikE\"", &sig).is_err());
        assert!(key(2)
            .public()
            .verify(b"[pack]\nid = \"nike\"", &sig)
            .is_err());
    }

    #[test]
    fn malformed_text_says_what_is_wrong() {
        let err = PublicKey::parse("# nothing else").unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
        let err = Signature::parse("abcd").unwrap_err();
        assert!(err.to_string().contains("128 hex digits"), "{err}");
        let err = PublicKey::parse(&"zz".repeat(32)).unwrap_err();
        assert!(err.to_string().contains("hexadecimal"), "{err}");
    }

    #[test]
    fn trusted_keys_are_scoped_to_pack_ids() {
        let (brand, other) = (key(1), key(2));
        let list = format!(
            "# the alliance's list\n{} nike jordan\n{}   # any pack\n",
            brand.public().to_hex(),
            other.public().to_hex()
        );
        let trusted = TrustedKeys::parse(&list).unwrap();
        let sig = brand.sign(b"x");
        assert_eq!(trusted.verify(b"x", &sig, &["nike"]), Ok(brand.public()));
        assert!(matches!(
            trusted.verify(b"x", &sig, &["gucci"]),
            Err(KeyError::NotAllowed { .. })
        ));
        assert!(trusted.verify(b"x", &other.sign(b"x"), &["gucci"]).is_ok());
        assert_eq!(
            trusted.verify(b"x", &key(3).sign(b"x"), &["nike"]),
            Err(KeyError::UntrustedSigner)
        );
    }
}
