//! `whosaid render` in a real browser: headless Chromium loads the rendered pages,
//! the DOM must hold every attribution with its speaker, a screenshot must not be
//! blank, and an article holding a script must show it as inert text.
//!
//! Needs Chromium (`apt-get install chromium`, which `.ci/run` does); set
//! `WHOSAID_CHROMIUM` to use another binary. The tests are ignored by a plain
//! `cargo test`, whose summary counts them as ignored; run them with
//! `cargo test --test browser -- --include-ignored` (as `.ci/run` does). Run so
//! without a browser they say so and pass on a developer's machine, but fail under
//! `CI`. `scripts/render-png.sh` takes the README's picture.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{bin, seed, temp_dir};
use whosaid::Extractor;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("WHOSAID_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// The browser; without one, `None` on a developer's machine and a failure in CI.
fn browser() -> Option<PathBuf> {
    match chromium() {
        Some(path) => Some(path),
        None if std::env::var_os("CI").is_some() => {
            panic!("Chromium is needed for the browser tests in CI: apt-get install chromium")
        }
        None => {
            eprintln!(
                "browser tests skipped: no Chromium here (apt-get install chromium); CI runs them"
            );
            None
        }
    }
}

/// Run headless Chromium on a local page with the given extra arguments; returns
/// its standard output. Gives up after a minute.
fn headless(browser: &Path, page: &Path, extra: &[&str], profile: &Path) -> String {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Chromium");
    let started = Instant::now();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("Chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

fn render(args: &[&str], out: &Path) {
    let status = bin()
        .arg("render")
        .args(args)
        .arg("-o")
        .arg(out)
        .status()
        .unwrap();
    assert!(status.success());
}

fn html_attr(s: &str) -> String {
    whosaid::tools::html::escape(s)
}

#[test]
#[ignore = "needs Chromium"]
fn a_rendered_seed_holds_every_attribution_and_is_not_blank() {
    let Some(browser) = browser() else { return };
    let dir = temp_dir("seed");
    let page = dir.join("seed.html");
    let path = seed("004");
    render(&[path.to_str().unwrap()], &page);
    let dom = headless(&browser, &page, &["--dump-dom"], &dir.join("profile"));
    let attrs = Extractor::builtin()
        .extract(&std::fs::read_to_string(&path).unwrap())
        .attributions;
    assert!(!attrs.is_empty());
    for a in &attrs {
        let needle = format!(
            "data-i=\"{}\" data-speaker=\"{}\"",
            a.index,
            html_attr(a.speaker())
        );
        assert!(dom.contains(&needle), "the DOM lacks {needle}");
    }
    assert!(dom.contains("Alexander Khodakovsky"));

    let shot = dir.join("seed.png");
    headless(
        &browser,
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1100,800",
        ],
        &dir.join("profile"),
    );
    let decoder = png::Decoder::new(std::fs::File::open(&shot).expect("a screenshot"));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let pixels = &buf[..info.buffer_size()];
    let step = info.color_type.samples();
    let mut colours = std::collections::HashSet::new();
    for px in pixels.chunks(step) {
        colours.insert(px[..3].to_vec());
        if colours.len() > 50 {
            break;
        }
    }
    assert!(
        colours.len() > 50,
        "the screenshot is blank ({} colours)",
        colours.len()
    );
}

#[test]
#[ignore = "needs Chromium"]
fn a_rendered_diff_shows_both_versions_and_their_changes() {
    let Some(browser) = browser() else { return };
    let dir = temp_dir("diff");
    let page = dir.join("diff.html");
    let (old, new) = (seed("002"), seed("003"));
    render(&[old.to_str().unwrap(), new.to_str().unwrap()], &page);
    let dom = headless(&browser, &page, &["--dump-dom"], &dir.join("profile"));
    assert!(
        dom.contains("aria-label=\"Old version\"") && dom.contains("aria-label=\"New version\"")
    );
    for change in ["chg-added", "chg-removed", "chg-reworded"] {
        assert!(dom.contains(change), "no {change}");
    }
    assert!(
        dom.contains("Annalena Baerbock"),
        "the removed quote's speaker"
    );
    assert!(dom.contains("no other alternative"), "the added quote");
}

#[test]
#[ignore = "needs Chromium"]
fn a_script_in_an_article_is_inert_text() {
    let Some(browser) = browser() else { return };
    let dir = temp_dir("script");
    let article = dir.join("evil.txt");
    std::fs::write(
        &article,
        "\"<script>alert(1)</script><img src=x onerror=alert(2)> is what I typed,\" Lavrov said.",
    )
    .unwrap();
    let page = dir.join("evil.html");
    render(&[article.to_str().unwrap()], &page);
    let dom = headless(&browser, &page, &["--dump-dom"], &dir.join("profile"));
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!dom.contains("<img"), "no element from the article");
    // Shown as text, escaped; the tag itself is no one's words, so the quote's
    // highlight starts after it.
    assert!(dom.contains("&lt;script&gt;") && dom.contains("alert(1)&lt;/script&gt;"));
}
