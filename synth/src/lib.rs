//! Reproducible synthetic news text, for benchmarks and property tests.
//!
//! Articles are built from sentence patterns with varied names, titles, reporting
//! verbs, quote marks and lengths, so that no block repeats; the same seed always
//! gives the same text.

/// A small deterministic random source (xorshift64*).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Maria", "Ahmed", "Olena", "Pierre", "Kenji", "Amara", "Lars", "Sofia", "Tomasz", "Grace",
    "Diego", "Ingrid", "Yusuf", "Hannah", "Ravi", "Elena", "Samuel", "Leila", "Marco", "Aiko",
];
const LAST: &[&str] = &[
    "Fernandez",
    "Haddad",
    "Kovalenko",
    "Laurent",
    "Tanaka",
    "Okafor",
    "Nilsson",
    "Rossi",
    "Nowak",
    "Mensah",
    "Herrera",
    "Berg",
    "Demir",
    "Fischer",
    "Iyer",
    "Petrova",
    "Adeyemi",
    "Karimi",
    "Bianchi",
    "Sato",
    "Macron",
    "Putin",
    "Scholz",
    "Kuleba",
    "Peskov",
    "Biden",
];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "Finance Minister",
    "Senator",
    "Mayor",
    "Governor",
    "Prime Minister",
    "Defence Secretary",
    "spokesperson",
    "opposition leader",
    "union chief",
];
const GROUPS: &[&str] = &[
    "local officials",
    "two diplomats",
    "U.S. officials",
    "the Interior Ministry",
    "police",
    "Turkish sources",
    "the regional government",
    "analysts",
    "the company",
    "European officials",
];
const CUES: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "stressed",
    "insisted",
    "noted",
];
const SUBJECTS: &[&str] = &[
    "the talks",
    "the ceasefire",
    "the budget",
    "the new bridge",
    "the election",
    "the pipeline",
    "the reform",
    "the summit",
    "inflation",
    "the harvest",
    "the strike",
    "the treaty",
];
const PREDICATES: &[&str] = &[
    "would resume next week",
    "had collapsed overnight",
    "will be delayed until spring",
    "was never on the table",
    "could cost billions",
    "is moving in the right direction",
    "had been agreed in principle",
    "would not survive the winter",
    "remains the priority",
    "must be approved by parliament",
    "was a serious mistake",
    "will protect jobs in the region",
];
const FILLER: &[&str] = &[
    "The meeting took place in a hotel near the river",
    "Hundreds of people gathered outside the building",
    "Prices rose for the third month in a row",
    "The delegation arrived late on Tuesday",
    "Negotiators worked through the night",
    "The city has been without power for two days",
    "Traffic was diverted around the square",
    "Schools reopened after the holiday",
];
const MARKS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("“", "\""),
    ("«", "»"),
    ("'", "'"),
    ("‘", "’"),
];

fn name(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

fn clause(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(SUBJECTS), rng.pick(PREDICATES))
}

fn quote_words(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(", and ");
        }
        s.push_str(&clause(rng));
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One paragraph of one to four sentences.
fn paragraph(rng: &mut Rng) -> String {
    let mut sentences = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let (open, close) = MARKS[rng.below(MARKS.len())];
        let who = name(rng);
        let s = match rng.below(10) {
            0 => format!(
                "{open}{},{close} {who} {}.",
                quote_words(rng),
                rng.pick(CUES)
            ),
            1 => format!(
                "{} {who} said, {open}{}.{close}",
                rng.pick(TITLES),
                quote_words(rng)
            ),
            2 => format!("{who} said that {}.", clause(rng)),
            3 => format!("According to {}, {}.", rng.pick(GROUPS), clause(rng)),
            4 => format!("{}, {} said.", capitalise(&clause(rng)), rng.pick(GROUPS)),
            5 => format!(
                "{who} called the plan {open}{}{close} and left.",
                rng.pick(PREDICATES)
            ),
            6 => format!("{open}{}.{close}", quote_words(rng)),
            7 => format!(
                "{who} {} that {}, adding that {}.",
                rng.pick(&["warned", "said", "insisted"]),
                clause(rng),
                clause(rng)
            ),
            8 => format!(
                "{open}{}, {who} said on {}.",
                quote_words(rng),
                rng.pick(&["Monday", "Friday", "Sunday"])
            ),
            _ => format!("{}.", rng.pick(FILLER)),
        };
        sentences.push(s);
    }
    sentences.join(" ")
}

/// One synthetic article of about `bytes` bytes.
pub fn article(rng: &mut Rng, bytes: usize) -> String {
    let mut text = String::new();
    while text.len() < bytes {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&paragraph(rng));
    }
    text
}

/// Rename the dictionary speakers of a real article so that copies differ.
fn varied(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_string();
    for who in [
        "Macron", "Putin", "Kuleba", "Scholz", "Biden", "Peskov", "Zelensky", "Baerbock",
    ] {
        if rng.below(2) == 0 {
            out = out.replace(who, rng.pick(LAST));
        }
    }
    out
}

/// A corpus of about `total_bytes`: the given real articles with varied names,
/// interleaved with synthetic articles of 1 to 12 KB.
pub fn corpus(seed: u64, real: &[&str], total_bytes: usize) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut docs = Vec::new();
    let mut size = 0;
    while size < total_bytes {
        let doc = if !real.is_empty() && rng.below(3) == 0 {
            let base = real[rng.below(real.len())];
            varied(&mut rng, base)
        } else {
            let len = 1024 + rng.below(11 * 1024);
            article(&mut rng, len)
        };
        size += doc.len();
        docs.push(doc);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_no_repeated_article() {
        let a = corpus(7, &[], 200_000);
        assert_eq!(a, corpus(7, &[], 200_000));
        assert_ne!(a, corpus(8, &[], 200_000));
        let mut unique = a.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), a.len());
        assert!(a.iter().map(String::len).sum::<usize>() >= 200_000);
        let real = "Macron said Putin and Scholz agreed.";
        let mixed = corpus(7, &[real], 200_000);
        assert!(
            mixed.iter().any(|d| d.ends_with("agreed.") && d.len() < 80),
            "real articles are used"
        );
    }
}
pub mod worst;
