//! A product listing as every surface hands it to the engine.

use serde::{Deserialize, Deserializer, Serialize};

/// One product listing. Only `title` is required; every other field sharpens the verdict.
///
/// `price` is accepted as a number or as the string a shop prints (`"US $1,299.00"`,
/// `"1.299,00 €"`, `"¥1299"`); [`crate::price`] turns it into an amount and a currency.
///
/// A form sends every field, filled or not, so on every surface a `null` title reads as empty and
/// a blank text field or price as not given: the leniency lives here, not in each reader.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Listing {
    pub id: Option<serde_json::Value>,
    #[serde(deserialize_with = "title")]
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub description: Option<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "given_price"
    )]
    pub price: Option<PriceInput>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub brand: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub seller: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub sku: Option<String>,
    /// GTIN/EAN/UPC barcode number, when a page states it.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub gtin: Option<String>,
    /// `InStock` or `OutOfStock`, when a page states it.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "given")]
    pub availability: Option<String>,
}

fn title<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

fn given<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.filter(|t| !t.trim().is_empty()))
}

fn given_price<'de, D: Deserializer<'de>>(d: D) -> Result<Option<PriceInput>, D::Error> {
    Ok(Option::<PriceInput>::deserialize(d)?
        .filter(|p| !matches!(p, PriceInput::Text(t) if t.trim().is_empty())))
}

/// A price as given: a bare number, or text as printed on a page; `PriceInput::amount` (in
/// `price`) is the one way to read it as a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PriceInput {
    Number(f64),
    Text(String),
}

/// The text fields the engine reads, in the order reasons are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Description,
    Brand,
    Seller,
    Category,
    Price,
    Currency,
}

impl Field {
    /// Fields whose text is scanned for cues, brands and identifiers.
    pub const TEXT: [Field; 5] = [
        Field::Title,
        Field::Description,
        Field::Brand,
        Field::Seller,
        Field::Category,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Brand => "brand",
            Field::Seller => "seller",
            Field::Category => "category",
            Field::Price => "price",
            Field::Currency => "currency",
        }
    }
}

impl Listing {
    /// A listing with just a title, the least the engine needs.
    pub fn titled(title: impl Into<String>) -> Self {
        Listing {
            title: title.into(),
            ..Listing::default()
        }
    }

    /// The text of a field, if the listing has it.
    pub fn text(&self, field: Field) -> Option<&str> {
        match field {
            Field::Title => Some(&self.title),
            Field::Description => self.description.as_deref(),
            Field::Brand => self.brand.as_deref(),
            Field::Seller => self.seller.as_deref(),
            Field::Category => self.category.as_deref(),
            Field::Currency => self.currency.as_deref(),
            Field::Price => match &self.price {
                Some(PriceInput::Text(t)) => Some(t),
                _ => None,
            },
        }
    }
}
