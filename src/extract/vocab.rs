//! Shop vocabulary in many languages: stock phrases, buy buttons and links that name no item.

use std::sync::OnceLock;

use crate::phrases::Phrases;

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
    "email me when available",
    "notify me when back in stock",
    "benachrichtigen wenn verfügbar",
    "me prévenir",
    "m'alerter",
    "avísame",
    "avvisami",
    "avisarme",
    "сообщить о поступлении",
    "入荷お知らせ",
    "再入荷お知らせ",
    "到货通知",
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
    "otsas",
    "läbi müüdud",
    "pole laos",
    "tükendi",
    "stokta yok",
    "out-of-stock",
    "soldout",
    "plus disponible",
    "épuisée",
    "non più disponibile",
    "no está disponible",
    "sin existencias",
    "agotados",
    "закончился",
    "нет на складе",
    "ei ole saadaval",
    "ei ole laos",
    "入荷待ち",
    "販売終了",
    "已售完",
    "暂时缺货",
    "在庫切れ",
    "品切れ",
    "売り切れ",
    "在庫なし",
    "缺货",
    "缺貨",
    "售罄",
    "售完",
    "无货",
    "無貨",
    "품절",
    "일시품절",
    "אזל מהמלאי",
    "غير متوفر",
];

const IN_STOCK: &[&str] = &[
    "in stock",
    "low stock",
    "limited stock",
    "few left",
    "last few",
    "nur noch wenige",
    "wenige verfügbar",
    "últimas unidades",
    "dernières pièces",
    "осталось мало",
    "残りわずか",
    "在庫わずか",
    "库存紧张",
    "available now",
    "ready to ship",
    "usually ships",
    "ships in",
    "ships within",
    "ships today",
    "dispatched within",
    "versandfertig",
    "sofort versandfertig",
    "expédié sous",
    "expédié en",
    "envío en",
    "spedito entro",
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
    "laos",
    "stokta",
    "saadaval",
    "laos olemas",
    "на складе",
    "in magazzino",
    "en existencia",
    "在庫有り",
    "有库存",
    "在庫あり",
    "有货",
    "现货",
    "재고있음",
    "במלאי",
    "متوفر",
];

/// A phrase list compiled once into one automaton, so each text is scanned once however many
/// phrases and languages there are.
struct Stock {
    automaton: Phrases,
    /// Per pattern: whether it states the item is out of stock.
    out: Vec<bool>,
}

fn stock_phrases() -> &'static Stock {
    static PHRASES: OnceLock<Stock> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let patterns: Vec<&str> = OUT_OF_STOCK.iter().chain(IN_STOCK).copied().collect();
        Stock {
            automaton: Phrases::new(&patterns),
            out: patterns.iter().map(|p| OUT_OF_STOCK.contains(p)).collect(),
        }
    })
}

/// Letters of scripts that separate words with spaces; Chinese and Japanese write phrases
/// straight against other words ("该商品已售罄", "この商品は在庫切れです").
fn spaced_letter(c: char) -> bool {
    c.is_alphanumeric() && c < '\u{3000}'
}

/// Whether `text[start..end]` stands as whole words: not glued to letters of a spaced script
/// on either side.
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    let glued_before = phrase.chars().next().is_some_and(spaced_letter)
        && text[..start].chars().next_back().is_some_and(spaced_letter);
    let glued_after = phrase.chars().next_back().is_some_and(spaced_letter)
        && text[end..].chars().next().is_some_and(spaced_letter);
    !glued_before && !glued_after
}

/// Whether one of the last four words before an in-stock phrase negates it ("non è al
/// momento disponibile", "n'est pas disponible", "не доступен").
fn negated(before: &str) -> bool {
    const NOT: &[&str] = &[
        "not", "non", "nicht", "pas", "no", "não", "nie", "не", "нет", "ei", "niet", "inte",
        "ikke", "ne", "nem", "değil",
    ];
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| NOT.contains(&w))
}

/// `InStock` or `OutOfStock` when a short text states availability.
pub fn availability_phrase(text: &str) -> Option<&'static str> {
    if text.len() > 200 {
        return None;
    }
    let t = text.to_lowercase();
    let phrases = stock_phrases();
    let (mut out, mut found) = (false, false);
    phrases
        .automaton
        .find_overlapping(t.as_bytes(), |i, start, end| {
            if whole_words(&t, start, end) {
                out |= phrases.out[i] || negated(&t[..start]);
                found = true;
            }
        });
    found.then_some(if out { "OutOfStock" } else { "InStock" })
}

/// Whether a control's whole label is an out-of-stock phrase: the switched-off buy button of a
/// sold-out item ("Sold out", "Ausverkauft", "売り切れ").
pub fn is_sold_out_label(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches(['.', '!'])
        .trim()
        .to_lowercase();
    OUT_OF_STOCK.contains(&t.as_str())
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

/// Whether a text is a result page's own summary or toolbar ("1-48 of over 3,000 results",
/// "Les résultats pour …", "Sort by"), which names no item.
pub fn is_result_summary(text: &str) -> bool {
    const SUMMARY: &[&str] = &[
        "results for",
        "result for",
        "search results",
        "sort by",
        "résultats pour",
        "résultat pour",
        "trier par",
        "ergebnisse für",
        "suchergebnisse",
        "sortieren nach",
        "resultados para",
        "ordenar por",
        "risultati per",
        "ordina per",
        "результаты поиска",
        "сортировать",
        "найдено",
        "tulemused",
        "件中",
        "検索結果",
        "並び替え",
        "搜索结果",
        "排序",
    ];
    let t = text.to_lowercase();
    let counted = t.contains(" of ") && (t.contains(" results") || t.contains(" items"));
    counted && t.chars().any(|c| c.is_ascii_digit()) || SUMMARY.iter().any(|p| t.contains(p))
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
        "quick look",
        "aperçu",
        "aperçu rapide",
        "schnellansicht",
        "vista rápida",
        "anteprima",
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
    "add to shopping cart",
    "add to shopping bag",
    "add to my bag",
    "add item to cart",
    "add to order",
    "ajouter à mon panier",
    "añadir a mi cesta",
    "zum warenkorb hinzufügen",
    "aan winkelwagen",
    "カートへ入れる",
    "カートへ追加",
    "かごに入れる",
    "買い物かごへ",
    "加入購物袋",
    "放入購物車",
    "添加到购物车",
    "buy now",
    "buy it now",
    "pre-order",
    "preorder",
    "vorbestellen",
    "précommander",
    "предзаказ",
    "予約する",
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
    "añadir al carro",
    "agregar al carrito",
    "agregar al carro",
    "agregar a la bolsa",
    "comprar ahora",
    "adicionar ao carrinho",
    "adicionar à sacola",
    "comprar agora",
    "acheter maintenant",
    "ajouter au sac",
    "in die tasche",
    "aggiungi alla borsa",
    "купить сейчас",
    "lisää koriin",
    "köp nu",
    "kjøp nå",
    "køb nu",
    "lägg i kundvagn",
    "lägg i varukorgen",
    "hemen al",
    "osta kohe",
    "lisa korvi",
    "ostukorvi",
    "購入する",
    "買い物かごに入れる",
    "立即購買",
    "加入购物袋",
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
    "pievienot grozam",
    "į krepšelį",
    "в кошик",
    "προσθήκη στο καλάθι",
    "カートに入れる",
    "カートに追加",
    "今すぐ買う",
    "加入购物车",
    "加入購物車",
    "放入购物车",
    "立即购买",
    "장바구니",
    "구매하기",
    "הוספה לסל",
    "הוסף לסל",
    "أضف إلى السلة",
];

/// Words of a form's address that post to a shopping cart (`/cart/add`, `/Basket/Add`,
/// `/warenkorb`).
const CART: &[&str] = &[
    "cart",
    "basket",
    "/bag",
    "warenkorb",
    "panier",
    "carrito",
    "carrello",
    "kosik",
    "korzin",
    "ostukorv",
    "winkelwagen",
    "varukorg",
    "checkout",
];

/// Whether a form's `action` posts to a shopping cart.
pub fn is_cart_action(action: &str) -> bool {
    let a = action.to_ascii_lowercase();
    CART.iter().any(|w| a.contains(w))
}

/// Single words that buy the item when they are a button's whole label ("Comprar", "Kaufen";
/// inside other text they are ordinary words: "How to buy").
const BUY_WORDS: &[&str] = &[
    "buy",
    "purchase",
    "kaufen",
    "acheter",
    "comprar",
    "acquista",
    "acquistare",
    "köp",
    "kjøp",
    "køb",
    "osta",
    "kup",
    "kupić",
    "koop",
    "satın al",
    "購入",
    "购买",
    "購買",
    "구매",
];

/// Whether a button's text offers to buy the item now.
pub fn is_buy_label(text: &str) -> bool {
    static AUTOMATON: OnceLock<Phrases> = OnceLock::new();
    if text.len() > 80 {
        return false;
    }
    let whole = text
        .trim()
        .trim_end_matches(['!', '.'])
        .trim()
        .to_lowercase();
    if BUY_WORDS.contains(&whole.as_str()) {
        return true;
    }
    let automaton = AUTOMATON.get_or_init(|| Phrases::new(BUY));
    let t = text.to_lowercase();
    let mut buy = false;
    automaton.find_overlapping(t.as_bytes(), |_, start, end| {
        buy |= whole_words(&t, start, end);
    });
    buy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_summaries_name_no_item() {
        assert!(is_result_summary("1-48 of over 3,000 results for \"lamp\""));
        assert!(is_result_summary("Les résultats pour ordinateur portable"));
        assert!(is_result_summary("Sort by: Featured"));
        assert!(is_result_summary("1,234件中 1-40件"));
        assert!(!is_result_summary("Lamp with 3 of the brightest LEDs"));
        assert!(!is_result_summary("Portable Lumen 14 pouces"));
    }

    #[test]
    fn buy_labels_are_whole_words() {
        assert!(is_buy_label("Agregar al carro"));
        assert!(is_buy_label("カートに入れる"));
        assert!(is_buy_label("Lisa ostukorvi"));
        assert!(!is_buy_label("Add to cartography list"));
        assert!(is_buy_label(" Comprar "));
        assert!(!is_buy_label("How to buy"));
        assert!(is_sold_out_label("Sold Out"));
        assert!(is_sold_out_label("Ausverkauft!"));
        assert!(!is_sold_out_label("XL - sold out"));
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
        // Chinese and Japanese phrases stand inside sentences; spaced scripts need word ends.
        assert_eq!(availability_phrase("该商品已售罄"), Some("OutOfStock"));
        assert_eq!(
            availability_phrase("この商品は在庫切れです"),
            Some("OutOfStock")
        );
        assert_eq!(availability_phrase("Otsas"), Some("OutOfStock"));
        assert_eq!(availability_phrase("Unstockable"), None);
        assert_eq!(
            availability_phrase("Questo articolo non è al momento disponibile."),
            Some("OutOfStock")
        );
        assert_eq!(
            availability_phrase("Cet article n'est pas disponible"),
            Some("OutOfStock")
        );
        assert_eq!(availability_phrase("Disponible en 24 h"), Some("InStock"));
        assert_eq!(
            schema_availability("http://schema.org/OutOfStock"),
            Some("OutOfStock")
        );
        assert_eq!(
            schema_availability("https://schema.org/InStock"),
            Some("InStock")
        );
    }
}
