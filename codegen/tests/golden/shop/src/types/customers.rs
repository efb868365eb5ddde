//! Types of the `customers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct NewCustomer {
    /// The customer's name.
    #[api(default)]
    pub name: String,
    pub email: Option<String>,
    /// Defaults to `free`.
    pub tier: Option<NewCustomerTier>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum NewCustomerTier {
    /// `free`
    #[default]
    Free,
    /// `pro`
    Pro,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, id, created))]
#[non_exhaustive]
pub struct Customer {
    /// The customer's name.
    #[api(default)]
    pub name: String,
    pub email: Option<String>,
    /// Defaults to `free`.
    pub tier: Option<NewCustomerTier>,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub created: i64,
    pub referrer: Option<Box<Customer>>,
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct CustomerList {
    #[api(default)]
    pub data: Vec<Customer>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, lines))]
#[non_exhaustive]
pub struct Order {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub lines: Vec<Line>,
    pub payment: Option<Payment>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sku, quantity))]
#[non_exhaustive]
pub struct Line {
    #[api(default)]
    pub sku: String,
    #[api(default)]
    pub quantity: i32,
    pub price: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Told apart by the `method` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "method")]
pub enum Payment {
    /// `card`
    #[api(tag = "card")]
    Card(CardPayment),
    /// `invoice`
    #[api(tag = "invoice")]
    Invoice(InvoicePayment),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(last4))]
#[non_exhaustive]
pub struct CardPayment {
    #[api(constant)]
    pub method: CardLiteral,
    #[api(default)]
    pub last4: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `card`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum CardLiteral {
    /// `card`
    #[default]
    Card,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(due))]
#[non_exhaustive]
pub struct InvoicePayment {
    #[api(constant)]
    pub method: InvoiceLiteral,
    #[api(default)]
    pub due: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `invoice`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum InvoiceLiteral {
    /// `invoice`
    #[default]
    Invoice,
}
/// Query and header parameters of `listCustomers`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListCustomersParams {
    pub after: Option<String>,
    /// From `1` to `100`.
    pub limit: Option<i32>,
    pub tags: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `listOrders`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListOrdersParams {
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct ListOrdersResponse {
    #[api(default)]
    pub data: Vec<Order>,
    pub next_page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(file))]
pub struct UploadAvatarRequest {
    pub file: sdk_runtime_types::multipart::FilePart,
    pub caption: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for UploadAvatarRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("caption", &self.caption);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
