//! Speaker phrases in a sentence's tokens: who is the subject of a reporting verb,
//! who follows an inverted one ("said Kuleba"), and to whom something was said.
//!
//! No parser, no tagger: a speaker phrase is a run of the words speaker phrases are
//! made of (names, dictionary aliases, titles, source nouns such as "officials",
//! their modifiers and a determiner), ending in a head word that can speak.

use crate::dict::{CueDict, CueFrame, CuePos, ReportingVerb};
use crate::scan::lexicon::{self, Class, Classes, Pronoun};
use crate::scan::quotes::Quote;
use crate::scan::tokens::{Tok, TokKind};

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
}

impl<'a> Ctx<'a> {
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        crate::work::tick();
        match self.toks.get(i) {
            Some(t) if i >= self.s && i < self.e && t.is_word() => {
                self.text.get(t.span.start..t.span.end).unwrap_or("")
            }
            _ => "",
        }
    }

    /// The closed classes of token `i`: none unless it is a word of the sentence
    /// (the tokenizer gives other tokens none).
    pub fn class(&self, i: usize) -> Classes {
        crate::work::tick();
        if i < self.e && i >= self.s {
            self.toks[i].class
        } else {
            Classes::default()
        }
    }

    /// Whether token `i` is a word of the sentence in `class`.
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.class(i).has(class)
    }

    pub fn is_word(&self, i: usize) -> bool {
        crate::work::tick();
        i < self.e && i >= self.s && self.toks[i].is_word()
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        crate::work::tick();
        i < self.e && i >= self.s && self.toks[i].is_punct(c)
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.punct(i, ',')
    }

    pub fn quote_at(&self, i: usize) -> Option<usize> {
        crate::work::tick();
        (i < self.e && i >= self.s)
            .then(|| self.toks[i].quote())
            .flatten()
    }

    pub fn capitalised(&self, i: usize) -> bool {
        crate::work::tick();
        i < self.e && i >= self.s && self.toks[i].capital
    }

    /// The reporting verb whose cue starts at token `i`.
    pub fn verb(&self, i: usize) -> Option<&'a ReportingVerb> {
        crate::work::tick();
        if !self.is_word(i) {
            return None;
        }
        self.toks[i].cue.map(|c| self.cues.verb(c.verb))
    }

    /// The token after the cue starting at `i`.
    pub fn after_cue(&self, i: usize) -> usize {
        crate::work::tick();
        i + self.toks.get(i).and_then(|t| t.cue).map_or(1, |c| c.len)
    }

    fn is_day_or_date(&self, i: usize) -> bool {
        self.word(i).bytes().all(|b| b.is_ascii_digit())
            || (self.capitalised(i) && (self.is(i, Class::Weekday) || self.is(i, Class::Month)))
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
        (k + sp.len - 1 == j).then_some((k, sp))
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

    /// The speaker phrase whose last token is `j`, reaching back no further than
    /// `lower`, nor more than [`NP_REACH`] tokens (a run of capitalised words as
    /// long as a page is not one name).
    pub fn np_ending_at(&self, j: usize, lower: usize) -> Option<Np> {
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
                    speaker: sp.speaker,
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
        // "Capitalised -ing" opening a sentence is a participle, not a name:
        // "Reading the statement, …", "Adding, …".
        let opening_participle = j == self.s && w.len() > 5 && w.ends_with("ing");
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
                // "Said Ellis:": a cue opening the sentence is no part of a name.
                let opening_cue = p == self.s && self.toks[p].cue.is_some();
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
                    r += sp.len;
                    continue;
                }
                r += sp.len;
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

    /// Whether the cue at `c` is negated, infinitive, passive or a noun ("did not
    /// say", "declined to comment", "is said to", "his claims"): no report.
    pub fn cue_blocked(&self, c: usize) -> bool {
        let prev = |n: usize| c.checked_sub(n).filter(|&i| i >= self.s);
        // A cue in capitals is a headline's word ("HIGHER THAN EXPECTED").
        let w = self.word(c);
        if w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) {
            return true;
        }
        // An evidence cue ("shows", "found") reports only with a poll, study or
        // report before it: "the TV show", "Smith found the keys" report nothing.
        if self
            .verb(c)
            .is_some_and(|v| v.cue_type == crate::dict::CueType::Evidence)
            && !(1..=6).any(|n| prev(n).is_some_and(|i| self.is(i, Class::EvidenceNoun)))
        {
            return true;
        }
        if let Some(i) = prev(1) {
            if self.is(i, Class::NounMarker) {
                return true;
            }
            let p = self.word(i);
            if p.ends_with("'s")
                || p.ends_with("’s")
                || [
                    "to", "is", "was", "are", "were", "be", "been", "being", "get", "got",
                ]
                .iter()
                .any(|w| p.eq_ignore_ascii_case(w))
            {
                return true;
            }
        }
        if (1..=3).any(|n| prev(n).is_some_and(|i| self.is(i, Class::Negation))) {
            return true;
        }
        // "said to be", "told to leave": passive or control, not a report.
        if self.word(self.after_cue(c)).eq_ignore_ascii_case("to")
            && self.verb(c).is_some_and(|v| {
                v.frame != CueFrame::Quote
                    && v.pos == CuePos::Verb
                    && prev(1).is_some_and(|i| self.is(i, Class::Auxiliary))
            })
        {
            return true;
        }
        false
    }

    /// The subject of the finite reporting verb at `c`: the speaker phrase before
    /// it, across fillers ("also", "has", "on Tuesday", ", however,") and a
    /// relative clause or apposition between commas.
    pub fn subject_left(&self, c: usize) -> Option<Np> {
        let mut j = c;
        let mut skipped = 0;
        while j > self.s && skipped < 8 {
            let p = j - 1;
            if self.is_word(p)
                && (self.is(p, Class::PreVerbFiller)
                    || self.is_day_or_date(p)
                    || self.manner_adverb(p))
            {
                j = p;
                skipped += 1;
                continue;
            }
            // ", however," between subject and verb.
            if self.is_comma(p)
                && p >= self.s + 2
                && self.is(p - 1, Class::PreVerbFiller)
                && self.is_comma(p - 2)
            {
                j = p - 2;
                skipped += 1;
                continue;
            }
            break;
        }
        if j == self.s {
            return None;
        }
        let last = j - 1;
        // "Rep. Gwen Moore (D-Wis.) said": an affiliation between name and verb.
        if self.punct(last, ')') {
            let open = (last.saturating_sub(8).max(self.s)..last)
                .rev()
                .find(|&x| self.punct(x, '('))?;
            let np = self.np_ending_at(open.checked_sub(1)?, self.s)?;
            return Some(Np {
                mention: Some((np.first, last)),
                ..np
            });
        }
        // "He did not specify how …, but stressed that …": a coordinated verb
        // shares the sentence's subject.
        if matches!(self.word(last), "and" | "but") && last > self.s {
            return self.sentence_subject().filter(|np| np.last < last);
        }
        if self.is_comma(last) {
            // "Gov. John Kasich (R-OH), said".
            if last > self.s && self.punct(last - 1, ')') {
                let close = last - 1;
                let open = (close.saturating_sub(8).max(self.s)..close)
                    .rev()
                    .find(|&x| self.punct(x, '('))?;
                let np = self.np_ending_at(open.checked_sub(1)?, self.s)?;
                return Some(Np {
                    mention: Some((np.first, close)),
                    ..np
                });
            }
            // "Bo Hart, 30, of Dayton, Ohio, said", "Sen. Ann Lee, noting the
            // size of the crowd, said": the name that opens the sentence, before
            // its first comma, with no cue in the asides after it.
            let opens = |first: usize| {
                first == self.s
                    || (first == self.s + 1 && matches!(self.word(self.s), "But" | "And" | "So"))
            };
            if let Some(first_comma) = (self.s..last.min(self.s + 8)).find(|&x| self.is_comma(x)) {
                let named = first_comma
                    .checked_sub(1)
                    .and_then(|l| self.np_ending_at(l, self.s))
                    .filter(|np| {
                        matches!(np.kind, NpKind::Name | NpKind::Dict { .. }) && opens(np.first)
                    });
                let clear = last - first_comma <= 30
                    && (first_comma + 1..last).all(|x| {
                        self.quote_at(x).is_none()
                            && (self.verb(x).is_none() || self.cue_blocked(x))
                    });
                if let (Some(np), true) = (named, clear) {
                    return Some(np);
                }
            }
            // "Scholz, who is returning from Washington, said": an aside between commas.
            let mut k = last;
            while k > self.s && last - k < 30 {
                k -= 1;
                if self.is_comma(k) || self.quote_at(k).is_some() {
                    break;
                }
            }
            if self.is_comma(k) && k > self.s {
                // "Fernandez's campaign manager, Tom Albright, said": the name in
                // apposition is the speaker.
                if let Some(np) = self.np_ending_at(last - 1, k + 1) {
                    if np.first == k + 1 && matches!(np.kind, NpKind::Dict { .. } | NpKind::Name) {
                        return Some(np);
                    }
                }
                let opener = self.word(k + 1);
                // "Scholz, who …, said", "Clinton, at a press gaggle, said".
                if ["who", "which", "a", "an", "the", "whose"]
                    .iter()
                    .any(|w| opener.eq_ignore_ascii_case(w))
                    || self.is(k + 1, Class::AdverbialPreposition)
                {
                    return self
                        .np_ending_at(k - 1, self.s)
                        .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)));
                }
            }
            return None;
        }
        let np = self.np_ending_at(last, self.s)?;
        // "statements that Putin promised", "which Moscow denies": a relative clause.
        if np.first > self.s && self.is(np.first - 1, Class::RelativePronoun) {
            return None;
        }
        // "Zelensky and other officials": the first conjunct names the speaker,
        // the whole phrase is the mention.
        if np.first >= self.s + 2 && self.word(np.first - 1) == "and" {
            if let Some(first) = self.np_ending_at(np.first - 2, self.s) {
                if matches!(first.kind, NpKind::Dict { .. } | NpKind::Name) {
                    return Some(Np {
                        mention: Some((first.first, np.last)),
                        ..first
                    });
                }
            }
        }
        Some(np)
    }

    /// The speaker after an inverted cue at `c` ("said Kuleba").
    pub fn subject_right(&self, c: usize) -> Option<Np> {
        let k = self.after_cue(c);
        let np = self.np_starting_at(k)?;
        // The phrase must end the clause: "…, said Kuleba." not "said the figures were".
        let ends = np.last + 1 >= self.e
            || matches!(
                self.toks[np.last + 1].kind,
                TokKind::Punct(_) | TokKind::Quote(_)
            )
            || self.word(np.last + 1) == "of";
        match np.kind {
            NpKind::Pronoun(_) => None,
            _ if !ends => None,
            _ => Some(np),
        }
    }

    /// The addressee after a cue at `c`: "told reporters", "asked Macron",
    /// "told a news conference". Returns the token range.
    pub fn addressee(&self, c: usize) -> Option<(usize, usize)> {
        let k = self.after_cue(c);
        if !self.is_word(k) {
            return None;
        }
        let w = self.word(k);
        let class = self.class(k);
        if class.has(Class::ObjectPronoun) {
            return Some((k, k));
        }
        if w.eq_ignore_ascii_case("that")
            || class.has(Class::AdverbialPreposition)
            || class.has(Class::ClauseBreaker)
            || w.eq_ignore_ascii_case("to")
        {
            return None;
        }
        let mut r = k;
        while r < self.e && self.is_word(r) && r < k + 6 {
            let w = self.word(r);
            let class = self.class(r);
            if r > k
                && (w.eq_ignore_ascii_case("that")
                    || class.has(Class::AdverbialPreposition)
                    || class.has(Class::ClauseBreaker)
                    || self.is_day_or_date(r)
                    || matches!(w, "of" | "for" | "about" | "to" | "with" | "over"))
            {
                break;
            }
            if class.has(Class::Auxiliary) || w == "to" {
                return None;
            }
            r += 1;
        }
        (r > k).then(|| (k, r - 1))
    }

    /// The first speaker phrase of the sentence, after an introductory phrase that
    /// ends in a comma ("However,", "In Kyiv,", "Ahead of the visit,").
    pub fn sentence_subject(&self) -> Option<Np> {
        self.memo.subject(|| self.find_sentence_subject())
    }

    fn find_sentence_subject(&self) -> Option<Np> {
        let mut k = self.s;
        // A dateline ("WASHINGTON, Dec. 8 (UPI) —", "KYIV —") is no subject: the
        // sentence starts after its dash.
        let w = self.word(self.s);
        let mut start = self.s;
        if w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
            if let Some(dash) = (self.s + 1..self.e.min(self.s + 12))
                .find(|&x| matches!(self.tok_kind(x), Some(TokKind::Punct('—' | '–' | '―'))))
            {
                start = dash + 1;
                k = start;
            }
        }
        if let Some(comma) = (start..self.e.min(start + 13)).find(|&i| self.is_comma(i)) {
            let intro = (start..comma)
                .all(|i| self.is_word(i) && (self.toks[i].cue.is_none() || self.cue_blocked(i)));
            // "Clinton seemed ready to riff on it, telling the crowd": a name
            // before a lowercase word opens a clause, not an introduction.
            let opening = self.np_starting_at(start);
            let clause = opening.is_some_and(|np| {
                matches!(
                    np.kind,
                    NpKind::Name | NpKind::Dict { .. } | NpKind::Pronoun(_)
                ) && np.last + 1 < comma
                    && self.is_word(np.last + 1)
                    && !self.capitalised(np.last + 1)
            });
            if intro && !clause && opening.is_none_or(|np| np.last + 1 != comma) {
                k = comma + 1;
            }
            if k == start {
                return opening;
            }
        }
        self.np_starting_at(k)
    }

    /// The closing token of a short parenthetical opening at `i` ("(D-Wis.)").
    pub fn parenthetical_at(&self, i: usize) -> Option<usize> {
        if !self.punct(i, '(') {
            return None;
        }
        (i + 1..self.e.min(i + 9)).find(|&x| self.punct(x, ')'))
    }

    /// The closing comma of an apposition opening at comma `i` and followed by a
    /// cue: `, a professor at Princeton, said`, `, 66, said`, `, R-Ky., said`,
    /// `, Twitter's director of ads, said`, `, 30, of Dayton, Ohio, said`. At most
    /// sixteen tokens, with no quote and no cue inside.
    pub fn apposition_at(&self, i: usize) -> Option<usize> {
        if !self.is_comma(i) || i + 2 >= self.e {
            return None;
        }
        for x in i + 2..self.e.min(i + 18) {
            // A cue that is a noun ("the states") does not end the apposition.
            if self.quote_at(x).is_some() || (self.verb(x).is_some() && !self.cue_blocked(x)) {
                return None;
            }
            if self.is_comma(x) {
                let mut v = x + 1;
                while self.is_word(v) && self.is(v, Class::PreVerbFiller) && v < x + 3 {
                    v += 1;
                }
                if self.verb(v).is_some_and(|v| v.pos == CuePos::Verb) {
                    return Some(x);
                }
            }
        }
        None
    }

    /// The last token of an apposition that ends the clause after comma `i`:
    /// `, a historian who attended the session.`
    pub fn trailing_apposition(&self, i: usize) -> Option<usize> {
        if !self.is_comma(i) || !self.is(i + 1, Class::Determiner) {
            return None;
        }
        let end = (i + 2..self.e.min(i + 16))
            .find(|&x| {
                !self.is_word(x)
                    && !self.punct(x, '-')
                    && !self.punct(x, '’')
                    && !self.punct(x, '\'')
            })
            .unwrap_or(self.e);
        let closes =
            end >= self.e || matches!(self.toks[end].kind, TokKind::Punct('.' | ',' | ';'));
        (closes && end > i + 2).then_some(end - 1)
    }

    /// Whether the token at `i` is a word ending in "ing" (a participle).
    pub fn participle(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 4 && w.ends_with("ing") && !self.capitalised(i)
    }

    pub fn tok_kind(&self, i: usize) -> Option<TokKind> {
        crate::work::tick();
        (i >= self.s && i < self.e).then(|| self.toks[i].kind)
    }

    /// The personal pronoun at token `i` that can stand for a speaker: he, she,
    /// it, they, or the narrator's "I".
    fn pronoun(&self, i: usize) -> Option<Pronoun> {
        self.class(i)
            .pronoun()
            .or_else(|| (self.word(i) == "I").then_some(Pronoun::I))
    }

    /// Whether token `i` is a lowercase adverb of manner ("jokingly",
    /// "emphatically"), which may stand between a speaker and the verb.
    fn manner_adverb(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 4
            && w.ends_with("ly")
            && !self.capitalised(i)
            && !matches!(
                w,
                "only" | "early" | "family" | "July" | "Italy" | "rally" | "ally" | "holy"
            )
    }

    /// Whether token `i` is a noun for a person by its ending, not in the
    /// lexicon: an agent noun ("moderator", "heckler", "strategist", "nominee",
    /// "historian", "consultant", "fisherman", their plurals) or an age ("the
    /// 46-year-old").
    fn agentive_head(&self, i: usize) -> bool {
        let w = self.word(i);
        let stem = w.strip_suffix('s').unwrap_or(w);
        stem.len() >= 5
            && ([
                "er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "woman", "women",
            ]
            .iter()
            .any(|s| stem.ends_with(s))
                || stem.ends_with("year-old"))
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && self.toks[i].cue.is_none()
            && !self.class(i).has(Class::Auxiliary)
            && !matches!(
                stem,
                "other"
                    | "another"
                    | "number"
                    | "former"
                    | "latter"
                    | "order"
                    | "matter"
                    | "border"
                    | "water"
                    | "paper"
                    | "power"
                    | "member"
                    | "answer"
                    | "letter"
                    | "corner"
                    | "center"
                    | "chapter"
                    | "quarter"
                    | "summer"
                    | "winter"
                    | "however"
                    | "never"
                    | "whether"
                    | "together"
                    | "either"
                    | "neither"
                    | "rather"
                    | "further"
                    | "earlier"
                    | "later"
                    | "after"
                    | "under"
                    | "over"
                    | "ever"
                    | "moment"
                    | "comment"
                    | "statement"
                    | "content"
                    | "percent"
                    | "event"
                    | "recent"
                    | "current"
                    | "agent"
                    | "extent"
                    | "intent"
                    | "important"
                    | "significant"
                    | "relevant"
                    | "elegant"
                    | "different"
                    | "president"
                    | "resident"
                    | "independent"
                    | "permanent"
                    | "apparent"
                    | "urgent"
            )
    }

    /// Whether token `i` is a plain lowercase word that may modify a noun between
    /// a determiner and its head ("minority", "bespectacled", "71-year-old"): not
    /// a verb, auxiliary, preposition, conjunction, pronoun or determiner.
    fn plain_modifier(&self, i: usize) -> bool {
        if !self.is_word(i) || self.capitalised(i) || self.toks[i].cue.is_some() {
            return false;
        }
        let class = self.class(i);
        if class.pronoun().is_some()
            || [
                Class::Auxiliary,
                Class::Negation,
                Class::AdverbialPreposition,
                Class::ClauseBreaker,
                Class::RelativePronoun,
                Class::Determiner,
                Class::ObjectPronoun,
                Class::FirstPerson,
                Class::PreVerbFiller,
            ]
            .iter()
            .any(|&c| class.has(c))
        {
            return false;
        }
        let w = self.word(i);
        !matches!(
            w,
            "to" | "of" | "and" | "or" | "but" | "that" | "for" | "about" | "as" | "than"
        ) && !w.ends_with("ly")
    }

    /// Whether the clause may go on after a speaker phrase ending at `last` in an
    /// inverted tag: the end, punctuation, a quote, or words that cannot start a
    /// clause of which the phrase is the subject (`in a statement`,
    /// `contentedly`, `who chairs the committee`, `leaning back`).
    fn tag_phrase_ends(&self, last: usize) -> bool {
        let n = last + 1;
        if n >= self.e || !self.is_word(n) {
            return true;
        }
        let class = self.class(n);
        !(self.capitalised(n)
            || class.has(Class::Auxiliary)
            || class.has(Class::IrregularPast)
            || self.verb(n).is_some_and(|v| v.pos == CuePos::Verb)
            || self.word(n) == "to")
    }

    /// The speaker of an inverted tag after a quote, after the cue at `c`:
    ///
    /// - `said Ruth Alvarez in a statement`, `said Kuleba contentedly`: a phrase
    ///   followed by words that cannot make it a clause's subject;
    /// - `said councillor Mei Lin`, `said TV host Jane Doe`: lowercase title
    ///   words or a short modifier run before a name;
    /// - `said a spokesman, Darren Quill`: a name in apposition is the speaker,
    ///   the whole phrase its mention.
    pub fn tag_speaker_right(&self, c: usize) -> Option<Np> {
        let k = self.after_cue(c);
        let mut np = self.np_starting_at(k);
        // A name after up to four lowercase title or modifier words, or after a
        // short phrase the name follows ("TV host").
        // A possessive ("Clinton's top foreign policy aide Jake Sullivan") is a
        // modifier too.
        let possessive = |x: usize| {
            let w = self.word(x);
            w.ends_with("'s") || w.ends_with("’s")
        };
        let name_after = |from: usize| {
            (from..self.e.min(from + 7))
                .take_while(|&x| self.is_word(x) && self.verb(x).is_none())
                .find(|&x| self.capitalised(x) && !self.is(x, Class::NotAName) && !possessive(x))
                .and_then(|x| {
                    (x > from
                        && (from..x).all(|y| {
                            self.plain_modifier(y)
                                || self.is(y, Class::SpeakerNoun)
                                || self.is(y, Class::SpeakerModifier)
                                || self.capitalised(y)
                                || possessive(y)
                        }))
                    .then(|| self.np_starting_at(x))
                    .flatten()
                })
                .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Dict { .. }))
        };
        match np {
            None => {
                np = name_after(k).map(|n| Np {
                    mention: Some((k, n.last)),
                    ..n
                });
            }
            Some(p) if matches!(p.kind, NpKind::Name) && !self.tag_phrase_ends(p.last) => {
                // "TV host Jane Doe": the phrase is a modifier of the name after it.
                if let Some(n) = name_after(p.last + 1) {
                    np = Some(Np {
                        mention: Some((k, n.last)),
                        ..n
                    });
                }
            }
            // "a spokesman, Darren Quill".
            Some(p)
                if matches!(p.kind, NpKind::Group | NpKind::Descriptor)
                    && self.is_comma(p.last + 1) =>
            {
                let name = self.np_starting_at(p.last + 2).filter(|n| {
                    matches!(n.kind, NpKind::Name | NpKind::Dict { .. })
                        && self.tag_phrase_ends(n.last)
                });
                if let Some(n) = name {
                    np = Some(Np {
                        mention: Some((k, n.last)),
                        ..n
                    });
                }
            }
            _ => {}
        }
        let np = np?;
        if matches!(np.kind, NpKind::Pronoun(_)) || !self.tag_phrase_ends(np.last) {
            return None;
        }
        Some(np)
    }
}
