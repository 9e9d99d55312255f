//! The speakers of one article and what the reader knows of them so far: who was
//! mentioned where, under which titles, and who spoke last, so that "he", "it" and
//! "the French leader" can be resolved.

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

use crate::dict::{first_name_gender, Gender, GenderSource, SpeakerDict, SpeakerKind};
use crate::scan::lexicon::{self, Class, Classes, Pronoun};

mod name_map;
mod titles;

use name_map::NameMap;
use titles::title_gender;

/// What kind of speaker an entity is, for pronoun agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntityKind {
    Person,
    Organisation,
    /// Sources named by a noun phrase; `plural` for "officials", not for "office".
    Group {
        plural: bool,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// Canonical name: the dictionary's, or the fullest form seen in the text.
    pub name: CompactString,
    /// Index in the speakers dictionary.
    pub dict: Option<usize>,
    pub gender: Gender,
    /// Where the gender was learnt from.
    pub gender_source: GenderSource,
    pub kind: EntityKind,
    /// The titles seen before its name in this article, lowercase ("french
    /// president"); a dictionary speaker's roles describe it too.
    pub titles: Vec<CompactString>,
    /// The titles seen in this article, as written ("French President").
    pub seen_titles: Vec<CompactString>,
    /// Whether the article names it (by a name, not only a role): a dictionary
    /// role is evidence about an entity the article names, never a new person.
    pub named: bool,
    /// Byte position of the first and the last mention.
    pub first_seen: usize,
    pub last_seen: Option<usize>,
}

impl Entity {
    /// An entity not yet mentioned, with no titles: the fields every new entity
    /// shares, the others to be filled in.
    fn unseen() -> Entity {
        Entity {
            name: CompactString::default(),
            dict: None,
            gender: Gender::Unknown,
            gender_source: GenderSource::Unknown,
            kind: EntityKind::Person,
            titles: Vec::new(),
            seen_titles: Vec::new(),
            named: true,
            first_seen: usize::MAX,
            last_seen: None,
        }
    }
}

/// Per-article discourse state.
#[derive(Default)]
pub(crate) struct Discourse {
    pub entities: Vec<Entity>,
    /// Person entities found in the text, by name.
    person_names: NameMap,
    /// Organisation entities found in the text, by name.
    other_names: NameMap,
    /// The first person entity found in the text with each last word of a name.
    persons_by_last: NameMap,
    /// Group entities, by lowercase name.
    groups: NameMap,
    /// Group phrases already resolved, as written.
    group_phrases: NameMap,
    /// Dictionary entities, by dictionary index.
    dict_entities: HashMap<usize, usize>,
    /// Name phrases already resolved, as written.
    phrases: NameMap,
    /// Scratch: the key of the group being looked up.
    key: String,
    /// Scratch: the words of the name being looked up, as byte ranges with their
    /// closed classes.
    words: Vec<(usize, usize, Classes)>,
    /// (byte position, entity, paragraph, is a sentence subject).
    mentions: Vec<(usize, usize, usize, bool)>,
    /// (byte position, entity, paragraph) of every attribution so far.
    speakers: Vec<(usize, usize, usize)>,
}

/// How far back pronouns and descriptors look: speakers, mentions or entities.
/// Far more than a news article's paragraphs hold, and a bound on the work for
/// each one, whatever the text.
const REACH: usize = 256;

impl Discourse {
    pub fn clear(&mut self) {
        self.entities.clear();
        self.person_names.clear();
        self.other_names.clear();
        self.persons_by_last.clear();
        self.groups.clear();
        self.group_phrases.clear();
        self.dict_entities.clear();
        self.phrases.clear();
        self.mentions.clear();
        self.speakers.clear();
    }

    /// The entity of dictionary speaker `index`, which the article names.
    pub fn dict_entity(&mut self, dict: &SpeakerDict, index: usize) -> usize {
        if let Some(&e) = self.dict_entities.get(&index) {
            self.entities[e].named = true;
            return e;
        }
        self.dict_entities.insert(index, self.entities.len());
        let s = dict.speaker(index);
        self.entities.push(Entity {
            name: CompactString::new(&s.name),
            dict: Some(index),
            gender: s.gender,
            gender_source: if s.gender == Gender::Unknown {
                GenderSource::Unknown
            } else {
                GenderSource::Dictionary
            },
            kind: match s.kind {
                SpeakerKind::Person => EntityKind::Person,
                SpeakerKind::Organisation => EntityKind::Organisation,
            },
            ..Entity::unseen()
        });
        self.entities.len() - 1
    }

    /// The entity of dictionary speaker `index` if the article has named it so
    /// far: what a dictionary role ("the Kremlin spokesman") may stand for.
    pub fn named_dict_entity(&self, index: usize) -> Option<usize> {
        self.dict_entities
            .get(&index)
            .copied()
            .filter(|&e| self.entities[e].named)
    }

    /// The entity of a name found in the text but not in the dictionary. A surname
    /// alone joins the earlier full name it ends ("Khodakovsky" after "Alexander
    /// Khodakovsky"), and a full name adopts an earlier surname-only entity.
    pub fn name_entity(&mut self, name: &str) -> usize {
        self.name_entity_with(name, &[])
    }

    /// [`name_entity`](Self::name_entity) for a name whose words' classes are
    /// known already: `classes` holds them in order, one per word separated by
    /// white space (the tokens' own), or fewer (the rest are looked up).
    pub fn name_entity_with(&mut self, name: &str, classes: &[Classes]) -> usize {
        // The same phrase again ("Khodakovsky said … Khodakovsky added") is the
        // same entity, with no title to add: skip the parsing of the name.
        let hash = NameMap::hash(name);
        if let Some(entity) = self.phrases.find(hash, name) {
            return entity;
        }
        let (entity, title) = self.find_or_add_name(name, hash, classes);
        self.add_title(entity, title);
        self.phrases.insert_new(hash, name, entity);
        entity
    }

    fn find_or_add_name<'n>(
        &mut self,
        name: &'n str,
        name_hash: u64,
        known: &[Classes],
    ) -> (usize, &'n str) {
        let mut gender = Gender::Unknown;
        let mut gender_source = GenderSource::Unknown;
        // The words of the name, as byte ranges: no allocation per lookup.
        let mut words = std::mem::take(&mut self.words);
        words.clear();
        if name.is_ascii() {
            // The common case, split by bytes: the white space of ASCII text is
            // these six bytes.
            let bytes = name.as_bytes();
            let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
            let mut at = 0;
            while at < bytes.len() {
                if space(bytes[at]) {
                    at += 1;
                    continue;
                }
                let start = at;
                while at < bytes.len() && !space(bytes[at]) {
                    at += 1;
                }
                let class = match known.get(words.len()) {
                    Some(&class) => class,
                    None => lexicon::classes(&name[start..at]),
                };
                words.push((start, at, class));
            }
            if words.len() < known.len() {
                // Not the words the classes were given for: look them up.
                for w in words.iter_mut() {
                    w.2 = lexicon::classes(&name[w.0..w.1]);
                }
            }
        } else {
            let base = name.as_ptr() as usize;
            words.extend(name.split_whitespace().map(|w| {
                (
                    w.as_ptr() as usize - base,
                    w.as_ptr() as usize - base + w.len(),
                    lexicon::classes(w),
                )
            }));
        }
        let word = |(a, b, _): (usize, usize, Classes)| &name[a..b];
        let mut skip = 0;
        if let Some(&first) = words.first() {
            match word(first) {
                "Mr." | "Mr" => gender = Gender::Male,
                "Mrs." | "Ms." | "Mrs" | "Ms" => gender = Gender::Female,
                _ => {}
            }
            if gender != Gender::Unknown {
                gender_source = GenderSource::Honorific;
            }
            if gender != Gender::Unknown && words.len() > 1 {
                skip = 1;
            }
        }
        if words.len() > skip + 1 && word(words[skip]).eq_ignore_ascii_case("the") {
            skip += 1;
        }
        // "Transport Minister Anna Kowalski": the title is not part of the name.
        let mut title = "";
        if let Some(t) = words[skip..words.len().saturating_sub(1).max(skip)]
            .iter()
            .rposition(|w| w.2.has(Class::PersonRole) || w.2.has(Class::TitleAbbreviation))
        {
            let mut t = skip + t;
            // "Attorney General Kim Lo", "Secretary General Ban Ki-moon": a
            // modifier after the role is the title's.
            while t + 2 < words.len()
                && words[t + 1].2.has(Class::SpeakerModifier)
                && !words[t + 1].2.has(Class::Determiner)
            {
                t += 1;
            }
            let organisation = words[skip..]
                .iter()
                .any(|w| w.2.has(Class::OrganisationWord));
            // "Secretary of State" is a role, not a title and a name.
            let role_phrase = words.get(t + 1).is_some_and(|&w| word(w) == "of");
            if !organisation && !role_phrase {
                title = &name[words[skip].0..words[t].1];
                skip = t + 1;
            }
        }
        let rest = &words[skip..];
        // A gendered title ("Congresswoman Ana Ruiz"), else the first name.
        if gender == Gender::Unknown {
            if let Some(g) = title_gender(&name[..rest.first().map_or(0, |w| w.0)]) {
                gender = g;
                gender_source = GenderSource::Honorific;
            } else if rest.len() >= 2 && !rest[1].2.has(Class::NameParticle) {
                // A first name is no particle's: "Van der Meer" tells no gender.
                if let Some(g) = first_name_gender(word(rest[0])) {
                    gender = g;
                    gender_source = GenderSource::FirstName;
                }
            }
        }
        // The name's words joined by single spaces: a slice of `name` when it is
        // written that way, as it nearly always is.
        let clean: std::borrow::Cow<str> = match (rest.first(), rest.last()) {
            (Some(&(a, _, _)), Some(&(_, b, _)))
                if rest
                    .windows(2)
                    .all(|p| p[1].0 == p[0].1 + 1 && name.as_bytes()[p[0].1] == b' ') =>
            {
                std::borrow::Cow::Borrowed(&name[a..b])
            }
            _ => {
                std::borrow::Cow::Owned(rest.iter().map(|&w| word(w)).collect::<Vec<_>>().join(" "))
            }
        };
        let organisation = rest
            .iter()
            .any(|w| w.2.has(Class::OrganisationWord) || w.2.has(Class::PlaceName))
            || (rest.len() == 1
                && word(rest[0]).chars().filter(|c| c.is_uppercase()).count() > 1
                && word(rest[0]).len() <= 6);
        let n_words = rest.len();
        let last = rest.last().map_or("", |&w| word(w));
        // A surname alone, or with its particles ("von der Leyen").
        let surname_only = n_words == 1
            || rest
                .first()
                .is_some_and(|&w| word(w).chars().next().is_some_and(char::is_lowercase));
        let lowercase = |w| word(w).chars().next().is_some_and(char::is_lowercase);
        let before_particle = (1..n_words.saturating_sub(1))
            .find(|&k| lowercase(rest[k + 1]) && !lowercase(rest[k]))
            .map(|k| word(rest[k]));
        // "Van den Berg" opening a sentence: a particle with a capital may open
        // a surname, or be a first name ("Van Jones").
        let capital_particle = n_words >= 2 && rest[0].2.has(Class::NameParticle);
        self.words = words;
        let person = !organisation;
        let names = if person {
            &self.person_names
        } else {
            &self.other_names
        };
        let clean_hash = if matches!(clean, std::borrow::Cow::Borrowed(c) if c.len() == name.len())
        {
            // The name as written, already hashed.
            name_hash
        } else {
            NameMap::hash(&clean)
        };
        if let Some(i) = names.find(clean_hash, &clean) {
            return (i, title);
        }
        if person && surname_only {
            // "Khodakovsky" after "Alexander Khodakovsky".
            if let Some(i) = self.persons_by_last.get(last) {
                return (i, title);
            }
        }
        if person && capital_particle && !surname_only {
            // "Van den Berg" after "Ilse van den Berg": the surname of an earlier
            // full name, whatever the particle's case; "Van Jones" after "Mark
            // Jones" is someone else.
            if let Some(i) = self.persons_by_last.get(last) {
                if ends_with_words(&self.entities[i].name, &clean) {
                    return (i, title);
                }
            }
        }
        if person && n_words > 1 {
            // "Alexander Khodakovsky" after "Khodakovsky": the entity takes the full name.
            if let Some(i) = self.person_names.get(last) {
                let e = &mut self.entities[i];
                self.person_names.remove(&e.name);
                e.name = CompactString::new(&clean);
                if e.gender == Gender::Unknown {
                    e.gender = gender;
                    e.gender_source = gender_source;
                }
                self.person_names.insert_new(clean_hash, &clean, i);
                return (i, title);
            }
        }
        let i = self.entities.len();
        if person {
            self.persons_by_last.insert_if_absent(last, i);
            // "Sisi" after "Abdel Fattah al-Sisi"; "Lula" after "Luiz Inacio Lula
            // da Silva" (the word before a particle, not the first name).
            if let Some((_, after)) = last.split_once('-') {
                if !after.is_empty() {
                    self.persons_by_last.insert_if_absent(after, i);
                }
            }
            if let Some(w) = before_particle {
                self.persons_by_last.insert_if_absent(w, i);
            }
            self.person_names.insert_new(clean_hash, &clean, i);
        } else {
            self.other_names.insert_new(clean_hash, &clean, i);
        }
        self.entities.push(Entity {
            name: CompactString::new(&clean),
            dict: None,
            gender,
            gender_source,
            kind: if person {
                EntityKind::Person
            } else {
                EntityKind::Organisation
            },
            ..Entity::unseen()
        });
        (i, title)
    }

    /// The entity of a source named by a noun phrase ("U.S. officials") whose
    /// head is the word `head`.
    pub fn group_entity(&mut self, phrase: &str, head: &str) -> usize {
        // The same phrase again is the same group: skip building its key.
        let hash = NameMap::hash(phrase);
        if let Some(i) = self.group_phrases.find(hash, phrase) {
            return i;
        }
        let i = self.find_or_add_group(phrase, &head.to_lowercase());
        self.group_phrases.insert_new(hash, phrase, i);
        i
    }

    fn find_or_add_group(&mut self, phrase: &str, head: &str) -> usize {
        // The phrase's words joined by single spaces, without leading determiners
        // ("the French presidency" is "French presidency") unless one word is left.
        let mut name = CompactString::default();
        let mut words = phrase.split_whitespace().peekable();
        while let Some(w) = words.next() {
            if name.is_empty() {
                if words.peek().is_some() && lexicon::classes(w).has(Class::Determiner) {
                    continue;
                }
            } else {
                name.push(' ');
            }
            name.push_str(w);
        }
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        if name.is_ascii() {
            key.push_str(&name);
            key.make_ascii_lowercase();
        } else {
            key.push_str(&name.to_lowercase());
        }
        let hash = NameMap::hash(&key);
        let found = self.groups.find(hash, &key);
        if found.is_none() {
            self.groups.insert_new(hash, &key, self.entities.len());
        }
        self.key = key;
        if let Some(i) = found {
            return i;
        }
        let plural =
            head.ends_with('s') && !head.ends_with("ss") || matches!(head, "police" | "people");
        self.entities.push(Entity {
            name,
            dict: None,
            gender: Gender::Unknown,
            gender_source: GenderSource::Unknown,
            kind: EntityKind::Group { plural },
            ..Entity::unseen()
        });
        self.entities.len() - 1
    }

    /// Record a title seen right before a mention ("French President" Emmanuel Macron).
    pub fn add_title(&mut self, entity: usize, title: &str) {
        if title.is_empty() {
            return;
        }
        let e = &mut self.entities[entity];
        crate::work::ticks(e.seen_titles.len());
        if e.seen_titles.iter().any(|t| t == title) {
            // Seen as written, so its lowercase form is in `titles` too.
            return;
        }
        e.seen_titles.push(CompactString::new(title));
        let lower = if title.is_ascii() {
            let mut lower = CompactString::new(title);
            lower.make_ascii_lowercase();
            lower
        } else {
            CompactString::from(title.to_lowercase())
        };
        if !e.titles.contains(&lower) {
            e.titles.push(lower);
        }
    }

    pub fn mention(&mut self, pos: usize, entity: usize, paragraph: usize, subject: bool) {
        self.mentions.push((pos, entity, paragraph, subject));
        let e = &mut self.entities[entity];
        e.first_seen = e.first_seen.min(pos);
        e.last_seen = Some(e.last_seen.map_or(pos, |p| p.max(pos)));
    }

    pub fn spoke(&mut self, pos: usize, entity: usize, paragraph: usize) {
        self.speakers.push((pos, entity, paragraph));
    }

    /// The last speaker before `pos`, if within the two paragraphs before.
    pub fn last_speaker(&self, pos: usize, paragraph: usize) -> Option<usize> {
        self.speakers
            .iter()
            .rev()
            .take(REACH)
            .inspect(|_| crate::work::tick())
            .take_while(|s| s.2 + 2 >= paragraph)
            .find(|s| s.0 < pos)
            .map(|s| s.1)
    }

    fn fits(&self, entity: usize, pronoun: Pronoun) -> bool {
        let e = &self.entities[entity];
        match pronoun {
            Pronoun::He => e.kind == EntityKind::Person && e.gender != Gender::Female,
            Pronoun::She => e.kind == EntityKind::Person && e.gender != Gender::Male,
            Pronoun::It => matches!(
                e.kind,
                EntityKind::Organisation | EntityKind::Group { plural: false }
            ),
            Pronoun::They => matches!(e.kind, EntityKind::Organisation | EntityKind::Group { .. }),
            Pronoun::I => false,
        }
    }

    /// The person named before whose name ends in `last` ("Lind" after "Ava
    /// Lind"), if there is one.
    pub fn person_by_last(&self, last: &str) -> Option<usize> {
        self.persons_by_last.get(last)
    }

    /// The last person who was a sentence's subject before `pos`: who answers
    /// an interview's questions.
    pub fn last_subject_person(&self, pos: usize) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.0 < pos && m.3)
            .take(64)
            .find(|m| self.entities[m.1].kind == EntityKind::Person)
            .map(|m| m.1)
    }

    /// Learn a person's gender from a pronoun that stands for them, when nothing
    /// else told it.
    pub fn learn_gender(&mut self, entity: usize, pronoun: Pronoun) {
        let e = &mut self.entities[entity];
        if e.kind != EntityKind::Person || e.gender != Gender::Unknown {
            return;
        }
        e.gender = match pronoun {
            Pronoun::He => Gender::Male,
            Pronoun::She => Gender::Female,
            _ => return,
        };
        e.gender_source = GenderSource::Pronoun;
    }

    /// Resolve a pronoun at `pos`: the more recent of the last fitting speaker and
    /// the last fitting sentence subject, within the two paragraphs before.
    /// Each looks back over at most [`REACH`] speakers or mentions.
    pub fn resolve_pronoun(&self, pronoun: Pronoun, pos: usize, paragraph: usize) -> Option<usize> {
        let speaker = self
            .speakers
            .iter()
            .rev()
            .take(REACH)
            .inspect(|_| crate::work::tick())
            .take_while(|s| s.2 + 2 >= paragraph)
            .filter(|s| s.0 < pos)
            .find(|s| self.fits(s.1, pronoun))
            .map(|s| (s.0, s.1));
        let subject = self
            .mentions
            .iter()
            .rev()
            .take(REACH)
            .inspect(|_| crate::work::tick())
            .take_while(|m| m.2 + 2 >= paragraph)
            .filter(|m| m.0 < pos && m.3)
            .find(|m| self.fits(m.1, pronoun))
            .map(|m| (m.0, m.1));
        let mentioned = || {
            self.mentions
                .iter()
                .rev()
                .take(REACH)
                .inspect(|_| crate::work::tick())
                .take_while(|m| m.2 + 1 >= paragraph)
                .filter(|m| m.0 < pos)
                .find(|m| self.fits(m.1, pronoun))
                .map(|m| m.1)
        };
        match (speaker, subject) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b.1 } else { a.1 }),
            (Some(a), None) => Some(a.1),
            (None, Some(b)) => Some(b.1),
            (None, None) => mentioned(),
        }
    }

    /// Resolve a descriptor ("the French leader": `modifiers` ["french"], `head`
    /// "leader") to the most recently mentioned entity whose titles or dictionary
    /// roles fit. Only people the article has named are candidates, and only the
    /// last [`REACH`] entities found: a descriptor that fits none of them is a
    /// speaker as written.
    pub fn resolve_descriptor(
        &mut self,
        dict: &SpeakerDict,
        modifiers: &[&str],
        head: &str,
        pos: usize,
    ) -> Option<usize> {
        let recent = self
            .entities
            .iter()
            .enumerate()
            .skip(self.entities.len().saturating_sub(REACH))
            .inspect(|_| crate::work::tick())
            .filter(|(_, e)| {
                let roles = e.dict.map_or(&[][..], |d| &dict.speaker(d).roles[..]);
                e.kind == EntityKind::Person
                    && e.named
                    && e.first_seen < pos
                    && roles
                        .iter()
                        .map(String::as_str)
                        .chain(e.titles.iter().map(CompactString::as_str))
                        .any(|t| lexicon::role_fits(t, modifiers, head))
            })
            .max_by_key(|(_, e)| e.last_seen.filter(|&p| p < pos).unwrap_or(e.first_seen));
        recent.map(|(i, _)| i)
    }
}

/// Whether `full` ends with the words `tail`, after a space, whatever their case:
/// "Ilse van den Berg" ends with "Van den Berg".
fn ends_with_words(full: &str, tail: &str) -> bool {
    full.len() > tail.len()
        && full
            .get(full.len() - tail.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(tail))
        && full.as_bytes()[full.len() - tail.len() - 1] == b' '
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_map_finds_what_was_inserted_until_removed_or_cleared() {
        let mut map = NameMap::default();
        let keys = ["Putin", "Macron", "putin", "Putin ", "", "Emmanuel Macron"];
        for (i, key) in keys.iter().enumerate() {
            map.insert_if_absent(key, i);
        }
        // A key inserted again keeps its first value.
        map.insert_if_absent("Macron", 99);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(map.get(key), Some(i), "{key:?}");
        }
        assert_eq!(map.get("Emmanuel"), None);
        map.remove("Macron");
        assert_eq!(map.get("Macron"), None);
        assert_eq!(map.get("Emmanuel Macron"), Some(5));
        map.clear();
        assert!(keys.iter().all(|k| map.get(k).is_none()));
    }

    #[test]
    fn groups_are_named_without_leading_determiners_and_join_in_any_case() {
        struct Case {
            phrase: &'static str,
            head: &'static str,
            name: &'static str,
            plural: bool,
        }
        let cases = [
            Case {
                phrase: "the French presidency",
                head: "presidency",
                name: "French presidency",
                plural: false,
            },
            Case {
                phrase: "The  U.S.\nofficials",
                head: "officials",
                name: "U.S. officials",
                plural: true,
            },
            Case {
                phrase: "the police",
                head: "police",
                name: "police",
                plural: true,
            },
            // One word is kept even when it is a determiner.
            Case {
                phrase: "these",
                head: "these",
                name: "these",
                plural: false,
            },
        ];
        let mut d = Discourse::default();
        for case in &cases {
            let e = d.group_entity(case.phrase, case.head);
            assert_eq!(d.entities[e].name, case.name, "{:?}", case.phrase);
            assert_eq!(
                d.entities[e].kind,
                EntityKind::Group {
                    plural: case.plural
                },
                "{:?}",
                case.phrase
            );
        }
        // The same group written another way is the same entity.
        let officials = d.group_entity("U.S. officials", "officials");
        assert_eq!(d.group_entity("u.s. Officials", "Officials"), officials);
        assert_eq!(d.entities.len(), cases.len());
    }

    #[test]
    fn names_join_their_forms_whatever_the_spacing_and_titles() {
        let mut d = Discourse::default();
        let full = d.name_entity("Alexander Khodakovsky");
        // A line break inside the name, a title before it, the surname alone.
        assert_eq!(d.name_entity("Alexander\n  Khodakovsky"), full);
        assert_eq!(d.name_entity("Commander Alexander Khodakovsky"), full);
        assert_eq!(d.name_entity("Khodakovsky"), full);
        assert_eq!(d.entities[full].name, "Alexander Khodakovsky");
        assert_eq!(d.entities[full].seen_titles, ["Commander"]);
        // A surname first, then the full name: one entity, with the full name.
        let soto = d.name_entity("Soto");
        assert_eq!(d.name_entity("Mrs. Gabriela Soto"), soto);
        assert_eq!(d.entities[soto].name, "Gabriela Soto");
        assert_eq!(d.entities[soto].gender, Gender::Female);
        // An organisation word makes it no person.
        let ministry = d.name_entity("Defence Ministry");
        assert_eq!(d.entities[ministry].kind, EntityKind::Organisation);
    }
}
