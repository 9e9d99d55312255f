//! The gender a title written before a name gives ("Congresswoman", "Mrs.").

use crate::dict::Gender;

/// The gender a title before a name gives ("Congresswoman", "Mrs."), if any.
pub(super) fn title_gender(title: &str) -> Option<Gender> {
    title.split_whitespace().rev().find_map(|w| {
        let w = w.trim_end_matches('.');
        if [
            "mrs",
            "ms",
            "miss",
            "madam",
            "madame",
            "congresswoman",
            "councilwoman",
            "chairwoman",
            "spokeswoman",
            "businesswoman",
            "assemblywoman",
            "queen",
            "princess",
            "lady",
            "dame",
        ]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
        {
            Some(Gender::Female)
        } else if [
            "mr",
            "congressman",
            "councilman",
            "spokesman",
            "businessman",
            "assemblyman",
            "king",
            "prince",
            "lord",
            "sir",
        ]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
        {
            Some(Gender::Male)
        } else {
            None
        }
    })
}
