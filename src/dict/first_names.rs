//! First names and the gender most of their bearers have, for people the
//! speakers dictionary does not know: "Ava Lind" is a woman, so "she" may stand
//! for her and "he" may not.
//!
//! The data is `dictionaries/first_names.csv` (`name,gender`, lowercase, sorted),
//! built by `scripts/first-names.py` from the 1990 U.S. Census first-name lists
//! (public domain): a name is listed with a gender only when at least three
//! quarters of its bearers have it, so shared names ("Casey") stay unknown.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::dict::Gender;
use crate::scan::lexicon;

/// The default first-names list, `dictionaries/first_names.csv`.
pub const DEFAULT_FIRST_NAMES: &str = include_str!("../../dictionaries/first_names.csv");

static TABLE: LazyLock<FxHashMap<&'static str, Gender>> = LazyLock::new(|| {
    DEFAULT_FIRST_NAMES
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (name, gender) = line.split_once(',')?;
            let gender = match gender.trim() {
                "female" => Gender::Female,
                "male" => Gender::Male,
                _ => return None,
            };
            Some((name.trim(), gender))
        })
        .collect()
});

/// The gender of the first name `word` (any case), if the list has one.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    let mut buf = [0u8; 24];
    let lower = lexicon::lower(word, &mut buf)?;
    let lower = std::str::from_utf8(lower).ok()?;
    TABLE.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case_and_shared_names() {
        assert_eq!(first_name_gender("Ava"), Some(Gender::Female));
        assert_eq!(first_name_gender("RUTH"), Some(Gender::Female));
        assert_eq!(first_name_gender("john"), Some(Gender::Male));
        // Shared about evenly: not listed. Not a name at all: nothing.
        assert_eq!(first_name_gender("Casey"), None);
        assert_eq!(first_name_gender("Ministry"), None);
    }
}
