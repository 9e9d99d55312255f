//! First names and the gender most of their bearers have, for people the
//! speakers dictionary does not know: "Ava Lind" is a woman, so "she" may stand
//! for her and "he" may not.
//!
//! The data is `dictionaries/first_names.csv` (`name,gender`, lowercase, sorted),
//! built by `scripts/first-names.py` from the 1990 U.S. Census first-name lists
//! (public domain): a name is listed with a gender only when at least three
//! quarters of its bearers have it, so shared names ("Casey") stay unknown.

use std::sync::LazyLock;

use crate::dict::Gender;
use crate::scan::lexicon::Tables;

/// The default first-names list, `dictionaries/first_names.csv`.
pub const DEFAULT_FIRST_NAMES: &str = include_str!("../../dictionaries/first_names.csv");

const FEMALE: u32 = 0;
const MALE: u32 = 1;

/// The names in the lexicon's table shape: a lookup folds the case of the word
/// into a key and probes once or twice, with no hashing of strings.
static TABLE: LazyLock<Tables> = LazyLock::new(|| {
    Tables::of(DEFAULT_FIRST_NAMES.lines().skip(1).filter_map(|line| {
        let (name, gender) = line.split_once(',')?;
        let bit = match gender.trim() {
            "female" => FEMALE,
            "male" => MALE,
            _ => return None,
        };
        Some((name.trim(), bit))
    }))
});

/// Build the table now rather than on the first lookup (an extractor does so
/// when it is made, so that no article pays for it).
pub(crate) fn load() {
    LazyLock::force(&TABLE);
}

/// The gender of the first name `word` (any case), if the list has one.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    match TABLE.bits(word) {
        0 => None,
        b if b == 1 << FEMALE => Some(Gender::Female),
        b if b == 1 << MALE => Some(Gender::Male),
        // Listed with both genders: neither.
        _ => None,
    }
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
