//! Signed packs and feeds through the `knockoff` binary, trying each way to cheat.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn knockoff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_knockoff"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn ok(out: &Output) -> &Output {
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("trust-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A small brand pack that makes "Zorblax" a brand with a replica example.
fn pack(version: &str) -> String {
    format!(
        r#"[pack]
id = "zorblax"
name = "Zorblax"
kind = "brand"
version = "{version}"
description = "A test brand."

[brand]
name = "Zorblax"
"#
    )
}

fn keygen(dir: &Path, name: &str) -> PathBuf {
    let key = dir.join(name);
    ok(&knockoff(&["rules", "keygen", s(&key)]));
    key
}

fn public(key: &Path) -> PathBuf {
    PathBuf::from(format!("{}.pub", key.display()))
}

#[test]
fn sign_and_verify_catch_an_altered_byte_and_a_wrong_key() {
    let dir = scratch("sign");
    let (brand, other) = (keygen(&dir, "brand"), keygen(&dir, "other"));
    let file = dir.join("zorblax.toml");
    fs::write(&file, pack("1.0")).unwrap();
    ok(&knockoff(&["rules", "sign", "--key", s(&brand), s(&file)]));
    ok(&knockoff(&[
        "rules",
        "verify",
        "--key",
        s(&public(&brand)),
        s(&file),
    ]));

    let wrong = knockoff(&["rules", "verify", "--key", s(&public(&other)), s(&file)]);
    assert!(!wrong.status.success());
    assert!(text(&wrong).contains("does not match"), "{}", text(&wrong));

    let mut bytes = fs::read(&file).unwrap();
    bytes[20] ^= 1;
    fs::write(&file, bytes).unwrap();
    let altered = knockoff(&["rules", "verify", "--key", s(&public(&brand)), s(&file)]);
    assert!(!altered.status.success());

    fs::remove_file(dir.join("zorblax.toml.sig")).unwrap();
    let unsigned = knockoff(&["rules", "verify", "--key", s(&public(&brand)), s(&file)]);
    assert!(text(&unsigned).contains("unsigned"), "{}", text(&unsigned));
}

#[test]
fn keygen_will_not_overwrite_a_key() {
    let dir = scratch("keygen");
    let key = keygen(&dir, "brand");
    let again = knockoff(&["rules", "keygen", s(&key)]);
    assert!(!again.status.success());
    assert!(text(&again).contains("--force"));
}

#[test]
fn check_with_trusted_keys_refuses_unsigned_and_wrongly_scoped_packs() {
    let dir = scratch("check");
    let brand = keygen(&dir, "brand");
    let file = dir.join("zorblax.toml");
    fs::write(&file, pack("1.0")).unwrap();
    let hex = fs::read_to_string(public(&brand)).unwrap();
    let hex = hex.lines().last().unwrap();
    let keys = dir.join("trusted");
    let listing = dir.join("listing.jsonl");
    fs::write(&listing, "{\"title\": \"Zorblax bag\"}\n").unwrap();
    let check = |keys: &Path| {
        knockoff(&[
            "check",
            "--rules",
            s(&file),
            "--trusted-keys",
            s(keys),
            s(&listing),
        ])
    };

    fs::write(&keys, format!("{hex} zorblax\n")).unwrap();
    let unsigned = check(&keys);
    assert!(!unsigned.status.success());
    assert!(text(&unsigned).contains("unsigned"), "{}", text(&unsigned));

    ok(&knockoff(&["rules", "sign", "--key", s(&brand), s(&file)]));
    ok(&check(&keys));

    fs::write(&keys, format!("# only for another brand\n{hex} rolex\n")).unwrap();
    let scoped = check(&keys);
    assert!(!scoped.status.success());
    assert!(
        text(&scoped).contains("not to sign pack 'zorblax'"),
        "{}",
        text(&scoped)
    );
}

#[test]
fn a_feed_applies_updates_and_refuses_rollback_and_replay() {
    let dir = scratch("feed");
    let (root, brand) = (keygen(&dir, "root"), keygen(&dir, "brand"));
    let published = dir.join("published");
    fs::create_dir(&published).unwrap();
    let hex = fs::read_to_string(public(&brand)).unwrap();
    let signers = dir.join("signers");
    fs::write(
        &signers,
        format!("{} zorblax\n", hex.lines().last().unwrap()),
    )
    .unwrap();
    let state = dir.join("state.json");
    let publish = |version: &str| {
        let file = published.join("zorblax.toml");
        fs::write(&file, pack(version)).unwrap();
        ok(&knockoff(&["rules", "sign", "--key", s(&brand), s(&file)]));
        ok(&knockoff(&[
            "rules",
            "publish",
            s(&published),
            "--key",
            s(&root),
            "--signers",
            s(&signers),
        ]));
    };
    let update = || {
        knockoff(&[
            "rules",
            "update",
            s(&published),
            "--key",
            s(&public(&root)),
            "--state",
            s(&state),
        ])
    };

    publish("1.0");
    assert!(text(ok(&update())).contains("applied    zorblax 1.0"));
    let saved_v1 = (
        fs::read(published.join("index.json")).unwrap(),
        fs::read(published.join("index.json.sig")).unwrap(),
    );
    publish("1.1");
    assert!(text(ok(&update())).contains("applied    zorblax 1.1"));

    // A mirror replaying the signed index of version 1.0 is refused.
    let latest = fs::read(published.join("index.json")).unwrap();
    fs::write(published.join("index.json"), &saved_v1.0).unwrap();
    fs::write(published.join("index.json.sig"), &saved_v1.1).unwrap();
    let replay = update();
    assert!(!replay.status.success());
    assert!(text(&replay).contains("replayed"), "{}", text(&replay));
    fs::write(published.join("index.json"), latest).unwrap();

    // A newly signed index that rolls the pack back to 0.9 is refused too.
    publish("0.9");
    let rollback = update();
    assert!(
        text(&rollback).contains("no rollback"),
        "{}",
        text(&rollback)
    );

    // The last good pack is what `check --feed` uses.
    let listed = knockoff(&["rules", "list", "--feed", s(&state)]);
    assert!(text(ok(&listed)).contains("1.1"), "{}", text(&listed));
}
