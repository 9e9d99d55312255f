//! Subjects of a claim's cue that the speaker-phrase grammar does not read as
//! speakers, tried only when it finds none (so they cost nothing on the common
//! path):
//!
//! ```text
//! Lund, who has long opposed the plan, said it would fail.   (the grammar's)
//! …, said Lund, who noted that the plan would fail.          (relative: "who", Lund)
//! …, a lobbyist who argues that the plan would fail.         (relative: "who", a lobbyist)
//! Some 22 percent said they would stay home.                 (a share: "Some 22 percent")
//! More than six in 10 said they were tired of the race.      (a share)
//! Most said they would vote.                                 (a quantifier)
//! Abortion rights advocates said the ruling changed little.   (a plain opening phrase)
//! ```
//!
//! A relative pronoun's speaker is its antecedent, the phrase before it (across
//! a comma); its mention is the pronoun, as written. `which` names an
//! organisation (a name), never a thing: "the plan, which says" is no source.
//! A share or a quantifier is a group as written; it must open the sentence or
//! follow a comma or a conjunction, so that an object ("won 61 percent said")
//! is not read as a subject. A plain noun phrase the lexicon does not know
//! (`Abortion rights advocates`, `The magazine`, `Exit polling`) is a subject
//! only for a verb that is not a belief, only when it opens the sentence and ends in a noun (a plural or a
//! capitalised word, or a singular after a determiner), with no verb,
//! preposition or punctuation inside; the clause after the verb must still read
//! as a clause (the rule's test).

use crate::attribute::grammar::{Ctx, Np, NpKind};
use crate::scan::lexicon::{self, Class};

/// The first token of the subject slot before the cue at `c`: past up to three
/// fillers ("also", "has", "previously", "on Tuesday", "typically").
fn slot(ctx: &Ctx, c: usize) -> usize {
    let mut j = c;
    while j > ctx.s && c - j < 3 && ctx.is_word(j - 1) && filler(ctx, j - 1) {
        j -= 1;
    }
    j
}

/// A word that may stand between a subject and its verb: a filler of the
/// lexicon, a contracted "has" ("who's called for"), a weekday, or an adverb
/// in -ly ("typically", "enthusiastically").
fn filler(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    ctx.is(i, Class::PreVerbFiller)
        || matches!(w, "'s" | "’s")
        || ctx.capitalised(i) && ctx.is(i, Class::Weekday)
        || (w.len() > 4 && w.ends_with("ly") && !ctx.capitalised(i))
}

/// The subject of a cue after a relative pronoun: "Lund, who said", "a lobbyist
/// who argues".
pub(super) fn relative(ctx: &Ctx, c: usize) -> Option<Np> {
    let j = slot(ctx, c);
    if j < ctx.s + 2 {
        return None;
    }
    let w = j - 1;
    let which = match ctx.word(w) {
        "who" | "who's" | "who’s" => false,
        "which" => true,
        _ => return None,
    };
    let before = if ctx.is_comma(w - 1) {
        w.checked_sub(2)?
    } else {
        w - 1
    };
    if before < ctx.s {
        return None;
    }
    // "the 30 percent who say": a share is the antecedent.
    let Some(np) = ctx.np_ending_at(before, ctx.s) else {
        return (!which).then(|| share(ctx, w)).flatten().map(|np| Np {
            mention: Some((w, w)),
            ..np
        });
    };
    let fits = match np.kind {
        NpKind::Pronoun(_) => false,
        NpKind::Name | NpKind::Dict { .. } => true,
        NpKind::Group | NpKind::Descriptor => !which,
    };
    fits.then_some(Np {
        mention: Some((w, w)),
        ..np
    })
}

/// Words that open or fill a share: "some 22 percent", "more than six in 10",
/// "all but two", "half"; any word that may end one too.
fn share_word(w: &str) -> bool {
    share_head(w)
        || lexicon::with_lowercase(w, |w| {
            matches!(
                w,
                "more"
                    | "less"
                    | "fewer"
                    | "than"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "only"
                    | "just"
                    | "over"
                    | "under"
                    | "in"
                    | "out"
                    | "of"
                    | "all"
                    | "but"
                    | "a"
                    | "the"
                    | "one"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "quarter"
            )
        })
}

/// Whether `w` is a number: digits (`22`, `33%`, `6.5`) or tens in words
/// (`Sixty`, `sixty-six`).
fn number(w: &str) -> bool {
    let digits = w.strip_suffix('%').unwrap_or(w);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return true;
    }
    let tens = w.split('-').next().unwrap_or(w);
    [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    .iter()
    .any(|t| tens.eq_ignore_ascii_case(t))
}

/// Words that may end a share subject: a number or a quantifier.
fn share_head(w: &str) -> bool {
    number(w)
        || lexicon::with_lowercase(w, |w| {
            matches!(
                w,
                "percent"
                    | "half"
                    | "third"
                    | "majority"
                    | "plurality"
                    | "minority"
                    | "most"
                    | "many"
                    | "few"
                    | "others"
                    | "several"
                    | "some"
                    | "both"
                    | "two"
                    | "three"
            )
        })
}

/// A share or a quantifier as the subject: "61 percent said", "Most said".
pub(super) fn share(ctx: &Ctx, c: usize) -> Option<Np> {
    let j = slot(ctx, c);
    if j == ctx.s {
        return None;
    }
    let last = j - 1;
    let percent_sign = |i: usize| ctx.punct(i, '%');
    if !(percent_sign(last) || ctx.is_word(last) && share_head(ctx.word(last))) {
        return None;
    }
    let mut first = last;
    while first > ctx.s && last - first < 6 {
        let p = first - 1;
        let w = ctx.word(p);
        if !(percent_sign(p) || ctx.is_word(p) && (number(w) || share_word(w))) {
            break;
        }
        first = p;
    }
    // The subject opens the sentence or a clause (or is a relative's
    // antecedent: "compared with the 30 percent who say").
    let opens = first == ctx.s
        || ctx.is_comma(first - 1)
        || matches!(ctx.word(first - 1), "and" | "but" | "while" | "whereas")
        || ctx.word(j) == "who";
    if !opens {
        return None;
    }
    Some(Np {
        first,
        last,
        kind: NpKind::Group,
        mention: None,
    })
}

/// A plain noun phrase that opens the sentence, before a verb of saying:
/// "Abortion rights advocates said", "The magazine said".
pub(super) fn opening_phrase(ctx: &Ctx, c: usize) -> Option<Np> {
    let j = slot(ctx, c);
    let mut first = ctx.s;
    if matches!(ctx.word(first), "But" | "And" | "So" | "Still" | "Yet") {
        first += 1;
    }
    if j <= first || j - first > 5 {
        return None;
    }
    let last = j - 1;
    let w = ctx.word(last);
    let determiner = ctx.is(first, Class::Determiner);
    let head = ctx.capitalised(last)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        || (determiner && last > first)
        || ctx.is(last, Class::EvidenceNoun);
    if !head || !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    let plain = (first..=last).all(|i| {
        ctx.is_word(i)
            && ctx.toks[i].cue.is_none()
            && ctx.class(i).pronoun().is_none()
            && ![
                Class::Auxiliary,
                Class::AdverbialPreposition,
                Class::ClauseBreaker,
                Class::RelativePronoun,
                Class::Negation,
                Class::ObjectPronoun,
                Class::IrregularPast,
                Class::PreVerbFiller,
            ]
            .iter()
            .any(|&k| ctx.is(i, k))
            && (i == first || !ctx.is(i, Class::Determiner))
            && !matches!(
                ctx.word(i),
                "to" | "of" | "and" | "or" | "that" | "as" | "than"
            )
    });
    plain.then_some(Np {
        first,
        last,
        kind: NpKind::Group,
        mention: None,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribute::claim_rules::tests::{check, check_none, Case};

    #[test]
    fn relative_subject_past_a_weekday_or_an_adverb() {
        check(
            "object",
            &[
                Case {
                    name: "who, a weekday, the verb",
                    text: "Former senator Jane Lund, who on Tuesday endorsed Reyes, said she would campaign for him.",
                    want: ("Reyes", "Jane Lund"),
                },
                Case {
                    name: "who, an adverb in -ly, the verb",
                    text: "The loudest voice was Senator Tom Reyes, who enthusiastically backed the plan.",
                    want: ("the plan", "Tom Reyes"),
                },
            ],
        );
    }

    #[test]
    fn relative_and_share_subjects() {
        check(
            "complement",
            &[
                Case {
                    name: "who after a name and a comma",
                    text: "The bill passed on a close vote, said Ann Lund, who insisted that three members were absent.",
                    want: ("three members were absent", "Ann Lund"),
                },
                Case {
                    name: "who after a descriptor",
                    text: "The fund drew money from a retired banker who says the tax code favors the rich.",
                    want: ("the tax code favors the rich", "retired banker"),
                },
                Case {
                    name: "a share of a poll",
                    text: "Among the party's voters, 61 percent said they had made up their minds.",
                    want: ("they had made up their minds", "61 percent"),
                },
                Case {
                    name: "a share in words",
                    text: "More than six in 10 said they were tired of the campaign.",
                    want: ("they were tired of the campaign", "More than six in 10"),
                },
                Case {
                    name: "a share with a per cent sign and a relative",
                    text: "Turnout was higher among the 30% who say they are liberal.",
                    want: ("they are liberal", "30%"),
                },
                Case {
                    name: "tens in words",
                    text: "Sixty-six percent said it made no difference to them.",
                    want: ("it made no difference to them", "Sixty-six percent"),
                },
                Case {
                    name: "a plain opening phrase",
                    text: "Abortion rights advocates said the ruling made the fight more urgent.",
                    want: ("the ruling made the fight more urgent", "Abortion rights advocates"),
                },
                Case {
                    name: "a quantifier",
                    text: "Most said they would vote in November.",
                    want: ("they would vote in November", "Most"),
                },
            ],
        );
    }

    #[test]
    fn evidence_phrase() {
        check(
            "object",
            &[Case {
                name: "an evidence noun without a determiner",
                text: "Exit polling shows he won most voters under 30.",
                want: ("he won most voters under 30", "Exit polling"),
            }],
        );
    }

    #[test]
    fn near_misses_report_nothing() {
        check_none(&[
            // A thing is no source.
            "The council passed the plan, which says that rents will be capped.",
            // An opening phrase with a preposition is no plain subject.
            "Talks in the capital said little about the border.",
            // Nor is a phrase before a verb that is not of saying.
            "Local businesses expect a busy summer.",
        ]);
    }
}
