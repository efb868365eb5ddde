//! Types of the `customers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NewCustomer {
    /// The customer's name.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<NewCustomerTier>,
}
impl sdk_runtime_types::de::Object for NewCustomer {
    const NAME: &'static str = "NewCustomer";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut tier: Option<NewCustomerTier> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "email" => 1,
                    "tier" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tier),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            email,
            tier,
        })
    }
}
impl<'de> Deserialize<'de> for NewCustomer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl NewCustomer {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Customer {
    /// The customer's name.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<NewCustomerTier>,
    pub id: String,
    pub created: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referrer: Option<Box<Customer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}
impl sdk_runtime_types::de::Object for Customer {
    const NAME: &'static str = "Customer";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut tier: Option<NewCustomerTier> = None;
        let mut id: Option<String> = None;
        let mut created: Option<i64> = None;
        let mut referrer: Option<Box<Customer>> = None;
        let mut attributes: Option<std::collections::BTreeMap<String, String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "email" => 1,
                    "tier" => 2,
                    "id" => 3,
                    "created" => 4,
                    "referrer" => 5,
                    "attributes" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tier),
                3 => sdk_runtime_types::de::value(&mut map, &mut id),
                4 => sdk_runtime_types::de::value(&mut map, &mut created),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut referrer),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            email,
            tier,
            id: id.unwrap_or_default(),
            created: created.unwrap_or_default(),
            referrer,
            attributes,
        })
    }
}
impl<'de> Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Customer {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CustomerList {
    pub data: Vec<Customer>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for CustomerList {
    const NAME: &'static str = "CustomerList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<Customer>> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "has_more" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CustomerList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CustomerList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Customer>>, has_more: impl Into<bool>) -> Self {
        Self {
            data: data.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for CustomerList {
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Order {
    pub id: String,
    pub lines: Vec<Line>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
}
impl sdk_runtime_types::de::Object for Order {
    const NAME: &'static str = "Order";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut lines: Option<Vec<Line>> = None;
        let mut payment: Option<Payment> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "lines" => 1,
                    "payment" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut lines),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut payment),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            lines: lines.unwrap_or_default(),
            payment,
        })
    }
}
impl<'de> Deserialize<'de> for Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Order {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Line {
    pub sku: String,
    pub quantity: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
impl sdk_runtime_types::de::Object for Line {
    const NAME: &'static str = "Line";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut sku: Option<String> = None;
        let mut quantity: Option<i32> = None;
        let mut price: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "sku" => 0,
                    "quantity" => 1,
                    "price" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut sku),
                1 => sdk_runtime_types::de::value(&mut map, &mut quantity),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut price),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            sku: sku.unwrap_or_default(),
            quantity: quantity.unwrap_or_default(),
            price,
        })
    }
}
impl<'de> Deserialize<'de> for Line {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Line {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
impl sdk_runtime_types::de::TaggedUnion for Payment {
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
        sdk_runtime_types::de::tagged(deserializer)
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CardPayment {
    pub method: CardLiteral,
    pub last4: String,
}
impl sdk_runtime_types::de::Object for CardPayment {
    const NAME: &'static str = "CardPayment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut method: Option<CardLiteral> = None;
        let mut last4: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "method" => 0,
                    "last4" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut method),
                1 => sdk_runtime_types::de::value(&mut map, &mut last4),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            method: sdk_runtime_types::de::required::<_, A::Error>(method, "method")?,
            last4: last4.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CardPayment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CardPayment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "card").map(|()| Self::Card)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InvoicePayment {
    pub method: InvoiceLiteral,
    pub due: String,
}
impl sdk_runtime_types::de::Object for InvoicePayment {
    const NAME: &'static str = "InvoicePayment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut method: Option<InvoiceLiteral> = None;
        let mut due: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "method" => 0,
                    "due" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut method),
                1 => sdk_runtime_types::de::value(&mut map, &mut due),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            method: sdk_runtime_types::de::required::<_, A::Error>(method, "method")?,
            due: due.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for InvoicePayment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InvoicePayment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "invoice").map(|()| Self::Invoice)
    }
}
/// Query and header parameters of `listCustomers`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListCustomersParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for ListCustomersParams {
    const NAME: &'static str = "ListCustomersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i32> = None;
        let mut tags: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "tags" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tags),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit, tags })
    }
}
impl<'de> Deserialize<'de> for ListCustomersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListCustomersParams {
    /// A value with every optional field unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListOrdersParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for ListOrdersParams {
    const NAME: &'static str = "ListOrdersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "page" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { page })
    }
}
impl<'de> Deserialize<'de> for ListOrdersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListOrdersParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { page: None }
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListOrdersResponse {
    pub data: Vec<Order>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page: Option<String>,
}
impl sdk_runtime_types::de::Object for ListOrdersResponse {
    const NAME: &'static str = "ListOrdersResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<Order>> = None;
        let mut next_page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "next_page" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut next_page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            next_page,
        })
    }
}
impl<'de> Deserialize<'de> for ListOrdersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListOrdersResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
impl sdk_runtime_types::pagination::Page for ListOrdersResponse {
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UploadAvatarRequest {
    pub file: sdk_runtime_types::multipart::FilePart,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
impl sdk_runtime_types::de::Object for UploadAvatarRequest {
    const NAME: &'static str = "UploadAvatarRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut caption: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file" => 0,
                    "caption" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut caption),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file: sdk_runtime_types::de::required::<_, A::Error>(file, "file")?,
            caption,
        })
    }
}
impl<'de> Deserialize<'de> for UploadAvatarRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UploadAvatarRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file: impl Into<sdk_runtime_types::multipart::FilePart>) -> Self {
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
impl sdk_runtime_types::multipart::ToForm for UploadAvatarRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("caption", &self.caption);
    }
}
