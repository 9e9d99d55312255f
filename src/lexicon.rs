//! Closed word classes the attribution rules rely on: pronouns, determiners, the
//! nouns that name sources ("officials", "spokesperson"), auxiliaries, and the
//! adverbials that may stand between a speaker and a reporting verb.
//!
//! Every lookup is ASCII-case-insensitive and allocation-free. All the classes
//! share one hashed table from a word to its set of classes (a bit each), and the
//! tokenizer looks each word token up once, so the rules test a bit on the token
//! rather than compare strings.

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

macro_rules! word_class {
    ($(#[$doc:meta])* $name:ident, $class:ident, $words:ident: $($w:literal)|+) => {
        const $words: &[&[u8]] = &[$($w),+];

        $(#[$doc])*
        #[allow(dead_code)]
        pub(crate) fn $name(word: &str) -> bool {
            classes(word).has(Class::$class)
        }
    };
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
}

/// Every word of every class, with the class.
const LISTS: &[(Class, &[&[u8]])] = &[
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
    (Class::He, &[b"he"]),
    (Class::She, &[b"she"]),
    (Class::It, &[b"it"]),
    (Class::They, &[b"they"]),
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
    fn build(entries: &[(K, Class)]) -> ClassTable<K> {
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
            table.classes[slot] |= 1 << class as u32;
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

/// The class words in two tables: words of up to eight bytes, which most tokens
/// are, under a smaller key.
struct Tables {
    short: ClassTable<u64>,
    long: ClassTable<u128>,
}

impl Tables {
    fn build() -> Tables {
        let mut short = Vec::new();
        let mut long = Vec::new();
        for &(class, list) in LISTS {
            for word in list {
                let key = key(word).expect("class words are short");
                match u64::try_from(key) {
                    Ok(k) => short.push((k, class)),
                    Err(_) => long.push((key, class)),
                }
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
    // over all of them (bit 7 of each byte tells whether it is in `A..=Z`).
    let window: [u8; KEY_BYTES] = text[start..start + KEY_BYTES]
        .try_into()
        .expect("sixteen bytes");
    let keep = if n == KEY_BYTES {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    };
    let x = u128::from_le_bytes(window) & keep;
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    const EACH: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;
    if x & HIGH != 0 {
        // Not ASCII: a curly apostrophe may fold.
        return classes(std::str::from_utf8(&text[start..end]).unwrap_or(""));
    }
    let at_least_a = x + EACH * (0x80 - b'A' as u128);
    let above_z = x + EACH * (0x80 - b'Z' as u128 - 1);
    let upper = at_least_a & !above_z & HIGH;
    TABLE.classes(x | (upper >> 2))
}

/// The closed classes `word` belongs to, in any case.
pub(crate) fn classes(word: &str) -> Classes {
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
            return TABLE.classes(u128::from_le_bytes(key));
        }
    }
    // Curly apostrophes fold to `'`, which may shorten the word enough.
    let mut buf = [0u8; 24];
    match lower(word, &mut buf).and_then(self::key) {
        Some(key) => TABLE.classes(key),
        None => Classes::default(),
    }
}

/// A personal pronoun that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    It,
    They,
}

pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    classes(word).pronoun()
}

word_class!(
    /// Object pronouns, as addressees ("told him").
    object_pronoun, ObjectPronoun, OBJECT_PRONOUN: b"him" | b"her" | b"them" | b"me" | b"us" | b"you"
);

word_class!(
    /// First- and second-person subject pronouns: the writer or a quoted voice, never
    /// a resolvable source in narration.
    first_person, FirstPerson, FIRST_PERSON: b"i" | b"we" | b"you"
);

word_class!(
    determiner, Determiner, DETERMINER: b"the" | b"a" | b"an" | b"this" | b"these" | b"those" | b"his" | b"her" | b"its"
        | b"their" | b"our" | b"my" | b"your" | b"another" | b"some" | b"several" | b"many"
        | b"two" | b"three" | b"four" | b"both" | b"other" | b"one" | b"each" | b"any" | b"all"
        | b"most" | b"few" | b"no"
);

word_class!(
    /// A word that makes a following reporting-verb form a noun ("his claims").
    noun_marker, NounMarker, NOUN_MARKER: b"the" | b"a" | b"an" | b"this" | b"these" | b"those" | b"his" | b"her" | b"its"
        | b"their" | b"our" | b"my" | b"your" | b"such" | b"whose" | b"no" | b"any" | b"every"
        | b"new" | b"recent" | b"public" | b"latest" | b"earlier" | b"similar" | b"further"
        | b"repeated" | b"many" | b"several" | b"some" | b"of" | b"for" | b"by"
);

word_class!(
    /// Nouns that name a source of speech; the head of a speaker noun phrase.
    speaker_noun, SpeakerNoun, SPEAKER_NOUN: b"official" | b"officials" | b"source" | b"sources" | b"spokesman"
        | b"spokeswoman" | b"spokesperson" | b"spokesmen" | b"spokespeople" | b"office"
        | b"presidency" | b"ministry" | b"government" | b"leader" | b"leaders" | b"president"
        | b"minister" | b"chancellor" | b"secretary" | b"aide" | b"aides" | b"adviser"
        | b"advisers" | b"advisor" | b"advisors" | b"diplomat" | b"diplomats" | b"analyst"
        | b"analysts" | b"expert" | b"experts" | b"police" | b"authorities" | b"lawmaker"
        | b"lawmakers" | b"senator" | b"senators" | b"governor" | b"campaign"
        | b"administration" | b"statement" | b"report" | b"reports" | b"officer" | b"officers"
        | b"commander" | b"commanders" | b"agency" | b"department" | b"committee"
        | b"newspaper" | b"resident" | b"residents" | b"witness" | b"witnesses" | b"critic"
        | b"critics" | b"supporter" | b"supporters" | b"observer" | b"observers" | b"military"
        | b"army" | b"embassy" | b"council" | b"court" | b"judge" | b"prosecutor"
        | b"prosecutors" | b"lawyer" | b"lawyers" | b"attorney" | b"attorneys" | b"party"
        | b"group" | b"organization" | b"organisation" | b"company" | b"chief" | b"head"
        | b"representative" | b"representatives" | b"member" | b"members" | b"envoy"
        | b"ambassador" | b"premier" | b"king" | b"queen" | b"mayor" | b"candidate"
        | b"nominee" | b"director" | b"chairman" | b"chairwoman" | b"chair" | b"executive"
        | b"executives" | b"poll" | b"polls" | b"survey" | b"study" | b"document" | b"letter"
        | b"memo" | b"filing" | b"insiders" | b"insider" | b"researchers" | b"scientists"
        | b"economists" | b"activists" | b"protesters" | b"voters" | b"people" | b"press"
        | b"spokespersons" | b"ministers" | b"presidents" | b"staff" | b"website" | b"paper"
        | b"announcement" | b"communique" | b"investigators" | b"regulators" | b"doctors"
        | b"republicans" | b"democrats" | b"allies" | b"ally" | b"rival" | b"rivals"
        | b"opponent" | b"opponents" | b"operative" | b"strategist" | b"strategists"
        | b"pollster" | b"pollsters" | b"manager" | b"adviser's" | b"correspondent"
        | b"reporter" | b"analysis" | b"data" | b"figures" | b"estimates" | b"records"
);

word_class!(
    /// Singular person roles: "the French leader" is a descriptor to resolve.
    person_role, PersonRole, PERSON_ROLE: b"leader" | b"president" | b"minister" | b"chancellor" | b"secretary"
        | b"spokesman" | b"spokeswoman" | b"spokesperson" | b"premier" | b"king" | b"queen"
        | b"mayor" | b"governor" | b"senator" | b"candidate" | b"nominee" | b"chief" | b"envoy"
        | b"ambassador" | b"commander" | b"chairman" | b"chairwoman" | b"director" | b"head"
);

word_class!(
    /// Abbreviated titles before a name.
    title_abbreviation, TitleAbbreviation, TITLE_ABBREVIATION: b"rep." | b"sen." | b"gov." | b"gen." | b"lt." | b"col." | b"sgt." | b"capt."
        | b"adm." | b"maj." | b"dr." | b"prof." | b"rev." | b"pres." | b"amb." | b"atty." | b"supt."
);

word_class!(
    /// Lowercase modifiers inside a speaker noun phrase ("senior U.S. officials").
    speaker_modifier, SpeakerModifier, SPEAKER_MODIFIER: b"senior" | b"top" | b"former" | b"local" | b"foreign" | b"defense"
        | b"defence" | b"interior" | b"finance" | b"economy" | b"health" | b"justice"
        | b"western" | b"eastern" | b"european" | b"deputy" | b"press" | b"state" | b"federal"
        | b"military" | b"government" | b"campaign" | b"party" | b"other" | b"anonymous"
        | b"unnamed" | b"independent" | b"presidential" | b"prime" | b"vice" | b"white"
        | b"house" | b"kremlin" | b"security" | b"intelligence" | b"diplomatic" | b"regional"
        | b"national" | b"city" | b"county" | b"police" | b"election" | b"news" | b"separatist"
        | b"rebel" | b"opposition" | b"ruling" | b"influential" | b"two" | b"three" | b"several"
        | b"some" | b"many" | b"both" | b"another" | b"one" | b"a" | b"an" | b"the" | b"his"
        | b"her" | b"its" | b"their" | b"president's" | b"minister's" | b"government's"
        | b"chancellor's" | b"leader's" | b"spokesman's" | b"chief" | b"administration"
        | b"executive" | b"general" | b"secretary" | b"senior-level" | b"high-ranking"
        | b"u.s" | b"u.s." | b"us" | b"un" | b"eu" | b"nato"
);

word_class!(
    /// Auxiliaries and modals: a complement clause has one early on.
    auxiliary, Auxiliary, AUXILIARY: b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"has" | b"have" | b"had"
        | b"will" | b"would" | b"could" | b"can" | b"should" | b"must" | b"may" | b"might"
        | b"did" | b"does" | b"do" | b"shall" | b"isn't" | b"aren't" | b"wasn't" | b"weren't"
        | b"hasn't" | b"haven't" | b"hadn't" | b"won't" | b"wouldn't" | b"couldn't" | b"can't"
        | b"shouldn't" | b"didn't" | b"doesn't" | b"don't" | b"remain" | b"remains"
        | b"stands" | b"need" | b"needs" | b"want" | b"wants" | b"plans" | b"intends"
);

word_class!(
    /// Common irregular past-tense verbs, which mark a finite clause.
    irregular_past, IrregularPast, IRREGULAR_PAST: b"found" | b"made" | b"saw" | b"told" | b"said" | b"thought" | b"knew" | b"took"
        | b"gave" | b"came" | b"went" | b"got" | b"left" | b"felt" | b"became" | b"began" | b"kept"
        | b"held" | b"brought" | b"bought" | b"meant" | b"met" | b"paid" | b"put" | b"ran" | b"sent"
        | b"spent" | b"stood" | b"won" | b"wrote" | b"lost" | b"led" | b"built" | b"sold" | b"fell"
        | b"grew" | b"drew" | b"threw" | b"chose" | b"rose" | b"struck" | b"sought" | b"fought"
        | b"caught" | b"taught" | b"spoke" | b"broke" | b"drove" | b"ate" | b"heard" | b"understood"
        | b"withdrew" | b"forgot" | b"overtook" | b"undertook" | b"hid" | b"shot" | b"sank" | b"swore"
);

word_class!(
    /// Words between a speaker and the reporting verb that do not change who speaks:
    /// "Putin also said", "Macron has said", "Putin in turn said".
    pre_verb_filler, PreVerbFiller, PRE_VERB_FILLER: b"also" | b"then" | b"later" | b"earlier" | b"again" | b"repeatedly"
        | b"previously" | b"publicly" | b"privately" | b"once" | b"already" | b"quickly"
        | b"has" | b"have" | b"had" | b"in" | b"turn" | b"recently" | b"separately" | b"too"
        | b"himself" | b"herself" | b"itself" | b"themselves" | b"subsequently" | b"further"
        | b"first" | b"finally" | b"only" | b"just" | b"now" | b"similarly" | b"likewise"
        | b"reportedly" | b"however" | b"often" | b"frequently" | b"will" | b"would" | b"may"
        | b"might" | b"could" | b"can" | b"should" | b"last" | b"this" | b"week" | b"month"
        | b"year" | b"on" | b"openly" | b"bluntly" | b"flatly" | b"explicitly" | b"angrily"
        | b"sharply" | b"immediately" | b"yesterday" | b"today" | b"tonight"
);

word_class!(
    /// Negation before a reporting verb: "did not specify", "never said".
    negation, Negation, NEGATION: b"not" | b"never" | b"didn't" | b"don't" | b"doesn't" | b"won't" | b"wouldn't"
        | b"cannot" | b"can't" | b"couldn't" | b"hasn't" | b"haven't" | b"hadn't" | b"declined"
        | b"refused" | b"nor" | b"neither" | b"no"
);

word_class!(
    /// Prepositions that open an adverbial between a reporting verb and its clause:
    /// "said on Tuesday that", "said after the talks that".
    adverbial_preposition, AdverbialPreposition, ADVERBIAL_PREPOSITION: b"on" | b"in" | b"at" | b"after" | b"before" | b"during" | b"from"
        | b"with" | b"following" | b"since" | b"upon" | b"amid" | b"via" | b"through"
        | b"alongside" | b"outside" | b"inside" | b"ahead" | b"over" | b"by" | b"late" | b"early"
);

word_class!(
    /// Words that end a reported clause after a comma: a new clause or an aside.
    clause_breaker, ClauseBreaker, CLAUSE_BREAKER: b"which" | b"although" | b"though" | b"whereas" | b"while"
        | b"who" | b"whom" | b"despite" | b"even" | b"as" | b"according" | b"when" | b"where"
        | b"yet" | b"so" | b"because" | b"since" | b"with" | b"without" | b"unlike"
);

word_class!(
    /// Relative pronouns: "which Moscow denies it is planning" reports nothing new.
    relative_pronoun, RelativePronoun, RELATIVE_PRONOUN: b"which" | b"that" | b"who" | b"whom" | b"whose" | b"what"
);

word_class!(
    /// Capitalised words that start sentences but are not names.
    not_a_name, NotAName, NOT_A_NAME: b"the" | b"a" | b"an" | b"but" | b"and" | b"or" | b"however" | b"in" | b"on" | b"at"
        | b"after" | b"before" | b"during" | b"this" | b"that" | b"these" | b"those" | b"it"
        | b"he" | b"she" | b"they" | b"we" | b"i" | b"you" | b"meanwhile" | b"later" | b"earlier"
        | b"ahead" | b"upon" | b"apparently" | b"according" | b"if" | b"when" | b"while" | b"as"
        | b"since" | b"for" | b"with" | b"without" | b"by" | b"from" | b"to" | b"of" | b"so"
        | b"yet" | b"still" | b"also" | b"then" | b"now" | b"there" | b"here" | b"his" | b"her"
        | b"its" | b"their" | b"our" | b"my" | b"your" | b"what" | b"who" | b"why" | b"how"
        | b"where" | b"which" | b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday"
        | b"saturday" | b"sunday" | b"january" | b"february" | b"march" | b"april" | b"may"
        | b"june" | b"july" | b"august" | b"september" | b"october" | b"november"
        | b"december" | b"mr" | b"mrs" | b"ms" | b"dr" | b"mr." | b"mrs." | b"ms." | b"dr."
        | b"both" | b"all" | b"some" | b"many" | b"several" | b"most" | b"no" | b"not"
        | b"each" | b"every" | b"another" | b"other" | b"such" | b"although" | b"though"
        | b"because" | b"despite" | b"unlike" | b"like" | b"instead" | b"indeed" | b"even"
        | b"once" | b"asked" | b"speaking" | b"writing" | b"responding" | b"wearing"
        | b"read" | b"related" | b"see" | b"watch" | b"click" | b"follow" | b"sign"
);

word_class!(
    /// Days of the week, which time a report ("said Tuesday that").
    weekday, Weekday, WEEKDAY: b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday"
        | b"sunday"
);

word_class!(
    /// Months, in full or abbreviated.
    month, Month, MONTH: b"january" | b"february" | b"march" | b"april" | b"june" | b"july" | b"august"
        | b"september" | b"october" | b"november" | b"december" | b"jan." | b"feb."
        | b"aug." | b"sept." | b"oct." | b"nov." | b"dec."
);

word_class!(
    /// Words after which a period does not end a sentence.
    abbreviation, Abbreviation, ABBREVIATION: b"mr" | b"mrs" | b"ms" | b"dr" | b"st" | b"gen" | b"sen" | b"rep" | b"gov" | b"lt"
        | b"col" | b"sgt" | b"prof" | b"jr" | b"sr" | b"inc" | b"co" | b"corp" | b"no" | b"jan"
        | b"feb" | b"mar" | b"apr" | b"aug" | b"sept" | b"sep" | b"oct" | b"nov" | b"dec" | b"vs"
        | b"mt" | b"ft" | b"capt" | b"cmdr" | b"adm" | b"maj" | b"pres" | b"supt" | b"det" | b"rev"
        | b"hon" | b"messrs" | b"ltd" | b"dept" | b"gov't" | b"approx" | b"est" | b"fig" | b"vol"
);

word_class!(
    /// Organisation words: a capitalised name holding one is not a person.
    organisation_word, OrganisationWord, ORGANISATION_WORD: b"ministry" | b"office" | b"department" | b"service" | b"agency" | b"post"
        | b"times" | b"news" | b"journal" | b"party" | b"committee" | b"council" | b"commission"
        | b"union" | b"house" | b"kremlin" | b"government" | b"administration" | b"bank"
        | b"court" | b"company" | b"group" | b"institute" | b"university" | b"foundation"
        | b"association" | b"network" | b"police" | b"army" | b"navy" | b"military"
        | b"campaign" | b"press" | b"reuters" | b"tass" | b"cnn" | b"bbc" | b"nbc" | b"abc"
        | b"cbs" | b"fox" | b"msnbc" | b"ap" | b"afp" | b"dpa" | b"senate" | b"congress"
        | b"parliament" | b"presidency" | b"embassy" | b"inc" | b"corp" | b"fund" | b"board"
        | b"center" | b"centre" | b"forces" | b"guard" | b"fbi" | b"cia" | b"nsa" | b"pentagon"
        | b"politifact" | b"poll" | b"survey" | b"gazette" | b"tribune" | b"herald" | b"daily"
        | b"magazine" | b"review" | b"television" | b"radio" | b"federation" | b"alliance"
        | b"coalition" | b"movement" | b"front" | b"organization" | b"organisation"
        | b"secretariat" | b"staff" | b"team" | b"club" | b"league" | b"bureau" | b"media"
);

word_class!(
    /// Places and states, which speak as organisations ("Moscow insisted").
    place_name, PlaceName, PLACE_NAME: b"russia" | b"ukraine" | b"france" | b"germany" | b"moscow" | b"kyiv" | b"kiev"
        | b"washington" | b"berlin" | b"paris" | b"london" | b"beijing" | b"china" | b"britain"
        | b"america" | b"belarus" | b"turkey" | b"poland" | b"brussels" | b"europe" | b"iran"
        | b"israel" | b"japan" | b"india" | b"italy" | b"spain" | b"canada" | b"mexico" | b"syria"
        | b"iraq" | b"tehran" | b"tokyo" | b"rome" | b"minsk" | b"warsaw" | b"ankara" | b"nato"
        | b"eu" | b"un" | b"u.s" | b"u.s." | b"us" | b"uk" | b"u.k" | b"u.k." | b"pyongyang"
        | b"seoul" | b"taiwan" | b"taipei" | b"jerusalem" | b"cairo" | b"egypt" | b"lebanon"
);

/// Whether `role` (lowercase, as in the dictionary) fits a descriptor made of
/// `modifiers` (lowercase, such as `["french"]`) and the head noun `head`
/// (such as "leader"): every modifier names the same nationality or word as the
/// role, and the head is the role's head or the generic "leader".
pub(crate) fn role_fits(role: &str, modifiers: &[&str], head: &str) -> bool {
    let role = role.trim();
    let (role_modifiers, role_head) = match role.rsplit_once(' ') {
        Some((m, h)) => (m, h),
        None => ("", role),
    };
    if role_head.is_empty() {
        return false;
    }
    let head_fits = same_role_noun(role_head, head)
        || (head == "leader"
            && matches!(
                role_head,
                "president" | "chancellor" | "premier" | "king" | "queen" | "leader"
            ))
        || (head == "leader" && role.ends_with("prime minister"));
    if !head_fits {
        return false;
    }
    modifiers.iter().all(|m| {
        let m = nationality(m);
        role_modifiers
            .split_whitespace()
            .any(|w| nationality(w) == m)
    })
}

fn same_role_noun(a: &str, b: &str) -> bool {
    fn norm(w: &str) -> &str {
        match w {
            "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
            w => w.strip_suffix("'s").unwrap_or(w),
        }
    }
    let (a, b) = (norm(a), norm(b));
    a == b
}

/// The adjective of a country name or possessive, so that "Ukraine's", "Ukraine"
/// and "Ukrainian" compare equal.
pub(crate) fn nationality(word: &str) -> &str {
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    match w {
        "russia" | "russian" => "russian",
        "ukraine" | "ukrainian" => "ukrainian",
        "france" | "french" => "french",
        "germany" | "german" => "german",
        "britain" | "british" | "uk" | "u.k." | "u.k" => "british",
        "us" | "u.s." | "u.s" | "america" | "american" | "united states" => "american",
        "china" | "chinese" => "chinese",
        "belarus" | "belarusian" => "belarusian",
        "turkey" | "turkish" => "turkish",
        "poland" | "polish" => "polish",
        "italy" | "italian" => "italian",
        "japan" | "japanese" => "japanese",
        "israel" | "israeli" => "israeli",
        "iran" | "iranian" => "iranian",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            for w in list {
                let w = std::str::from_utf8(w).expect("ASCII");
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
    }

    #[test]
    fn lookups_ignore_case_and_curly_apostrophes() {
        assert!(auxiliary("Hadn’t"));
        assert!(speaker_noun("Officials"));
        assert!(!speaker_noun("visited"));
        assert_eq!(pronoun("He"), Some(Pronoun::He));
    }
}
