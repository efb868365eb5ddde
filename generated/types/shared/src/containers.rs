//! Types of the `containers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ContainerNetworkPolicyDisabledParam {
    /// Disable outbound network access. Always `disabled`.
    #[api(rename = "type", constant)]
    pub type_: DisabledLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(allowed_domains))]
#[non_exhaustive]
pub struct ContainerNetworkPolicyAllowlistParam {
    /// Allow outbound network access only to specified domains. Always `allowlist`.
    #[api(rename = "type", constant)]
    pub type_: AllowlistLiteral,
    /// A list of allowed domains when type is `allowlist`.
    ///
    /// At least `1` items.
    #[api(default)]
    pub allowed_domains: Vec<String>,
    /// Optional domain-scoped secrets for allowlisted domains.
    ///
    /// At least `1` items.
    pub domain_secrets: Option<Vec<ContainerNetworkPolicyDomainSecretParam>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(domain, name, value))]
#[non_exhaustive]
pub struct ContainerNetworkPolicyDomainSecretParam {
    /// The domain associated with the secret.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub domain: String,
    /// The name of the secret to inject for the domain.
    ///
    /// At least `1` characters.
    #[api(default)]
    pub name: String,
    /// The secret value to inject for the domain.
    ///
    /// `1` to `10485760` characters.
    #[api(default)]
    pub value: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Network access policy for the container.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ContainerAutoParamNetworkPolicy {
    /// `disabled`
    #[api(tag = "disabled")]
    Disabled(ContainerNetworkPolicyDisabledParam),
    /// `allowlist`
    #[api(tag = "allowlist")]
    Allowlist(ContainerNetworkPolicyAllowlistParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ContainerAutoParamSkill {
    /// `skill_reference`
    #[api(tag = "skill_reference")]
    SkillReference(SkillReferenceParam),
    /// `inline`
    #[api(tag = "inline")]
    Inline(InlineSkillParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
