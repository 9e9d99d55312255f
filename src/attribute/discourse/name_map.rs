//! `NameMap`: strings to entity indices, with every key in one buffer.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// A map from strings to entity indices whose keys are kept in one buffer, so
/// that adding a key allocates nothing once the buffer has grown: an article adds
/// a key for every new name it mentions.
#[derive(Default)]
pub(super) struct NameMap {
    keys: String,
    /// (start, end) of the key in `keys`, and its entity.
    table: HashTable<(u32, u32, usize)>,
}

impl NameMap {
    pub(super) fn hash(key: &str) -> u64 {
        FxBuildHasher.hash_one(key)
    }

    pub(super) fn clear(&mut self) {
        self.keys.clear();
        self.table.clear();
    }

    pub(super) fn get(&self, key: &str) -> Option<usize> {
        self.find(Self::hash(key), key)
    }

    /// The value of `key`, whose hash is `hash`.
    pub(super) fn find(&self, hash: u64, key: &str) -> Option<usize> {
        let keys = &self.keys;
        self.table
            .find(hash, |&(a, b, _)| &keys[a as usize..b as usize] == key)
            .map(|&(_, _, v)| v)
    }

    /// Map `key` to `value` unless it maps to something already.
    pub(super) fn insert_if_absent(&mut self, key: &str, value: usize) {
        let hash = Self::hash(key);
        if self.find(hash, key).is_none() {
            self.insert_new(hash, key, value);
        }
    }

    /// Map `key`, whose hash is `hash` and which maps to nothing, to `value`.
    pub(super) fn insert_new(&mut self, hash: u64, key: &str, value: usize) {
        let a = self.keys.len();
        self.keys.push_str(key);
        let b = self.keys.len();
        let (Ok(a), Ok(b)) = (u32::try_from(a), u32::try_from(b)) else {
            // Four gigabytes of names in one article: stop remembering new ones.
            self.keys.truncate(a);
            return;
        };
        let keys = &self.keys;
        self.table.insert_unique(hash, (a, b, value), |&(a, b, _)| {
            Self::hash(&keys[a as usize..b as usize])
        });
    }

    pub(super) fn remove(&mut self, key: &str) {
        let keys = &self.keys;
        if let Ok(entry) = self.table.find_entry(Self::hash(key), |&(a, b, _)| {
            &keys[a as usize..b as usize] == key
        }) {
            entry.remove();
        }
    }
}
