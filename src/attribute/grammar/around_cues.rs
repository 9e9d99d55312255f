//! Speaker phrases around a reporting verb: the subject before it (across
//! fillers, affiliations and asides), the speaker after an inverted one (`said
//! Ruth Alvarez in a statement`), the addressee (`told reporters`), the sentence's
//! subject, the appositions that widen a mention, and whether a cue is blocked
//! (negated, infinitive, passive, a noun).

use super::{Ctx, Np, NpKind};
use crate::dict::{CueFrame, CuePos};
use crate::scan::lexicon::Class;
use crate::scan::tokens::TokKind;

impl Ctx<'_> {
    /// Whether the cue at `c` is negated, infinitive, passive or a noun ("did not
    /// say", "declined to comment", "is said to", "his claims"): no report.
    pub fn cue_blocked(&self, c: usize) -> bool {
        let answers = &self.answers.cue_blocked;
        answers.get_or(self.answers.serial.get(), c, || self.find_cue_blocked(c))
    }

    fn find_cue_blocked(&self, c: usize) -> bool {
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
        let answers = &self.answers.subject_left;
        answers.get_or(self.answers.serial.get(), c, || self.find_subject_left(c))
    }

    fn find_subject_left(&self, c: usize) -> Option<Np> {
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
                        matches!(np.kind, NpKind::Name | NpKind::Dict { .. })
                            && opens(np.first)
                            && !self.dateline(np.first, first_comma, last)
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
        // Any common noun speaks or shows ("the airline said"); only the
        // lexicon's believe or plan ("the delegation plans to visit" is no report).
        let belief = self
            .verb(c)
            .is_some_and(|v| v.cue_type == crate::dict::CueType::Belief);
        let np = self
            .np_ending_at(last, self.s)
            .or_else(|| (!belief).then(|| self.common_noun_subject(last)).flatten())?;
        // "statements that Putin promised", "which Moscow denies": a relative clause.
        if np.first > self.s && self.is(np.first - 1, Class::RelativePronoun) {
            return None;
        }
        // "Zelensky and other officials": the first conjunct names the speaker,
        // the whole phrase is the mention.
        if np.first >= self.s + 2 && self.word(np.first - 1) == "and" {
            if let Some(first) = self.np_ending_at(np.first - 2, self.s) {
                // "Federal and state officials": a modifier, not a name.
                let modifier =
                    first.first == first.last && self.is(first.first, Class::SpeakerModifier);
                if matches!(first.kind, NpKind::Dict { .. } | NpKind::Name) && !modifier {
                    return Some(Np {
                        mention: Some((first.first, np.last)),
                        ..first
                    });
                }
            }
        }
        Some(np)
    }

    /// Whether the capitals at `first`, before the comma at `comma`, are a
    /// dateline: `LAGOS, Nigeria (AP) — Grace Okonkwo, the union leader, said`
    /// (a bracket or a dash soon after the comma, before `end`).
    fn dateline(&self, first: usize, comma: usize, end: usize) -> bool {
        let w = self.word(first);
        w.len() >= 2
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && (comma + 1..end.min(comma + 6))
                .any(|x| self.punct(x, '(') || self.punct(x, '—') || self.punct(x, '-'))
    }

    /// The speaker after an inverted cue at `c` ("said Kuleba").
    pub fn subject_right(&self, c: usize) -> Option<Np> {
        let k = self.after_cue(c);
        let np = self.np_starting_at(k).or_else(|| self.common_noun_tag(k))?;
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

    /// A determiner or possessive and one to three lowercase words ending at
    /// `last`, right before a reporting verb, that open the sentence or follow a
    /// comma: "The airline said", "…, the union said.", "In a statement, the
    /// hospital said:". Any noun heads such a phrase, where
    /// [`Ctx::np_ending_at`] knows only the source nouns of the lexicon.
    fn common_noun_subject(&self, last: usize) -> Option<Np> {
        if !self.plain_noun_word(last) {
            return None;
        }
        let mut first = last;
        while first > self.s && first + 3 > last && self.plain_noun_word(first) {
            first -= 1;
        }
        let determiner = self.is(first, Class::Determiner) || self.word(first).ends_with("'s");
        let opens = first == self.s || (first > self.s && self.is_comma(first - 1));
        if first == last || !determiner || !opens {
            return None;
        }
        Some(self.common_noun_np(first, last))
    }

    /// The common noun phrase `first..=last` opened by a determiner or a
    /// possessive: a descriptor when it is "the" and a singular head ("the
    /// deputy"), a group otherwise ("the pilots", "a registrar").
    fn common_noun_np(&self, first: usize, last: usize) -> Np {
        let the = self.word(first).eq_ignore_ascii_case("the");
        Np {
            first,
            last,
            kind: if the && !self.word(last).ends_with('s') {
                NpKind::Descriptor
            } else {
                NpKind::Group
            },
            mention: None,
        }
    }

    /// Whether token `i` is a lowercase word that may stand in a common noun
    /// phrase: no cue, no pronoun or auxiliary, no determiner.
    fn plain_noun_word(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty()
            && !self.capitalised(i)
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
            && self.toks[i].cue.is_none()
            && !self.is(i, Class::NotAName)
            && !self.is(i, Class::Auxiliary)
            && !self.is(i, Class::Determiner)
    }

    /// A determiner or possessive and one to three lowercase words that end the
    /// clause, after an inverted cue: "said the deputy.", "said the flight's
    /// captain,", "said a registrar." Any noun heads such a phrase, where
    /// [`Ctx::np_starting_at`] knows only the source nouns of the lexicon: in
    /// this place nothing else can follow the verb.
    fn common_noun_tag(&self, k: usize) -> Option<Np> {
        let determiner = self.is(k, Class::Determiner) || self.word(k).ends_with("'s");
        if !determiner || !self.is_word(k) {
            return None;
        }
        let plain = |i: usize| self.plain_noun_word(i);
        let mut last = k;
        while last < k + 3 && plain(last + 1) {
            last += 1;
        }
        let ends = last + 1 >= self.e
            || matches!(
                self.toks[last + 1].kind,
                TokKind::Punct(',' | '.' | ';' | '!' | '?') | TokKind::Quote(_)
            );
        if last == k || !ends {
            return None;
        }
        Some(self.common_noun_np(k, last))
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

    pub(super) fn find_sentence_subject(&self) -> Option<Np> {
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
        let mut np = self.np_starting_at(k);
        // An introduction may hold more commas: "Recently, however, the union
        // …", "Chastened by the results, as well as the costs, Quill …". The
        // subject is the first phrase after one of them.
        let mut from = k;
        for _ in 0..3 {
            if np.is_some() || k == start {
                break;
            }
            let Some(comma) = (from..self.e.min(from + 13)).find(|&i| self.is_comma(i)) else {
                break;
            };
            let words = (from..comma)
                .all(|i| self.is_word(i) && (self.toks[i].cue.is_none() || self.cue_blocked(i)));
            if !words {
                break;
            }
            from = comma + 1;
            np = self.np_starting_at(from);
        }
        np
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

    /// Whether the clause may go on after a speaker phrase ending at `last` in an
    /// inverted tag: the end, punctuation, a quote, or words that cannot start a
    /// clause of which the phrase is the subject (`in a statement`,
    /// `contentedly`, `who chairs the committee`, `leaning back`).
    pub(super) fn tag_phrase_ends(&self, last: usize) -> bool {
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

    /// The token after a time phrase at `k` (`on Tuesday`, `Tuesday`, `late
    /// Tuesday`, `on Monday night`) that a word follows, else `k`: `said on
    /// Tuesday the minister`.
    fn after_time_phrase(&self, k: usize) -> usize {
        let mut j = k;
        if self.is(j, Class::AdverbialPreposition)
            && matches!(self.word(j), "on" | "late" | "early")
        {
            j += 1;
        }
        if !self.is(j, Class::Weekday) {
            return k;
        }
        j += 1;
        if matches!(self.word(j), "night" | "morning" | "afternoon" | "evening") {
            j += 1;
        }
        if self.is_word(j) {
            j
        } else {
            k
        }
    }

    /// The speaker of an inverted tag after a quote, after the cue at `c`:
    ///
    /// - `said on Tuesday the minister`: a time phrase before the speaker;
    /// - `said Ruth Alvarez in a statement`, `said Kuleba contentedly`: a phrase
    ///   followed by words that cannot make it a clause's subject;
    /// - `said councillor Mei Lin`, `said TV host Jane Doe`: lowercase title
    ///   words or a short modifier run before a name;
    /// - `said a spokesman, Darren Quill`: a name in apposition is the speaker,
    ///   the whole phrase its mention.
    pub fn tag_speaker_right(&self, c: usize) -> Option<Np> {
        let k = self.after_time_phrase(self.after_cue(c));
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
