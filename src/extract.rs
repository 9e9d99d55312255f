//! `Extractor`: the public entry point that runs the whole pipeline on one article
//! and returns its attributions with character offsets.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::attribute::discourse::EntityKind;
use crate::attribute::{Analyzer, Scratch};
use crate::dict::{CueDict, CueType, CueTypeSet, DictIndex, SpeakerDict};
use crate::lang::Lang;
use crate::scan::layout::Layout;
use crate::scan::quotes::QuoteScanner;
use crate::span::{CharCursor, Span};

/// What kind of attribution a row is: a quote standing alone, quoted words inside
/// the reporter's sentence, or a claim reported without quote marks. Written in
/// the output as `direct`, `partial` and `indirect` ([`Kind::as_str`], and the
/// same names parse back with [`str::parse`]).
///
/// ```
/// use whosaid::{Extractor, Kind};
///
/// let article = Extractor::builtin()
///     .extract("\"We are ready,\" Kuleba said. Putin said talks would go on.");
/// let kinds: Vec<Kind> = article.attributions.iter().map(|a| a.kind).collect();
/// assert_eq!(kinds, [Kind::Direct, Kind::Indirect]);
/// assert!(Kind::Direct.is_quote() && !Kind::Indirect.is_quote());
/// assert_eq!("partial".parse::<Kind>(), Ok(Kind::Partial));
/// assert!("quote".parse::<Kind>().is_err()); // the error names the three kinds
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Quoted words standing as their own sentence: `"…," Macron said.`
    Direct,
    /// Quoted words inside the reporter's sentence: `called the talks "useful"`.
    Partial,
    /// A reported claim, not in quote marks: `Putin said that …`.
    Indirect,
}

impl Kind {
    /// The kind's name in the output and on the command line: `direct`, `partial`, `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
        }
    }

    /// Quotes (direct and partial) and claims are scored as separate tasks.
    pub fn is_quote(self) -> bool {
        matches!(self, Kind::Direct | Kind::Partial)
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Kind, String> {
        match s.trim() {
            "direct" => Ok(Kind::Direct),
            "partial" => Ok(Kind::Partial),
            "indirect" => Ok(Kind::Indirect),
            other => Err(format!(
                "unknown kind `{other}` (direct, partial or indirect)"
            )),
        }
    }
}

/// A set of kinds to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindSet {
    /// Report direct quotes.
    pub direct: bool,
    /// Report partial quotes.
    pub partial: bool,
    /// Report claims (indirect speech).
    pub indirect: bool,
}

impl KindSet {
    /// Every kind.
    pub const ALL: KindSet = KindSet {
        direct: true,
        partial: true,
        indirect: true,
    };

    /// Whether `kind` is in the set.
    pub fn contains(&self, kind: Kind) -> bool {
        match kind {
            Kind::Direct => self.direct,
            Kind::Partial => self.partial,
            Kind::Indirect => self.indirect,
        }
    }

    /// Parse a comma-separated list such as `direct,partial`.
    pub fn parse(list: &str) -> std::result::Result<KindSet, String> {
        let mut set = KindSet {
            direct: false,
            partial: false,
            indirect: false,
        };
        for part in list.split(',').filter(|p| !p.trim().is_empty()) {
            match part.parse::<Kind>()? {
                Kind::Direct => set.direct = true,
                Kind::Partial => set.partial = true,
                Kind::Indirect => set.indirect = true,
            }
        }
        Ok(set)
    }
}

/// How the speaker of an attribution was found: named next to the cue, a pronoun
/// or a descriptor resolved to someone named before, continued from the quote
/// before, or not found at all. Written in the output as its
/// [`as_str`](Method::as_str) name.
///
/// ```
/// use whosaid::{Extractor, Method};
///
/// let article = Extractor::builtin().extract(
///     "\"We are ready,\" Kuleba said. \"We will not give up.\"\n\n\"Nothing has changed,\" he added.",
/// );
/// let methods: Vec<Method> = article.attributions.iter().map(|a| a.method).collect();
/// assert_eq!(methods, [Method::Explicit, Method::Continuation, Method::Pronoun]);
/// assert_eq!(Method::Pronoun.as_str(), "pronoun");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// A name or source phrase next to the cue: "Macron said", "said Kuleba".
    Explicit,
    /// A pronoun resolved to an earlier speaker: "he added".
    Pronoun,
    /// A role resolved through the dictionary or an earlier title: "the French leader".
    Descriptor,
    /// No tag of its own; continues the previous speaker.
    Continuation,
    /// No speaker found.
    None,
}

impl Method {
    /// The method's name in the output: `explicit`, `pronoun`, `descriptor`, `continuation`, `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Explicit => "explicit",
            Method::Pronoun => "pronoun",
            Method::Descriptor => "descriptor",
            Method::Continuation => "continuation",
            Method::None => "none",
        }
    }
}

/// One attribution: a quote or a claim with its speaker and cue.
///
/// `start` and `end` count characters (Unicode scalars, as Python's `str`
/// does) from the start of the text as given, date prefix included; `bytes`,
/// `mention_bytes` and `cue_bytes` count bytes of it. `paragraph` numbers the
/// blank-line separated paragraphs from 0 (lines, when the text has no blank
/// line). The speaker's strings are read with [`speaker`](Attribution::speaker),
/// [`speaker_id`](Attribution::speaker_id), [`mention`](Attribution::mention),
/// [`cue`](Attribution::cue), [`cue_lemma`](Attribution::cue_lemma) and
/// [`addressee`](Attribution::addressee): empty when there is none.
///
/// ```
/// use whosaid::{Extractor, Kind, Method};
///
/// let text = "Kyiv — talks went on.\n\n\"We are ready,\" Foreign Minister Dmytro Kuleba told reporters.";
/// let article = Extractor::builtin().extract(text);
/// let quote = &article.attributions[0];
/// assert_eq!((quote.index, quote.kind, quote.text.as_str()), (0, Kind::Direct, "We are ready,"));
/// assert_eq!(quote.speaker(), "Dmytro Kuleba");
/// assert_eq!(quote.speaker_id(), "dmytro-kuleba");
/// assert_eq!(quote.mention(), "Foreign Minister Dmytro Kuleba");
/// assert_eq!(quote.method, Method::Explicit);
/// assert_eq!((quote.cue(), quote.cue_lemma(), quote.addressee()), ("told", "tell", "reporters"));
/// assert_eq!(quote.paragraph, 1);
/// // Characters: the dash before the quote is one character but three bytes.
/// assert_eq!((quote.start, quote.end), (24, 37));
/// let chars: String = text.chars().skip(quote.start).take(quote.end - quote.start).collect();
/// assert_eq!(chars, quote.text);
/// assert_eq!((quote.bytes.start, quote.bytes.end), (26, 39));
/// assert_eq!(&text[quote.bytes.start..quote.bytes.end], quote.text);
/// assert_eq!(quote.claim, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Position among the article's attributions, from 0, in text order.
    pub index: usize,
    /// Direct quote, partial quote or claim.
    pub kind: Kind,
    /// The quoted words (inside the marks), or the reported content.
    pub text: String,
    /// Canonical speaker name (the dictionary's), or the source as written.
    pub(crate) speaker: CompactString,
    /// Dictionary id of the speaker; empty when not in the dictionary.
    pub(crate) speaker_id: CompactString,
    /// The speaker as written next to the cue ("he", "the French leader").
    pub(crate) mention: CompactString,
    /// How the speaker was found.
    pub method: Method,
    /// The reporting verb as written ("said", "according to").
    pub(crate) cue: CompactString,
    /// Its lemma ("say").
    pub(crate) cue_lemma: CompactString,
    /// What the cue reports (speech, belief or evidence), from the cue
    /// dictionary; none when there is no cue (an untagged quote, a signature).
    pub cue_type: Option<CueType>,
    /// Who was spoken to ("reporters", "Macron"), if anyone.
    pub(crate) addressee: CompactString,
    /// Character (Unicode scalar) offsets of `text` in the input: the input
    /// sliced there is `text`, or, where the input writes marks as HTML entities
    /// or mojibake, decodes to it (`scan::decode::decode(&input[bytes]) == text`).
    pub start: usize,
    /// End of `text`, in characters, exclusive (see `start`).
    pub end: usize,
    /// Byte offsets of `text` in the input.
    pub bytes: Span,
    /// Byte offsets of the mention in the input, when written.
    pub mention_bytes: Option<Span>,
    /// Byte offsets of the cue in the input, when written.
    pub cue_bytes: Option<Span>,
    /// Paragraph number, from 0.
    pub paragraph: usize,
    /// For a quote inside a claim, the claim's `index`.
    pub claim: Option<usize>,
    /// The article's language.
    pub lang: Lang,
}

impl Attribution {
    /// The speaker's canonical name (the dictionary's), or the source as
    /// written ("U.S. officials"); empty when no speaker was found.
    pub fn speaker(&self) -> &str {
        &self.speaker
    }

    /// The speaker's dictionary id (`vladimir-putin`); empty when the
    /// dictionary does not know the speaker.
    pub fn speaker_id(&self) -> &str {
        &self.speaker_id
    }

    /// The speaker as written next to the cue ("he", "the French leader",
    /// "Foreign Minister Dmytro Kuleba"); empty when none is written there (a
    /// continued quote keeps the mention of the quote it continues).
    pub fn mention(&self) -> &str {
        &self.mention
    }

    /// The reporting verb as written ("said", "according to"); empty when the
    /// row has none (an untagged quote, a signature).
    pub fn cue(&self) -> &str {
        &self.cue
    }

    /// The cue's lemma from the cue dictionary ("say"); empty without a cue.
    pub fn cue_lemma(&self) -> &str {
        &self.cue_lemma
    }

    /// Who was spoken to ("reporters", "Macron"); empty when no one is named.
    pub fn addressee(&self) -> &str {
        &self.addressee
    }
}

/// The result of extracting one article: its date, its attributions in text
/// order, and, on demand, a summary of its speakers ([`Article::speakers`]).
///
/// ```
/// use whosaid::Extractor;
///
/// let article = Extractor::builtin().extract(
///     "date 2022-02-08\n\n\"We are ready,\" Kuleba said. Putin said talks would go on.",
/// );
/// assert_eq!(article.date.as_deref(), Some("2022-02-08"));
/// assert_eq!(article.attributions.len(), 2);
/// // Offsets count from the start of the file, date line included.
/// assert_eq!(article.attributions[0].start, 18);
/// assert!(article.attributions.iter().enumerate().all(|(i, a)| a.index == i));
/// assert!(article.decoding.is_empty()); // no entities, mojibake or tags were read
/// ```
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// The date of a leading ` date YYYY-MM-DD` line.
    pub date: Option<String>,
    /// A leading date prefix whose date is no calendar date (`date 2024-13-45`
    /// gives `2024-13-45`): the prefix was read as the article's text and
    /// `date` is `None`. [`Article::warning`] words it for users.
    pub invalid_date: Option<String>,
    /// The language the article was read in: given, or identified.
    pub lang: Lang,
    /// The quotes and claims, in text order (`attributions[i].index == i`).
    pub attributions: Vec<Attribution>,
    /// What the text tells of each speaker of `attributions`, in order of first
    /// attribution, for [`Article::speakers`].
    speakers: Vec<SpeakerFacts>,
    /// The speaker of each attribution, by its `index`, as an index in `speakers`.
    speaker_of: Vec<Option<usize>>,
    /// The HTML entities, mojibake marks and markup tags read in the text (see
    /// [`crate::scan::decode`]): rows' `text`, `speaker`, `mention` and `cue` are
    /// decoded, their offsets index the text as given.
    pub decoding: crate::scan::decode::Decoding,
}

/// A speaker's name, class, gender and titles, as the analysis found them.
#[derive(Clone, Debug)]
struct SpeakerFacts {
    class: SpeakerClass,
    gender: &'static str,
    gender_source: &'static str,
    titles: Vec<CompactString>,
}

impl Article {
    /// What a user should be told about how the article was read, if anything:
    /// a date prefix that is no calendar date, then the HTML entities, mojibake
    /// and tags decoded ([`Decoding::warning`](crate::scan::decode::Decoding::warning)).
    ///
    /// ```
    /// use whosaid::Extractor;
    ///
    /// let article = Extractor::builtin().extract("date 2024-13-45\n\nPutin said talks would go on.");
    /// assert_eq!(article.date, None);
    /// assert_eq!(article.invalid_date.as_deref(), Some("2024-13-45"));
    /// assert_eq!(
    ///     article.warning().unwrap(),
    ///     "line 1: `date 2024-13-45` is not a calendar date (YYYY-MM-DD); read as text, no date"
    /// );
    /// ```
    pub fn warning(&self) -> Option<String> {
        let date = self.invalid_date.as_ref().map(|d| {
            format!("line 1: `date {d}` is not a calendar date (YYYY-MM-DD); read as text, no date")
        });
        match (date, self.decoding.warning()) {
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b),
        }
    }

    /// The speakers of the attributions, in order of first attribution, each with
    /// its titles, its mentions and its counts. Made on demand: extraction alone
    /// does not pay for it. Rows are tied to their speakers by their `index`, so a
    /// caller may drop or reorder rows first and get the summary of those left.
    pub fn speakers(&self) -> Vec<ArticleSpeaker> {
        // Each speaker's place in the summary, once it has one.
        let mut place: Vec<Option<usize>> = vec![None; self.speakers.len()];
        let mut speakers: Vec<ArticleSpeaker> = Vec::with_capacity(self.speakers.len());
        for a in &self.attributions {
            let Some(slot) = self.speaker_of.get(a.index).copied().flatten() else {
                continue;
            };
            let Some(facts) = self.speakers.get(slot) else {
                continue;
            };
            let at = *place[slot].get_or_insert_with(|| {
                speakers.push(ArticleSpeaker {
                    name: a.speaker.to_string(),
                    speaker_id: a.speaker_id.to_string(),
                    class: facts.class,
                    gender: facts.gender,
                    gender_source: facts.gender_source,
                    titles: facts.titles.iter().map(CompactString::to_string).collect(),
                    mentions: Vec::new(),
                    quotes: 0,
                    claims: 0,
                });
                speakers.len() - 1
            });
            let s = &mut speakers[at];
            if a.kind == Kind::Indirect {
                s.claims += 1;
            } else {
                s.quotes += 1;
            }
            let mention = a.mention.as_str();
            if !mention.is_empty() && !s.mentions.iter().any(|m| m.eq_ignore_ascii_case(mention)) {
                s.mentions.push(mention.to_string());
            }
        }
        speakers
    }
}

/// What a speaker is, as far as the text and dictionary tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerClass {
    /// A person.
    Person,
    /// An organisation, a government, a group or a source such as a poll.
    Organisation,
    /// Sources named by a noun phrase: "U.S. officials", "the French presidency".
    Group,
}

impl SpeakerClass {
    /// The class's name in the output: `person`, `organisation`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerClass::Person => "person",
            SpeakerClass::Organisation => "organisation",
            SpeakerClass::Group => "group",
        }
    }
}

/// One speaker of an article, with how the article names it: made by
/// [`Article::speakers`], one for each speaker of the rows, in order of their
/// first row. Mentions that differ only by case (`he`, `He`) are one.
///
/// ```
/// use whosaid::{Extractor, SpeakerClass};
///
/// let article = Extractor::builtin().extract(
///     "\"We are ready,\" Foreign Minister Dmytro Kuleba said. He said talks would go on.\n\n\
///      \"We will not give up,\" he added.",
/// );
/// let speakers = article.speakers();
/// assert_eq!(speakers.len(), 1);
/// let kuleba = &speakers[0];
/// assert_eq!((kuleba.name.as_str(), kuleba.speaker_id.as_str()), ("Dmytro Kuleba", "dmytro-kuleba"));
/// assert_eq!(kuleba.class, SpeakerClass::Person);
/// assert_eq!((kuleba.quotes, kuleba.claims), (2, 1));
/// assert_eq!(kuleba.mentions, ["Foreign Minister Dmytro Kuleba", "He"]);
/// assert_eq!(kuleba.titles, ["Foreign Minister"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSpeaker {
    /// Canonical name (the dictionary's), or the source as written.
    pub name: String,
    /// Dictionary id; empty when the dictionary does not know the speaker.
    pub speaker_id: String,
    /// Person or organisation.
    pub class: SpeakerClass,
    /// "male", "female" or "unknown".
    pub gender: &'static str,
    /// Where the gender came from: `dictionary`, `honorific` (Mr., Ms.,
    /// Congresswoman), `first name`, `pronoun` (the article calls them he or
    /// she), or empty when unknown.
    pub gender_source: &'static str,
    /// Titles seen before the name in the text ("Foreign Minister"), as written.
    pub titles: Vec<String>,
    /// Mentions next to the cues, as written ("he", "the French leader").
    pub mentions: Vec<String>,
    /// Number of its direct and partial quotes in the article.
    pub quotes: usize,
    /// Number of its claims (indirect rows) in the article.
    pub claims: usize,
}

thread_local! {
    /// Each thread's analysis buffers, reused from one article to the next.
    static SCRATCH: std::cell::Cell<Option<Scratch>> = const { std::cell::Cell::new(None) };
}

/// Runs the whole pipeline with a speakers and a cue dictionary: build one
/// (a few milliseconds), then [`extract`](Extractor::extract) any number of
/// articles with it, from any number of threads. Extraction never fails: any
/// text, however malformed, gives an [`Article`] (maybe with no rows).
///
/// ```
/// use whosaid::{Extractor, Kind, KindSet};
///
/// let text = "\"We are ready,\" Kuleba said. Putin said talks would go on.";
/// let all = Extractor::builtin();
/// assert_eq!(all.extract(text).attributions.len(), 2);
/// // Only quotes, as `--kinds direct,partial` does.
/// let quotes = Extractor::builtin().with_kinds(KindSet::parse("direct,partial").unwrap());
/// let article = quotes.extract(text);
/// assert_eq!(article.attributions.len(), 1);
/// assert_eq!(article.attributions[0].kind, Kind::Direct);
/// // Nothing to attribute is no error.
/// assert!(all.extract("").attributions.is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    speakers: SpeakerDict,
    cues: CueDict,
    index: DictIndex,
    kinds: KindSet,
    cue_types: CueTypeSet,
    /// The language of every article, or none to identify each one's.
    lang: Option<Lang>,
}

impl Extractor {
    /// An extractor with the embedded dictionaries, reporting every kind.
    pub fn builtin() -> Extractor {
        Extractor::new(SpeakerDict::builtin(), CueDict::builtin())
    }

    /// An extractor with these dictionaries, reporting every kind. Building the
    /// index of both dictionaries takes a few milliseconds: make one extractor
    /// and share it (it is `Sync`; [`Extractor::extract`] takes `&self`).
    ///
    /// ```
    /// use whosaid::{CueDict, Extractor, SpeakerDict};
    ///
    /// // The built-in speakers, and one more read from CSV text (a file's name and
    /// // its bytes; errors name that file, its line and its column).
    /// let extra = "speaker_id,name,alias,role,gender,kind\n\
    ///              lena-ostrowski,Lena Ostrowski,Ostrowski,mayor,female,person\n";
    /// let speakers = SpeakerDict::from_sources(&[
    ///     ("default speakers.csv", whosaid::dict::DEFAULT_SPEAKERS.as_bytes()),
    ///     ("mine.csv", extra.as_bytes()),
    /// ])?;
    /// let extractor = Extractor::new(speakers, CueDict::builtin());
    /// let article = extractor.extract("Ostrowski said the town was ready.");
    /// assert_eq!(article.attributions[0].speaker(), "Lena Ostrowski");
    /// assert_eq!(article.attributions[0].speaker_id(), "lena-ostrowski");
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    pub fn new(speakers: SpeakerDict, cues: CueDict) -> Extractor {
        let index = DictIndex::new(&cues, &speakers);
        crate::dict::load_first_names();
        Extractor {
            speakers,
            cues,
            index,
            kinds: KindSet::ALL,
            cue_types: CueTypeSet::ALL,
            lang: None,
        }
    }

    /// Read every article in `lang` (`Some(Lang::Fr)`), or identify each
    /// article's language (`None`, the default: see [`Lang::detect`]). French
    /// and German articles use the built-in French and German cue
    /// dictionaries; the cue dictionary given to [`Extractor::new`] is English.
    ///
    /// ```
    /// use whosaid::{Extractor, Lang};
    ///
    /// let extractor = Extractor::builtin().with_lang(Some(Lang::Fr));
    /// let article = extractor.extract("« Nous ne céderons pas », a déclaré Julien Marchetti.");
    /// assert_eq!(article.lang, Lang::Fr);
    /// assert_eq!(article.attributions[0].speaker(), "Julien Marchetti");
    /// assert_eq!(article.attributions[0].cue_lemma(), "déclarer");
    /// ```
    pub fn with_lang(mut self, lang: Option<Lang>) -> Extractor {
        self.lang = lang;
        self
    }

    /// Report only these kinds.
    pub fn with_kinds(mut self, kinds: KindSet) -> Extractor {
        self.kinds = kinds;
        self
    }

    /// Report only rows whose cue is of these types. A row with no cue (a quote
    /// with no tag, a signature) is quoted speech: it is kept when speech is.
    pub fn with_cue_types(mut self, cue_types: CueTypeSet) -> Extractor {
        self.cue_types = cue_types;
        self
    }

    /// The type of the cue of a found row, in cue dictionary `cues`.
    fn cue_type(cues: &CueDict, cue: Option<(Span, Option<usize>)>) -> Option<CueType> {
        cue.and_then(|(_, verb)| verb)
            .map(|v| cues.verb(v).cue_type)
    }

    /// The speaker dictionary the extractor uses.
    pub fn speakers(&self) -> &SpeakerDict {
        &self.speakers
    }
    /// The reporting-verb dictionary the extractor uses (for English).
    pub fn cues(&self) -> &CueDict {
        &self.cues
    }

    /// The reporting-verb dictionary of articles in `lang`: for English the
    /// extractor's, for French and German the built-in `cues.fr.csv` and
    /// `cues.de.csv`.
    pub fn cues_for(&self, lang: Lang) -> &CueDict {
        match lang {
            Lang::En => &self.cues,
            _ => &crate::attribute::foreign::lexicon::data(lang).cues,
        }
    }

    /// Extract the attributions of one article: `text` is the whole article,
    /// optionally starting with a `date YYYY-MM-DD` line (see [`Article::date`]).
    /// Its language is the extractor's ([`Extractor::with_lang`]), identified
    /// per article by default. It never fails; offsets in the result index
    /// `text` as given.
    pub fn extract(&self, text: &str) -> Article {
        self.extract_traced_in(text, None, None)
    }

    /// Extract the attributions of one article in `lang`, whatever the
    /// extractor's setting (none: the extractor's setting).
    pub fn extract_in(&self, text: &str, lang: Option<Lang>) -> Article {
        self.extract_traced_in(text, lang, None)
    }

    /// [`Extractor::extract`], also giving the name of the rule that made each
    /// row (in row order) when `rules` is given: what the rules' tests check.
    #[cfg(test)]
    pub(crate) fn extract_traced(
        &self,
        text: &str,
        rules: Option<&mut Vec<&'static str>>,
    ) -> Article {
        self.extract_traced_in(text, None, rules)
    }

    /// [`Extractor::extract_traced`] in `lang` (none: the extractor's setting).
    pub(crate) fn extract_traced_in(
        &self,
        text: &str,
        lang: Option<Lang>,
        mut rules: Option<&mut Vec<&'static str>>,
    ) -> Article {
        // The text as read, entities and mojibake decoded; spans are mapped back to
        // `original` for the rows' offsets.
        let original = text;
        let readable = crate::scan::decode::read(original);
        let text: &str = &readable.text;
        let layout = Layout::of(text);
        let lang = lang
            .or(self.lang)
            .unwrap_or_else(|| Lang::detect(&text[layout.body_start..]));
        // French and German read with their own cues and rules; English pays
        // for nothing of theirs.
        let foreign = (lang != Lang::En).then(|| crate::attribute::foreign::lexicon::data(lang));
        let cues = foreign.map_or(&self.cues, |d| &d.cues);
        let quotes = QuoteScanner::new(cues)
            .with_lang(lang)
            .scan(text, &layout.paragraphs);
        let scratch = SCRATCH.take().unwrap_or_default();
        let mut analyzer = Analyzer::new(&self.speakers, cues, &self.index, scratch);
        match foreign {
            None => analyzer.run(text, &layout, &quotes),
            Some(data) => analyzer.run_foreign(text, &layout, &quotes, data),
        }

        let mut chars = CharCursor::new(original);
        let found = &analyzer.found;
        let mut order: Vec<usize> = (0..found.len())
            .filter(|&i| {
                self.kinds.contains(found[i].kind)
                    && self.cue_types.contains(
                        Extractor::cue_type(cues, found[i].cue).unwrap_or(CueType::Speech),
                    )
            })
            .collect();
        order.sort_by_key(|&i| {
            (
                found[i].text.start,
                found[i].kind != crate::Kind::Indirect,
                found[i].text.end,
            )
        });
        let mut new_index = vec![None; found.len()];
        for (n, &i) in order.iter().enumerate() {
            new_index[i] = Some(n);
        }
        let slice = |s: Option<Span>| {
            s.map_or(CompactString::default(), |s| {
                CompactString::new(&text[s.start..s.end])
            })
        };
        // Each entity's place in `speakers`, once it has one.
        let mut slots: Vec<Option<usize>> = vec![None; analyzer.discourse.entities.len()];
        let mut speakers: Vec<SpeakerFacts> = Vec::new();
        let mut speaker_of = Vec::with_capacity(order.len());
        let mut attributions = Vec::with_capacity(order.len());
        for (n, &i) in order.iter().enumerate() {
            let f = &found[i];
            if let Some(rules) = rules.as_deref_mut() {
                rules.push(f.rule);
            }
            let (speaker, speaker_id) = match f.entity {
                Some(e) => {
                    let entity = &mut analyzer.discourse.entities[e];
                    if slots[e].is_none() {
                        slots[e] = Some(speakers.len());
                        speakers.push(SpeakerFacts {
                            class: match entity.kind {
                                EntityKind::Person => SpeakerClass::Person,
                                EntityKind::Organisation => SpeakerClass::Organisation,
                                EntityKind::Group { .. } => SpeakerClass::Group,
                            },
                            gender: match entity.gender {
                                crate::dict::Gender::Male => "male",
                                crate::dict::Gender::Female => "female",
                                crate::dict::Gender::Unknown => "unknown",
                            },
                            gender_source: entity.gender_source.as_str(),
                            // The analysis is done with the entity: take its titles.
                            titles: std::mem::take(&mut entity.seen_titles),
                        });
                    }
                    (
                        CompactString::new(&entity.name),
                        entity.dict.map_or(CompactString::default(), |d| {
                            CompactString::new(&self.speakers.speaker(d).id)
                        }),
                    )
                }
                None => (CompactString::default(), CompactString::default()),
            };
            speaker_of.push(f.entity.and_then(|e| slots[e]));
            let (cue, cue_lemma) = match f.cue {
                Some((span, verb)) => (
                    CompactString::new(&text[span.start..span.end]),
                    verb.map_or(CompactString::default(), |v| {
                        CompactString::new(&cues.verb(v).lemma)
                    }),
                ),
                None => (CompactString::default(), CompactString::default()),
            };
            // Rows come in order of their start: the cursor only moves forward.
            let bytes = readable.original(f.text);
            let start = chars.char_offset(bytes.start);
            let end = chars.char_offset_from(bytes.start, start, bytes.end);
            attributions.push(Attribution {
                index: n,
                kind: f.kind,
                text: text[f.text.start..f.text.end].to_string(),
                speaker,
                speaker_id,
                mention: slice(f.mention),
                method: f.method,
                cue,
                cue_lemma,
                cue_type: Extractor::cue_type(cues, f.cue),
                addressee: slice(f.addressee),
                start,
                end,
                bytes,
                mention_bytes: f.mention.map(|s| readable.original(s)),
                cue_bytes: f.cue.map(|c| readable.original(c.0)),
                paragraph: f.paragraph,
                claim: f.claim.and_then(|c| new_index[c]),
                lang,
            });
        }
        SCRATCH.set(Some(analyzer.into_scratch()));
        Article {
            date: layout.date.map(str::to_string),
            invalid_date: layout.invalid_date.map(str::to_string),
            lang,
            attributions,
            speakers,
            speaker_of,
            decoding: readable.decoding,
        }
    }
}
