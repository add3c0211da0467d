//! Each way to cheat a feed consumer, tried on a small feed built in memory.

use super::*;
use crate::trust::keys::SecretKey;

fn key(n: u8) -> SecretKey {
    SecretKey::from_seed([n; 32])
}

fn pack_text(id: &str, version: &str) -> String {
    format!(
        "[pack]\nid = \"{id}\"\nname = \"{id}\"\nkind = \"brand\"\nversion = \"{version}\"\n\
         description = \"test pack\"\n\n[brand]\nname = \"{id}\"\n"
    )
}

/// A published feed: index bytes, its signature, and the files it serves.
struct Published {
    index: Vec<u8>,
    signature: String,
    files: BTreeMap<String, (Vec<u8>, String)>,
}

impl Published {
    /// A feed signed by `root` whose packs are each signed by the brand key given.
    fn new(root: &SecretKey, sequence: u64, packs: &[(&str, &str, &SecretKey)]) -> Published {
        let mut files = BTreeMap::new();
        let mut entries = Vec::new();
        let mut signers: Vec<FeedSigner> = Vec::new();
        for (id, version, brand) in packs {
            let text = pack_text(id, version);
            let file = format!("{id}.toml");
            let sig = brand.sign(text.as_bytes()).to_text(&brand.public());
            entries.push(FeedPack {
                id: id.to_string(),
                version: version.to_string(),
                file: file.clone(),
                sha256: sha256_hex(text.as_bytes()),
                signer: brand.public().id(),
            });
            match signers
                .iter_mut()
                .find(|s| s.key == brand.public().to_hex())
            {
                Some(s) => s.packs.push(id.to_string()),
                None => signers.push(FeedSigner {
                    key: brand.public().to_hex(),
                    packs: vec![id.to_string()],
                }),
            }
            files.insert(file, (text.into_bytes(), sig));
        }
        let index = FeedIndex {
            feed: "test alliance".into(),
            sequence,
            signers,
            packs: entries,
        };
        Published::signed(root, &index, files)
    }

    fn signed(
        root: &SecretKey,
        index: &FeedIndex,
        files: BTreeMap<String, (Vec<u8>, String)>,
    ) -> Published {
        let index = serde_json::to_vec_pretty(index).unwrap();
        let signature = root.sign(&index).to_text(&root.public());
        Published {
            index,
            signature,
            files,
        }
    }

    fn index(&self) -> FeedIndex {
        serde_json::from_slice(&self.index).unwrap()
    }

    fn apply(&self, feed: &mut Feed) -> Update {
        feed.update(&self.index, &self.signature, |file| {
            self.files
                .get(file)
                .cloned()
                .ok_or_else(|| format!("{file}: not found"))
        })
    }
}

fn refusal(update: &Update) -> String {
    assert_eq!(update.refused.len(), 1, "{update:?}");
    update.refused[0].to_string()
}

#[test]
fn a_good_feed_installs_every_pack_and_loads_them() {
    let (root, nike, rolex) = (key(1), key(2), key(3));
    let mut feed = Feed::new(&root.public());
    let update = Published::new(
        &root,
        1,
        &[("nike", "1.0", &nike), ("rolex", "2.0", &rolex)],
    )
    .apply(&mut feed);
    assert_eq!(
        update.applied,
        vec![
            ("nike".into(), "1.0".into()),
            ("rolex".into(), "2.0".into())
        ]
    );
    assert!(update.refused.is_empty());
    let ids: Vec<String> = feed.packs().into_iter().map(|p| p.id).collect();
    assert_eq!(ids, ["nike", "rolex"]);
}

#[test]
fn an_index_not_signed_by_the_pinned_key_changes_nothing() {
    let (root, impostor, nike) = (key(1), key(9), key(2));
    let mut feed = Feed::new(&root.public());
    let update = Published::new(&impostor, 1, &[("nike", "1.0", &nike)]).apply(&mut feed);
    assert!(refusal(&update).contains("pinned feed key"));
    assert!(feed.installed.is_empty() && feed.last.is_none());
}

#[test]
fn an_altered_index_byte_is_refused() {
    let (root, nike) = (key(1), key(2));
    let mut published = Published::new(&root, 1, &[("nike", "1.0", &nike)]);
    let at = published.index.len() / 2;
    published.index[at] ^= 1;
    let mut feed = Feed::new(&root.public());
    assert!(refusal(&published.apply(&mut feed)).contains("pinned feed key"));
}

#[test]
fn an_altered_pack_byte_is_refused_and_the_last_good_pack_kept() {
    let (root, nike) = (key(1), key(2));
    let mut feed = Feed::new(&root.public());
    Published::new(&root, 1, &[("nike", "1.0", &nike)]).apply(&mut feed);
    let mut next = Published::new(&root, 2, &[("nike", "1.1", &nike)]);
    next.files.get_mut("nike.toml").unwrap().0[10] ^= 1;
    assert!(refusal(&next.apply(&mut feed)).contains("do not match the hash"));
    assert_eq!(feed.installed["nike"].version, "1.0");
}

#[test]
fn a_pack_signed_by_the_wrong_key_is_refused() {
    let (root, nike, thief) = (key(1), key(2), key(7));
    let mut published = Published::new(&root, 1, &[("nike", "1.0", &nike)]);
    // The thief re-signs the genuine bytes; the index still names nike's key.
    let file = published.files.get_mut("nike.toml").unwrap();
    file.1 = thief.sign(&file.0).to_text(&thief.public());
    let mut feed = Feed::new(&root.public());
    assert!(refusal(&published.apply(&mut feed)).contains("did not sign it"));
    assert!(feed.installed.is_empty());
}

#[test]
fn a_key_may_only_sign_the_pack_ids_the_index_gives_it() {
    let (root, nike, rolex) = (key(1), key(2), key(3));
    let published = Published::new(
        &root,
        1,
        &[("nike", "1.0", &nike), ("rolex", "1.0", &rolex)],
    );
    // The nike key signs a "rolex" pack: the index lists it, but the signer may not sign it.
    let mut index = published.index();
    let text = pack_text("rolex", "1.0");
    index.packs[1].signer = nike.public().id();
    let mut files = published.files.clone();
    files.insert(
        "rolex.toml".into(),
        (
            text.clone().into_bytes(),
            nike.sign(text.as_bytes()).to_text(&nike.public()),
        ),
    );
    let mut feed = Feed::new(&root.public());
    let update = Published::signed(&root, &index, files).apply(&mut feed);
    assert!(refusal(&update).contains("may not sign pack 'rolex'"));
    assert_eq!(update.applied, vec![("nike".into(), "1.0".into())]);
}

#[test]
fn a_file_that_is_another_pack_than_listed_is_refused() {
    let (root, nike) = (key(1), key(2));
    let published = Published::new(&root, 1, &[("nike", "1.0", &nike)]);
    let mut index = published.index();
    index.signers[0].packs.push("gucci".into());
    index.packs[0].id = "gucci".into();
    let mut feed = Feed::new(&root.public());
    let update = Published::signed(&root, &index, published.files).apply(&mut feed);
    assert!(refusal(&update).contains("is pack 'nike', not 'gucci'"));
}

#[test]
fn rollback_to_an_older_version_is_refused() {
    let (root, nike) = (key(1), key(2));
    let mut feed = Feed::new(&root.public());
    Published::new(&root, 1, &[("nike", "2026.12.1", &nike)]).apply(&mut feed);
    let old = Published::new(&root, 2, &[("nike", "2026.9.3", &nike)]);
    assert!(refusal(&old.apply(&mut feed)).contains("no rollback"));
    assert_eq!(feed.installed["nike"].version, "2026.12.1");
}

#[test]
fn a_replayed_older_index_is_refused_and_the_same_index_again_is_a_no_op() {
    let (root, nike) = (key(1), key(2));
    let mut feed = Feed::new(&root.public());
    let first = Published::new(&root, 1, &[("nike", "1.0", &nike)]);
    let second = Published::new(&root, 2, &[("nike", "1.1", &nike)]);
    first.apply(&mut feed);
    second.apply(&mut feed);
    assert!(refusal(&first.apply(&mut feed)).contains("replayed"));
    assert_eq!(second.apply(&mut feed), Update::default());
    let forked = Published::new(&root, 2, &[("nike", "1.2", &nike)]);
    assert!(refusal(&forked.apply(&mut feed)).contains("different index"));
    assert_eq!(feed.installed["nike"].version, "1.1");
}

#[test]
fn versions_compare_by_number() {
    use std::cmp::Ordering::*;
    assert_eq!(compare_versions("2026.12.1", "2026.9.3"), Greater);
    assert_eq!(compare_versions("1.9", "1.10"), Less);
    assert_eq!(compare_versions("1.0", "1.0"), Equal);
    assert_eq!(compare_versions("1.0.1", "1.0"), Greater);
}

#[test]
fn wanted_lists_only_changed_packs_of_a_verified_index_and_changes_nothing() {
    let (root, impostor, nike, rolex) = (key(1), key(9), key(2), key(3));
    let mut feed = Feed::new(&root.public());
    let first = Published::new(&root, 1, &[("nike", "1.0", &nike)]);
    assert_eq!(
        feed.wanted(&first.index, &first.signature),
        Ok(vec!["nike.toml".to_string()])
    );
    assert!(feed.last.is_none());
    first.apply(&mut feed);
    let second = Published::new(
        &root,
        2,
        &[("nike", "1.0", &nike), ("rolex", "1.0", &rolex)],
    );
    assert_eq!(
        feed.wanted(&second.index, &second.signature),
        Ok(vec!["rolex.toml".to_string()])
    );
    assert_eq!(feed.wanted(&first.index, &first.signature), Ok(vec![]));
    let forged = Published::new(&impostor, 3, &[("nike", "9.0", &nike)]);
    assert!(feed.wanted(&forged.index, &forged.signature).is_err());
    second.apply(&mut feed);
    let replay = feed.wanted(&first.index, &first.signature).unwrap_err();
    assert!(replay.to_string().contains("replayed"), "{replay}");
}

#[test]
fn a_kept_state_resumes_only_under_its_own_key() {
    let (root, other, nike) = (key(1), key(9), key(2));
    let mut feed = Feed::new(&root.public());
    Published::new(&root, 1, &[("nike", "1.0", &nike)]).apply(&mut feed);
    let kept = serde_json::to_vec(&feed).unwrap();
    let again = Feed::resume(Some(&kept), &root.public()).unwrap();
    assert_eq!(again.installed["nike"].version, "1.0");
    assert_eq!(again.last, feed.last);
    let err = Feed::resume(Some(&kept), &other.public()).unwrap_err();
    assert!(err.contains("another feed key"), "{err}");
    assert!(Feed::resume(Some(b"{"), &root.public()).is_err());
    assert!(Feed::resume(None, &other.public())
        .unwrap()
        .installed
        .is_empty());
}
