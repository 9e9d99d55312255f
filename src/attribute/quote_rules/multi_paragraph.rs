//! **Multi-paragraph quotes**: a quote running over several paragraphs is one
//! speaker's, so the tag on any of its paragraphs names the speaker of those
//! that have none of their own.
//!
//! ```text
//! "The first paragraph of a long quote, with no tag.
//!
//! "The second, which ends the quote," Kuleba said.
//! ```
//!
//! This runs once over the whole article, after every sentence has been walked:
//! the tag may come after the paragraphs it names.

use crate::attribute::Analyzer;
use crate::scan::quotes::Quote;
use crate::Method;

/// The rule's name, given to the rows it attributes.
const RULE: &str = "multi-paragraph";

impl Analyzer<'_> {
    /// A quote running over several paragraphs is one speaker's: the tag on any
    /// of its paragraphs names the speaker of those that have none of their own.
    pub(in crate::attribute) fn join_paragraph_quotes(&mut self, quotes: &[Quote]) {
        let mut by_quote = vec![None; quotes.len()];
        for (f, found) in self.found.iter().enumerate() {
            if let Some(q) = found.quote {
                by_quote[q] = Some(f);
            }
        }
        let mut q = 0;
        while q < quotes.len() {
            let mut end = q;
            while quotes[end].continues && end + 1 < quotes.len() && quotes[end + 1].continued {
                end += 1;
            }
            if end > q {
                let chain: Vec<usize> = (q..=end).filter_map(|x| by_quote[x]).collect();
                let tagged = chain.iter().copied().find(|&f| {
                    !matches!(self.found[f].method, Method::Continuation | Method::None)
                });
                if let Some(t) = tagged {
                    let source = self.found[t].clone();
                    for &f in &chain {
                        let found = &mut self.found[f];
                        if matches!(found.method, Method::Continuation | Method::None) {
                            found.entity = source.entity;
                            found.mention = source.mention;
                            found.cue = source.cue;
                            found.method = Method::Continuation;
                            found.rule = RULE;
                        }
                    }
                }
            }
            q = end + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::quote_rules::tests::{check, Case};

    #[test]
    fn cases() {
        check(
            "multi-paragraph",
            &[Case {
                name: "tag on the last paragraph",
                text: "\"The first part of a long answer goes here, with no tag at all.\n\n\"And here the answer ends,\" Kuleba said.",
                want: ("The first part of a long answer goes here, with no tag at all.", "Dmytro Kuleba"),
            }],
        );
    }
}
