//! Types of the `containers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerFileListResource {
    /// The type of object returned, must be 'list'.
    pub object: ListLiteral,
    /// A list of container files.
    pub data: Vec<ContainerFileResource>,
    /// The ID of the first file in the list.
    pub first_id: String,
    /// The ID of the last file in the list.
    pub last_id: String,
    /// Whether there are more files available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ContainerFileListResource {
    const NAME: &'static str = "ContainerFileListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ContainerFileResource>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ContainerFileListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerFileListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ContainerFileResource>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for ContainerFileListResource {
    type Item = ContainerFileResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// The container file object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerFileResource {
    /// Unique identifier for the file.
    pub id: String,
    /// The type of this object (`container.file`).
    pub object: String,
    /// The container this file belongs to.
    pub container_id: String,
    /// Unix timestamp (in seconds) when the file was created.
    pub created_at: i64,
    /// Size of the file in bytes.
    pub bytes: i64,
    /// Path of the file in the container.
    pub path: String,
    /// Source of the file (e.g., `user`, `assistant`).
    pub source: String,
}
impl sdk_runtime_types::de::Object for ContainerFileResource {
    const NAME: &'static str = "ContainerFileResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<String> = None;
        let mut container_id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut bytes: Option<i64> = None;
        let mut path: Option<String> = None;
        let mut source: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "container_id" => 2,
                    "created_at" => 3,
                    "bytes" => 4,
                    "path" => 5,
                    "source" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                5 => sdk_runtime_types::de::value(&mut map, &mut path),
                6 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: object.unwrap_or_default(),
            container_id: container_id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
            path: path.unwrap_or_default(),
            source: source.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ContainerFileResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerFileResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        container_id: impl Into<String>,
        created_at: impl Into<i64>,
        bytes: impl Into<i64>,
        path: impl Into<String>,
        source: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            container_id: container_id.into(),
            created_at: created_at.into(),
            bytes: bytes.into(),
            path: path.into(),
            source: source.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerListResource {
    /// The type of object returned, must be 'list'.
    pub object: ListLiteral,
    /// A list of containers.
    pub data: Vec<ContainerResource>,
    /// The ID of the first container in the list.
    pub first_id: String,
    /// The ID of the last container in the list.
    pub last_id: String,
    /// Whether there are more containers available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ContainerListResource {
    const NAME: &'static str = "ContainerListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ContainerResource>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ContainerListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ContainerResource>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for ContainerListResource {
    type Item = ContainerResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// The container object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerResource {
    /// Unique identifier for the container.
    pub id: String,
    /// The type of this object.
    pub object: String,
    /// Name of the container.
    pub name: String,
    /// Unix timestamp (in seconds) when the container was created.
    pub created_at: i64,
    /// Status of the container (e.g., active, deleted).
    pub status: String,
    /// Unix timestamp (in seconds) when the container was last active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<i64>,
    /// The container will expire after this time period.
    /// The anchor is the reference point for the expiration.
    /// The minutes is the number of minutes after the anchor before the container expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<ContainerResourceExpiresAfter>,
    /// The memory limit configured for the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_limit: Option<ContainerResourceMemoryLimit>,
    /// Network access policy for the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<ContainerResourceNetworkPolicy>,
}
impl sdk_runtime_types::de::Object for ContainerResource {
    const NAME: &'static str = "ContainerResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut status: Option<String> = None;
        let mut last_active_at: Option<i64> = None;
        let mut expires_after: Option<ContainerResourceExpiresAfter> = None;
        let mut memory_limit: Option<ContainerResourceMemoryLimit> = None;
        let mut network_policy: Option<ContainerResourceNetworkPolicy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "status" => 4,
                    "last_active_at" => 5,
                    "expires_after" => 6,
                    "memory_limit" => 7,
                    "network_policy" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut last_active_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut memory_limit),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut network_policy),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: object.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            status: status.unwrap_or_default(),
            last_active_at,
            expires_after,
            memory_limit,
            network_policy,
        })
    }
}
impl<'de> Deserialize<'de> for ContainerResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            name: name.into(),
            created_at: created_at.into(),
            status: status.into(),
            last_active_at: None,
            expires_after: None,
            memory_limit: None,
            network_policy: None,
        }
    }
    /// Sets `last_active_at`.
    pub fn last_active_at(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at = Some(value.into());
        self
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<ContainerResourceExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `memory_limit`.
    pub fn memory_limit(
        mut self,
        value: impl Into<ContainerResourceMemoryLimit>,
    ) -> Self {
        self.memory_limit = Some(value.into());
        self
    }
    /// Sets `network_policy`.
    pub fn network_policy(
        mut self,
        value: impl Into<ContainerResourceNetworkPolicy>,
    ) -> Self {
        self.network_policy = Some(value.into());
        self
    }
}
/// The container will expire after this time period.
/// The anchor is the reference point for the expiration.
/// The minutes is the number of minutes after the anchor before the container expires.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerResourceExpiresAfter {
    /// The reference point for the expiration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<LastActiveAtLiteral>,
    /// The number of minutes after the anchor before the container expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i64>,
}
impl sdk_runtime_types::de::Object for ContainerResourceExpiresAfter {
    const NAME: &'static str = "ContainerResourceExpiresAfter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut anchor: Option<LastActiveAtLiteral> = None;
        let mut minutes: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "anchor" => 0,
                    "minutes" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut anchor),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut minutes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { anchor, minutes })
    }
}
impl<'de> Deserialize<'de> for ContainerResourceExpiresAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerResourceExpiresAfter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            anchor: None,
            minutes: None,
        }
    }
    /// Sets `anchor`.
    pub fn anchor(mut self, value: impl Into<LastActiveAtLiteral>) -> Self {
        self.anchor = Some(value.into());
        self
    }
    /// Sets `minutes`.
    pub fn minutes(mut self, value: impl Into<i64>) -> Self {
        self.minutes = Some(value.into());
        self
    }
}
/// The memory limit configured for the container.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContainerResourceMemoryLimit {
    /// `1g`
    V1g,
    /// `4g`
    V4g,
    /// `16g`
    V16g,
    /// `64g`
    V64g,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ContainerResourceMemoryLimit {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1g => "1g",
            Self::V4g => "4g",
            Self::V16g => "16g",
            Self::V64g => "64g",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1g" => Self::V1g,
            "4g" => Self::V4g,
            "16g" => Self::V16g,
            "64g" => Self::V64g,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ContainerResourceMemoryLimit {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ContainerResourceMemoryLimit {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ContainerResourceMemoryLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ContainerResourceMemoryLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ContainerResourceMemoryLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ContainerResourceMemoryLimit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Network access policy for the container.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ContainerResourceNetworkPolicy {
    /// The network policy mode.
    #[serde(rename = "type")]
    pub type_: ContainerResourceNetworkPolicyType,
    /// Allowed outbound domains when `type` is `allowlist`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_domains: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for ContainerResourceNetworkPolicy {
    const NAME: &'static str = "ContainerResourceNetworkPolicy";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerResourceNetworkPolicyType> = None;
        let mut allowed_domains: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "allowed_domains" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_domains),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            allowed_domains,
        })
    }
}
impl<'de> Deserialize<'de> for ContainerResourceNetworkPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerResourceNetworkPolicy {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<ContainerResourceNetworkPolicyType>) -> Self {
        Self {
            type_: type_.into(),
            allowed_domains: None,
        }
    }
    /// Sets `allowed_domains`.
    pub fn allowed_domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_domains = Some(value.into());
        self
    }
}
/// The network policy mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContainerResourceNetworkPolicyType {
    /// `allowlist`
    Allowlist,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ContainerResourceNetworkPolicyType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowlist => "allowlist",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "allowlist" => Self::Allowlist,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ContainerResourceNetworkPolicyType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ContainerResourceNetworkPolicyType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ContainerResourceNetworkPolicyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ContainerResourceNetworkPolicyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ContainerResourceNetworkPolicyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ContainerResourceNetworkPolicyType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateContainerBody {
    /// Name of the container to create.
    pub name: String,
    /// IDs of files to copy to the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// Container expiration time in seconds relative to the 'anchor' time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<CreateContainerBodyExpiresAfter>,
    /// An optional list of skills referenced by id or inline data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<ContainerAutoParamSkill>>,
    /// Optional memory limit for the container. Defaults to "1g".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_limit: Option<ContainerResourceMemoryLimit>,
    /// Network access policy for the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<ContainerAutoParamNetworkPolicy>,
}
impl sdk_runtime_types::de::Object for CreateContainerBody {
    const NAME: &'static str = "CreateContainerBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut file_ids: Option<Vec<String>> = None;
        let mut expires_after: Option<CreateContainerBodyExpiresAfter> = None;
        let mut skills: Option<Vec<ContainerAutoParamSkill>> = None;
        let mut memory_limit: Option<ContainerResourceMemoryLimit> = None;
        let mut network_policy: Option<ContainerAutoParamNetworkPolicy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "file_ids" => 1,
                    "expires_after" => 2,
                    "skills" => 3,
                    "memory_limit" => 4,
                    "network_policy" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut skills),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut memory_limit),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut network_policy),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            file_ids,
            expires_after,
            skills,
            memory_limit,
            network_policy,
        })
    }
}
impl<'de> Deserialize<'de> for CreateContainerBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateContainerBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            file_ids: None,
            expires_after: None,
            skills: None,
            memory_limit: None,
            network_policy: None,
        }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<CreateContainerBodyExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `skills`.
    pub fn skills(mut self, value: impl Into<Vec<ContainerAutoParamSkill>>) -> Self {
        self.skills = Some(value.into());
        self
    }
    /// Sets `memory_limit`.
    pub fn memory_limit(
        mut self,
        value: impl Into<ContainerResourceMemoryLimit>,
    ) -> Self {
        self.memory_limit = Some(value.into());
        self
    }
    /// Sets `network_policy`.
    pub fn network_policy(
        mut self,
        value: impl Into<ContainerAutoParamNetworkPolicy>,
    ) -> Self {
        self.network_policy = Some(value.into());
        self
    }
}
/// Container expiration time in seconds relative to the 'anchor' time.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateContainerBodyExpiresAfter {
    /// Time anchor for the expiration time. Currently only 'last_active_at' is supported.
    pub anchor: LastActiveAtLiteral,
    pub minutes: i64,
}
impl sdk_runtime_types::de::Object for CreateContainerBodyExpiresAfter {
    const NAME: &'static str = "CreateContainerBodyExpiresAfter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut anchor: Option<LastActiveAtLiteral> = None;
        let mut minutes: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "anchor" => 0,
                    "minutes" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut anchor),
                1 => sdk_runtime_types::de::value(&mut map, &mut minutes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            anchor: sdk_runtime_types::de::required::<_, A::Error>(anchor, "anchor")?,
            minutes: minutes.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateContainerBodyExpiresAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateContainerBodyExpiresAfter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(minutes: impl Into<i64>) -> Self {
        Self {
            anchor: Default::default(),
            minutes: minutes.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateContainerFileBody {
    /// Name of the file to create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The File object (not file name) to be uploaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<sdk_runtime_types::multipart::FilePart>,
}
impl sdk_runtime_types::de::Object for CreateContainerFileBody {
    const NAME: &'static str = "CreateContainerFileBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "file" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id, file })
    }
}
impl<'de> Deserialize<'de> for CreateContainerFileBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateContainerFileBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_id: None, file: None }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `file`.
    pub fn file(
        mut self,
        value: impl Into<sdk_runtime_types::multipart::FilePart>,
    ) -> Self {
        self.file = Some(value.into());
        self
    }
}
impl sdk_runtime_types::multipart::ToForm for CreateContainerFileBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("file_id", &self.file_id);
        if let Some(file) = &self.file {
            form.file("file", file);
        }
    }
}
/// Query and header parameters of `ListContainers`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListContainersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Filter results by container name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for ListContainersParams {
    const NAME: &'static str = "ListContainersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "name" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, order, after, name })
    }
}
impl<'de> Deserialize<'de> for ListContainersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListContainersParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            name: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// Query and header parameters of `ListContainerFiles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListContainerFilesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl sdk_runtime_types::de::Object for ListContainerFilesParams {
    const NAME: &'static str = "ListContainerFilesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, order, after })
    }
}
impl<'de> Deserialize<'de> for ListContainerFilesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListContainerFilesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
