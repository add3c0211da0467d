//! `knockoff rules keygen|sign|verify|publish|update`: signed packs and pack feeds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use knockoff::rules::compile_pack;
use knockoff::trust::feed::{FeedSigner, InstalledPack};
use knockoff::trust::keys::sha256_hex;
use knockoff::trust::{Feed, FeedIndex, FeedPack, PublicKey, SecretKey, Signature, TrustedKeys};
use knockoff::RuleSet;

use super::Result;

fn read_text(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}

fn write(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()).into())
}

/// `FILE` → `FILE.suffix` (`.sig` beside a signed file, `.pub` beside a secret key).
fn beside(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn sig_path(file: &Path) -> PathBuf {
    beside(file, ".sig")
}

/// A signed file's bytes and the text of its `.sig`.
fn read_signed(file: &Path) -> std::result::Result<(Vec<u8>, String), String> {
    let bytes = fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let sig_file = sig_path(file);
    let sig = fs::read_to_string(&sig_file)
        .map_err(|_| format!("unsigned: no readable {}", sig_file.display()))?;
    Ok((bytes, sig))
}

fn secret_key(path: &Path) -> Result<SecretKey> {
    SecretKey::parse(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()).into())
}

pub fn public_key(path: &Path) -> Result<PublicKey> {
    PublicKey::parse(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()).into())
}

pub fn trusted_keys(path: &Path) -> Result<TrustedKeys> {
    TrustedKeys::parse(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()).into())
}

pub fn keygen(path: &Path, force: bool) -> Result<ExitCode> {
    let public_path = beside(path, ".pub");
    for p in [path, public_path.as_path()] {
        if p.exists() && !force {
            return Err(format!("{} exists; use --force to replace it", p.display()).into());
        }
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no randomness from the system: {e}"))?;
    let secret = SecretKey::from_seed(seed);
    write(path, &secret.to_text())?;
    restrict_to_owner(path)?;
    write(&public_path, &secret.public().to_text())?;
    eprintln!(
        "wrote secret key {} (keep it private) and public key {} (id {})",
        path.display(),
        public_path.display(),
        secret.public().id()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(unix)]
fn restrict_to_owner(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
        .map_err(|e| format!("{}: {e}", path.display()).into())
}

#[cfg(not(unix))]
fn restrict_to_owner(_: &Path) -> Result<()> {
    Ok(())
}

pub fn sign(key: &Path, files: &[PathBuf]) -> Result<ExitCode> {
    let secret = secret_key(key)?;
    for file in files {
        let bytes = fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let sig = sig_path(file);
        write(&sig, &secret.sign(&bytes).to_text(&secret.public()))?;
        eprintln!("signed {} → {}", file.display(), sig.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks `FILE.sig` against `FILE` and a public key; says what failed for each file.
pub fn verify(key: &Path, files: &[PathBuf]) -> Result<ExitCode> {
    let public = public_key(key)?;
    let mut failed = 0;
    for file in files {
        let checked = signed(file)
            .and_then(|(bytes, sig)| public.verify(&bytes, &sig).map_err(|e| e.to_string()));
        match checked {
            Ok(()) => println!("ok    {} (key {})", file.display(), public.id()),
            Err(why) => {
                println!("FAIL  {}: {why}", file.display());
                failed += 1;
            }
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// A signed file's bytes and its parsed signature.
fn signed(file: &Path) -> std::result::Result<(Vec<u8>, Signature), String> {
    let (bytes, sig_text) = read_signed(file)?;
    let sig =
        Signature::parse(&sig_text).map_err(|e| format!("{}: {e}", sig_path(file).display()))?;
    Ok((bytes, sig))
}

/// A pack or compiled rule set's bytes, accepted only when signed by a key trusted for every
/// pack id it holds.
pub fn verified_bytes(file: &Path, trusted: &TrustedKeys) -> Result<Vec<u8>> {
    let refused = |why: String| format!("{} refused: {why}", file.display());
    let (bytes, sig) = signed(file).map_err(refused)?;
    let ids = pack_ids(file, &bytes)?;
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    trusted
        .verify(&bytes, &sig, &ids)
        .map_err(|e| refused(e.to_string()))?;
    Ok(bytes)
}

/// The pack ids a `.toml` pack or `.knockoff` rule set declares.
fn pack_ids(file: &Path, bytes: &[u8]) -> Result<Vec<String>> {
    let name = file.display().to_string();
    if file.extension().is_some_and(|x| x == "knockoff") {
        let set = RuleSet::from_bytes(bytes).map_err(|e| format!("{name}: {e}"))?;
        return Ok(set.packs.into_iter().map(|p| p.id).collect());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{name}: not UTF-8 text"))?;
    Ok(vec![compile_pack(&name, text)?.id])
}

/// Writes `DIR/index.json` and its signature for the signed packs in `DIR`.
pub fn publish(dir: &Path, key: &Path, signers: &Path) -> Result<ExitCode> {
    let feed_key = secret_key(key)?;
    let trusted = trusted_keys(signers)?;
    let index_path = dir.join("index.json");
    let sequence = match fs::read(&index_path) {
        Ok(old) => {
            serde_json::from_slice::<FeedIndex>(&old)
                .map_err(|e| format!("{}: {e}", index_path.display()))?
                .sequence
                + 1
        }
        Err(_) => 1,
    };
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut packs = Vec::new();
    let mut signers: Vec<FeedSigner> = Vec::new();
    for file in &files {
        let (bytes, sig) = signed(file)?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| format!("{}: not UTF-8 text", file.display()))?;
        let pack = compile_pack(&file.display().to_string(), text)?;
        let signer = trusted
            .verify(&bytes, &sig, &[&pack.id])
            .map_err(|e| format!("{}: {e}", file.display()))?;
        match signers.iter_mut().find(|s| s.key == signer.to_hex()) {
            Some(s) => s.packs.push(pack.id.clone()),
            None => signers.push(FeedSigner {
                key: signer.to_hex(),
                packs: vec![pack.id.clone()],
            }),
        }
        packs.push(FeedPack {
            id: pack.id,
            version: pack.version,
            file: file.file_name().unwrap().to_string_lossy().into_owned(),
            sha256: sha256_hex(&bytes),
            signer: signer.id(),
        });
    }
    let index = FeedIndex {
        feed: dir.file_name().map_or("knockoff packs".into(), |n| {
            n.to_string_lossy().into_owned()
        }),
        sequence,
        signers,
        packs,
    };
    let bytes = serde_json::to_vec_pretty(&index)?;
    fs::write(&index_path, &bytes).map_err(|e| format!("{}: {e}", index_path.display()))?;
    write(
        &sig_path(&index_path),
        &feed_key.sign(&bytes).to_text(&feed_key.public()),
    )?;
    eprintln!(
        "published {} packs as {} (sequence {sequence}, feed key {})",
        index.packs.len(),
        index_path.display(),
        feed_key.public().id()
    );
    Ok(ExitCode::SUCCESS)
}

/// Applies a feed published in `dir` to the consumer state in `state` (created on first use).
pub fn update(dir: &Path, key: &Path, state: &Path) -> Result<ExitCode> {
    let pinned = public_key(key)?;
    let kept = fs::read(state).ok();
    let mut feed = Feed::resume(kept.as_deref(), &pinned).map_err(|e| {
        format!(
            "{}: {e}; use a new state file for this feed",
            state.display()
        )
    })?;
    let index_path = dir.join("index.json");
    let index = fs::read(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let signature = read_text(&sig_path(&index_path))?;
    let update = feed.update(&index, &signature, |file| read_signed(&dir.join(file)));
    for (id, version) in &update.applied {
        println!("applied    {id} {version}");
    }
    for id in &update.unchanged {
        let InstalledPack { version, .. } = &feed.installed[id];
        println!("unchanged  {id} {version}");
    }
    for refused in &update.refused {
        println!("refused    {refused}");
    }
    fs::write(state, serde_json::to_vec_pretty(&feed)?)
        .map_err(|e| format!("cannot write {}: {e}", state.display()))?;
    Ok(if update.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
