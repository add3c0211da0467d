//! Identifiers: the labels of brand, SKU and barcode fields, and barcodes with their check digit.

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
            "designer",
            "designer name",
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
            "marchio",
            "varumärke",
            "tuotemerkki",
            "kaubamärk",
            "bränd",
            "zīmols",
            "prekės ženklas",
            "торговая марка",
            "ブランド",
            "ブランド名",
            "品牌",
            "品牌名称",
            "廠牌",
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
            "tootja",
            "ražotājs",
            "gamintojas",
            "proizvođač",
            "виробник",
            "メーカー",
            "製造元",
            "制造商",
            "生产商",
            "厂商",
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
            "商品コード",
            "注文コード",
            "品番",
            "型番",
            "商品编号",
            "商品编码",
            "货号",
            "tootekood",
            "tuotekoodi",
            "preces kods",
            "prekės kodas",
            "código do produto",
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
            "style",
            "style code",
            "bestellnr",
            "produktnr",
            "item code",
            "product sku",
            "catalog number",
            "catalogue number",
            "cat no",
            "code produit",
            "référence produit",
            "numéro d article",
            "n d article",
            "nº d article",
            "produktnummer",
            "produkt nr",
            "katalognummer",
            "codice",
            "número de artículo",
            "nº de artículo",
            "n de artículo",
            "número de referencia",
            "numer produktu",
            "номер товара",
            "код продукта",
            "商品id",
            "商品編號",
            "产品编号",
            "商品型号",
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
            "kood",
            "код",
            "code",
            "item",
            "mpn",
            "part number",
            "part no",
            "型号",
            "referência",
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
            "jan",
            "jan コード",
            "janコード",
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
    fn labels_of_fields() {
        assert_eq!(label_kind("Art.-Nr.:"), Some(Label::Sku));
        assert_eq!(label_kind("Артикул"), Some(Label::Sku));
        assert_eq!(label_kind(" Brand "), Some(Label::Brand));
        assert_eq!(label_kind("Designer:"), Some(Label::Brand));
        assert_eq!(label_kind("EAN"), Some(Label::Gtin));
        assert_eq!(label_kind("注文コード："), Some(Label::Sku));
        assert_eq!(label_kind("Tootekood"), Some(Label::Sku));
        assert_eq!(label_kind("Item #"), Some(Label::Reference));
        assert_eq!(label_kind("Colour"), None);
    }

    #[test]
    fn barcodes_need_their_check_digit() {
        assert_eq!(gtin("4006381333931").as_deref(), Some("4006381333931"));
        assert_eq!(gtin("4006381333932"), None);
        assert_eq!(gtin("12345"), None);
    }
}
