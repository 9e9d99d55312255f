//! Closed word classes the attribution rules rely on: pronouns, determiners, the
//! nouns that name sources ("officials", "spokesperson"), auxiliaries, and the
//! adverbials that may stand between a speaker and a reporting verb.
//!
//! Every lookup is ASCII-case-insensitive and allocation-free. All the classes
//! share one hashed table from a word to its set of classes (a bit each), and the
//! tokenizer looks each word token up once, so the rules test a bit on the token
//! rather than compare strings.

mod roles;
mod words;

pub(crate) use roles::{nationality, role_fits};
use words::*;

/// Lowercase an ASCII word into `buf`; `None` for long or non-ASCII words (which no
/// closed class contains, apart from curly apostrophes, which are folded to `'`).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let mut n = 0;
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let folded = if b < 0x80 {
            i += 1;
            b.to_ascii_lowercase()
        } else if bytes[i..].starts_with("’".as_bytes()) || bytes[i..].starts_with("‘".as_bytes())
        {
            i += 3;
            b'\''
        } else {
            return None;
        };
        if n == buf.len() {
            return None;
        }
        buf[n] = folded;
        n += 1;
    }
    Some(&buf[..n])
}

/// `word` without the possessive endings `'s` and `’s` (all of them, as in
/// `str::trim_end_matches`).
pub(crate) fn strip_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// Call `f` with `word` in lowercase (curly apostrophes folded to `'`), without
/// allocating for ASCII words of up to 24 bytes.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(lower) => f(lower),
        None => f(&word.to_lowercase().replace('’', "'")),
    }
}

/// The closed classes, one bit each in a word's [`Classes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    ObjectPronoun,
    FirstPerson,
    Determiner,
    NounMarker,
    SpeakerNoun,
    PersonRole,
    TitleAbbreviation,
    SpeakerModifier,
    Auxiliary,
    IrregularPast,
    PreVerbFiller,
    Negation,
    AdverbialPreposition,
    ClauseBreaker,
    RelativePronoun,
    NotAName,
    Weekday,
    Month,
    Abbreviation,
    OrganisationWord,
    PlaceName,
    He,
    She,
    It,
    They,
    NameParticle,
    EvidenceNoun,
}

/// Every class with its words, lowercase and separated by white space.
const LISTS: &[(Class, &str)] = &[
    (Class::ObjectPronoun, OBJECT_PRONOUN),
    (Class::FirstPerson, FIRST_PERSON),
    (Class::Determiner, DETERMINER),
    (Class::NounMarker, NOUN_MARKER),
    (Class::SpeakerNoun, SPEAKER_NOUN),
    (Class::PersonRole, PERSON_ROLE),
    (Class::TitleAbbreviation, TITLE_ABBREVIATION),
    (Class::SpeakerModifier, SPEAKER_MODIFIER),
    (Class::Auxiliary, AUXILIARY),
    (Class::IrregularPast, IRREGULAR_PAST),
    (Class::PreVerbFiller, PRE_VERB_FILLER),
    (Class::Negation, NEGATION),
    (Class::AdverbialPreposition, ADVERBIAL_PREPOSITION),
    (Class::ClauseBreaker, CLAUSE_BREAKER),
    (Class::RelativePronoun, RELATIVE_PRONOUN),
    (Class::NotAName, NOT_A_NAME),
    (Class::Weekday, WEEKDAY),
    (Class::Month, MONTH),
    (Class::Abbreviation, ABBREVIATION),
    (Class::OrganisationWord, ORGANISATION_WORD),
    (Class::PlaceName, PLACE_NAME),
    (Class::He, "he"),
    (Class::She, "she"),
    (Class::It, "it"),
    (Class::They, "they"),
    (Class::NameParticle, NAME_PARTICLE),
    (Class::EvidenceNoun, EVIDENCE_NOUN),
];

/// The classes a word belongs to, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Classes(u32);

impl Classes {
    pub fn has(self, class: Class) -> bool {
        self.0 & (1 << class as u32) != 0
    }

    pub fn pronoun(self) -> Option<Pronoun> {
        if self.has(Class::He) {
            Some(Pronoun::He)
        } else if self.has(Class::She) {
            Some(Pronoun::She)
        } else if self.has(Class::It) {
            Some(Pronoun::It)
        } else if self.has(Class::They) {
            Some(Pronoun::They)
        } else {
            None
        }
    }
}

/// The longest word of any class, in bytes: a word folds into one `u128` key.
const KEY_BYTES: usize = 16;

/// The classes of a lowercase word, `None` for one longer than [`KEY_BYTES`].
fn key(lower: &[u8]) -> Option<u128> {
    // Zero bytes pad the key, so a word holding one has no key.
    if lower.len() > KEY_BYTES || lower.contains(&0) {
        return None;
    }
    let mut bytes = [0u8; KEY_BYTES];
    bytes[..lower.len()].copy_from_slice(lower);
    Some(u128::from_le_bytes(bytes))
}

/// An open-addressing table from word keys to their classes, built once. Keys and
/// classes sit in separate arrays at a load of at most a half, so that a lookup
/// touches few cache lines.
struct ClassTable<K> {
    keys: Box<[K]>,
    classes: Box<[u32]>,
    shift: u32,
}

/// A key type of [`ClassTable`]: zero stands for an empty slot.
trait TableKey: Copy + Eq + Default {
    fn fold(self) -> u64;
}

impl TableKey for u64 {
    #[inline]
    fn fold(self) -> u64 {
        self
    }
}

impl TableKey for u128 {
    #[inline]
    fn fold(self) -> u64 {
        (self as u64) ^ ((self >> 64) as u64).rotate_left(29)
    }
}

impl<K: TableKey> ClassTable<K> {
    fn build(entries: &[(K, u32)]) -> ClassTable<K> {
        let bits = (entries.len() * 2)
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = ClassTable {
            keys: vec![K::default(); 1 << bits].into_boxed_slice(),
            classes: vec![0; 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
        };
        for &(key, class) in entries {
            let slot = table.slot(key);
            table.keys[slot] = key;
            table.classes[slot] |= 1 << class;
        }
        table
    }

    #[inline]
    fn classes(&self, key: K) -> Classes {
        Classes(self.classes[self.slot(key)])
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: K) -> usize {
        let mask = self.keys.len() - 1;
        let mut slot = (key.fold().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.keys[slot] != key && self.keys[slot] != K::default() {
            slot = (slot + 1) & mask;
        }
        slot
    }
}

/// Words in two tables, each word with a set of bits: words of up to eight bytes,
/// which most tokens are, under a smaller key. The closed classes are one such
/// table; the first names (`dict::first_names`) another.
pub(crate) struct Tables {
    short: ClassTable<u64>,
    long: ClassTable<u128>,
}

impl Tables {
    fn build() -> Tables {
        Tables::of(LISTS.iter().flat_map(|&(class, list)| {
            list.split_whitespace()
                .map(move |word| (word, class as u32))
        }))
    }

    /// A table of `words`, lowercase, each with the bit it sets (0 to 31); a word
    /// listed more than once has each of its bits. Words longer than sixteen bytes
    /// are left out (no lookup can find them).
    pub(crate) fn of<'w>(words: impl Iterator<Item = (&'w str, u32)>) -> Tables {
        let mut short = Vec::new();
        let mut long = Vec::new();
        for (word, bit) in words {
            let Some(key) = key(word.as_bytes()) else {
                continue;
            };
            match u64::try_from(key) {
                Ok(k) => short.push((k, bit)),
                Err(_) => long.push((key, bit)),
            }
        }
        Tables {
            short: ClassTable::build(&short),
            long: ClassTable::build(&long),
        }
    }

    #[inline]
    fn classes(&self, key: u128) -> Classes {
        match u64::try_from(key) {
            Ok(k) => self.short.classes(k),
            Err(_) => self.long.classes(key),
        }
    }

    /// The bits of `word`, in any case (curly apostrophes fold to `'`): zero for
    /// a word not in the table.
    pub(crate) fn bits(&self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        let mut key = [0u8; KEY_BYTES];
        if bytes.len() <= KEY_BYTES {
            // The common case, a short ASCII word: fold the case as it is copied.
            let mut plain = true;
            for (k, &b) in key.iter_mut().zip(bytes) {
                plain &= b != 0 && b < 0x80;
                *k = b.to_ascii_lowercase();
            }
            if plain {
                return self.classes(u128::from_le_bytes(key)).0;
            }
        }
        let mut buf = [0u8; 24];
        match lower(word, &mut buf).and_then(self::key) {
            Some(key) => self.classes(key).0,
            None => 0,
        }
    }
}

static TABLE: std::sync::LazyLock<Tables> = std::sync::LazyLock::new(Tables::build);

/// The closed classes of the word `text[start..end]`, a word token: its bytes are
/// letters, digits and joiners, never a zero byte.
#[inline]
pub(crate) fn token_classes(text: &[u8], start: usize, end: usize) -> Classes {
    let n = end - start;
    if n > KEY_BYTES || start + KEY_BYTES > text.len() {
        return classes(std::str::from_utf8(&text[start..end]).unwrap_or(""));
    }
    // Load sixteen bytes at once and keep the word's; fold ASCII case in parallel
    // over all of them.
    let window: [u8; KEY_BYTES] = text[start..start + KEY_BYTES]
        .try_into()
        .expect("sixteen bytes");
    let keep = if n == KEY_BYTES {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    };
    let x = u128::from_le_bytes(window) & keep;
    if x & 0x8080_8080_8080_8080_8080_8080_8080_8080 != 0 {
        // Not ASCII: a curly apostrophe may fold.
        return classes(std::str::from_utf8(&text[start..end]).unwrap_or(""));
    }
    let (lo, hi) = (fold_ascii(x as u64).0, fold_ascii((x >> 64) as u64).0);
    TABLE.classes(u128::from(hi) << 64 | u128::from(lo))
}

/// `x` with its ASCII capitals folded to lowercase, all eight bytes in parallel,
/// other bytes unchanged; and bit 7 set in each byte that was a capital.
#[inline]
pub(crate) fn fold_ascii(x: u64) -> (u64, u64) {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Range checks on the low seven bits, which cannot carry into the next byte.
    let low = x & !HIGH;
    let at_least_a = low + EACH * (0x80 - b'A' as u64);
    let above_z = low + EACH * (0x80 - b'Z' as u64 - 1);
    let upper = at_least_a & !above_z & !x & HIGH;
    (x | (upper >> 2), upper)
}

/// Bit 7 of each byte set where the byte of `x` is an ASCII letter or digit: range
/// checks on the low seven bits, which cannot carry into the next byte.
#[inline]
pub(crate) fn alnum_bytes(x: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    let digit = (low + EACH * (0x80 - b'0' as u64)) & !(low + EACH * (0x7F - b'9' as u64));
    let folded = low | (EACH * 0x20);
    let letter = (folded + EACH * (0x80 - b'a' as u64)) & !(folded + EACH * (0x7F - b'z' as u64));
    (digit | letter) & !x & HIGH
}

/// The end of the run of ASCII letters and digits starting at `at`, eight bytes at
/// a time.
#[inline]
pub(crate) fn ascii_alnum_run(bytes: &[u8], at: usize, limit: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = at;
    while i + 8 <= limit {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        let other = !alnum_bytes(x) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < limit && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The closed classes of a word of one to eight ASCII bytes, given as its bytes in
/// lowercase, little-endian and zero-padded: the tokenizer's fast path, which has
/// already loaded and folded them.
#[inline]
pub(crate) fn short_word_classes(lowercase: u64) -> Classes {
    TABLE.short.classes(lowercase)
}

/// The closed classes of a word of up to sixteen ASCII bytes, given as its bytes in
/// lowercase, little-endian and zero-padded.
#[inline]
pub(crate) fn word_classes(lowercase: u128) -> Classes {
    TABLE.classes(lowercase)
}

/// The closed classes `word` belongs to, in any case.
pub(crate) fn classes(word: &str) -> Classes {
    Classes(TABLE.bits(word))
}

/// A personal pronoun that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    It,
    They,
    /// The writer or narrator: "I said". Never resolved to an entity; the
    /// mention is kept.
    I,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_run_stops_at_the_first_other_byte() {
        let naive = |bytes: &[u8], at: usize, limit: usize| {
            (at..limit)
                .find(|&i| !bytes[i].is_ascii_alphanumeric())
                .unwrap_or(limit)
        };
        // Every byte value, at every position of a word longer than eight bytes.
        for b in 0..=255u8 {
            for pos in 0..20 {
                let mut bytes = b"Abcdefghij0123456789Zz".to_vec();
                bytes[pos] = b;
                for limit in [bytes.len(), pos + 1, 9] {
                    assert_eq!(
                        ascii_alnum_run(&bytes, 0, limit),
                        naive(&bytes, 0, limit),
                        "byte {b:#04x} at {pos}, limit {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn roles_fit_descriptors() {
        struct Case {
            name: &'static str,
            role: &'static str,
            modifiers: &'static [&'static str],
            head: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                name: "leader is a president",
                role: "french president",
                modifiers: &["french"],
                head: "leader",
                want: true,
            },
            Case {
                name: "leader is a chancellor",
                role: "german chancellor",
                modifiers: &["german"],
                head: "leader",
                want: true,
            },
            Case {
                name: "nationality must agree",
                role: "french president",
                modifiers: &["russian"],
                head: "leader",
                want: false,
            },
            Case {
                name: "country possessive",
                role: "ukrainian foreign minister",
                modifiers: &["ukraine's", "foreign"],
                head: "minister",
                want: true,
            },
            Case {
                name: "spokesman is spokesperson",
                role: "kremlin spokesperson",
                modifiers: &["kremlin"],
                head: "spokesman",
                want: true,
            },
            Case {
                name: "a minister is not a leader",
                role: "ukrainian foreign minister",
                modifiers: &["ukrainian"],
                head: "leader",
                want: false,
            },
            Case {
                name: "prime minister leads",
                role: "british prime minister",
                modifiers: &["british"],
                head: "leader",
                want: true,
            },
        ];
        for case in cases {
            assert_eq!(
                role_fits(case.role, case.modifiers, case.head),
                case.want,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn token_lookup_agrees_with_string_lookup() {
        let mut words: Vec<String> = Vec::new();
        for &(class, list) in LISTS {
            for w in list.split_whitespace() {
                let mut title = w.to_string();
                title[..1].make_ascii_uppercase();
                for form in [w.to_string(), w.to_uppercase(), title] {
                    assert!(classes(&form).has(class), "{form} is a {class:?}");
                    words.push(form);
                }
            }
        }
        words.extend(
            [
                "didn’t",
                "Macron",
                "x",
                "sixteen-letters!",
                "seventeen-letters",
                "ÉLYSÉE",
                "@[`{",
            ]
            .map(String::from),
        );
        for w in &words {
            let want = classes(w);
            // In the middle of a text, and at its very end (too close to load
            // sixteen bytes).
            let text = format!("{w} and more words after it");
            assert_eq!(token_classes(text.as_bytes(), 0, w.len()), want, "{w}");
            let text = format!("a {w}");
            assert_eq!(
                token_classes(text.as_bytes(), 2, text.len()),
                want,
                "{w} at the end"
            );
        }
        assert_eq!(classes("Didn’t"), classes("didn't"));
        // A zero byte is no padding: a word holding one is no class word.
        for w in ["the\0", "\0the", "th\0e", "according\0"] {
            assert_eq!(classes(w), Classes::default(), "{w:?}");
        }
    }

    #[test]
    fn lookups_ignore_case_and_curly_apostrophes() {
        assert!(classes("Hadn’t").has(Class::Auxiliary));
        assert!(classes("Officials").has(Class::SpeakerNoun));
        assert!(!classes("visited").has(Class::SpeakerNoun));
        assert_eq!(classes("He").pronoun(), Some(Pronoun::He));
    }
}
