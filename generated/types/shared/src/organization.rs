//! Types of the `organization` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// The constant `USD`.
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
pub enum UsdLiteral {
    /// `USD`
    #[default]
    #[api(rename = "USD")]
    Usd,
}
/// The constant `month`.
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
pub enum MonthLiteral {
    /// `month`
    #[default]
    Month,
}
/// Parameters for the hard spend limit you want to create or replace.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(threshold_amount))]
pub struct UpdateProjectSpendLimitBody {
    /// The hard spend limit amount, in cents.
    ///
    /// At least `1`.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    #[api(constant)]
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    #[api(constant)]
    pub interval: MonthLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
