//! `whosaid render`: one self-contained HTML page (no network, no external scripts
//! or fonts) showing an article with every quote and claim highlighted in its
//! speaker's colour, or two versions side by side with their changes.
//!
//! Colour is never the only signal: every highlight starts with a badge holding
//! the speaker's initials (or `?` when no speaker was found, or the change), and
//! the card shown on hover or keyboard focus spells everything out. All text is
//! escaped, so an article holding `<script>` shows it as text.
//!
//! [`article`] renders one article and [`diff_page`] two versions with the
//! changes [`diff::pair`] found; both return the whole page as a `String` and
//! never fail.
//!
//! ```
//! use whosaid::tools::{diff, render};
//! use whosaid::Extractor;
//!
//! let text = "\"We will not cross our red lines,\" Kuleba said. Putin said talks would go on.";
//! let article = Extractor::builtin().extract(text);
//! let page = render::article("ex.txt", text, &article.attributions);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("1 quote and 1 claim from 2 speakers"));
//! assert!(!page.contains("<script src")); // self-contained
//!
//! let new_text = "\"We will never cross our red lines,\" Kuleba said.";
//! let new = Extractor::builtin().extract(new_text);
//! let changes = diff::pair(&article.attributions, &new.attributions);
//! let page = render::diff_page(
//!     "v1.txt", text, &article.attributions,
//!     "v2.txt", new_text, &new.attributions, &changes,
//! );
//! assert!(page.contains("old: 1 quote, 0 claims; new: 1 quote, 0 claims"));
//! ```

use std::fmt::Write as _;

use crate::scan::layout::Layout;
use crate::span::Span;
use crate::tools::diff::{self, Change, Paired};
use crate::tools::html::escape;
use crate::{Attribution, Kind};

const PALETTE: [(&str, &str); 10] = [
    ("#fde2b0", "#9a5b00"),
    ("#c9e7ff", "#005a9e"),
    ("#d6f5d0", "#2b7a1f"),
    ("#f7d0e6", "#a0196b"),
    ("#e3dcff", "#5a3fb8"),
    ("#ffd6cc", "#b23a12"),
    ("#cdf3ef", "#00756b"),
    ("#f2efb6", "#6b6300"),
    ("#e8e8e8", "#444444"),
    ("#ffe0f0", "#8a2f5a"),
];

const STYLE: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'Times New Roman',serif;color:#1b1b1b;background:#fff}
header{padding:.8rem 1.2rem;border-bottom:1px solid #ddd;font-family:system-ui,sans-serif}
header h1{font-size:1.1rem;margin:0}
header p{margin:.2rem 0 0;color:#555;font-size:.9rem}
main{display:flex;flex-wrap:wrap;gap:1rem;padding:1rem}
nav{flex:0 0 15rem;font-family:system-ui,sans-serif;font-size:.9rem}
nav h2{font-size:1rem;margin:.2rem 0 .5rem}
nav ul{list-style:none;margin:0;padding:0}
nav li{margin:.25rem 0}
nav button{width:100%;text-align:left;border:1px solid #bbb;border-radius:4px;background:#fafafa;padding:.3rem .5rem;cursor:pointer;font:inherit}
nav button[aria-pressed=true]{outline:3px solid #1b1b1b}
nav button:focus-visible{outline:3px solid #005a9e}
article{flex:1 1 28rem;max-width:48rem}
.columns{display:flex;flex-wrap:wrap;gap:1rem;flex:1 1 40rem}
.columns article{flex:1 1 22rem}
.att{border-radius:3px;padding:0 .1em;position:relative}
.att:focus{outline:3px solid #1b1b1b}
.badge{font:bold .65rem/1 system-ui,sans-serif;border-radius:3px;padding:.1em .25em;margin-right:.2em;vertical-align:.15em;border:1px solid currentColor}
.mention{text-decoration:underline 2px}
.cue{text-decoration:underline dotted 2px}
.unattributed{background:#fff;outline:2px dashed #c00}
.unattributed .badge{color:#c00}
.card{display:none;position:absolute;left:0;top:1.6em;z-index:2;min-width:16rem;max-width:24rem;background:#fff;color:#1b1b1b;border:1px solid #888;border-radius:4px;padding:.4rem .6rem;font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.att:hover>.card,.att:focus>.card{display:block}
.card .row{display:block}
.card b{display:inline-block;min-width:5.5rem}
body.filtering .att:not(.picked){background:none;outline:none}
body.filtering .att:not(.picked)>.badge{opacity:.35}
.rows{font-family:system-ui,sans-serif;font-size:.85rem;border-top:1px solid #ddd;margin-top:1.5rem;padding-top:.5rem}
.rows table{border-collapse:collapse;width:100%}
.rows td,.rows th{border-bottom:1px solid #eee;padding:.2rem .4rem;text-align:left;vertical-align:top}
.chg-added{background:#d6f5d0}
.chg-removed{background:#ffd6cc;text-decoration:line-through}
.chg-reworded{background:#f2efb6}
.chg-reattributed{background:#e3dcff}
.chg-recued{background:#cdf3ef}
del{background:#ffd6cc}
ins{background:#d6f5d0;text-decoration:none}
.changes li{margin:.4rem 0}
@media (max-width:700px){nav{flex:1 1 100%}main{padding:.5rem}}
"#;

const SCRIPT: &str = r#"
(function(){
  var buttons=document.querySelectorAll('nav button[data-speaker]');
  buttons.forEach(function(b){
    b.addEventListener('click',function(){
      var on=b.getAttribute('aria-pressed')!=='true';
      buttons.forEach(function(o){o.setAttribute('aria-pressed','false');});
      document.querySelectorAll('.att.picked').forEach(function(e){e.classList.remove('picked');});
      document.body.classList.toggle('filtering',on);
      if(on){
        b.setAttribute('aria-pressed','true');
        document.querySelectorAll('.att[data-speaker-key="'+b.dataset.speaker+'"]').forEach(function(e){e.classList.add('picked');});
      }
    });
  });
})();
"#;

/// Initials of a speaker for its badge: "VP" for Vladimir Putin.
fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let pick: Vec<&str> = match words.len() {
        0 => name.split_whitespace().take(2).collect(),
        1 => words,
        n => vec![words[0], words[n - 1]],
    };
    pick.iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Speakers in order of first attribution, each with its palette slot.
struct Speakers {
    names: Vec<String>,
}

impl Speakers {
    fn of(attrs: &[&Attribution]) -> Speakers {
        let mut names: Vec<String> = Vec::new();
        for a in attrs {
            if !a.speaker.is_empty() && !names.iter().any(|n| *n == a.speaker) {
                names.push(a.speaker.to_string());
            }
        }
        Speakers { names }
    }

    fn slot(&self, speaker: &str) -> Option<usize> {
        self.names.iter().position(|n| n == speaker)
    }

    fn css(&self) -> String {
        let mut s = String::new();
        for i in 0..self.names.len() {
            let (bg, fg) = PALETTE[i % PALETTE.len()];
            let _ = write!(
                s,
                ".s{i}.att{{background:{bg}}}.s{i}.att.k-indirect{{background:none;box-shadow:inset 0 -.4em {bg}}}.s{i} .badge,.badge.s{i}{{color:{fg}}}.mention.s{i},.cue.s{i}{{text-decoration-color:{fg}}}nav .s{i}{{border-left:6px solid {fg}}}"
            );
        }
        s
    }
}

/// Per-highlight extras: a class and a badge label, and card lines.
struct Highlight<'a> {
    attribution: &'a Attribution,
    class: String,
    badge: String,
    extra: Vec<(&'static str, String)>,
}

fn card(h: &Highlight) -> String {
    let a = h.attribution;
    let speaker = if a.speaker.is_empty() {
        "(none found)".to_string()
    } else {
        a.speaker.to_string()
    };
    let mut rows = vec![
        ("speaker", speaker),
        ("kind", a.kind.as_str().to_string()),
        ("method", a.method.as_str().to_string()),
        ("mention", a.mention.to_string()),
        (
            "cue",
            if a.cue_lemma.is_empty() {
                a.cue.to_string()
            } else {
                format!("{} ({})", a.cue, a.cue_lemma)
            },
        ),
        ("addressee", a.addressee.to_string()),
        (
            "offsets",
            format!("{}–{} (paragraph {})", a.start, a.end, a.paragraph),
        ),
    ];
    rows.extend(h.extra.iter().cloned());
    // Phrasing content only: the card lives inside a paragraph.
    let mut s = String::from("<span class=\"card\" role=\"tooltip\">");
    for (k, v) in rows.into_iter().filter(|(_, v)| !v.is_empty()) {
        let _ = write!(s, "<span class=\"row\"><b>{k}</b> {}</span>", escape(&v));
    }
    s.push_str("</span>");
    s
}

/// The body of one article: paragraphs with highlights, mentions and cues.
fn article_body(text: &str, highlights: &[Highlight], speakers: &Speakers) -> String {
    let layout = Layout::of(text);
    #[derive(Clone, Copy, PartialEq)]
    enum Role {
        Text,
        Mention,
        Cue,
    }
    // (span, highlight index, role)
    let mut intervals: Vec<(Span, usize, Role)> = Vec::new();
    for (i, h) in highlights.iter().enumerate() {
        let a = h.attribution;
        intervals.push((a.bytes, i, Role::Text));
        if let Some(m) = a.mention_bytes {
            intervals.push((m, i, Role::Mention));
        }
        if let Some(c) = a.cue_bytes {
            intervals.push((c, i, Role::Cue));
        }
    }
    let mut out = String::new();
    if layout.body_start > 0 {
        let _ = write!(
            out,
            "<p class=\"meta\"><small>{}</small></p>",
            escape(text[..layout.body_start].trim())
        );
    }
    for para in &layout.paragraphs {
        let inside: Vec<&(Span, usize, Role)> = intervals
            .iter()
            .filter(|(s, _, _)| s.start < para.end && s.end > para.start && !s.is_empty())
            .collect();
        let mut cuts: Vec<usize> = vec![para.start, para.end];
        for (s, _, _) in &inside {
            cuts.push(s.start.clamp(para.start, para.end));
            cuts.push(s.end.clamp(para.start, para.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        out.push_str("<p>");
        for w in cuts.windows(2) {
            let (from, to) = (w[0], w[1]);
            let mut active: Vec<&&(Span, usize, Role)> = inside
                .iter()
                .filter(|(s, _, _)| s.start <= from && to <= s.end)
                .collect();
            // Longest first, so that a claim holds its quotes.
            active.sort_by_key(|(s, i, r)| (std::cmp::Reverse(s.len()), *i, *r as u8));
            let mut closing = String::new();
            for (span, i, role) in &active {
                let h = &highlights[*i];
                let slot = speakers
                    .slot(&h.attribution.speaker)
                    .map_or(String::new(), |s| format!(" s{s}"));
                match role {
                    Role::Text => {
                        let first = span.start == from;
                        let key = speakers
                            .slot(&h.attribution.speaker)
                            .map_or("none".to_string(), |s| s.to_string());
                        let _ = write!(
                            out,
                            "<span class=\"att k-{}{slot} {}\" data-i=\"{}\" data-speaker=\"{}\" data-speaker-key=\"{key}\"{}>",
                            h.attribution.kind.as_str(),
                            h.class,
                            h.attribution.index,
                            escape(&h.attribution.speaker),
                            if first { " tabindex=\"0\"" } else { "" }
                        );
                        if first {
                            let _ =
                                write!(out, "<span class=\"badge\">{}</span>", escape(&h.badge));
                            out.push_str(&card(h));
                        }
                    }
                    Role::Mention => {
                        let _ = write!(out, "<span class=\"mention{slot}\">");
                    }
                    Role::Cue => {
                        let _ = write!(out, "<span class=\"cue{slot}\">");
                    }
                }
                closing.push_str("</span>");
            }
            out.push_str(&escape(&text[from..to]));
            out.push_str(&closing);
        }
        out.push_str("</p>\n");
    }
    out
}

fn rows_table(title: &str, highlights: &[Highlight]) -> String {
    let mut s = format!(
        "<section class=\"rows\"><h2>{}</h2><table><thead><tr><th>#</th><th>kind</th><th>speaker</th><th>cue</th><th>text</th></tr></thead><tbody>",
        escape(title)
    );
    for h in highlights {
        let a = h.attribution;
        let _ = write!(
            s,
            "<tr data-i=\"{}\" data-speaker=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            a.index,
            escape(&a.speaker),
            a.index,
            a.kind.as_str(),
            escape(if a.speaker.is_empty() { "(none)" } else { &a.speaker }),
            escape(&a.cue),
            escape(&a.text)
        );
    }
    s.push_str("</tbody></table></section>");
    s
}

/// The page's language: its rows' (the article's), English when it has none.
fn page_lang<'a>(attrs: impl IntoIterator<Item = &'a Attribution>) -> &'static str {
    attrs.into_iter().next().map_or("en", |a| a.lang.as_str())
}

fn page(lang: &str, title: &str, subtitle: &str, css: &str, nav: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>{STYLE}{css}</style>\n</head>\n<body>\n<header><h1>{t}</h1><p>{sub}</p></header>\n<main>\n{nav}\n{body}\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        t = escape(title),
        sub = escape(subtitle),
    )
}

/// `1 quote`, `2 quotes`: a count with its noun in the right number.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `1 quote, 2 claims`.
fn quotes_and_claims(attrs: &[Attribution], speaker: &str) -> String {
    let (mut quotes, mut claims) = (0, 0);
    for a in attrs.iter().filter(|a| a.speaker == speaker) {
        if a.kind == Kind::Indirect {
            claims += 1;
        } else {
            quotes += 1;
        }
    }
    format!(
        "{}, {}",
        counted(quotes, "quote", "quotes"),
        counted(claims, "claim", "claims")
    )
}

/// The side panel: each speaker with their numbers of quotes and claims in each
/// version (`versions` holds one unlabelled version, or the labelled old and
/// new ones, whose counts the panel names: `old: 1 quote, 2 claims; new: …`).
fn speaker_panel(speakers: &Speakers, versions: &[(&str, &[Attribution])]) -> String {
    let per_version = |count: &dyn Fn(&[Attribution]) -> String| -> String {
        versions
            .iter()
            .map(|(label, attrs)| {
                if label.is_empty() {
                    count(attrs)
                } else {
                    format!("{label}: {}", count(attrs))
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut s = String::from("<nav aria-label=\"Speakers\"><h2>Speakers</h2><ul>");
    for (i, name) in speakers.names.iter().enumerate() {
        let _ = write!(
            s,
            "<li><button type=\"button\" class=\"s{i}\" data-speaker=\"{i}\" aria-pressed=\"false\"><span class=\"badge s{i}\">{}</span>{} <small>({})</small></button></li>",
            escape(&initials(name)),
            escape(name),
            escape(&per_version(&|attrs| quotes_and_claims(attrs, name))),
        );
    }
    let unattributed = versions
        .iter()
        .flat_map(|(_, attrs)| attrs.iter())
        .filter(|a| a.speaker.is_empty())
        .count();
    if unattributed > 0 {
        let counts = per_version(&|attrs| {
            let n = attrs.iter().filter(|a| a.speaker.is_empty()).count();
            counted(n, "attribution", "attributions")
        });
        let _ = write!(
            s,
            "<li><button type=\"button\" data-speaker=\"none\" aria-pressed=\"false\"><span class=\"badge\">?</span>No speaker found <small>({})</small></button></li>",
            escape(&counts)
        );
    }
    s.push_str("</ul><p><small>Tab to a highlight, or hover it, for its card. Click a speaker to show only theirs.</small></p></nav>");
    s
}

fn plain_highlights(attrs: &[Attribution]) -> Vec<Highlight<'_>> {
    attrs
        .iter()
        .map(|a| Highlight {
            attribution: a,
            class: if a.speaker.is_empty() {
                "unattributed".into()
            } else {
                String::new()
            },
            badge: if a.speaker.is_empty() {
                "?".into()
            } else {
                initials(&a.speaker)
            },
            extra: Vec::new(),
        })
        .collect()
}

/// The HTML page of one article.
pub fn article(doc: &str, text: &str, attrs: &[Attribution]) -> String {
    let refs: Vec<&Attribution> = attrs.iter().collect();
    let speakers = Speakers::of(&refs);
    let highlights = plain_highlights(attrs);
    let quotes = attrs.iter().filter(|a| a.kind != Kind::Indirect).count();
    let body = format!(
        "<article aria-label=\"Article\">{}{}</article>",
        article_body(text, &highlights, &speakers),
        rows_table("All attributions", &highlights)
    );
    page(
        page_lang(attrs),
        doc,
        &format!(
            "{} and {} from {}",
            counted(quotes, "quote", "quotes"),
            counted(attrs.len() - quotes, "claim", "claims"),
            counted(speakers.names.len(), "speaker", "speakers"),
        ),
        &speakers.css(),
        &speaker_panel(&speakers, &[("", attrs)]),
        &body,
    )
}

fn change_badge(change: Change) -> &'static str {
    match change {
        Change::Added => "+",
        Change::Removed => "−",
        Change::Reworded => "~",
        Change::Reattributed => "⇄",
        Change::Recued => "↻",
        Change::Unchanged => "=",
    }
}

/// The HTML page comparing two versions, side by side, with the changes listed.
pub fn diff_page(
    old_doc: &str,
    old_text: &str,
    old: &[Attribution],
    new_doc: &str,
    new_text: &str,
    new: &[Attribution],
    paired: &[Paired],
) -> String {
    let mut refs: Vec<&Attribution> = old.iter().collect();
    refs.extend(new.iter());
    let speakers = Speakers::of(&refs);
    let mut old_h = plain_highlights(old);
    let mut new_h = plain_highlights(new);
    for p in paired {
        let label = |h: &mut Highlight, other: Option<&Attribution>| {
            h.class = format!("{} chg-{}", h.class, p.change.as_str());
            h.badge = format!("{} {}", change_badge(p.change), h.badge);
            h.extra.push(("change", p.change.as_str().to_string()));
            if let Some(o) = other {
                if p.change == Change::Reattributed {
                    h.extra.push(("other speaker", o.speaker.to_string()));
                }
            }
        };
        if let Some(i) = p.old {
            label(&mut old_h[i], p.new.map(|j| &new[j]));
        }
        if let Some(j) = p.new {
            label(&mut new_h[j], p.old.map(|i| &old[i]));
        }
    }
    let mut list =
        String::from("<section class=\"changes\" aria-label=\"Changes\"><h2>Changes</h2><ol>");
    for p in paired.iter().filter(|p| p.change != Change::Unchanged) {
        let o = p.old.map(|i| &old[i]);
        let n = p.new.map(|j| &new[j]);
        let who = match (o, n) {
            (Some(o), Some(n)) if o.speaker != n.speaker => {
                format!("{} → {}", o.speaker, n.speaker)
            }
            (_, Some(a)) | (Some(a), None) => a.speaker.to_string(),
            (None, None) => String::new(),
        };
        let words = match (o, n) {
            (Some(o), Some(n)) => diff::word_diff_html(&o.text, &n.text),
            (Some(o), None) => format!("<del>{}</del>", escape(&o.text)),
            (None, Some(n)) => format!("<ins>{}</ins>", escape(&n.text)),
            (None, None) => String::new(),
        };
        let _ = write!(
            list,
            "<li class=\"chg-{c}\"><span class=\"badge\">{b}</span><strong>{c}</strong> — {who}: {words}</li>",
            c = p.change.as_str(),
            b = change_badge(p.change),
            who = escape(if who.is_empty() { "(no speaker)" } else { &who }),
        );
    }
    list.push_str("</ol></section>");
    let count = |c: Change| paired.iter().filter(|p| p.change == c).count();
    let body = format!(
        "<div class=\"columns\"><article aria-label=\"Old version\"><h2>{}</h2>{}</article><article aria-label=\"New version\"><h2>{}</h2>{}</article>{list}</div>",
        escape(old_doc),
        article_body(old_text, &old_h, &speakers),
        escape(new_doc),
        article_body(new_text, &new_h, &speakers),
    );
    page(
        page_lang(new.iter().chain(old)),
        &format!("{old_doc} → {new_doc}"),
        &format!(
            "{} added, {} removed, {} reworded, {} reattributed, {} recued, {} unchanged",
            count(Change::Added),
            count(Change::Removed),
            count(Change::Reworded),
            count(Change::Reattributed),
            count(Change::Recued),
            count(Change::Unchanged)
        ),
        &speakers.css(),
        &speaker_panel(&speakers, &[("old", old), ("new", new)]),
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    #[test]
    fn the_page_is_in_the_article_s_language() {
        let text = "« Nous tiendrons nos engagements », a déclaré la ministre Claire Dumas.";
        let article = Extractor::builtin().extract(text);
        assert_eq!(article.lang, crate::Lang::Fr);
        let html = super::article("a.txt", text, &article.attributions);
        assert!(html.contains("<html lang=\"fr\">"), "{html}");
        assert!(super::article("b.txt", "No one spoke.", &[]).contains("<html lang=\"en\">"));
    }

    #[test]
    fn text_is_escaped_and_the_page_is_self_contained() {
        let text =
            "\"<script>alert(1)</script> is not a plan,\" Putin said. Tom & Jerry's <b>show</b>.";
        let attrs = Extractor::builtin().extract(text).attributions;
        let html = article("a<b>.txt", text, &attrs);
        assert!(!html.contains("<script>alert(1)"));
        // The tags are shown, escaped, around the quote's words (a tag is not
        // speech: the quote starts after `<script>`).
        assert!(html.contains("&lt;script&gt;") && html.contains("alert(1)&lt;/script&gt;"));
        assert!(html.contains("Tom &amp; Jerry&#39;s &lt;b&gt;show&lt;/b&gt;"));
        assert!(html.contains("a&lt;b&gt;.txt"));
        assert_eq!(
            html.matches("<script").count(),
            1,
            "only the page's own inline script"
        );
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src="));
    }

    #[test]
    fn every_attribution_is_highlighted_with_its_speaker() {
        let text = "\"We will win,\" Zelensky said. Lavrov said that \"the talks\" had failed.\n\n\"Nobody knows what will happen to the talks next week.\"";
        let attrs = Extractor::builtin().extract(text).attributions;
        let html = article("x.txt", text, &attrs);
        for a in &attrs {
            let needle = format!(
                "data-i=\"{}\" data-speaker=\"{}\"",
                a.index,
                escape(&a.speaker)
            );
            assert!(html.contains(&needle), "{needle}");
        }
        assert!(
            html.contains("unattributed"),
            "a quote with no speaker stands out"
        );
        assert!(html.contains("class=\"badge\">VZ</span>"));
    }

    #[test]
    fn counts_are_singular_or_plural() {
        let text = "\"We will win,\" Zelensky said. Zelensky said that the talks had failed, and Zelensky said that more would come.";
        let attrs = Extractor::builtin().extract(text).attributions;
        let html = article("x.txt", text, &attrs);
        assert!(
            html.contains("Zelensky <small>(1 quote, 2 claims)</small>"),
            "{html}"
        );
        assert!(html.contains("<p>1 quote and 2 claims from 1 speaker</p>"));
        for wrong in ["1 quotes", "1 claims", "1 speakers"] {
            assert!(!html.contains(wrong), "{wrong}");
        }
    }

    #[test]
    fn the_two_version_panel_says_which_version_each_count_is_from() {
        let old_text = "\"We will win,\" Zelensky said.";
        let new_text = "\"We will win,\" Zelensky said. \"And soon,\" he added. Zelensky said that the talks had failed.";
        let old = Extractor::builtin().extract(old_text).attributions;
        let new = Extractor::builtin().extract(new_text).attributions;
        let paired = crate::tools::diff::pair(&old, &new);
        let html = diff_page("a.txt", old_text, &old, "b.txt", new_text, &new, &paired);
        assert!(
            html.contains("(old: 1 quote, 0 claims; new: 2 quotes, 1 claim)"),
            "{html}"
        );
    }

    #[test]
    fn initials() {
        assert_eq!(super::initials("Vladimir Putin"), "VP");
        assert_eq!(super::initials("Ursula von der Leyen"), "UL");
        assert_eq!(super::initials("U.S. officials"), "U");
        assert_eq!(super::initials("Kremlin"), "K");
    }
}
