//! Types of the `containers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerNetworkPolicyDisabledParam {
    /// Disable outbound network access. Always `disabled`.
    #[serde(rename = "type")]
    pub type_: DisabledLiteral,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ContainerNetworkPolicyDisabledParam {
    const NAME: &'static str = "ContainerNetworkPolicyDisabledParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DisabledLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerNetworkPolicyDisabledParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerNetworkPolicyDisabledParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerNetworkPolicyAllowlistParam {
    /// Allow outbound network access only to specified domains. Always `allowlist`.
    #[serde(rename = "type")]
    pub type_: AllowlistLiteral,
    /// A list of allowed domains when type is `allowlist`.
    pub allowed_domains: Vec<String>,
    /// Optional domain-scoped secrets for allowlisted domains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_secrets: Option<Vec<ContainerNetworkPolicyDomainSecretParam>>,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ContainerNetworkPolicyAllowlistParam {
    const NAME: &'static str = "ContainerNetworkPolicyAllowlistParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AllowlistLiteral> = None;
        let mut allowed_domains: Option<Vec<String>> = None;
        let mut domain_secrets: Option<Vec<ContainerNetworkPolicyDomainSecretParam>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "allowed_domains" => 1,
                    "domain_secrets" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut allowed_domains),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut domain_secrets),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            allowed_domains: allowed_domains.unwrap_or_default(),
            domain_secrets,
        })
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerNetworkPolicyAllowlistParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerNetworkPolicyAllowlistParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(allowed_domains: impl Into<Vec<String>>) -> Self {
        Self {
            type_: Default::default(),
            allowed_domains: allowed_domains.into(),
            domain_secrets: None,
        }
    }
    /// Sets `domain_secrets`.
    pub fn domain_secrets(
        mut self,
        value: impl Into<Vec<ContainerNetworkPolicyDomainSecretParam>>,
    ) -> Self {
        self.domain_secrets = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerNetworkPolicyDomainSecretParam {
    /// The domain associated with the secret.
    pub domain: String,
    /// The name of the secret to inject for the domain.
    pub name: String,
    /// The secret value to inject for the domain.
    pub value: String,
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ContainerNetworkPolicyDomainSecretParam {
    const NAME: &'static str = "ContainerNetworkPolicyDomainSecretParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut domain: Option<String> = None;
        let mut name: Option<String> = None;
        let mut value: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "domain" => 0,
                    "name" => 1,
                    "value" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut domain),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut value),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            domain: domain.unwrap_or_default(),
            name: name.unwrap_or_default(),
            value: value.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerNetworkPolicyDomainSecretParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerNetworkPolicyDomainSecretParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        domain: impl Into<String>,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            domain: domain.into(),
            name: name.into(),
            value: value.into(),
        }
    }
}
#[cfg(any(feature = "containers", feature = "vector-stores"))]
/// The constant `last_active_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LastActiveAtLiteral {
    /// `last_active_at`
    #[default]
    LastActiveAt,
}
#[cfg(any(feature = "containers", feature = "vector-stores"))]
impl LastActiveAtLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "last_active_at"
    }
}
#[cfg(any(feature = "containers", feature = "vector-stores"))]
impl std::fmt::Display for LastActiveAtLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "vector-stores"))]
impl Serialize for LastActiveAtLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("last_active_at")
    }
}
#[cfg(any(feature = "containers", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for LastActiveAtLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "last_active_at")
            .map(|()| Self::LastActiveAt)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Network access policy for the container.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ContainerAutoParamNetworkPolicy {
    /// `disabled`
    Disabled(ContainerNetworkPolicyDisabledParam),
    /// `allowlist`
    Allowlist(ContainerNetworkPolicyAllowlistParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ContainerAutoParamNetworkPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Disabled(value) => value.serialize(serializer),
            Self::Allowlist(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for ContainerAutoParamNetworkPolicy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "disabled" => Deserialize::deserialize(content).map(Self::Disabled),
                "allowlist" => Deserialize::deserialize(content).map(Self::Allowlist),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerAutoParamNetworkPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyDisabledParam> for ContainerAutoParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyDisabledParam) -> Self {
        Self::Disabled(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyAllowlistParam> for ContainerAutoParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyAllowlistParam) -> Self {
        Self::Allowlist(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ContainerAutoParamSkill {
    /// `skill_reference`
    SkillReference(SkillReferenceParam),
    /// `inline`
    Inline(InlineSkillParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ContainerAutoParamSkill {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SkillReference(value) => value.serialize(serializer),
            Self::Inline(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for ContainerAutoParamSkill {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "skill_reference" => {
                    Deserialize::deserialize(content).map(Self::SkillReference)
                }
                "inline" => Deserialize::deserialize(content).map(Self::Inline),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerAutoParamSkill {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<SkillReferenceParam> for ContainerAutoParamSkill {
    fn from(value: SkillReferenceParam) -> Self {
        Self::SkillReference(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InlineSkillParam> for ContainerAutoParamSkill {
    fn from(value: InlineSkillParam) -> Self {
        Self::Inline(value)
    }
}
