//! Transparency logs anyone can check, in the standard formats: RFC 6962 hashing,
//! the C2SP tlog-tiles layout, C2SP tlog-checkpoint checkpoints signed as C2SP
//! signed notes (Ed25519). The Merkle arithmetic is `tlog_tiles`' (a port of Go's
//! `sumdb/tlog`), the notes are `signed_note`'s; the tile paths and entry bundles
//! of tlog-tiles, which those crates do not speak, are here. The tests check all of
//! it against the specifications' own examples.
//!
//! Entries are appended by the transaction of the change they record
//! (`store::tlog::append`); the sequencer (`run`) gives them their index, stores
//! the tree's new hashes and signs a checkpoint, with a key that is never in the
//! database.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use signed_note::{Note, Signer, StandardSigner, StandardVerifier, VerifierList};
use tlog_tiles::{Checkpoint, Hash, HashReader, Tile};

use crate::settings::LogSettings;
use crate::store::{StoreError, WriteTx, tlog};

/// Tiles are 2^8 = 256 hashes wide (tlog-tiles).
const TILE_HEIGHT: u8 = 8;
const TILE_WIDTH: u64 = 1 << TILE_HEIGHT;
/// An entry bundle prefixes each entry with a 16-bit length.
pub const MAX_ENTRY_BYTES: usize = u16::MAX as usize;

/// The log's signing key (a note signer key), read from the settings: a file, or
/// the key itself. Its verifier key is what monitors, witnesses and browsers pin.
pub struct LogKey {
    signer: StandardSigner,
    vkey: String,
}

impl LogKey {
    pub fn from_settings(s: &LogSettings) -> anyhow::Result<Self> {
        let skey = match (&s.signing_key, &s.signing_key_file) {
            (Some(k), _) => secrecy::ExposeSecret::expose_secret(k).trim().to_string(),
            (None, Some(path)) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read log.signing_key_file {}", path.display()))?
                .trim()
                .to_string(),
            (None, None) => anyhow::bail!(
                "log.signing_key is not set: create a key with `passerelle log keygen --name \
                 <host/path>` and give its file in log.signing_key_file (or the key itself in \
                 PASSERELLE__LOG__SIGNING_KEY)"
            ),
        };
        Self::from_skey(&skey)
    }

    /// A key in the note format: `PRIVATE+KEY+<name>+<id>+<base64>`.
    pub fn from_skey(skey: &str) -> anyhow::Result<Self> {
        let signer = StandardSigner::new(skey)
            .map_err(|e| anyhow::anyhow!("log.signing_key is not a note signing key: {e}"))?;
        // PRIVATE+KEY+<name>+<id>+<base64>; the base64 may hold `+` itself.
        let seed = skey
            .splitn(5, '+')
            .nth(4)
            .and_then(|b| {
                base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b).ok()
            })
            .filter(|b| b.len() == 33 && b[0] == 1)
            .context("log.signing_key is not an Ed25519 note key")?;
        let seed: [u8; 32] = seed[1..].try_into().expect("33 bytes less the type");
        let public = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key();
        let vkey = signed_note::new_ed25519_verifier_key(signer.name(), &public);
        Ok(Self { signer, vkey })
    }

    /// A new key named `name` (a schema-less URL, `host/path`): (signing key, verifier key).
    pub fn generate(name: &str) -> anyhow::Result<(String, String)> {
        anyhow::ensure!(
            signed_note::is_key_name_valid(name),
            "a log key name is a schema-less URL without spaces or `+`, e.g. passerelle.example.org/log"
        );
        let mut rng = rand_core::OsRng;
        Ok(signed_note::generate_key(&mut rng, name))
    }

    pub fn name(&self) -> &str {
        self.signer.name()
    }

    /// The verifier key, `<name>+<hex id>+<base64 key>`.
    pub fn vkey(&self) -> &str {
        &self.vkey
    }

    /// The origin line of `log`'s checkpoints: `<key name>/<log>`.
    pub fn origin(&self, log: &str) -> String {
        format!("{}/{log}", self.name())
    }

    /// The signed checkpoint of `log` at `size` with root `root`.
    fn checkpoint(&self, log: &str, size: u64, root: Hash) -> Result<Vec<u8>, LogError> {
        let body = Checkpoint::new(&self.origin(log), size, root, "")
            .map_err(|_| LogError::Format("the checkpoint's origin is empty".into()))?
            .to_bytes();
        let mut note =
            Note::new(&body, &[]).map_err(|e| LogError::Format(format!("checkpoint: {e}")))?;
        note.add_sigs(&[&self.signer])
            .map_err(|e| LogError::Format(format!("signing a checkpoint: {e}")))?;
        Ok(note.to_bytes())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the log's tree is inconsistent: {0}")]
    Tree(String),
    #[error("{0}")]
    Format(String),
}

/// Hashes known so far (read from the store, or just computed); a read of one
/// not known is noted, to be fetched, and fails this round.
struct Known {
    hashes: HashMap<u64, Hash>,
    missing: RefCell<Vec<u64>>,
}

impl HashReader for Known {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, tlog_tiles::Error> {
        let mut out = Vec::with_capacity(indexes.len());
        for i in indexes {
            match self.hashes.get(i) {
                Some(h) => out.push(*h),
                None => self.missing.borrow_mut().push(*i),
            }
        }
        if self.missing.borrow().is_empty() {
            Ok(out)
        } else {
            Err(tlog_tiles::Error::IndexesNotInTree)
        }
    }
}

impl Known {
    fn new(hashes: HashMap<u64, Hash>) -> Self {
        Self {
            hashes,
            missing: RefCell::new(Vec::new()),
        }
    }

    /// Runs `f`, fetching from the store whatever hashes it asks for (which
    /// depend only on sizes and indexes, so two or three rounds at most).
    async fn run<C: ConnectionTrait, T>(
        &mut self,
        db: &C,
        log: &str,
        f: impl Fn(&Known) -> Result<T, tlog_tiles::Error>,
    ) -> Result<T, LogError> {
        for _ in 0..4 {
            self.missing.borrow_mut().clear();
            match f(self) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    let missing = std::mem::take(&mut *self.missing.borrow_mut());
                    if missing.is_empty() {
                        return Err(LogError::Tree(e.to_string()));
                    }
                    let found = tlog::hashes(db, log, &missing).await?;
                    if found.len() < missing.len() {
                        return Err(LogError::Tree(format!(
                            "{} stored hashes are missing",
                            missing.len() - found.len()
                        )));
                    }
                    self.hashes
                        .extend(found.into_iter().map(|(i, h)| (i, Hash(h))));
                }
            }
        }
        Err(LogError::Tree("hashes kept being missing".into()))
    }
}

/// Integrates `log`'s waiting entries (up to 1 000) into the tree and signs a
/// checkpoint of the new size; the new size, or `None` when there was nothing to
/// do. One transaction: entries, hashes and checkpoint appear together.
pub async fn integrate(
    db: &DatabaseConnection,
    key: &LogKey,
    log: &str,
) -> Result<Option<u64>, LogError> {
    // Most passes find nothing to do: look without the write lock first (every
    // write transaction takes it), and take it only when there is work.
    let signed = tlog::latest_checkpoint(db, log).await?.map(|(s, _)| s);
    if signed.is_some()
        && tlog::pending(db, log, 1).await?.is_empty()
        && Some(tlog::size(db, log).await?) == signed
    {
        return Ok(None);
    }
    let tx = WriteTx::begin(db).await?;
    let size = tlog::size(tx.conn(), log).await?;
    let pending = tlog::pending(tx.conn(), log, 1000).await?;
    let signed = tlog::latest_checkpoint(tx.conn(), log).await?;
    let signed_size = signed.as_ref().map(|(s, _)| *s);
    if signed_size.is_some_and(|s| s > size) {
        // Never sign a tree smaller than one already signed (entries lost or
        // unindexed behind the log's back): that would be a rollback.
        return Err(LogError::Tree(format!(
            "the log holds {size} entries but a checkpoint of {} was signed",
            signed_size.unwrap_or(0)
        )));
    }
    if pending.is_empty() && signed_size == Some(size) {
        return Ok(None);
    }
    let mut known = Known::new(HashMap::new());
    for (i, (id, data)) in pending.iter().enumerate() {
        let n = size + i as u64;
        let new = known
            .run(tx.conn(), log, |r| tlog_tiles::stored_hashes(n, data, r))
            .await?;
        let start = tlog_tiles::stored_hash_index(0, n);
        for (j, h) in new.iter().enumerate() {
            known.hashes.insert(start + j as u64, *h);
        }
        let raw: Vec<[u8; 32]> = new.iter().map(|h| h.0).collect();
        tlog::put_hashes(&tx, log, start, &raw).await?;
        tlog::set_index(&tx, *id, n).await?;
    }
    let new_size = size + pending.len() as u64;
    let root = known
        .run(tx.conn(), log, |r| tlog_tiles::tree_hash(new_size, r))
        .await?;
    let note = key.checkpoint(log, new_size, root)?;
    tlog::put_checkpoint(&tx, log, new_size, &note).await?;
    tx.commit().await?;
    Ok(Some(new_size))
}

/// The sequencer: integrates the key log's new entries every `log.interval_ms`.
pub async fn run(db: DatabaseConnection, key: std::sync::Arc<LogKey>, settings: LogSettings) {
    let every = Duration::from_millis(settings.interval_ms.max(50));
    loop {
        if let Err(e) = integrate(&db, &key, tlog::KEYS).await {
            tracing::warn!(error = %e, "transparency log: will retry");
        }
        tokio::time::sleep(every).await;
    }
}

/// A tile or entry bundle of a tlog-tiles path (`tile/<L>/<N>[.p/<W>]` or
/// `tile/entries/<N>[.p/<W>]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TilePath {
    /// `None` for an entry bundle.
    pub level: Option<u8>,
    pub index: u64,
    /// 1..=256; 256 is a full tile.
    pub width: u64,
}

impl TilePath {
    /// Parses a path exactly as tlog-tiles writes it; anything else is `None`.
    pub fn parse(path: &str) -> Option<Self> {
        let rest = path.strip_prefix("tile/")?;
        let (head, rest) = rest.split_once('/')?;
        let level = if head == "entries" {
            None
        } else {
            let l: u8 = head.parse().ok()?;
            (l <= 63).then_some(Some(l))?
        };
        let (index_part, width) = match rest.split_once(".p/") {
            Some((i, w)) => {
                let w: u64 = w.parse().ok()?;
                (i, w)
            }
            None => (rest, TILE_WIDTH),
        };
        if !(1..=TILE_WIDTH).contains(&width) {
            return None;
        }
        let mut index: u64 = 0;
        for part in index_part.split('/') {
            let digits = part.strip_prefix('x').unwrap_or(part);
            if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            index = index.checked_mul(1000)?.checked_add(digits.parse().ok()?)?;
        }
        let parsed = Self {
            level,
            index,
            width,
        };
        // One spelling per tile: leading zeros, a stray `x` or `.p/256` are refused.
        (parsed.path() == path).then_some(parsed)
    }

    pub fn path(&self) -> String {
        let mut n = self.index;
        let mut index = format!("{:03}", n % 1000);
        while n >= 1000 {
            n /= 1000;
            index = format!("x{:03}/{index}", n % 1000);
        }
        let level = match self.level {
            Some(l) => l.to_string(),
            None => "entries".to_string(),
        };
        let partial = if self.width == TILE_WIDTH {
            String::new()
        } else {
            format!(".p/{}", self.width)
        };
        format!("tile/{level}/{index}{partial}")
    }

    /// The number of leaves (at level 0) the tree must hold for this tile to exist.
    fn leaves_needed(&self) -> Option<u64> {
        let level = u32::from(self.level.unwrap_or(0));
        let per_hash = TILE_WIDTH.checked_pow(level)?;
        self.index
            .checked_mul(TILE_WIDTH)?
            .checked_add(self.width)?
            .checked_mul(per_hash)
    }
}

/// The bytes of a tile or entry bundle of `log` within its latest checkpoint, or
/// `None` if that tree does not hold it (not yet, or never).
pub async fn tile<C: ConnectionTrait>(
    db: &C,
    log: &str,
    path: &TilePath,
) -> Result<Option<Vec<u8>>, LogError> {
    let Some((size, _)) = tlog::latest_checkpoint(db, log).await? else {
        return Ok(None);
    };
    if path.leaves_needed().is_none_or(|n| n > size) {
        return Ok(None);
    }
    match path.level {
        None => {
            let from = path.index * TILE_WIDTH;
            let entries = tlog::entries(db, log, from, from + path.width).await?;
            if entries.len() as u64 != path.width {
                return Err(LogError::Tree("an indexed entry is missing".into()));
            }
            Ok(Some(bundle(&entries)))
        }
        Some(level) => {
            let tile = Tile::new(TILE_HEIGHT, level, path.index, path.width as u32, false);
            let mut known = Known::new(HashMap::new());
            let data = known.run(db, log, |r| tile.read_data(r)).await?;
            Ok(Some(data))
        }
    }
}

/// Entries as a tlog-tiles entry bundle: each with its big-endian u16 length.
pub fn bundle(entries: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.len() + 2).sum());
    for e in entries {
        out.extend_from_slice(&(e.len() as u16).to_be_bytes());
        out.extend_from_slice(e);
    }
    out
}

/// The latest signed checkpoint of `log`, as served.
pub async fn checkpoint<C: ConnectionTrait>(
    db: &C,
    log: &str,
) -> Result<Option<Vec<u8>>, LogError> {
    Ok(tlog::latest_checkpoint(db, log)
        .await?
        .map(|(_, note)| note))
}

/// An inclusion proof of entry `index` in the tree of `size` entries.
pub async fn prove_inclusion<C: ConnectionTrait>(
    db: &C,
    log: &str,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, LogError> {
    Known::new(HashMap::new())
        .run(db, log, |r| tlog_tiles::prove_record(size, index, r))
        .await
}

/// A consistency proof of the tree of `old` entries within the tree of `new`.
pub async fn prove_consistency<C: ConnectionTrait>(
    db: &C,
    log: &str,
    old: u64,
    new: u64,
) -> Result<Vec<Hash>, LogError> {
    Known::new(HashMap::new())
        .run(db, log, |r| tlog_tiles::prove_tree(new, old, r))
        .await
}

/// What a browser needs to check a unit's published keys against the key log:
/// the latest checkpoint (signed note), and per unit its latest statement, its
/// index and an inclusion proof in that checkpoint's tree. `None` before the
/// first checkpoint.
pub struct KeyLogView {
    pub checkpoint: Vec<u8>,
    pub size: u64,
}

impl KeyLogView {
    pub async fn latest<C: ConnectionTrait>(db: &C) -> Result<Option<Self>, LogError> {
        Ok(tlog::latest_checkpoint(db, tlog::KEYS)
            .await?
            .map(|(size, checkpoint)| Self { checkpoint, size }))
    }

    /// `{index, statement, proof}` for `unit` (base64), or null when the tree
    /// holds no statement about it yet.
    pub async fn unit_proof<C: ConnectionTrait>(
        &self,
        db: &C,
        unit: &str,
    ) -> Result<serde_json::Value, LogError> {
        use base64::Engine;
        let b64 = &base64::engine::general_purpose::STANDARD;
        let Some((index, statement)) =
            tlog::last_indexed_about(db, tlog::KEYS, &format!("unit:{unit}"), self.size).await?
        else {
            return Ok(serde_json::Value::Null);
        };
        let proof = prove_inclusion(db, tlog::KEYS, index, self.size).await?;
        Ok(serde_json::json!({
            "index": index,
            "statement": b64.encode(&statement),
            "proof": proof.iter().map(|h| b64.encode(h.0)).collect::<Vec<_>>(),
        }))
    }
}

/// Opens a signed checkpoint with `vkey`: (origin, size, root). Any fault (a bad
/// or missing signature, another key, a malformed body) is an error.
pub fn open_checkpoint(note: &[u8], vkey: &str) -> Result<(String, u64, Hash), String> {
    let verifier = StandardVerifier::new(vkey).map_err(|e| format!("not a verifier key: {e:?}"))?;
    let note = Note::from_bytes(note).map_err(|e| format!("not a signed note: {e}"))?;
    let (verified, _) = note
        .verify(&VerifierList::new(vec![Box::new(verifier)]))
        .map_err(|e| format!("the checkpoint's signature does not verify: {e}"))?;
    if verified.is_empty() {
        return Err("the checkpoint is not signed by the log's key".into());
    }
    let cp = Checkpoint::from_bytes(note.text()).map_err(|e| e.to_string())?;
    Ok((cp.origin().to_string(), cp.size(), *cp.hash()))
}

/// Re-reads every entry of `log`'s tree up to its latest checkpoint, hashes them
/// again, and checks the root against the checkpoint, whose signature is checked
/// with `vkey`: an edited, deleted, reordered or added entry, or a tree rebuilt and
/// signed with another key, fails. `Ok(size)` when sound.
pub async fn verify<C: ConnectionTrait>(db: &C, log: &str, vkey: &str) -> Result<u64, String> {
    let Some((size, note)) = tlog::latest_checkpoint(db, log)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(0);
    };
    let (_, signed_size, signed_root) = open_checkpoint(&note, vkey)?;
    if signed_size != size {
        return Err(format!(
            "the checkpoint says {signed_size} entries but is filed under {size}"
        ));
    }
    let entries = tlog::entries(db, log, 0, size)
        .await
        .map_err(|e| e.to_string())?;
    if entries.len() as u64 != size {
        return Err(format!(
            "the checkpoint covers {size} entries but {} are in the log",
            entries.len()
        ));
    }
    let leaves: Vec<Hash> = entries.iter().map(|e| tlog_tiles::record_hash(e)).collect();
    if merkle_root(&leaves) != signed_root {
        return Err(
            "the entries do not hash to the signed root: an entry was edited, deleted, added or reordered"
                .into(),
        );
    }
    Ok(size)
}

/// RFC 6962's Merkle Tree Hash of `leaves` (already leaf-hashed), computed
/// directly from the definition: an independent check of the stored tree.
pub fn merkle_root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => tlog_tiles::EMPTY_HASH,
        1 => leaves[0],
        n => {
            let k = 1usize << (usize::BITS - (n - 1).leading_zeros() - 1);
            tlog_tiles::node_hash(merkle_root(&leaves[..k]), merkle_root(&leaves[k..]))
        }
    }
}

/// The statement hash that links a unit's statements (hex SHA-256 of the bytes).
pub fn statement_hash(bytes: &[u8]) -> String {
    crate::crypto::sha256(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_paths_are_those_of_the_spec() {
        // tlog-tiles: index 1234067 is x001/x234/067.
        let p = TilePath {
            level: Some(0),
            index: 1_234_067,
            width: 256,
        };
        assert_eq!(p.path(), "tile/0/x001/x234/067");
        assert_eq!(TilePath::parse("tile/0/x001/x234/067"), Some(p));
        let partial = TilePath::parse("tile/entries/000.p/17").unwrap();
        assert_eq!((partial.level, partial.index, partial.width), (None, 0, 17));
        for bad in [
            "tile/0/1234067",
            "tile/0/x001/234067",
            "tile/00/000",
            "tile/64/000",
            "tile/0/000.p/256",
            "tile/0/000.p/0",
            "tile/0/000.p/017",
            "tile/0/001/002",
            "tile/0/x000",
            "tile/data/000",
            "tile/0/000/",
            "tiles/0/000",
        ] {
            assert_eq!(TilePath::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_spec_example_of_a_tree_of_70000() {
        // tlog-tiles: a tree of 70,000 has a partial level-0 tile of width 112,
        // one full level-1 tile, a partial level-1 tile of width 17 and a partial
        // level-2 tile of width 1.
        let exists = |level: u8, index: u64, width: u64| {
            TilePath {
                level: Some(level),
                index,
                width,
            }
            .leaves_needed()
            .is_some_and(|n| n <= 70_000)
        };
        assert!(exists(0, 272, 256) && !exists(0, 273, 256));
        assert!(exists(0, 273, 112) && !exists(0, 273, 113));
        assert!(exists(1, 0, 256) && exists(1, 1, 17) && !exists(1, 1, 18));
        assert!(exists(2, 0, 1) && !exists(2, 0, 2));
    }

    #[test]
    fn the_signed_note_example_verifies_and_a_changed_one_does_not() {
        // c2sp.org/signed-note, "Example".
        let vkey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
        let note = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
        let verifier = StandardVerifier::new(vkey).unwrap();
        let list = VerifierList::new(vec![Box::new(verifier)]);
        let parsed = Note::from_bytes(note.as_bytes()).unwrap();
        assert_eq!(parsed.verify(&list).unwrap().0.len(), 1);
        let changed = note.replace("example message", "examp1e message");
        assert!(
            Note::from_bytes(changed.as_bytes())
                .unwrap()
                .verify(&list)
                .is_err()
        );
    }

    #[test]
    fn rfc6962_roots_of_the_reference_tree() {
        // The eight leaves of the RFC 6962 reference tree and its roots at sizes
        // 1..=8, from transparency-dev/merkle (testonly/constants.go).
        let leaves: Vec<Vec<u8>> = [
            "",
            "00",
            "10",
            "2021",
            "3031",
            "40414243",
            "5051525354555657",
            "606162636465666768696a6b6c6d6e6f",
        ]
        .iter()
        .map(|h| {
            (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
                .collect()
        })
        .collect();
        let roots = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ];
        let hashes: Vec<Hash> = leaves.iter().map(|l| tlog_tiles::record_hash(l)).collect();
        for (n, want) in roots.iter().enumerate() {
            let got: String = merkle_root(&hashes[..=n])
                .0
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(got, *want, "size {}", n + 1);
        }
    }

    #[test]
    fn a_key_signs_checkpoints_its_verifier_key_opens() {
        let (skey, vkey) = LogKey::generate("passerelle.test/log").unwrap();
        let key = LogKey::from_skey(&skey).unwrap();
        assert_eq!(key.vkey(), vkey);
        let note = key.checkpoint("keys", 3, tlog_tiles::EMPTY_HASH).unwrap();
        let text = String::from_utf8(note.clone()).unwrap();
        assert!(text.starts_with("passerelle.test/log/keys\n3\n"), "{text}");
        let (origin, size, root) = open_checkpoint(&note, &vkey).unwrap();
        assert_eq!(
            (origin.as_str(), size, root),
            ("passerelle.test/log/keys", 3, tlog_tiles::EMPTY_HASH)
        );
        let (_, other) = LogKey::generate("passerelle.test/log").unwrap();
        assert!(open_checkpoint(&note, &other).is_err());
    }
}
