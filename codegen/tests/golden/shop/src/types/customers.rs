//! Types of the `customers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NewCustomer {
    /// The customer's name.
    #[serde(default)]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<NewCustomerTier>,
}
impl NewCustomer {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            email: None,
            tier: None,
        }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `tier`.
    pub fn tier(mut self, value: impl Into<NewCustomerTier>) -> Self {
        self.tier = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NewCustomerTier {
    /// `free`
    #[default]
    Free,
    /// `pro`
    Pro,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl NewCustomerTier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for NewCustomerTier {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for NewCustomerTier {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for NewCustomerTier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for NewCustomerTier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for NewCustomerTier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Customer {
    /// The customer's name.
    #[serde(default)]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<NewCustomerTier>,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub created: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referrer: Option<Box<Customer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}
impl Customer {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        name: impl Into<String>,
        id: impl Into<String>,
        created: impl Into<i64>,
    ) -> Self {
        Self {
            name: name.into(),
            email: None,
            tier: None,
            id: id.into(),
            created: created.into(),
            referrer: None,
            attributes: None,
        }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `tier`.
    pub fn tier(mut self, value: impl Into<NewCustomerTier>) -> Self {
        self.tier = Some(value.into());
        self
    }
    /// Sets `referrer`.
    pub fn referrer(mut self, value: impl Into<Customer>) -> Self {
        self.referrer = Some(Box::new(value.into()));
        self
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CustomerList {
    #[serde(default)]
    pub data: Vec<Customer>,
    #[serde(default)]
    pub has_more: bool,
}
impl CustomerList {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(data: impl Into<Vec<Customer>>, has_more: impl Into<bool>) -> Self {
        Self {
            data: data.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime::pagination::Page for CustomerList {
    type Item = Customer;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.data.last().map(|item| ("after", item.id.clone()))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Order {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub lines: Vec<Line>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
}
impl Order {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>, lines: impl Into<Vec<Line>>) -> Self {
        Self {
            id: id.into(),
            lines: lines.into(),
            payment: None,
        }
    }
    /// Sets `payment`.
    pub fn payment(mut self, value: impl Into<Payment>) -> Self {
        self.payment = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Line {
    #[serde(default)]
    pub sku: String,
    #[serde(default)]
    pub quantity: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
impl Line {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sku: impl Into<String>, quantity: impl Into<i32>) -> Self {
        Self {
            sku: sku.into(),
            quantity: quantity.into(),
            price: None,
        }
    }
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<f64>) -> Self {
        self.price = Some(value.into());
        self
    }
}
///
/// Told apart by the `method` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Payment {
    /// `card`
    Card(CardPayment),
    /// `invoice`
    Invoice(InvoicePayment),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for Payment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Card(value) => value.serialize(serializer),
            Self::Invoice(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime::de::TaggedUnion for Payment {
    const TAG: &'static str = "method";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "card" => Deserialize::deserialize(content).map(Self::Card),
                "invoice" => Deserialize::deserialize(content).map(Self::Invoice),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for Payment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::tagged(deserializer)
    }
}
impl From<CardPayment> for Payment {
    fn from(value: CardPayment) -> Self {
        Self::Card(value)
    }
}
impl From<InvoicePayment> for Payment {
    fn from(value: InvoicePayment) -> Self {
        Self::Invoice(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CardPayment {
    pub method: CardLiteral,
    #[serde(default)]
    pub last4: String,
}
impl CardPayment {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(last4: impl Into<String>) -> Self {
        Self {
            method: Default::default(),
            last4: last4.into(),
        }
    }
}
/// The constant `card`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CardLiteral {
    /// `card`
    #[default]
    Card,
}
impl CardLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "card"
    }
}
impl std::fmt::Display for CardLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CardLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("card")
    }
}
impl<'de> Deserialize<'de> for CardLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "card").map(|()| Self::Card)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InvoicePayment {
    pub method: InvoiceLiteral,
    #[serde(default)]
    pub due: String,
}
impl InvoicePayment {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(due: impl Into<String>) -> Self {
        Self {
            method: Default::default(),
            due: due.into(),
        }
    }
}
/// The constant `invoice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InvoiceLiteral {
    /// `invoice`
    #[default]
    Invoice,
}
impl InvoiceLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "invoice"
    }
}
impl std::fmt::Display for InvoiceLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InvoiceLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("invoice")
    }
}
impl<'de> Deserialize<'de> for InvoiceLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "invoice").map(|()| Self::Invoice)
    }
}
/// Query and header parameters of `listCustomers`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListCustomersParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl ListCustomersParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            tags: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
/// Query and header parameters of `listOrders`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListOrdersParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl ListOrdersParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { page: None }
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListOrdersResponse {
    #[serde(default)]
    pub data: Vec<Order>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page: Option<String>,
}
impl ListOrdersResponse {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(data: impl Into<Vec<Order>>) -> Self {
        Self {
            data: data.into(),
            next_page: None,
        }
    }
    /// Sets `next_page`.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }
}
impl sdk_runtime::pagination::Page for ListOrdersResponse {
    type Item = Order;
    fn next_page(&self) -> Option<(&'static str, String)> {
        self.next_page
            .clone()
            .filter(|cursor| !cursor.is_empty())
            .map(|cursor| ("page", cursor))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadAvatarRequest {
    pub file: sdk_runtime::multipart::FilePart,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
impl UploadAvatarRequest {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(file: impl Into<sdk_runtime::multipart::FilePart>) -> Self {
        Self {
            file: file.into(),
            caption: None,
        }
    }
    /// Sets `caption`.
    pub fn caption(mut self, value: impl Into<String>) -> Self {
        self.caption = Some(value.into());
        self
    }
}
impl sdk_runtime::multipart::ToForm for UploadAvatarRequest {
    fn to_form(&self, form: &mut sdk_runtime::multipart::Form) {
        form.file("file", &self.file);
        form.field("caption", &self.caption);
    }
}
