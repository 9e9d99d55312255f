//! Speaker phrases in a sentence's tokens: who is the subject of a reporting verb,
//! who follows an inverted one ("said Kuleba"), and to whom something was said.
//!
//! No parser, no tagger: a speaker phrase is a run of the words speaker phrases are
//! made of (names, dictionary aliases, titles, source nouns such as "officials",
//! their modifiers and a determiner), ending in a head word that can speak.
//!
//! This module reads phrases (`np_ending_at`, `np_starting_at`); `around_cues`
//! finds them around a reporting verb (subjects, inverted tags, addressees,
//! asides), and `words` holds the word-level tests both use.

use crate::dict::{first_name_gender, CueDict, ReportingVerb};
use crate::scan::lexicon::{self, Class, Classes, Pronoun};
use crate::scan::quotes::Quote;
use crate::scan::tokens::{Tok, TokKind};

mod around_cues;
mod words;

/// Whether `w` is a name written with a lowercase particle and a hyphen:
/// "al-Sisi", "el-Baradei", "bin-Salman".
pub(crate) fn particle_name(w: &str) -> bool {
    // A hyphen at the third or fourth byte, before a capital: most words are
    // ruled out by two byte reads.
    let b = w.as_bytes();
    let hyphen = match b {
        [_, _, b'-', ..] => 2,
        [_, _, _, b'-', ..] => 3,
        _ => return false,
    };
    matches!(
        &b[..hyphen],
        b"al" | b"el" | b"ad" | b"as" | b"bin" | b"ben" | b"abu"
    ) && w[hyphen + 1..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether the word `w` has a hyphen at its third or fourth byte, as every
/// [`particle_name`] has: a cheaper test that rules out most words.
fn hyphen_at_third_or_fourth(w: &[u8]) -> bool {
    matches!(w, [_, _, b'-', ..] | [_, _, _, b'-', ..])
}

/// Whether `w`, a capitalised word, ends as adverbs do and names seldom do
/// ("Recently", "Shortly", "Reportedly", "Finally").
fn opening_adverb(w: &str) -> bool {
    // Names in -ly mostly end in -lly ("Donnelly", "Reilly"); adverbs in -lly
    // end in -ally ("Finally").
    w.ends_with("ly") && (!w.ends_with("lly") || w.ends_with("ally"))
}

/// What a speaker phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    Pronoun(Pronoun),
    /// Holds a dictionary alias (a name, or a role when `is_role`).
    Dict {
        speaker: usize,
        is_role: bool,
    },
    /// Capitalised words not in the dictionary ("Alexander Khodakovsky").
    Name,
    /// A singular role with a determiner: "the French leader".
    Descriptor,
    /// Sources named by a noun: "U.S. officials", "the French presidency".
    Group,
}

/// A speaker phrase: tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub first: usize,
    pub last: usize,
    pub kind: NpKind,
    /// Tokens of the phrase as written, when wider than the speaker's own:
    /// "Mr. Grassley and Mr. Leahy", "Rep. John Mica (R-Fla.)".
    pub mention: Option<(usize, usize)>,
}

/// How many tokens back a speaker phrase may start from its last word.
pub(crate) const NP_REACH: usize = 32;

/// One sentence's tokens with what the rules need to read them.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub quotes: &'a [Quote],
    pub cues: &'a CueDict,
    /// Sentence bounds, a half-open token range.
    pub s: usize,
    pub e: usize,
    /// What the rules found once for this sentence.
    pub memo: &'a crate::attribute::memo::Memo,
    /// Per-token answers, kept across the sentence's rules.
    pub answers: &'a crate::attribute::memo::Answers,
    /// The sentence's tokens, `toks[s..e]`: one bounds test tells whether a
    /// token index is in the sentence.
    pub sent: &'a [Tok],
}

impl<'a> Ctx<'a> {
    /// Token `i` if it is in the sentence.
    #[inline(always)]
    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.sent.get(i.wrapping_sub(self.s))
    }

    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        crate::work::tick();
        match self.tok(i) {
            Some(t) if t.is_word() => self.text.get(t.span.start..t.span.end).unwrap_or(""),
            _ => "",
        }
    }

    /// The closed classes of token `i`: none unless it is a word of the sentence
    /// (the tokenizer gives other tokens none).
    pub fn class(&self, i: usize) -> Classes {
        crate::work::tick();
        self.tok(i).map_or(Classes::default(), |t| t.class)
    }

    /// Whether token `i` is a word of the sentence in `class`.
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.class(i).has(class)
    }

    pub fn is_word(&self, i: usize) -> bool {
        crate::work::tick();
        self.tok(i).is_some_and(Tok::is_word)
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        crate::work::tick();
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.punct(i, ',')
    }

    pub fn quote_at(&self, i: usize) -> Option<usize> {
        crate::work::tick();
        self.tok(i).and_then(Tok::quote)
    }

    /// Whether token `i`, a word of the sentence, may be a [`particle_name`]
    /// (it has the hyphen one has); a few byte reads.
    pub fn may_be_particle_name(&self, i: usize) -> bool {
        let span = self.toks[i].span;
        self.text
            .as_bytes()
            .get(span.start..span.end.min(span.start + 4))
            .is_some_and(hyphen_at_third_or_fourth)
    }

    pub fn capitalised(&self, i: usize) -> bool {
        crate::work::tick();
        self.tok(i).is_some_and(|t| t.capital)
    }

    /// The reporting verb whose cue starts at token `i`.
    pub fn verb(&self, i: usize) -> Option<&'a ReportingVerb> {
        crate::work::tick();
        let t = self.tok(i).filter(|t| t.is_word())?;
        t.cue.map(|c| self.cues.verb(c.verb as usize))
    }

    /// The token after the cue starting at `i`.
    pub fn after_cue(&self, i: usize) -> usize {
        crate::work::tick();
        i + self
            .toks
            .get(i)
            .and_then(|t| t.cue)
            .map_or(1, |c| usize::from(c.len))
    }

    /// Whether token `i` is a number, a weekday or a month (true for a token that
    /// is no word of the sentence).
    fn is_day_or_date(&self, i: usize) -> bool {
        let Some(t) = self.tok(i).filter(|t| t.is_word()) else {
            return true;
        };
        if t.capital {
            // Its first letter is a capital: no number.
            return t.class.has(Class::Weekday) || t.class.has(Class::Month);
        }
        self.text.as_bytes()[t.span.start..t.span.end]
            .iter()
            .all(u8::is_ascii_digit)
    }

    /// The dictionary alias ending at token `j`, as (first token, alias).
    fn alias_ending_at(
        &self,
        j: usize,
        lower: usize,
    ) -> Option<(usize, crate::scan::tokens::SpeakerAt)> {
        // Aliases do not overlap: at most one ends at `j`, and its last token
        // tells where it starts.
        let len = usize::from(self.toks.get(j)?.alias_end);
        let k = (j + 1).checked_sub(len)?;
        if len == 0 || k < lower {
            return None;
        }
        let sp = self.toks[k].speaker?;
        (k + usize::from(sp.len) - 1 == j).then_some((k, sp))
    }

    /// Whether token `i` can be part of a title before a name ("Foreign Minister",
    /// "Kremlin spokesperson", "Ukraine's").
    pub fn title_word(&self, i: usize) -> bool {
        let class = self.class(i);
        self.is_word(i)
            && ((self.capitalised(i) && !class.has(Class::NotAName))
                || class.has(Class::SpeakerNoun)
                || (class.has(Class::SpeakerModifier) && !class.has(Class::Determiner)))
    }

    /// Whether the cue at `p`, opening the sentence, is the first word of the
    /// name ending at `j`: the name goes on to a verb or an apposition ("Said
    /// Hamdan, a farmer, said"), and is no place ("Say Mexico demanded") nor a
    /// dateline in capitals ("STATE COLLEGE, Pa.").
    fn cue_opens_name(&self, p: usize, j: usize) -> bool {
        (self.is_word(j + 1) || (self.is_comma(j + 1) && self.is_word(j + 2)))
            && !self.is(j, Class::PlaceName)
            && !self.is(j, Class::OrganisationWord)
            && !self.word(p).bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The speaker phrase whose last token is `j`, reaching back no further than
    /// `lower`, nor more than [`NP_REACH`] tokens (a run of capitalised words as
    /// long as a page is not one name).
    pub fn np_ending_at(&self, j: usize, lower: usize) -> Option<Np> {
        if lower <= self.s {
            // The common question, asked again by several rules: answered once.
            let answers = &self.answers.np_ending_at;
            return answers.get_or(self.answers.serial.get(), j, || {
                self.find_np_ending_at(j, lower)
            });
        }
        self.find_np_ending_at(j, lower)
    }

    fn find_np_ending_at(&self, j: usize, lower: usize) -> Option<Np> {
        let lower = lower.max(self.s).max(j.saturating_sub(NP_REACH));
        if j < lower || !self.is_word(j) {
            return None;
        }
        let w = self.word(j);
        if let Some(p) = self.pronoun(j) {
            return Some(Np {
                mention: None,
                first: j,
                last: j,
                kind: NpKind::Pronoun(p),
            });
        }
        if let Some((k, sp)) = self.alias_ending_at(j, lower) {
            if sp.possessive {
                return None;
            }
            let mut first = k;
            while first > lower
                && self.title_word(first - 1)
                && self.toks[first - 1].speaker.is_none_or(|p| p.is_role)
            {
                first -= 1;
            }
            if first > lower && self.word(first - 1).eq_ignore_ascii_case("the") {
                first -= 1;
            }
            return Some(Np {
                mention: None,
                first,
                last: j,
                kind: NpKind::Dict {
                    speaker: sp.speaker as usize,
                    is_role: sp.is_role,
                },
            });
        }
        let possessive =
            w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’');
        if possessive {
            return None;
        }
        let capital = self.capitalised(j);
        let nationality_adjective = || {
            lexicon::with_lowercase(w, |lw| {
                lexicon::nationality(lw) != lw
                    || ((lw.ends_with("ian") || lw.ends_with("ese") || lw.ends_with("ish"))
                        && lw.len() > 5)
            })
        };
        if capital && (j == lower || !self.capitalised(j - 1)) && nationality_adjective() {
            return None;
        }
        // A capitalised participle or adverb opening a sentence is no name:
        // "Reading the statement, …", "Adding, …", "Reached by phone, …",
        // "Chastened by the polls, …", "Recently, …" (unless it is a first name:
        // "Mohammed", "Kimberly").
        let opening_participle = j == self.s
            && w.len() > 5
            && (w.ends_with("ing")
                || ((w.ends_with("ed") || opening_adverb(w)) && first_name_gender(w).is_none()));
        if (capital || particle_name(w))
            && !self.is(j, Class::NotAName)
            && !w.chars().all(|c| c.is_ascii_digit())
            && !self.is_day_or_date(j)
            && !opening_participle
        {
            let mut first = j;
            while first > lower {
                let p = first - 1;
                let pw = self.word(p);
                // "Said Ellis:", "Said Comey, "…"": a cue opening the sentence is
                // no part of a name, unless it opens one.
                let opening_cue =
                    p == self.s && self.toks[p].cue.is_some() && !self.cue_opens_name(p, j);
                let joins = (self.capitalised(p) && !self.is(p, Class::NotAName) && !opening_cue)
                    || matches!(pw, "Mr." | "Mrs." | "Ms." | "Dr.")
                    // "Ursula von der Leyen", "Lula da Silva", "de Blasio".
                    || (self.is(p, Class::NameParticle) && !self.capitalised(p))
                    || (pw == "of" && first > lower + 1 && self.capitalised(p - 1))
                    || (pw == "for"
                        && first > lower + 1
                        && self.is(p - 1, Class::OrganisationWord));
                if !joins {
                    break;
                }
                first = p;
            }
            if first > lower && self.word(first - 1).eq_ignore_ascii_case("the") {
                first -= 1;
            }
            let group = (first..=j).any(|i| self.is(i, Class::SpeakerNoun) && !self.capitalised(i));
            return Some(Np {
                mention: None,
                first,
                last: j,
                kind: if group { NpKind::Group } else { NpKind::Name },
            });
        }
        // An agent noun heads a phrase only after a determiner: look for one
        // (a bit test each) before reading the word's ending.
        let agentive = !capital
            && !self.is(j, Class::SpeakerNoun)
            && (j.saturating_sub(4).max(lower)..j).any(|x| self.is(x, Class::Determiner))
            && self.agentive_head(j);
        if (self.is(j, Class::SpeakerNoun) || agentive) && !capital {
            let mut first = j;
            let mut has_determiner = false;
            // Plain words ("bespectacled", "leadership") may modify the head only
            // after a determiner: where the phrase stood before the first of them.
            let mut plain = 0;
            let mut before_plain = None;
            while first > lower {
                let p = first - 1;
                let pw = self.word(p);
                if pw.is_empty() {
                    break;
                }
                if self.is(p, Class::Determiner) {
                    first = p;
                    has_determiner = true;
                    break;
                }
                let joins = (self.capitalised(p) && !self.is(p, Class::NotAName))
                    || self.is(p, Class::SpeakerModifier)
                    || lexicon::classes(lexicon::strip_possessive(pw)).has(Class::SpeakerNoun);
                if !joins {
                    // "the bespectacled 71-year-old diplomat", "one former GOP
                    // leadership aide": up to three plain words after a determiner.
                    if plain < 3 && self.plain_modifier(p) {
                        plain += 1;
                        before_plain.get_or_insert(first);
                        first = p;
                        continue;
                    }
                    break;
                }
                first = p;
            }
            if plain > 0 && !has_determiner {
                first = before_plain.unwrap_or(j);
            }
            // An agentive noun not in the lexicon ("the moderator", "a heckler")
            // heads a phrase only after a determiner.
            if agentive && !self.is(j, Class::SpeakerNoun) && !has_determiner {
                return None;
            }
            // A bare singular noun ("report said") is a source only with a determiner
            // or a modifier.
            let singular_role = self.is(j, Class::PersonRole) || (agentive && !w.ends_with('s'));
            if first == j && !has_determiner && !w.ends_with('s') && w != "police" && w != "people"
            {
                return None;
            }
            let kind = if singular_role
                && has_determiner
                && !self.word(first).eq_ignore_ascii_case("a")
                && !self.word(first).eq_ignore_ascii_case("an")
                && !self.word(first).eq_ignore_ascii_case("one")
            {
                NpKind::Descriptor
            } else {
                NpKind::Group
            };
            return Some(Np {
                mention: None,
                first,
                last: j,
                kind,
            });
        }
        None
    }

    /// The speaker phrase that starts at token `k`, if one does.
    pub fn np_starting_at(&self, k: usize) -> Option<Np> {
        if !self.is_word(k) {
            return None;
        }
        if let Some(p) = self.pronoun(k) {
            return Some(Np {
                mention: None,
                first: k,
                last: k,
                kind: NpKind::Pronoun(p),
            });
        }
        let mut r = k;
        let mut head = None;
        let determiner = self.is(k, Class::Determiner);
        while r < self.e && self.is_word(r) && r < k + 8 {
            let w = self.word(r);
            if let Some(sp) = self.toks[r].speaker {
                if sp.possessive {
                    r += usize::from(sp.len);
                    continue;
                }
                r += usize::from(sp.len);
                head = Some(r - 1);
                continue;
            }
            if r == k && self.is(r, Class::Determiner) {
                r += 1;
                continue;
            }
            if self.toks[r].cue.is_some() && !self.capitalised(r) {
                break;
            }
            let title = matches!(w, "Mr." | "Mrs." | "Ms." | "Dr.");
            if (self.capitalised(r) && (title || !self.is(r, Class::NotAName)))
                || self.is(r, Class::SpeakerNoun)
                || (determiner && self.agentive_head(r))
                || particle_name(w)
            {
                head = Some(r);
            } else if self.is(r, Class::NameParticle)
                && !self.capitalised(r)
                && (self.capitalised(r + 1)
                    || particle_name(self.word(r + 1))
                    || (self.is(r + 1, Class::NameParticle) && self.capitalised(r + 2)))
            {
                // "Lula da Silva": a particle inside the name.
            } else if head.is_some()
                && self.plain_modifier(r)
                && !self.is(r, Class::IrregularPast)
                && !w.ends_with("ed")
                && !w.ends_with('s')
                && !w.ends_with("ing")
                && self.capitalised(r + 1)
                && self.capitalised(r + 2)
                && !self.is(r + 1, Class::NotAName)
            {
                // "Harbour master Piet Verhoef": a title word before the name.
            } else if matches!(w, "of" | "for")
                && head.is_some_and(|h| self.is(h, Class::OrganisationWord))
                && self.capitalised(r + 1)
            {
                // "the Federal Bureau of Prisons", "the Center for Media Research"
            } else if determiner
                && r <= k + 5
                && self.plain_modifier(r)
                && (r + 1..(r + 3).min(self.e))
                    .any(|x| self.is(x, Class::SpeakerNoun) || self.agentive_head(x))
            {
                // "the minority leader", "one former GOP leadership aide": a plain
                // word between the determiner and a head that follows.
            } else if !self.is(r, Class::SpeakerModifier) {
                break;
            }
            r += 1;
        }
        let head = head?;
        let np = self.np_ending_at(head, k)?;
        Some(Np {
            first: np.first.max(k),
            ..np
        })
    }

    pub fn tok_kind(&self, i: usize) -> Option<TokKind> {
        crate::work::tick();
        self.tok(i).map(|t| t.kind)
    }
}
