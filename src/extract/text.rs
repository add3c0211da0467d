//! The words shops use, in many languages: price-like text, old and per-unit prices, stock
//! phrases, buy buttons and the labels of brand, SKU and barcode fields. Everything here reads
//! text or class names only; where the words are on the page is the callers' business.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::price;

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
        .map(|w| {
            w.replace(
                |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}' | '\u{ad}'),
                "",
            )
        })
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

/// Whether a class name marks a crossed-out or earlier price (`old-price`, `price--was`,
/// `a-text-strike`, `rrp`, `compare-at`).
pub fn is_struck_class(class: &str) -> bool {
    name_words(class).any(|w| {
        matches!(
            w.as_str(),
            "strike"
                | "strikethrough"
                | "striked"
                | "strikeout"
                | "crossed"
                | "barred"
                | "linethrough"
                | "was"
                | "old"
                | "oldprice"
                | "wasprice"
                | "before"
                | "rrp"
                | "uvp"
                | "msrp"
                | "original"
                | "prev"
                | "previous"
                | "compare"
                | "compareat"
                | "listprice"
                | "streichpreis"
        )
    })
}

/// Whether a class, id or `itemprop` names a price (in a few languages).
pub fn is_price_name(names: &str) -> bool {
    const WORDS: &[&str] = &[
        "price", "preis", "prix", "prezzo", "precio", "preco", "preço", "cena", "цена", "cijena",
        "hinta", "pris", "fiyat",
    ];
    WORDS.iter().any(|w| names.contains(w))
}

/// Whether a class or id names the price a buyer pays now, over others in the same box
/// (`sale-price`, `priceblock_dealprice`, `price--current`, `buybox`).
pub fn is_current_price_name(names: &str) -> bool {
    const PARTS: &[&str] = &[
        "sale", "special", "current", "final", "actual", "deal", "ourprice", "buybox", "buy-box",
        "topay", "selling",
    ];
    PARTS.iter().any(|p| names.contains(p))
        || name_words(names).any(|w| matches!(w.as_str(), "now" | "our" | "main" | "primary"))
}

/// Whether a class or id names a promotion's amount (a coupon, a saving, a gift card) rather
/// than the item's price.
pub fn is_promo_name(names: &str) -> bool {
    const PARTS: &[&str] = &[
        "promo", "coupon", "saving", "discount", "gift", "reward", "cashback", "voucher", "points",
        "credit", "rebate", "bonus",
    ];
    PARTS.iter().any(|p| names.contains(p))
}

/// Whether a class or id names a price per unit, instalment or base quantity.
pub fn is_unit_price_name(names: &str) -> bool {
    name_words(names).any(|w| {
        matches!(
            w.as_str(),
            "unit"
                | "baseprice"
                | "grundpreis"
                | "perunit"
                | "ppu"
                | "instalment"
                | "installment"
                | "monthly"
                | "financing"
        )
    })
}

/// Units a price can be quoted per: "€ 3,99 / kg", "$0.12/oz", "12 zł/m²".
const UNITS: &[&str] = &[
    "kg", "g", "100g", "100 g", "l", "100ml", "100 ml", "ml", "m", "m²", "m2", "qm", "lb", "oz",
    "fl oz", "ct", "count", "stk", "stück", "st", "pcs", "pc", "piece", "unit", "each", "ea", "mo",
    "month", "mois", "monat", "mes", "mese", "мес", "шт", "кг",
];

/// Whether a price text quotes a price per unit or per month rather than the item's price.
pub fn is_unit_price(text: &str) -> bool {
    let t = text.to_lowercase();
    for sep in ["/", " per ", " pro ", " je ", " par ", " за "] {
        for (at, _) in t.match_indices(sep) {
            let rest = t[at + sep.len()..].trim_start();
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            if UNITS.iter().any(|u| {
                rest.starts_with(u)
                    && !rest[u.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
            }) {
                return true;
            }
        }
    }
    false
}

/// What a short text looks like when it is a price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceShape {
    /// A currency sign or code is printed with the amount.
    pub marked: bool,
    /// A price per unit, per month or similar.
    pub unit: bool,
    /// Labelled as an earlier or list price ("Was £55", "UVP 99 €").
    pub old: bool,
}

/// Words that label a price as an earlier or recommended one.
const OLD_PRICE_WORDS: &[&str] = &[
    "was",
    "rrp",
    "uvp",
    "msrp",
    "list",
    "regular",
    "reg",
    "statt",
    "antes",
    "prima",
    "avant",
    "before",
    "originally",
    "compare",
];

/// Whether a label or price text calls the price an earlier or list price.
pub fn is_old_price_label(text: &str) -> bool {
    text.len() <= 40
        && !text.bytes().any(|b| b.is_ascii_digit())
        && text
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .any(|w| OLD_PRICE_WORDS.contains(&w))
}

/// A price text without the label printed before it ("Price: £48.99", "Special Price
/// $79.00"); words that qualify the amount ("ab", "from", "Was") stay.
pub fn strip_price_label(text: &str) -> &str {
    const LABEL: &[&str] = &[
        "price", "special", "sale", "our", "deal", "current", "now", "you", "pay", "total",
        "preis", "prix", "prezzo", "precio", "preço", "cena", "цена", "ціна", "fiyat", "pris",
        "hinta", "bid",
    ];
    let skip = |s: &str| -> usize {
        s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || c == ':')
                .len()
    };
    let mut at = 0;
    loop {
        let word_start = at + skip(&text[at..]);
        let rest = &text[word_start..];
        let word = &rest[..rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len())];
        if word.is_empty() || !LABEL.contains(&word.to_lowercase().as_str()) {
            break;
        }
        at = word_start + word.len();
    }
    let rest = &text[at + skip(&text[at..])..];
    if at == 0 || rest.is_empty() {
        text
    } else {
        rest
    }
}

/// Whether a text labels an auction's opening price, which the current bid supersedes.
pub fn is_opening_price(text: &str) -> bool {
    const OPENING: &[&str] = &[
        "starting price",
        "starting bid",
        "start price",
        "opening bid",
        "opening price",
        "startpreis",
        "startgebot",
        "mindestgebot",
        "prix de départ",
        "mise à prix",
        "prezzo di partenza",
        "base d'asta",
        "precio de salida",
        "precio inicial",
        "lance inicial",
        "cena wywoławcza",
        "начальная цена",
        "стартовая цена",
    ];
    if text.len() > 80 {
        return false;
    }
    let t = text.to_lowercase();
    OPENING.iter().any(|p| t.contains(p))
}

/// Words that make a money amount something other than the item's price.
const NOT_A_PRICE: &[&str] = &[
    "save",
    "off",
    "shipping",
    "delivery",
    "postage",
    "versand",
    "livraison",
    "spedizione",
    "envío",
    "envio",
    "frete",
    "доставка",
    "dostawa",
    "doprava",
    "sparen",
    "économisez",
    "risparmi",
    "ahorra",
    "cashback",
    "coupon",
    "gift",
    "reward",
    "points",
    "punkte",
    "bonus",
    "deposit",
    "pfand",
];

/// Words printed around a price: "from", "now only", "incl. VAT", "current bid".
const PRICE_WORDS: &[&str] = &[
    "from",
    "ab",
    "dès",
    "partire",
    "deal",
    "special",
    "zzgl",
    "ca",
    "approx",
    "à",
    "a",
    "partir",
    "de",
    "desde",
    "da",
    "od",
    "от",
    "vanaf",
    "fra",
    "från",
    "alkaen",
    "only",
    "just",
    "now",
    "nur",
    "jetzt",
    "seulement",
    "solo",
    "sólo",
    "price",
    "prix",
    "preis",
    "precio",
    "prezzo",
    "preço",
    "cena",
    "цена",
    "ціна",
    "fiyat",
    "pris",
    "hinta",
    "our",
    "sale",
    "was",
    "incl",
    "inkl",
    "vat",
    "mwst",
    "tva",
    "iva",
    "ttc",
    "tax",
    "ht",
    "exkl",
    "excl",
    "plus",
    "per",
    "pro",
    "je",
    "par",
    "за",
    "starting",
    "at",
    "list",
    "regular",
    "reg",
    "new",
    "uvp",
    "rrp",
    "current",
    "starting",
    "start",
    "opening",
    "you",
    "pay",
    "total",
    "bid",
    "estimate",
    "buy",
    "it",
    "or",
    "best",
    "offer",
    "sold",
    "for",
    "each",
    "sfr",
    "税込",
    "税抜",
    "起",
    "价格",
    "售价",
    "цена",
    "тенге",
    "р",
    "rub",
    "lei",
    "ft",
    "kn",
    "din",
    "eur",
    "us",
    "usd",
];

/// Whether `text` (an element's whole text) reads as one price, or a range of two.
pub fn price_shape(text: &str) -> Option<PriceShape> {
    if text.len() > 60 || !text.bytes().any(|b| b.is_ascii_digit()) || text.contains('%') {
        return None;
    }
    // Number runs: digits with separators between them.
    let mut numbers = 0;
    let mut between = String::new();
    let mut in_number = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // Separators join digits; a space only before a group of three ("1 299", not "1,000 1").
        let group_of_three = chars
            .get(i + 1..i + 4)
            .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        let joins = in_number
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && match c {
                '.' | ',' | '\'' => true,
                ' ' | '\u{a0}' | '\u{202f}' => group_of_three,
                _ => false,
            };
        if c.is_ascii_digit() || joins {
            if !in_number {
                numbers += 1;
                if numbers == 2 && !between.contains(['-', '–', '~', '—']) {
                    return None;
                }
            }
            in_number = true;
        } else {
            in_number = false;
            if numbers == 1 {
                between.push(c);
            }
        }
    }
    if numbers == 0 || numbers > 2 {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| NOT_A_PRICE.contains(w)) {
        return None;
    }
    // Every word must be a currency, a unit or a word prices are printed with; a card's
    // title next to its price makes the card text, not a price.
    let marked = price::find_currency(text).is_some();
    let known = |w: &&str| {
        PRICE_WORDS.contains(w) || UNITS.contains(w) || price::currency_code(w).is_some()
    };
    if !words.iter().all(known) {
        return None;
    }
    if !marked && !words.is_empty() && !is_unit_price(text) {
        // Bare amounts only count with nothing else around them ("12,99", "1.299,-").
        return None;
    }
    Some(PriceShape {
        marked,
        unit: is_unit_price(text),
        old: words.iter().any(|w| OLD_PRICE_WORDS.contains(w)),
    })
}

/// Stock phrases, out-of-stock first because many contain an in-stock phrase
/// ("nicht auf Lager", "non disponibile", "нет в наличии", "indisponible").
const OUT_OF_STOCK: &[&str] = &[
    "out of stock",
    "sold out",
    "currently unavailable",
    "temporarily unavailable",
    "no longer available",
    "not available",
    "unavailable",
    "notify me when available",
    "nicht auf lager",
    "nicht verfügbar",
    "nicht lieferbar",
    "ausverkauft",
    "vergriffen",
    "rupture de stock",
    "épuisé",
    "indisponible",
    "non disponible",
    "non disponibile",
    "esaurito",
    "agotado",
    "sin stock",
    "no disponible",
    "sem estoque",
    "esgotado",
    "indisponível",
    "нет в наличии",
    "распродано",
    "отсутствует",
    "недоступен",
    "немає в наявності",
    "niedostępny",
    "brak w magazynie",
    "wyprzedany",
    "vyprodáno",
    "vypredané",
    "nedostupné",
    "není skladem",
    "nie je skladom",
    "uitverkocht",
    "niet op voorraad",
    "niet leverbaar",
    "slutsåld",
    "ikke på lager",
    "udsolgt",
    "utsolgt",
    "loppuunmyyty",
    "tükendi",
    "stokta yok",
    "在庫切れ",
    "品切れ",
    "売り切れ",
    "缺货",
    "售罄",
    "无货",
    "품절",
    "일시품절",
    "אזל מהמלאי",
    "غير متوفر",
];

const IN_STOCK: &[&str] = &[
    "in stock",
    "available now",
    "ready to ship",
    "auf lager",
    "lieferbar",
    "verfügbar",
    "en stock",
    "disponible",
    "disponibile",
    "disponibilità immediata",
    "disponibilidad inmediata",
    "em estoque",
    "disponível",
    "в наличии",
    "есть в наличии",
    "є в наявності",
    "dostępny",
    "na stanie",
    "skladem",
    "na skladě",
    "skladom",
    "na sklade",
    "op voorraad",
    "in voorraad",
    "leverbaar",
    "i lager",
    "på lager",
    "varastossa",
    "stokta",
    "在庫あり",
    "有货",
    "现货",
    "재고있음",
    "במלאי",
    "متوفر",
];

/// A phrase list compiled once into one automaton, so each text is scanned once however many
/// phrases and languages there are.
struct Phrases {
    automaton: AhoCorasick,
    /// Per pattern: whether it states the item is out of stock.
    out: Vec<bool>,
}

fn stock_phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let patterns: Vec<&str> = OUT_OF_STOCK.iter().chain(IN_STOCK).copied().collect();
        Phrases {
            automaton: AhoCorasick::new(&patterns).expect("stock phrases compile"),
            out: patterns.iter().map(|p| OUT_OF_STOCK.contains(p)).collect(),
        }
    })
}

/// `InStock` or `OutOfStock` when a short text states availability.
pub fn availability_phrase(text: &str) -> Option<&'static str> {
    if text.len() > 200 {
        return None;
    }
    let t = text.to_lowercase();
    let phrases = stock_phrases();
    let mut found = None;
    for m in phrases.automaton.find_overlapping_iter(&t) {
        let before = t[..m.start()].chars().next_back();
        let after = t[m.end()..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if phrases.out[m.pattern().as_usize()] {
            return Some("OutOfStock");
        }
        found = Some("InStock");
    }
    found
}

/// A schema.org availability value (`https://schema.org/InStock`, `instock`, `out_of_stock`)
/// as `InStock` or `OutOfStock`.
pub fn schema_availability(value: &str) -> Option<&'static str> {
    let v = value.trim();
    let last = v.rsplit(['/', '#', ':']).next().unwrap_or(v);
    let key: String = last
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    match key.as_str() {
        "instock"
        | "instoreonly"
        | "onlineonly"
        | "limitedavailability"
        | "preorder"
        | "presale"
        | "backorder"
        | "available"
        | "madetoorder" => Some("InStock"),
        "outofstock" | "soldout" | "discontinued" | "unavailable" | "notavailable" => {
            Some("OutOfStock")
        }
        _ => availability_phrase(v),
    }
}

/// Whether a link's text is a generic call to action rather than an item's name.
pub fn is_generic_link(text: &str) -> bool {
    const GENERIC: &[&str] = &[
        "details",
        "more",
        "more info",
        "view",
        "view details",
        "view item",
        "see more",
        "see details",
        "read more",
        "learn more",
        "shop now",
        "quick view",
        "compare",
        "add to wishlist",
        "mehr",
        "mehr erfahren",
        "details ansehen",
        "zum produkt",
        "détails",
        "voir",
        "voir plus",
        "en savoir plus",
        "dettagli",
        "scopri",
        "ver más",
        "ver detalles",
        "ver mais",
        "saiba mais",
        "подробнее",
        "szczegóły",
        "zobacz",
        "bekijk",
        "meer info",
        "visa",
        "läs mer",
        "詳細",
        "详情",
        "자세히",
    ];
    let t = text
        .trim()
        .trim_end_matches(['›', '»', '>', '.', '…'])
        .trim()
        .to_lowercase();
    GENERIC.contains(&t.as_str())
}

/// Labels of buttons that buy the item now.
const BUY: &[&str] = &[
    "add to cart",
    "add to basket",
    "add to bag",
    "add to trolley",
    "buy now",
    "buy it now",
    "place bid",
    "bid now",
    "in den warenkorb",
    "in den einkaufswagen",
    "jetzt kaufen",
    "ajouter au panier",
    "aggiungi al carrello",
    "acquista ora",
    "añadir a la cesta",
    "añadir al carrito",
    "agregar al carrito",
    "adicionar ao carrinho",
    "в корзину",
    "купить",
    "do koszyka",
    "kup teraz",
    "do košíka",
    "do košíku",
    "koupit",
    "kúpiť",
    "in winkelwagen",
    "in winkelmand",
    "lägg i varukorg",
    "læg i kurv",
    "legg i handlekurv",
    "lisää ostoskoriin",
    "sepete ekle",
    "kosárba",
    "adaugă în coș",
    "カートに入れる",
    "今すぐ買う",
    "加入购物车",
    "立即购买",
    "장바구니",
    "구매하기",
    "הוספה לסל",
    "הוסף לסל",
    "أضف إلى السلة",
];

/// Whether a button's text offers to buy the item now.
pub fn is_buy_label(text: &str) -> bool {
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    if text.len() > 80 {
        return false;
    }
    let automaton = AUTOMATON.get_or_init(|| AhoCorasick::new(BUY).expect("buy labels compile"));
    automaton.is_match(&text.to_lowercase())
}

/// The field a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    Brand,
    Manufacturer,
    Sku,
    /// A weaker name for an identifier ("Ref.", "ID", "Code"), used when no SKU is labelled.
    Reference,
    Gtin,
    Availability,
}

/// Field labels, lower case with punctuation as spaces, by the field they name.
const LABELS: &[(Label, &[&str])] = &[
    (
        Label::Brand,
        &[
            "brand",
            "brand name",
            "marke",
            "marca",
            "marque",
            "merk",
            "märke",
            "merke",
            "mærke",
            "marka",
            "značka",
            "бренд",
            "марка",
            "brändi",
            "márka",
            "ブランド",
            "品牌",
            "브랜드",
            "מותג",
        ],
    ),
    (
        Label::Manufacturer,
        &[
            "manufacturer",
            "hersteller",
            "fabricant",
            "produttore",
            "fabricante",
            "производитель",
            "producent",
            "výrobce",
            "výrobca",
            "gyártó",
            "fabrikant",
            "tillverkare",
            "valmistaja",
            "üretici",
            "メーカー",
            "制造商",
            "제조사",
            "יצרן",
        ],
    ),
    (
        Label::Sku,
        &[
            "sku",
            "asin",
            "item number",
            "item no",
            "product code",
            "product id",
            "product number",
            "product no",
            "product ref",
            "article number",
            "article no",
            "art nr",
            "art no",
            "artikelnummer",
            "artikel nr",
            "artikelnr",
            "artikel nummer",
            "bestellnummer",
            "best nr",
            "code article",
            "codice articolo",
            "codice prodotto",
            "cod articolo",
            "código del producto",
            "código de producto",
            "artículo",
            "артикул",
            "код товара",
            "kod produktu",
            "kod towaru",
            "numer katalogowy",
            "katalógové číslo",
            "katalogové číslo",
            "kód produktu",
            "kód tovaru",
            "varenummer",
            "varenr",
            "tuotenumero",
            "ürün kodu",
            "商品番号",
            "商品编号",
            "货号",
            "상품번호",
            "상품코드",
            "קוד מוצר",
            "מק ט",
            "web id",
            "item id",
            "listing id",
            "ad id",
            "anzeigen id",
            "anzeigennummer",
            "anzeigen nr",
            "anzeige nr",
            "anzeige",
            "style number",
            "style no",
        ],
    ),
    (
        Label::Reference,
        &[
            "id",
            "ref",
            "réf",
            "référence",
            "reference",
            "referencia",
            "riferimento",
            "código",
            "codigo",
            "cod",
            "kód",
            "kod",
            "code",
            "item",
        ],
    ),
    (
        Label::Gtin,
        &[
            "ean",
            "gtin",
            "upc",
            "isbn",
            "isbn 13",
            "isbn13",
            "ean code",
            "ean 13",
            "barcode",
            "código de barras",
            "штрихкод",
        ],
    ),
    (
        Label::Availability,
        &[
            "availability",
            "verfügbarkeit",
            "disponibilité",
            "disponibilità",
            "disponibilidad",
            "disponibilidade",
            "наличие",
            "dostępność",
            "dostupnost",
            "dostupnosť",
            "beschikbaarheid",
            "stock",
            "lager",
        ],
    ),
];

/// Which field a label ("Brand:", "Art.-Nr.", "Артикул", "EAN") names, if any.
pub fn label_kind(label: &str) -> Option<Label> {
    let key: String = label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase();
    let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
    LABELS
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(kind, _)| *kind)
}

/// A barcode number when `text` is one with a valid check digit (GTIN-8/12/13/14).
pub fn gtin(text: &str) -> Option<String> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if !matches!(digits.len(), 8 | 12 | 13 | 14) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 1 { 3 } else { 1 })
        .sum();
    (sum % 10 == 0).then_some(digits)
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

    #[test]
    fn prices_and_not_prices() {
        assert!(price_shape("$12.99").is_some_and(|p| p.marked && !p.unit));
        assert!(price_shape("1.299,00 €").is_some());
        assert!(price_shape("ab 12,99 €").is_some());
        assert!(price_shape("$10 – $20").is_some());
        assert!(price_shape("12,99").is_some_and(|p| !p.marked));
        assert!(price_shape("(€ 3,99 / kg)").is_some_and(|p| p.unit));
        assert_eq!(price_shape("Save $5.00"), None);
        assert_eq!(price_shape("-20%"), None);
        assert_eq!(price_shape("4.5 out of 5 stars"), None);
        assert_eq!(price_shape("2 for $10"), None);
        assert_eq!(price_shape("$1,000 1 bid"), None);
        assert!(price_shape("1 299 ₽").is_some());
        assert_eq!(price_shape("+ $4.99 shipping"), None);
        assert_eq!(price_shape("1,204 ratings"), None);
        assert_eq!(price_shape("red bag € 9,99"), None);
        assert!(price_shape("Price: US $12.99").is_some());
        assert!(price_shape("Current bid: $200").is_some());
    }

    #[test]
    fn price_labels_are_dropped() {
        assert_eq!(strip_price_label("Special Price$79.00"), "$79.00");
        assert_eq!(strip_price_label("Price: £51.99"), "£51.99");
        assert_eq!(strip_price_label("Current bid: $200"), "$200");
        assert_eq!(strip_price_label("ab 19,90 €"), "ab 19,90 €");
        assert_eq!(strip_price_label("EUR 12"), "EUR 12");
        assert_eq!(strip_price_label("Price"), "Price");
    }

    #[test]
    fn stock_phrases_in_many_languages() {
        assert_eq!(availability_phrase("In Stock."), Some("InStock"));
        assert_eq!(
            availability_phrase("Derzeit nicht verfügbar."),
            Some("OutOfStock")
        );
        assert_eq!(availability_phrase("Nicht auf Lager"), Some("OutOfStock"));
        assert_eq!(availability_phrase("Auf Lager"), Some("InStock"));
        assert_eq!(availability_phrase("Нет в наличии"), Some("OutOfStock"));
        assert_eq!(availability_phrase("В наличии"), Some("InStock"));
        assert_eq!(availability_phrase("Agotado"), Some("OutOfStock"));
        assert_eq!(availability_phrase("Indisponible"), Some("OutOfStock"));
        assert_eq!(availability_phrase("restocking soon?"), None);
        assert_eq!(
            schema_availability("http://schema.org/OutOfStock"),
            Some("OutOfStock")
        );
        assert_eq!(
            schema_availability("https://schema.org/InStock"),
            Some("InStock")
        );
    }

    #[test]
    fn labels_and_class_names() {
        assert_eq!(label_kind("Art.-Nr.:"), Some(Label::Sku));
        assert_eq!(label_kind("Артикул"), Some(Label::Sku));
        assert_eq!(label_kind(" Brand "), Some(Label::Brand));
        assert_eq!(label_kind("EAN"), Some(Label::Gtin));
        assert_eq!(label_kind("Colour"), None);
        assert!(is_struck_class("price--old"));
        assert!(is_struck_class("wasPrice"));
        assert!(!is_struck_class("bold"));
        assert!(is_unit_price("€ 3,99/kg"));
        assert!(is_unit_price("$0.25 per count"));
        assert!(!is_unit_price("$12.99"));
    }

    #[test]
    fn barcodes_need_their_check_digit() {
        assert_eq!(gtin("4006381333931").as_deref(), Some("4006381333931"));
        assert_eq!(gtin("4006381333932"), None);
        assert_eq!(gtin("12345"), None);
    }
}
