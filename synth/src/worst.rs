//! Worst-case shapes: texts built by repeating one pattern `n` times, each the
//! kind of input that would make a careless rule look across a whole sentence or
//! paragraph for every token. The tests compare the work done at `n` and `16 · n`;
//! the benchmarks time them.

/// One shape: its name, and the text made of `n` repetitions.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub name: &'static str,
    /// The text for `n` repetitions.
    pub text: fn(usize) -> String,
    /// Whether the shape is run with [`shared_first_word_speakers`] as the
    /// speakers dictionary instead of the built-in one.
    pub user_dictionary: bool,
}

fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// A name made of letters only, different for every `i`: "Bakel", "Cakel", ….
pub fn name(i: usize) -> String {
    let mut s = String::new();
    let mut x = i;
    loop {
        s.push((b'a' + (x % 26) as u8) as char);
        x /= 26;
        if x == 0 {
            break;
        }
    }
    let mut out = String::from("K");
    out.push_str(&s);
    out.push_str("ov");
    out
}

/// The worst-case shapes.
pub const SHAPES: &[Shape] = &[
    Shape {
        name: "unbalanced quotes in one line",
        text: |n| repeat("\"yes and ", n),
        user_dictionary: false,
    },
    Shape {
        name: "tagged unbalanced quotes in one line",
        text: |n| repeat("He said \"yes and ", n),
        user_dictionary: false,
    },
    Shape {
        name: "guillemets among no other marks in one line",
        text: |n| repeat("« oui » et « non », ", n),
        user_dictionary: false,
    },
    Shape {
        name: "many quotes in one sentence",
        text: |n| repeat("the plan was \"a bridge too far\" and ", n) + "Putin said.",
        user_dictionary: false,
    },
    Shape {
        name: "many cues in one sentence",
        text: |n| repeat("he said and she told reporters and they added ", n),
        user_dictionary: false,
    },
    Shape {
        name: "claims holding quotes in one sentence",
        text: |n| repeat("Putin said that \"we will go on with the talks\", ", n),
        user_dictionary: false,
    },
    Shape {
        name: "one unclosed quote full of cues",
        text: |n| "\"".to_string() + &repeat("the minister said the plan would work and ", n),
        user_dictionary: false,
    },
    Shape {
        name: "capitalised names in one run",
        text: |n| {
            (0..n)
                .map(|i| format!("Anna {} ", name(i)))
                .collect::<String>()
                + "said the talks failed."
        },
        user_dictionary: false,
    },
    Shape {
        name: "thousands of names in a paragraph",
        text: |n| {
            (0..n)
                .map(|i| {
                    format!(
                        "Finance Minister Anna {} said the talks would go on. He said so. \
                         The French leader said it was over. ",
                        name(i)
                    )
                })
                .collect()
        },
        user_dictionary: false,
    },
    Shape {
        name: "pronouns no speaker fits",
        text: |n| {
            repeat(
                "The ministry said it would go on. She said so. They said no. ",
                n,
            )
        },
        user_dictionary: false,
    },
    Shape {
        name: "a paragraph with no sentence end",
        text: |n| {
            repeat(
                "officials said the talks would resume and Macron told reporters that \
                 \"the plan\" was useful, adding that it would work, according to aides ",
                n,
            )
        },
        user_dictionary: false,
    },
    Shape {
        name: "alternating opening and closing marks",
        text: |n| repeat("“a” ”b“ ", n),
        user_dictionary: false,
    },
    Shape {
        name: "many according to",
        text: |n| repeat("according to Anna Berg the plan, ", n),
        user_dictionary: false,
    },
    Shape {
        name: "unattributed quotes in a paragraph",
        text: |n| repeat("\"We will not go back to the old ways.\" ", n),
        user_dictionary: false,
    },
    Shape {
        name: "user aliases sharing their first word",
        text: |n| {
            (0..n)
                .map(|i| format!("Anna {} said the talks would go on. ", name(i % 5000)))
                .collect()
        },
        user_dictionary: true,
    },
    Shape {
        name: "quote marks as HTML entities",
        text: |n| {
            repeat(
                "&quot;We will rebuild,&quot; Lena Ostrowski said. &#8220;No town&#8217;s cut off.&#8221; ",
                n,
            )
        },
        user_dictionary: false,
    },
    Shape {
        name: "mojibake quote marks",
        text: |n| {
            repeat(
                "â€œWe will rebuild,â€\u{9d} Lena Ostrowski said. â€œNo town is cut offâ€ ",
                n,
            )
        },
        user_dictionary: false,
    },
    Shape {
        name: "markup tags and ampersands",
        text: |n| {
            repeat(
                "<p>Lena & Co <tweet id=\"1\"> said &amp; <br>wrote that \"it\" & ",
                n,
            )
        },
        user_dictionary: false,
    },
];

/// A speakers dictionary (`speakers.csv` columns) of 5,000 aliases that all start
/// with "Anna".
pub fn shared_first_word_speakers() -> String {
    let mut csv = String::from("speaker_id,name,alias,role,gender,kind\n");
    for i in 0..5000 {
        let n = name(i);
        csv.push_str(&format!("anna-{n},Anna {n},Anna {n},,female,person\n"));
    }
    csv
}

/// Pieces of scraped text, for [`scraped`]: marks in every encoding, tags,
/// words, cues, names and the white space that makes paragraphs.
const PIECES: &[&str] = &[
    "&quot;",
    "&#34;",
    "&ldquo;",
    "&rdquo;",
    "&#8220;",
    "&#x201C;",
    "&#8221;",
    "&rsquo;",
    "&#39;",
    "&amp;quot;",
    "&amp;",
    "&eacute;",
    "&nbsp;",
    "&#0;",
    "&bogus;",
    "â€œ",
    "â€\u{9d}",
    "â€",
    "â€™",
    "â€˜",
    "â€\"",
    "â€”",
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<tweet id=\"1\">",
    "</tweet>",
    "<",
    ">",
    "&",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "«",
    "»",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "(",
    ")",
    "said",
    "told reporters",
    "according to",
    "adding",
    "Putin",
    "Anna Berg",
    "Mr.",
    "he",
    "the French leader",
    "officials",
    "the talks",
    "that",
    "yes and",
    "would go on",
    "é",
];

/// A scraped-looking text made from fuzz input: the first byte says how many
/// times the rest is repeated on end (long lines with no sentence end), each
/// other byte picks a piece.
pub fn scraped(data: &[u8]) -> String {
    let Some((&times, body)) = data.split_first() else {
        return String::new();
    };
    let once: String = body
        .iter()
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    once.repeat(1 + usize::from(times % 32))
}
