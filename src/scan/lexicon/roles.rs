//! Whether a descriptor ("the French leader") fits a dictionary role, and the
//! nationality adjective that names a country in either form.

/// Whether `role` (lowercase, as in the dictionary) fits a descriptor made of
/// `modifiers` (lowercase, such as `["french"]`) and the head noun `head`
/// (such as "leader"): every modifier names the same nationality or word as the
/// role, and the head is the role's head or the generic "leader".
pub(crate) fn role_fits(role: &str, modifiers: &[&str], head: &str) -> bool {
    let role = role.trim();
    let (role_modifiers, role_head) = match role.rsplit_once(' ') {
        Some((m, h)) => (m, h),
        None => ("", role),
    };
    if role_head.is_empty() {
        return false;
    }
    let head_fits = same_role_noun(role_head, head)
        || (head == "leader"
            && matches!(
                role_head,
                "president" | "chancellor" | "premier" | "king" | "queen" | "leader"
            ))
        || (head == "leader" && role.ends_with("prime minister"));
    if !head_fits {
        return false;
    }
    modifiers.iter().all(|m| {
        let m = nationality(m);
        role_modifiers
            .split_whitespace()
            .any(|w| nationality(w) == m)
    })
}

fn same_role_noun(a: &str, b: &str) -> bool {
    fn norm(w: &str) -> &str {
        match w {
            "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
            w => w.strip_suffix("'s").unwrap_or(w),
        }
    }
    let (a, b) = (norm(a), norm(b));
    a == b
}

/// The adjective of a country name or possessive, so that "Ukraine's", "Ukraine"
/// and "Ukrainian" compare equal.
pub(crate) fn nationality(word: &str) -> &str {
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    match w {
        "russia" | "russian" => "russian",
        "ukraine" | "ukrainian" => "ukrainian",
        "france" | "french" => "french",
        "germany" | "german" => "german",
        "britain" | "british" | "uk" | "u.k." | "u.k" => "british",
        "us" | "u.s." | "u.s" | "america" | "american" | "united states" => "american",
        "china" | "chinese" => "chinese",
        "belarus" | "belarusian" => "belarusian",
        "turkey" | "turkish" => "turkish",
        "poland" | "polish" => "polish",
        "italy" | "italian" => "italian",
        "japan" | "japanese" => "japanese",
        "israel" | "israeli" => "israeli",
        "iran" | "iranian" => "iranian",
        other => other,
    }
}
