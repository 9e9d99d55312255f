//! Word-level tests the speaker-phrase grammar relies on: pronouns, manner
//! adverbs, agent nouns by their ending, and plain modifiers.

use super::Ctx;
use crate::scan::lexicon::{Class, Pronoun};

impl Ctx<'_> {
    /// The personal pronoun at token `i` that can stand for a speaker: he, she,
    /// it, they, or the narrator's "I".
    pub(super) fn pronoun(&self, i: usize) -> Option<Pronoun> {
        self.class(i)
            .pronoun()
            .or_else(|| (self.word(i) == "I").then_some(Pronoun::I))
    }

    /// Whether token `i` is a lowercase adverb of manner ("jokingly",
    /// "emphatically"), which may stand between a speaker and the verb.
    pub(super) fn manner_adverb(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 4
            && w.ends_with("ly")
            && !self.capitalised(i)
            // Lowercase nouns and adjectives in -ly that can end a subject.
            && !matches!(
                w,
                "early" | "family" | "rally" | "assembly" | "supply" | "monopoly" | "elderly"
            )
    }

    /// Whether token `i` is a noun for a person by its ending, not in the
    /// lexicon: an agent noun ("moderator", "heckler", "strategist", "nominee",
    /// "historian", "consultant", "fisherman", their plurals) or an age ("the
    /// 46-year-old").
    pub(super) fn agentive_head(&self, i: usize) -> bool {
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
    pub(super) fn plain_modifier(&self, i: usize) -> bool {
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
}
