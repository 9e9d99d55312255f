//! `Span`: a half-open range of byte offsets into a document, and the conversion of
//! byte offsets to the character offsets users see.

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text to character (Unicode scalar) offsets in
/// constant time per lookup, from a checkpoint every 128 bytes.
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// `checkpoints[i]` is the number of chars in `text[..i * STEP]` (the checkpoint
    /// is moved back to a char boundary when it falls inside a character).
    checkpoints: Vec<(usize, usize)>,
    ascii: bool,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 128;

    pub fn new(text: &'a str) -> CharIndex<'a> {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut chars = 0;
            let mut last = 0;
            let mut at = 0;
            while at < text.len() {
                let mut boundary = at;
                while !text.is_char_boundary(boundary) {
                    boundary -= 1;
                }
                chars += text[last..boundary].chars().count();
                checkpoints.push((boundary, chars));
                last = boundary;
                at += Self::STEP;
            }
        }
        CharIndex {
            text,
            checkpoints,
            ascii,
        }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let slot = (byte / Self::STEP).min(self.checkpoints.len().saturating_sub(1));
        let Some(&(at, chars)) = self.checkpoints.get(slot) else {
            return 0;
        };
        if at <= byte {
            chars + self.text[at..byte].chars().count()
        } else {
            chars - self.text[byte..at].chars().count()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_naive_count() {
        let text = "Macron’s “guarantees” — «oui» ".repeat(200);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count());
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }
}
