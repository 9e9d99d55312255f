//! `Span`: a half-open range of byte offsets into a document, and the conversion of
//! byte offsets to the character offsets users see.

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte (or character, where the doc says so), inclusive.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Its length: `end - start`.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text to character (Unicode scalar) offsets in
/// constant time per lookup, from a running count every 64 bytes.
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// `starts[i]` is the number of characters that start in `text[..i * STEP]`.
    starts: Vec<usize>,
    ascii: bool,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 64;

    /// An index of `text`'s characters, built in one pass.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let ascii = text.is_ascii();
        let mut starts = Vec::new();
        if !ascii {
            starts.reserve(text.len() / Self::STEP + 1);
            let mut running = 0;
            for chunk in text.as_bytes().chunks(Self::STEP) {
                starts.push(running);
                running += char_starts(chunk);
            }
        }
        CharIndex {
            text,
            starts,
            ascii,
        }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(self.text.len());
        let slot = byte / Self::STEP;
        match self.starts.get(slot) {
            Some(&before) => before + char_starts(&self.text.as_bytes()[slot * Self::STEP..byte]),
            // `byte` is the end of a text whose length is a multiple of the step.
            None => self.starts.last().map_or(0, |&before| {
                before + char_starts(&self.text.as_bytes()[(slot - 1) * Self::STEP..byte])
            }),
        }
    }
}

/// Converts byte offsets of one text to character offsets for offsets visited in
/// increasing order, as an article's attributions are: each conversion counts only
/// the characters since the one before.
#[derive(Clone, Debug)]
pub struct CharCursor<'a> {
    text: &'a [u8],
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> CharCursor<'a> {
        CharCursor {
            text: text.as_bytes(),
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte` (a char boundary). An offset
    /// before the last one converted is counted again from the start.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += count_chars(&self.text[self.byte..byte]);
        self.byte = byte;
        self.chars
    }

    /// The character offset of byte offset `end` (a char boundary) at or after
    /// `start`, whose character offset is `start_char`; the cursor stays put.
    pub fn char_offset_from(&self, start: usize, start_char: usize, end: usize) -> usize {
        let end = end.min(self.text.len());
        start_char + count_chars(&self.text[start.min(end)..end])
    }
}

/// How many characters start in `bytes`.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.chunks(CharIndex::STEP).map(char_starts).sum()
}

/// How many characters start in `bytes` (at most one step long): the bytes that
/// are not UTF-8 continuation bytes (`0b10xx_xxxx`), counted eight at a time.
fn char_starts(bytes: &[u8]) -> usize {
    const EACH: u64 = 0x0101_0101_0101_0101;
    debug_assert!(bytes.len() <= CharIndex::STEP);
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    // One counter per byte lane: eight words at most, so no lane passes 8 and
    // their total stays under 256 for the multiply that sums them.
    let mut lanes = 0u64;
    for w in words {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // Bit 7 set and bit 6 clear, moved to bit 0 of each byte.
        lanes += (x & !(x << 1)) >> 7 & EACH;
    }
    let continuations = (lanes.wrapping_mul(EACH) >> 56) as usize
        + tail.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_naive_count() {
        // A text whose length is a multiple of the step, one that is not, and one
        // with a character across every step boundary.
        let exact = format!("é{}", "a".repeat(126));
        assert_eq!(exact.len() % 64, 0);
        for text in [
            "Macron’s “guarantees” — «oui» ".repeat(200),
            exact,
            "€".repeat(100),
        ] {
            let index = CharIndex::new(&text);
            for (byte, _) in text.char_indices() {
                assert_eq!(index.char_offset(byte), text[..byte].chars().count());
            }
            assert_eq!(index.char_offset(text.len()), text.chars().count());
            // A cursor moving forward by uneven steps, and back to the start.
            let mut cursor = CharCursor::new(&text);
            let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).step_by(7).collect();
            for pass in 0..2 {
                for &byte in &bytes {
                    let chars = text[..byte].chars().count();
                    assert_eq!(cursor.char_offset(byte), chars, "pass {pass}");
                    let end = (byte + 150).min(text.len());
                    let end = (end..=text.len())
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap();
                    assert_eq!(
                        cursor.char_offset_from(byte, chars, end),
                        text[..end].chars().count()
                    );
                }
            }
        }
    }
}
