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
        if let Some(p) = self.class(j).pronoun() {
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
        if capital
            && !self.is(j, Class::NotAName)
            && !w.chars().all(|c| c.is_ascii_digit())
            && !self.is_day_or_date(j)
        {
            let mut first = j;
            while first > lower {
                let p = first - 1;
                let pw = self.word(p);
                let joins = (self.capitalised(p) && !self.is(p, Class::NotAName))
                    || matches!(pw, "Mr." | "Mrs." | "Ms." | "Dr.")
                    || (matches!(pw, "of" | "de" | "von" | "van" | "der" | "al" | "bin")
                        && first > lower + 1
                        && self.capitalised(p - 1))
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
        if self.is(j, Class::SpeakerNoun) && !capital {
            let mut first = j;
            let mut has_determiner = false;
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
                    break;
                }
                first = p;
            }
            // A bare singular noun ("report said") is a source only with a determiner
            // or a modifier.
            let singular_role = self.is(j, Class::PersonRole);
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
        if let Some(p) = self.class(k).pronoun() {
            return Some(Np {
                mention: None,
                first: k,
                last: k,
                kind: NpKind::Pronoun(p),
            });
        }
        let mut r = k;
        let mut head = None;
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
            {
                head = Some(r);
            } else if matches!(w, "of" | "for")
                && head.is_some_and(|h| self.is(h, Class::OrganisationWord))
                && self.capitalised(r + 1)
            {
                // "the Federal Bureau of Prisons", "the Center for Media Research"
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
            if self.is_word(p) && (self.is(p, Class::PreVerbFiller) || self.is_day_or_date(p)) {
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
        let mut k = self.s;
        if let Some(comma) = (self.s..self.e.min(self.s + 9)).find(|&i| self.is_comma(i)) {
            let intro = (self.s..comma).all(|i| self.is_word(i) && self.toks[i].cue.is_none());
            if intro
                && self
                    .np_starting_at(self.s)
                    .is_none_or(|np| np.last + 1 != comma)
            {
                k = comma + 1;
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

    /// The closing comma of an apposition opening at comma `i`: `, a professor
    /// at Princeton,` (a determiner first, at most a dozen words, a cue after it).
    pub fn apposition_at(&self, i: usize) -> Option<usize> {
        if !self.is_comma(i) || !self.is(i + 1, Class::Determiner) {
            return None;
        }
        let close = (i + 2..self.e.min(i + 14))
            .find(|&x| self.is_comma(x) || self.quote_at(x).is_some())?;
        (self.is_comma(close) && self.verb(close + 1).is_some()).then_some(close)
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
}
