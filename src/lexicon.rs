//! Closed word classes the attribution rules rely on: pronouns, determiners, the
//! nouns that name sources ("officials", "spokesperson"), auxiliaries, and the
//! adverbials that may stand between a speaker and a reporting verb.
//!
//! Every lookup is ASCII-case-insensitive and allocation-free.

/// Lowercase an ASCII word into `buf`; `None` for long or non-ASCII words (which no
/// closed class contains, apart from curly apostrophes, which are folded to `'`).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars() {
        let b = match c {
            '’' | '‘' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        if n == buf.len() {
            return None;
        }
        buf[n] = b;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

macro_rules! word_class {
    ($(#[$doc:meta])* $name:ident: $($w:literal)|+) => {
        $(#[$doc])*
        pub(crate) fn $name(word: &str) -> bool {
            let mut buf = [0u8; 24];
            matches!(lower(word, &mut buf), Some($($w)|+))
        }
    };
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
    let mut buf = [0u8; 24];
    match lower(word, &mut buf)? {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::It),
        "they" => Some(Pronoun::They),
        _ => None,
    }
}

word_class!(
    /// Object pronouns, as addressees ("told him").
    object_pronoun: "him" | "her" | "them" | "me" | "us" | "you"
);

word_class!(
    /// First- and second-person subject pronouns: the writer or a quoted voice, never
    /// a resolvable source in narration.
    first_person: "i" | "we" | "you"
);

word_class!(
    determiner: "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "its"
        | "their" | "our" | "my" | "your" | "another" | "some" | "several" | "many"
        | "two" | "three" | "four" | "both" | "other" | "one" | "each" | "any" | "all"
        | "most" | "few" | "no"
);

word_class!(
    /// A word that makes a following reporting-verb form a noun ("his claims").
    noun_marker: "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "its"
        | "their" | "our" | "my" | "your" | "such" | "whose" | "no" | "any" | "every"
        | "new" | "recent" | "public" | "latest" | "earlier" | "similar" | "further"
        | "repeated" | "many" | "several" | "some" | "of" | "for" | "by"
);

word_class!(
    /// Nouns that name a source of speech; the head of a speaker noun phrase.
    speaker_noun: "official" | "officials" | "source" | "sources" | "spokesman"
        | "spokeswoman" | "spokesperson" | "spokesmen" | "spokespeople" | "office"
        | "presidency" | "ministry" | "government" | "leader" | "leaders" | "president"
        | "minister" | "chancellor" | "secretary" | "aide" | "aides" | "adviser"
        | "advisers" | "advisor" | "advisors" | "diplomat" | "diplomats" | "analyst"
        | "analysts" | "expert" | "experts" | "police" | "authorities" | "lawmaker"
        | "lawmakers" | "senator" | "senators" | "governor" | "campaign"
        | "administration" | "statement" | "report" | "reports" | "officer" | "officers"
        | "commander" | "commanders" | "agency" | "department" | "committee"
        | "newspaper" | "resident" | "residents" | "witness" | "witnesses" | "critic"
        | "critics" | "supporter" | "supporters" | "observer" | "observers" | "military"
        | "army" | "embassy" | "council" | "court" | "judge" | "prosecutor"
        | "prosecutors" | "lawyer" | "lawyers" | "attorney" | "attorneys" | "party"
        | "group" | "organization" | "organisation" | "company" | "chief" | "head"
        | "representative" | "representatives" | "member" | "members" | "envoy"
        | "ambassador" | "premier" | "king" | "queen" | "mayor" | "candidate"
        | "nominee" | "director" | "chairman" | "chairwoman" | "chair" | "executive"
        | "executives" | "poll" | "polls" | "survey" | "study" | "document" | "letter"
        | "memo" | "filing" | "insiders" | "insider" | "researchers" | "scientists"
        | "economists" | "activists" | "protesters" | "voters" | "people" | "press"
        | "spokespersons" | "ministers" | "presidents" | "staff" | "website" | "paper"
        | "announcement" | "communique" | "investigators" | "regulators" | "doctors"
        | "republicans" | "democrats" | "allies" | "ally" | "rival" | "rivals"
        | "opponent" | "opponents" | "operative" | "strategist" | "strategists"
        | "pollster" | "pollsters" | "manager" | "adviser's" | "correspondent"
        | "reporter" | "analysis" | "data" | "figures" | "estimates" | "records"
);

word_class!(
    /// Singular person roles: "the French leader" is a descriptor to resolve.
    person_role: "leader" | "president" | "minister" | "chancellor" | "secretary"
        | "spokesman" | "spokeswoman" | "spokesperson" | "premier" | "king" | "queen"
        | "mayor" | "governor" | "senator" | "candidate" | "nominee" | "chief" | "envoy"
        | "ambassador" | "commander" | "chairman" | "chairwoman" | "director" | "head"
);

word_class!(
    /// Abbreviated titles before a name.
    title_abbreviation: "rep." | "sen." | "gov." | "gen." | "lt." | "col." | "sgt." | "capt."
        | "adm." | "maj." | "dr." | "prof." | "rev." | "pres." | "amb." | "atty." | "supt."
);

word_class!(
    /// Lowercase modifiers inside a speaker noun phrase ("senior U.S. officials").
    speaker_modifier: "senior" | "top" | "former" | "local" | "foreign" | "defense"
        | "defence" | "interior" | "finance" | "economy" | "health" | "justice"
        | "western" | "eastern" | "european" | "deputy" | "press" | "state" | "federal"
        | "military" | "government" | "campaign" | "party" | "other" | "anonymous"
        | "unnamed" | "independent" | "presidential" | "prime" | "vice" | "white"
        | "house" | "kremlin" | "security" | "intelligence" | "diplomatic" | "regional"
        | "national" | "city" | "county" | "police" | "election" | "news" | "separatist"
        | "rebel" | "opposition" | "ruling" | "influential" | "two" | "three" | "several"
        | "some" | "many" | "both" | "another" | "one" | "a" | "an" | "the" | "his"
        | "her" | "its" | "their" | "president's" | "minister's" | "government's"
        | "chancellor's" | "leader's" | "spokesman's" | "chief" | "administration"
        | "executive" | "general" | "secretary" | "senior-level" | "high-ranking"
        | "u.s" | "u.s." | "us" | "un" | "eu" | "nato"
);

word_class!(
    /// Auxiliaries and modals: a complement clause has one early on.
    auxiliary: "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
        | "will" | "would" | "could" | "can" | "should" | "must" | "may" | "might"
        | "did" | "does" | "do" | "shall" | "isn't" | "aren't" | "wasn't" | "weren't"
        | "hasn't" | "haven't" | "hadn't" | "won't" | "wouldn't" | "couldn't" | "can't"
        | "shouldn't" | "didn't" | "doesn't" | "don't" | "remain" | "remains"
        | "stands" | "need" | "needs" | "want" | "wants" | "plans" | "intends"
);

word_class!(
    /// Common irregular past-tense verbs, which mark a finite clause.
    irregular_past: "found" | "made" | "saw" | "told" | "said" | "thought" | "knew" | "took"
        | "gave" | "came" | "went" | "got" | "left" | "felt" | "became" | "began" | "kept"
        | "held" | "brought" | "bought" | "meant" | "met" | "paid" | "put" | "ran" | "sent"
        | "spent" | "stood" | "won" | "wrote" | "lost" | "led" | "built" | "sold" | "fell"
        | "grew" | "drew" | "threw" | "chose" | "rose" | "struck" | "sought" | "fought"
        | "caught" | "taught" | "spoke" | "broke" | "drove" | "ate" | "heard" | "understood"
        | "withdrew" | "forgot" | "overtook" | "undertook" | "hid" | "shot" | "sank" | "swore"
);

word_class!(
    /// Words between a speaker and the reporting verb that do not change who speaks:
    /// "Putin also said", "Macron has said", "Putin in turn said".
    pre_verb_filler: "also" | "then" | "later" | "earlier" | "again" | "repeatedly"
        | "previously" | "publicly" | "privately" | "once" | "already" | "quickly"
        | "has" | "have" | "had" | "in" | "turn" | "recently" | "separately" | "too"
        | "himself" | "herself" | "itself" | "themselves" | "subsequently" | "further"
        | "first" | "finally" | "only" | "just" | "now" | "similarly" | "likewise"
        | "reportedly" | "however" | "often" | "frequently" | "will" | "would" | "may"
        | "might" | "could" | "can" | "should" | "last" | "this" | "week" | "month"
        | "year" | "on" | "openly" | "bluntly" | "flatly" | "explicitly" | "angrily"
        | "sharply" | "immediately" | "yesterday" | "today" | "tonight"
);

word_class!(
    /// Negation before a reporting verb: "did not specify", "never said".
    negation: "not" | "never" | "didn't" | "don't" | "doesn't" | "won't" | "wouldn't"
        | "cannot" | "can't" | "couldn't" | "hasn't" | "haven't" | "hadn't" | "declined"
        | "refused" | "nor" | "neither" | "no"
);

word_class!(
    /// Prepositions that open an adverbial between a reporting verb and its clause:
    /// "said on Tuesday that", "said after the talks that".
    adverbial_preposition: "on" | "in" | "at" | "after" | "before" | "during" | "from"
        | "with" | "following" | "since" | "upon" | "amid" | "via" | "through"
        | "alongside" | "outside" | "inside" | "ahead" | "over" | "by" | "late" | "early"
);

word_class!(
    /// Words that end a reported clause after a comma: a new clause or an aside.
    clause_breaker: "which" | "although" | "though" | "whereas" | "while"
        | "who" | "whom" | "despite" | "even" | "as" | "according" | "when" | "where"
        | "yet" | "so" | "because" | "since" | "with" | "without" | "unlike"
);

word_class!(
    /// Relative pronouns: "which Moscow denies it is planning" reports nothing new.
    relative_pronoun: "which" | "that" | "who" | "whom" | "whose" | "what"
);

word_class!(
    /// Capitalised words that start sentences but are not names.
    not_a_name: "the" | "a" | "an" | "but" | "and" | "or" | "however" | "in" | "on" | "at"
        | "after" | "before" | "during" | "this" | "that" | "these" | "those" | "it"
        | "he" | "she" | "they" | "we" | "i" | "you" | "meanwhile" | "later" | "earlier"
        | "ahead" | "upon" | "apparently" | "according" | "if" | "when" | "while" | "as"
        | "since" | "for" | "with" | "without" | "by" | "from" | "to" | "of" | "so"
        | "yet" | "still" | "also" | "then" | "now" | "there" | "here" | "his" | "her"
        | "its" | "their" | "our" | "my" | "your" | "what" | "who" | "why" | "how"
        | "where" | "which" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
        | "saturday" | "sunday" | "january" | "february" | "march" | "april" | "may"
        | "june" | "july" | "august" | "september" | "october" | "november"
        | "december" | "mr" | "mrs" | "ms" | "dr" | "mr." | "mrs." | "ms." | "dr."
        | "both" | "all" | "some" | "many" | "several" | "most" | "no" | "not"
        | "each" | "every" | "another" | "other" | "such" | "although" | "though"
        | "because" | "despite" | "unlike" | "like" | "instead" | "indeed" | "even"
        | "once" | "asked" | "speaking" | "writing" | "responding" | "wearing"
        | "read" | "related" | "see" | "watch" | "click" | "follow" | "sign"
);

word_class!(
    /// Words after which a period does not end a sentence.
    abbreviation: "mr" | "mrs" | "ms" | "dr" | "st" | "gen" | "sen" | "rep" | "gov" | "lt"
        | "col" | "sgt" | "prof" | "jr" | "sr" | "inc" | "co" | "corp" | "no" | "jan"
        | "feb" | "mar" | "apr" | "aug" | "sept" | "sep" | "oct" | "nov" | "dec" | "vs"
        | "mt" | "ft" | "capt" | "cmdr" | "adm" | "maj" | "pres" | "supt" | "det" | "rev"
        | "hon" | "messrs" | "ltd" | "dept" | "gov't" | "approx" | "est" | "fig" | "vol"
);

word_class!(
    /// Organisation words: a capitalised name holding one is not a person.
    organisation_word: "ministry" | "office" | "department" | "service" | "agency" | "post"
        | "times" | "news" | "journal" | "party" | "committee" | "council" | "commission"
        | "union" | "house" | "kremlin" | "government" | "administration" | "bank"
        | "court" | "company" | "group" | "institute" | "university" | "foundation"
        | "association" | "network" | "police" | "army" | "navy" | "military"
        | "campaign" | "press" | "reuters" | "tass" | "cnn" | "bbc" | "nbc" | "abc"
        | "cbs" | "fox" | "msnbc" | "ap" | "afp" | "dpa" | "senate" | "congress"
        | "parliament" | "presidency" | "embassy" | "inc" | "corp" | "fund" | "board"
        | "center" | "centre" | "forces" | "guard" | "fbi" | "cia" | "nsa" | "pentagon"
        | "politifact" | "poll" | "survey" | "gazette" | "tribune" | "herald" | "daily"
        | "magazine" | "review" | "television" | "radio" | "federation" | "alliance"
        | "coalition" | "movement" | "front" | "organization" | "organisation"
        | "secretariat" | "staff" | "team" | "club" | "league" | "bureau" | "media"
);

word_class!(
    /// Places and states, which speak as organisations ("Moscow insisted").
    place_name: "russia" | "ukraine" | "france" | "germany" | "moscow" | "kyiv" | "kiev"
        | "washington" | "berlin" | "paris" | "london" | "beijing" | "china" | "britain"
        | "america" | "belarus" | "turkey" | "poland" | "brussels" | "europe" | "iran"
        | "israel" | "japan" | "india" | "italy" | "spain" | "canada" | "mexico" | "syria"
        | "iraq" | "tehran" | "tokyo" | "rome" | "minsk" | "warsaw" | "ankara" | "nato"
        | "eu" | "un" | "u.s" | "u.s." | "us" | "uk" | "u.k" | "u.k." | "pyongyang"
        | "seoul" | "taiwan" | "taipei" | "jerusalem" | "cairo" | "egypt" | "lebanon"
);

/// Whether `role` (lowercase, as in the dictionary) fits a descriptor made of
/// `modifiers` (lowercase, such as `["french"]`) and the head noun `head`
/// (such as "leader"): every modifier names the same nationality or word as the
/// role, and the head is the role's head or the generic "leader".
pub(crate) fn role_fits(role: &str, modifiers: &[&str], head: &str) -> bool {
    let role_words: Vec<&str> = role.split_whitespace().collect();
    let Some(&role_head) = role_words.last() else {
        return false;
    };
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
        role_words[..role_words.len() - 1]
            .iter()
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
    fn lookups_ignore_case_and_curly_apostrophes() {
        assert!(auxiliary("Hadn’t"));
        assert!(speaker_noun("Officials"));
        assert!(!speaker_noun("visited"));
        assert_eq!(pronoun("He"), Some(Pronoun::He));
    }
}
