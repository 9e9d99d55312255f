//! The guarantees every extraction keeps, as one check shared by the property
//! tests, the fuzz targets and the fuzz-corpus regression test.

use crate::{Article, Extractor, Kind};

/// Check what must hold for any input: every row's offsets lie on character
/// boundaries within the text and slice exactly its `text` (decoded, where the
/// text writes marks as HTML entities or mojibake); rows are in text
/// order and numbered from 0; a quote's `claim` names a claim that holds it.
pub fn check(text: &str, article: &Article) -> Result<(), String> {
    let chars = text.chars().count();
    let index = crate::span::CharIndex::new(text);
    let mut last = 0;
    for (i, a) in article.attributions.iter().enumerate() {
        if a.index != i {
            return Err(format!("row {i} has index {}", a.index));
        }
        if a.start > a.end || a.end > chars {
            return Err(format!(
                "row {i}: {}..{} outside 0..{chars}",
                a.start, a.end
            ));
        }
        let (bs, be) = (a.bytes.start, a.bytes.end);
        if be > text.len() || !text.is_char_boundary(bs) || !text.is_char_boundary(be) || bs > be {
            return Err(format!("row {i}: bytes {bs}..{be} not on char boundaries"));
        }
        // The words as read: the span itself, or what its entities and
        // mojibake stand for.
        if crate::scan::decode::decode(&text[bs..be]) != a.text {
            return Err(format!("row {i}: text differs from its byte span decoded"));
        }
        if index.char_offset(bs) != a.start || index.char_offset(be) != a.end {
            return Err(format!("row {i}: char offsets do not slice the text"));
        }
        if a.start < last {
            return Err(format!("row {i} starts before row {}", i - 1));
        }
        last = a.start;
        if a.text.is_empty() {
            return Err(format!("row {i} is empty"));
        }
        if let Some(c) = a.claim {
            let claim = article
                .attributions
                .get(c)
                .ok_or(format!("row {i}: claim {c} missing"))?;
            if claim.kind != Kind::Indirect || claim.start > a.start || a.end > claim.end {
                return Err(format!("row {i}: claim {c} does not hold it"));
            }
        }
    }
    Ok(())
}

/// Extract `text` twice and check the invariants and that both runs agree.
pub fn check_extraction(extractor: &Extractor, text: &str) -> Result<Article, String> {
    let first = extractor.extract(text);
    check(text, &first)?;
    let second = extractor.extract(text);
    if first.attributions != second.attributions || first.date != second.date {
        return Err("two runs on the same text differ".into());
    }
    Ok(first)
}
