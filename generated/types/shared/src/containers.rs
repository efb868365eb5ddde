//! Types of the `containers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerNetworkPolicyDisabledParam {
    /// Disable outbound network access. Always `disabled`.
    #[serde(rename = "type")]
    pub type_: DisabledLiteral,
}
#[cfg(
    any(
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
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SkillReferenceParam {
    /// References a skill created with the /v1/skills endpoint.
    #[serde(rename = "type")]
    pub type_: SkillReferenceLiteral,
    /// The ID of the referenced skill.
    pub skill_id: String,
    /// Optional skill version. Use a positive integer or 'latest'. Omit for default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for SkillReferenceParam {
    const NAME: &'static str = "SkillReferenceParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SkillReferenceLiteral> = None;
        let mut skill_id: Option<String> = None;
        let mut version: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "skill_id" => 1,
                    "version" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut skill_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut version),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            skill_id: skill_id.unwrap_or_default(),
            version,
        })
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for SkillReferenceParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl SkillReferenceParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(skill_id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            skill_id: skill_id.into(),
            version: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InlineSkillParam {
    /// Defines an inline skill for this request.
    #[serde(rename = "type")]
    pub type_: InlineLiteral,
    /// The name of the skill.
    pub name: String,
    /// The description of the skill.
    pub description: String,
    /// Inline skill payload
    pub source: InlineSkillSourceParam,
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for InlineSkillParam {
    const NAME: &'static str = "InlineSkillParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InlineLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut source: Option<InlineSkillSourceParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "source" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut description),
                3 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            source: source.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InlineSkillParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl InlineSkillParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        source: impl Into<InlineSkillSourceParam>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            description: description.into(),
            source: source.into(),
        }
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Inline skill payload
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InlineSkillSourceParam {
    /// The type of the inline skill source. Must be `base64`.
    #[serde(rename = "type")]
    pub type_: Base64Literal,
    /// The media type of the inline skill payload. Must be `application/zip`.
    pub media_type: ApplicationZipLiteral,
    /// Base64-encoded skill zip bundle.
    pub data: String,
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for InlineSkillSourceParam {
    const NAME: &'static str = "InlineSkillSourceParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<Base64Literal> = None;
        let mut media_type: Option<ApplicationZipLiteral> = None;
        let mut data: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "media_type" => 1,
                    "data" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut media_type),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            media_type: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(media_type, "media_type")?,
            data: data.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InlineSkillSourceParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl InlineSkillSourceParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            media_type: Default::default(),
            data: data.into(),
        }
    }
}
