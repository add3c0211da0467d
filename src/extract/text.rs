//! Text as a reader sees it: entities decoded, whitespace collapsed, titles compared, and the
//! words in class names and ids.

use crate::text_facts::invisible;

/// Text as a reader sees it: HTML entities left in structured data decoded, invisible
/// characters dropped, whitespace collapsed.
pub fn tidy(s: &str) -> String {
    let decoded = if s.contains('&') {
        decode_entities(s)
    } else {
        s.to_string()
    };
    decoded
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.replace(invisible, ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-case words of a title, for comparing titles written slightly differently.
pub fn title_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A title reduced to its words, for exact look-ups.
pub fn title_key(s: &str) -> String {
    title_words(s).join(" ")
}

/// Whether two titles name the same thing: most words of the shorter appear in the longer.
pub fn similar_titles(a: &str, b: &str) -> bool {
    let (a, b) = (title_words(a), title_words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let shared = short.iter().filter(|w| long.contains(w)).count();
    shared * 4 >= short.len() * 3
}

/// Whether a heading names a section of a product page ("Product description", "Customer
/// reviews", "Delivery & returns", "Technische Daten") rather than the product: every word is
/// one such headings are made of.
pub fn is_section_heading(s: &str) -> bool {
    const WORDS: &str = "
        a about and answers asked brand care condition conditions customer customers delivery
        description details exchange exchanges faq features frequently guide info information
        item materials more our overview payment policies policy product products q questions
        rating ratings related return returns review reviews shipping size special
        specification specifications specs technical terms the this warranty
        artikelbeschreibung artikeldetails beschreibung bewertungen daten eigenschaften
        kundenbewertungen lieferung produktbeschreibung produktdetails produktinformationen
        rückgabe technische und versand
        avis caractéristiques caratteristiche clients del descripción descrição descrizione
        dettagli detalles devoluciones du détails envío et fiche información informations
        livraison opiniones produit producto produto prodotto recensioni reseñas retours
        spedizione technique y
        beoordelingen beschrijving en opinie opis productbeschrijving produktu specificaties
        specyfikacja";
    let words = title_words(s);
    !words.is_empty()
        && words.len() <= 5
        && words
            .iter()
            .all(|w| WORDS.split_whitespace().any(|v| v == w))
}

/// Decodes the entities shops leave in JSON strings and attributes (`&amp;`, `&#39;`, `&#x2F;`).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits a class or id into lower-case words at `-`, `_`, spaces and camelCase humps.
pub fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_headings() {
        assert!(is_section_heading("Product description"));
        assert!(is_section_heading("Delivery & returns"));
        assert!(is_section_heading("SPECIAL RETURN CONDITIONS"));
        assert!(is_section_heading("Technische Daten"));
        assert!(is_section_heading("Avis clients"));
        assert!(!is_section_heading("Alpine Down Jacket"));
        assert!(!is_section_heading("Return of the King (DVD)"));
        assert!(!is_section_heading(""));
    }

    #[test]
    fn tidy_decodes_and_collapses() {
        assert_eq!(
            tidy(" Tom &amp; Jerry\n\t&#39;s &#x2F; x &bogus; "),
            "Tom & Jerry 's / x &bogus;"
        );
    }
}
