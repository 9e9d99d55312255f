//! The speakers of one article and what the reader knows of them so far: who was
//! mentioned where, under which titles, and who spoke last, so that "he", "it" and
//! "the French leader" can be resolved.

use rustc_hash::FxHashMap as HashMap;

use crate::dict::{Gender, SpeakerDict, SpeakerKind};
use crate::lexicon::{self, Pronoun};

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
    pub name: String,
    /// Index in the speakers dictionary.
    pub dict: Option<usize>,
    pub gender: Gender,
    pub kind: EntityKind,
    /// Titles that describe the speaker, lowercase ("french president"): its
    /// dictionary roles and the titles seen before its name in this article.
    pub titles: Vec<String>,
    /// The titles seen in this article, as written ("French President").
    pub seen_titles: Vec<String>,
    /// Byte position of the first and the last mention.
    pub first_seen: usize,
    pub last_seen: Option<usize>,
}

/// Per-article discourse state.
#[derive(Default)]
pub(crate) struct Discourse {
    pub entities: Vec<Entity>,
    /// Entities found in the text, by (is a person, name).
    names: HashMap<(bool, String), usize>,
    /// Person entities found in the text, by the last word of their name.
    persons_by_last: HashMap<String, Vec<usize>>,
    /// Group entities, by lowercase name.
    groups: HashMap<String, usize>,
    /// Dictionary entities, by dictionary index.
    dict_entities: HashMap<usize, usize>,
    /// Name phrases already resolved, as written.
    phrases: HashMap<String, usize>,
    /// (byte position, entity, paragraph, is a sentence subject).
    mentions: Vec<(usize, usize, usize, bool)>,
    /// (byte position, entity, paragraph) of every attribution so far.
    speakers: Vec<(usize, usize, usize)>,
}

impl Discourse {
    pub fn clear(&mut self) {
        self.entities.clear();
        self.names.clear();
        self.persons_by_last.clear();
        self.groups.clear();
        self.dict_entities.clear();
        self.phrases.clear();
        self.mentions.clear();
        self.speakers.clear();
    }

    /// The entity of dictionary speaker `index`.
    pub fn dict_entity(&mut self, dict: &SpeakerDict, index: usize) -> usize {
        if let Some(&e) = self.dict_entities.get(&index) {
            return e;
        }
        self.dict_entities.insert(index, self.entities.len());
        let s = dict.speaker(index);
        self.entities.push(Entity {
            name: s.name.clone(),
            dict: Some(index),
            gender: s.gender,
            kind: match s.kind {
                SpeakerKind::Person => EntityKind::Person,
                SpeakerKind::Organisation => EntityKind::Organisation,
            },
            titles: s.roles.clone(),
            seen_titles: Vec::new(),
            first_seen: usize::MAX,
            last_seen: None,
        });
        self.entities.len() - 1
    }

    /// The entity of a name found in the text but not in the dictionary. A surname
    /// alone joins the earlier full name it ends ("Khodakovsky" after "Alexander
    /// Khodakovsky"), and a full name adopts an earlier surname-only entity.
    pub fn name_entity(&mut self, name: &str) -> usize {
        // The same phrase again ("Khodakovsky said … Khodakovsky added") is the
        // same entity, with no title to add: skip the parsing of the name.
        if let Some(&entity) = self.phrases.get(name) {
            return entity;
        }
        let (entity, title) = self.find_or_add_name(name);
        self.add_title(entity, &title);
        self.phrases.insert(name.to_string(), entity);
        entity
    }

    fn find_or_add_name(&mut self, name: &str) -> (usize, String) {
        let mut gender = Gender::Unknown;
        let mut words: Vec<&str> = name.split_whitespace().collect();
        if let Some(&first) = words.first() {
            match first {
                "Mr." | "Mr" => gender = Gender::Male,
                "Mrs." | "Ms." | "Mrs" | "Ms" => gender = Gender::Female,
                _ => {}
            }
            if gender != Gender::Unknown && words.len() > 1 {
                words.remove(0);
            }
        }
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && words.len() > 1 {
            words.remove(0);
        }
        // "Transport Minister Anna Kowalski": the title is not part of the name.
        let mut title = String::new();
        if let Some(t) = words[..words.len().saturating_sub(1)]
            .iter()
            .rposition(|w| lexicon::person_role(w) || lexicon::title_abbreviation(w))
        {
            let organisation = words.iter().any(|w| lexicon::organisation_word(w));
            if !organisation {
                title = words[..=t].join(" ");
                words.drain(..=t);
            }
        }
        let clean = words.join(" ");
        let organisation = words
            .iter()
            .any(|w| lexicon::organisation_word(w) || lexicon::place_name(w))
            || (words.len() == 1
                && words[0].chars().filter(|c| c.is_uppercase()).count() > 1
                && words[0].len() <= 6);
        let kind = if organisation {
            EntityKind::Organisation
        } else {
            EntityKind::Person
        };
        let last = words.last().copied().unwrap_or("").to_string();
        let person = kind == EntityKind::Person;
        if let Some(&i) = self.names.get(&(person, clean.clone())) {
            return (i, title);
        }
        if person && words.len() == 1 {
            // "Khodakovsky" after "Alexander Khodakovsky".
            if let Some(&i) = self.persons_by_last.get(&last).and_then(|v| v.first()) {
                return (i, title);
            }
        }
        if person && words.len() > 1 {
            // "Alexander Khodakovsky" after "Khodakovsky": the entity takes the full name.
            if let Some(&i) = self.names.get(&(true, last.clone())) {
                let e = &mut self.entities[i];
                self.names.remove(&(true, e.name.clone()));
                e.name = clean.clone();
                if e.gender == Gender::Unknown {
                    e.gender = gender;
                }
                self.names.insert((true, clean), i);
                return (i, title);
            }
        }
        let i = self.entities.len();
        self.names.insert((person, clean.clone()), i);
        if person {
            self.persons_by_last.entry(last).or_default().push(i);
        }
        self.entities.push(Entity {
            name: clean,
            dict: None,
            gender,
            kind,
            titles: Vec::new(),
            seen_titles: Vec::new(),
            first_seen: usize::MAX,
            last_seen: None,
        });
        (i, title)
    }

    /// The entity of a source named by a noun phrase ("U.S. officials").
    pub fn group_entity(&mut self, phrase: &str, head: &str) -> usize {
        let mut words: Vec<&str> = phrase.split_whitespace().collect();
        while words.len() > 1 && lexicon::determiner(words[0]) {
            words.remove(0);
        }
        let name = words.join(" ");
        let key = name.to_lowercase();
        if let Some(&i) = self.groups.get(&key) {
            return i;
        }
        self.groups.insert(key, self.entities.len());
        let plural =
            head.ends_with('s') && !head.ends_with("ss") || matches!(head, "police" | "people");
        self.entities.push(Entity {
            name,
            dict: None,
            gender: Gender::Unknown,
            kind: EntityKind::Group { plural },
            titles: Vec::new(),
            seen_titles: Vec::new(),
            first_seen: usize::MAX,
            last_seen: None,
        });
        self.entities.len() - 1
    }

    /// Record a title seen right before a mention ("French President" Emmanuel Macron).
    pub fn add_title(&mut self, entity: usize, title: &str) {
        let e = &mut self.entities[entity];
        if !title.is_empty() && !e.seen_titles.iter().any(|t| t == title) {
            e.seen_titles.push(title.to_string());
        }
        let title = title.to_lowercase();
        if !title.is_empty() && !e.titles.contains(&title) {
            e.titles.push(title);
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
        }
    }

    /// Resolve a pronoun at `pos`: the more recent of the last fitting speaker and
    /// the last fitting sentence subject, within the two paragraphs before.
    pub fn resolve_pronoun(&self, pronoun: Pronoun, pos: usize, paragraph: usize) -> Option<usize> {
        let speaker = self
            .speakers
            .iter()
            .rev()
            .take_while(|s| s.2 + 2 >= paragraph)
            .filter(|s| s.0 < pos)
            .find(|s| self.fits(s.1, pronoun))
            .map(|s| (s.0, s.1));
        let subject = self
            .mentions
            .iter()
            .rev()
            .take_while(|m| m.2 + 2 >= paragraph)
            .filter(|m| m.0 < pos && m.3)
            .find(|m| self.fits(m.1, pronoun))
            .map(|m| (m.0, m.1));
        let mentioned = || {
            self.mentions
                .iter()
                .rev()
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
    /// "leader") to the most recently mentioned entity whose titles fit, else to a
    /// dictionary speaker whose role fits.
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
            .filter(|(_, e)| {
                e.kind == EntityKind::Person
                    && e.first_seen < pos
                    && e.titles
                        .iter()
                        .any(|t| lexicon::role_fits(t, modifiers, head))
            })
            .max_by_key(|(_, e)| e.last_seen.filter(|&p| p < pos).unwrap_or(e.first_seen));
        if let Some((i, _)) = recent {
            return Some(i);
        }
        let found = dict.speakers_with_role(modifiers, head).next()?;
        Some(self.dict_entity(dict, found))
    }
}
