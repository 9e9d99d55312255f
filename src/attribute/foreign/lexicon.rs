//! The data of one language other than English: its cue dictionary
//! (`dictionaries/cues.fr.csv`, `cues.de.csv`) and its closed word classes
//! (`dictionaries/words.fr.csv`, `words.de.csv`: pronouns, determiners,
//! honorifics, titles, source nouns, nationality adjectives…), embedded with
//! `include_str!` and read once per process.
//!
//! A cue form of several words (`à en croire`, `nach Angaben`, `hieß es`) is
//! looked up from its first word; a form with `…` in it is a separable verb
//! (`fügte … hinzu`): its first word is the cue, and its particle must follow
//! later in the clause.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::dict::{CueDict, DEFAULT_CUES_DE, DEFAULT_CUES_FR};
use crate::lang::Lang;

/// Closed classes, one bit each.
pub(crate) mod class {
    pub const PRON_M: u32 = 1;
    pub const PRON_F: u32 = 1 << 1;
    pub const PRON_PL: u32 = 1 << 2;
    pub const PRON_NONE: u32 = 1 << 3;
    pub const DET: u32 = 1 << 4;
    pub const HON_M: u32 = 1 << 5;
    pub const HON_F: u32 = 1 << 6;
    pub const HON: u32 = 1 << 7;
    pub const TITLE: u32 = 1 << 8;
    pub const TITLE_F: u32 = 1 << 9;
    pub const SOURCE: u32 = 1 << 10;
    pub const NAT: u32 = 1 << 11;
    pub const AUX: u32 = 1 << 12;
    pub const COMPL: u32 = 1 << 13;
    pub const PARTICLE: u32 = 1 << 14;
    pub const FILLER: u32 = 1 << 15;
    pub const CONJ: u32 = 1 << 16;
    pub const SUBJ: u32 = 1 << 17;
    pub const POSTPOS: u32 = 1 << 18;
    pub const SRC_PREP: u32 = 1 << 19;
    /// Begins with a capital letter (set by the tokenizer).
    pub const CAP: u32 = 1 << 20;
    /// A verb with its subject pronoun joined by a hyphen: `a-t-il`, `poursuit-elle`
    /// (set by the tokenizer, with the pronoun's bit).
    pub const INV: u32 = 1 << 21;
    /// A preposition that cannot open a subject (`In Hamburg sagte …`).
    pub const PREP: u32 = 1 << 22;
    /// A word in `-e` or `-en` that is no verb, though it may follow a noun
    /// (`alle`, `gerade`, `letzten`): never read as a subjunctive.
    pub const NOT_VERB: u32 = 1 << 23;

    /// Any subject pronoun.
    pub const PRONOUN: u32 = PRON_M | PRON_F | PRON_PL | PRON_NONE;
    /// Any honorific.
    pub const HONORIFIC: u32 = HON_M | HON_F | HON;
    /// Words that name a role.
    pub const ROLE: u32 = TITLE | TITLE_F;
}

/// One cue form, as looked up from its first word.
#[derive(Clone, Debug)]
pub(crate) struct Form {
    /// The words after the first one (`en croire` of `à en croire`).
    pub rest: Vec<String>,
    /// The particle of a separable verb (`hinzu` of `fügte … hinzu`).
    pub particle: Option<String>,
    /// The form's index in the language's cue dictionary.
    pub verb: usize,
}

/// The data of one language.
pub(crate) struct LangData {
    /// The language.
    pub lang: Lang,
    /// Its cue dictionary: what rows' `cue_lemma` and `cue_type` come from.
    pub cues: CueDict,
    /// Each word's classes, by its lowercase form.
    classes: HashMap<String, u32>,
    /// The cue forms, by their first word, longest first.
    forms: HashMap<String, Vec<Form>>,
    /// German compounds: the titles and source nouns a word may end in
    /// (`Verkehrsminister`, `Finanzministerium`), with their classes.
    suffixes: Vec<(String, u32)>,
}

const WORDS_FR: &str = include_str!("../../../dictionaries/words.fr.csv");
const WORDS_DE: &str = include_str!("../../../dictionaries/words.de.csv");

/// The built-in data of `lang` (French or German).
pub(crate) fn data(lang: Lang) -> &'static LangData {
    static FR: OnceLock<LangData> = OnceLock::new();
    static DE: OnceLock<LangData> = OnceLock::new();
    match lang {
        Lang::De => DE.get_or_init(|| LangData::new(Lang::De, DEFAULT_CUES_DE, WORDS_DE)),
        _ => FR.get_or_init(|| LangData::new(Lang::Fr, DEFAULT_CUES_FR, WORDS_FR)),
    }
}

/// Straight apostrophes as typographic ones, lowercase.
pub(crate) fn normalise(word: &str) -> String {
    word.to_lowercase().replace('\'', "’")
}

impl LangData {
    fn new(lang: Lang, cues_csv: &str, words_csv: &str) -> LangData {
        let name = format!("default cues.{}.csv", lang.as_str());
        let cues = CueDict::from_sources(&[(name.as_str(), cues_csv.as_bytes())])
            .expect("the embedded cue dictionary is valid");
        let mut classes: HashMap<String, u32> = HashMap::default();
        for line in words_csv.lines().skip(1) {
            let Some((word, class)) = line.split_once(',') else {
                continue;
            };
            let bit = match class.trim() {
                "pronoun_m" => class::PRON_M,
                "pronoun_f" => class::PRON_F,
                "pronoun_plural" => class::PRON_PL,
                "pronoun_none" => class::PRON_NONE,
                "determiner" => class::DET,
                "honorific_m" => class::HON_M,
                "honorific_f" => class::HON_F,
                "honorific" => class::HON,
                "title" => class::TITLE,
                "title_f" => class::TITLE_F,
                "source" => class::SOURCE,
                "nationality" => class::NAT,
                "auxiliary" => class::AUX,
                "complementizer" => class::COMPL,
                "particle" => class::PARTICLE,
                "filler" => class::FILLER,
                "conjunction" => class::CONJ,
                "subjunctive" => class::SUBJ,
                "postposition" => class::POSTPOS,
                "source_preposition" => class::SRC_PREP,
                "preposition" => class::PREP,
                "not_verb" => class::NOT_VERB,
                other => panic!(
                    "unknown word class `{other}` in words.{}.csv",
                    lang.as_str()
                ),
            };
            *classes.entry(normalise(word)).or_default() |= bit;
        }
        let mut forms: HashMap<String, Vec<Form>> = HashMap::default();
        for (verb, v) in cues.verbs().iter().enumerate() {
            let form = normalise(&v.form);
            let (words, particle) = match form.split_once('…') {
                Some((head, particle)) => {
                    (head.trim().to_string(), Some(particle.trim().to_string()))
                }
                None => (form.clone(), None),
            };
            let mut words = split_words(&words);
            if words.is_empty() {
                continue;
            }
            let first = words.remove(0);
            forms.entry(first).or_default().push(Form {
                rest: words,
                particle,
                verb,
            });
        }
        for list in forms.values_mut() {
            list.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
        }
        let suffixes = if lang == Lang::De {
            let mut s: Vec<(String, u32)> = classes
                .iter()
                .filter(|(w, c)| w.chars().count() >= 5 && **c & (class::ROLE | class::SOURCE) != 0)
                .map(|(w, c)| (w.clone(), *c & (class::ROLE | class::SOURCE)))
                .collect();
            // Longest first: `-ministerin` before `-minister`.
            s.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
            s
        } else {
            Vec::new()
        };
        LangData {
            lang,
            cues,
            classes,
            forms,
            suffixes,
        }
    }
    /// The classes of a lowercase word; in German, a compound ending in a
    /// title or source noun (`verkehrsminister`, `bezirksregierung`) has its class.
    pub fn classes(&self, lower: &str) -> u32 {
        if let Some(&c) = self.classes.get(lower) {
            return c;
        }
        self.suffixes
            .iter()
            .find(|(s, _)| lower.len() > s.len() && lower.ends_with(s.as_str()))
            .map_or(0, |(_, c)| *c)
    }

    /// The cue forms whose first word is `lower`.
    pub fn forms(&self, lower: &str) -> &[Form] {
        self.forms.get(lower).map_or(&[], Vec::as_slice)
    }
}

/// The words of a cue form as the tokenizer splits text: `d’après` is `d’`
/// and `après`.
fn split_words(form: &str) -> Vec<String> {
    let mut words = Vec::new();
    for w in form.split_whitespace() {
        match w.find('’') {
            Some(at) if at + '’'.len_utf8() < w.len() && elision(&w[..at]) => {
                words.push(w[..at + '’'.len_utf8()].to_string());
                words.push(w[at + '’'.len_utf8()..].to_string());
            }
            _ => words.push(w.to_string()),
        }
    }
    words
}

/// Whether a word before an apostrophe is a French elision (`l’`, `d’`, `qu’`):
/// then the apostrophe ends a word of its own.
pub(crate) fn elision(before: &str) -> bool {
    matches!(
        before.to_lowercase().as_str(),
        "l" | "d" | "qu" | "j" | "n" | "s" | "c" | "m" | "t" | "jusqu" | "lorsqu" | "puisqu"
    )
}
