//! Types of the `containers` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ContainerFileListResource {
    /// The type of object returned, must be 'list'.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of container files.
    #[api(default)]
    pub data: Vec<ContainerFileResource>,
    /// The ID of the first file in the list.
    #[api(default)]
    pub first_id: String,
    /// The ID of the last file in the list.
    #[api(default)]
    pub last_id: String,
    /// Whether there are more files available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
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
#[cfg(feature = "containers")]
/// The container file object
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, object, container_id, created_at, bytes, path, source))]
#[non_exhaustive]
pub struct ContainerFileResource {
    /// Unique identifier for the file.
    #[api(default)]
    pub id: String,
    /// The type of this object (`container.file`).
    #[api(default)]
    pub object: String,
    /// The container this file belongs to.
    #[api(default)]
    pub container_id: String,
    /// Unix timestamp (in seconds) when the file was created.
    #[api(default)]
    pub created_at: i64,
    /// Size of the file in bytes.
    #[api(default)]
    pub bytes: i64,
    /// Path of the file in the container.
    #[api(default)]
    pub path: String,
    /// Source of the file (e.g., `user`, `assistant`).
    #[api(default)]
    pub source: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ContainerListResource {
    /// The type of object returned, must be 'list'.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of containers.
    #[api(default)]
    pub data: Vec<ContainerResource>,
    /// The ID of the first container in the list.
    #[api(default)]
    pub first_id: String,
    /// The ID of the last container in the list.
    #[api(default)]
    pub last_id: String,
    /// Whether there are more containers available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
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
#[cfg(feature = "containers")]
/// The container object
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, object, name, created_at, status))]
#[non_exhaustive]
pub struct ContainerResource {
    /// Unique identifier for the container.
    #[api(default)]
    pub id: String,
    /// The type of this object.
    #[api(default)]
    pub object: String,
    /// Name of the container.
    #[api(default)]
    pub name: String,
    /// Unix timestamp (in seconds) when the container was created.
    #[api(default)]
    pub created_at: i64,
    /// Status of the container (e.g., active, deleted).
    #[api(default)]
    pub status: String,
    /// Unix timestamp (in seconds) when the container was last active.
    pub last_active_at: Option<i64>,
    /// The container will expire after this time period.
    /// The anchor is the reference point for the expiration.
    /// The minutes is the number of minutes after the anchor before the container expires.
    pub expires_after: Option<ContainerResourceExpiresAfter>,
    /// The memory limit configured for the container.
    pub memory_limit: Option<ContainerResourceMemoryLimit>,
    /// Network access policy for the container.
    pub network_policy: Option<ContainerResourceNetworkPolicy>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
/// The container will expire after this time period.
/// The anchor is the reference point for the expiration.
/// The minutes is the number of minutes after the anchor before the container expires.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ContainerResourceExpiresAfter {
    /// The reference point for the expiration.
    pub anchor: Option<LastActiveAtLiteral>,
    /// The number of minutes after the anchor before the container expires.
    pub minutes: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `last_active_at`.
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
pub enum LastActiveAtLiteral {
    /// `last_active_at`
    #[default]
    LastActiveAt,
}
#[cfg(feature = "containers")]
/// The memory limit configured for the container.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ContainerResourceMemoryLimit {
    /// `1g`
    #[api(rename = "1g")]
    V1g,
    /// `4g`
    #[api(rename = "4g")]
    V4g,
    /// `16g`
    #[api(rename = "16g")]
    V16g,
    /// `64g`
    #[api(rename = "64g")]
    V64g,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "containers")]
/// Network access policy for the container.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct ContainerResourceNetworkPolicy {
    /// The network policy mode.
    #[api(rename = "type", default)]
    pub type_: ContainerResourceNetworkPolicyType,
    /// Allowed outbound domains when `type` is `allowlist`.
    pub allowed_domains: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
/// The network policy mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ContainerResourceNetworkPolicyType {
    /// `allowlist`
    Allowlist,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct CreateContainerBody {
    /// Name of the container to create.
    #[api(default)]
    pub name: String,
    /// IDs of files to copy to the container.
    pub file_ids: Option<Vec<String>>,
    /// Container expiration time in seconds relative to the 'anchor' time.
    pub expires_after: Option<CreateContainerBodyExpiresAfter>,
    /// An optional list of skills referenced by id or inline data.
    pub skills: Option<Vec<ContainerAutoParamSkill>>,
    /// Optional memory limit for the container. Defaults to "1g".
    pub memory_limit: Option<ContainerResourceMemoryLimit>,
    /// Network access policy for the container.
    pub network_policy: Option<ContainerAutoParamNetworkPolicy>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
/// Container expiration time in seconds relative to the 'anchor' time.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(minutes))]
pub struct CreateContainerBodyExpiresAfter {
    /// Time anchor for the expiration time. Currently only 'last_active_at' is supported.
    #[api(constant)]
    pub anchor: LastActiveAtLiteral,
    #[api(default)]
    pub minutes: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateContainerFileBody {
    /// Name of the file to create.
    pub file_id: Option<String>,
    /// The File object (not file name) to be uploaded.
    pub file: Option<sdk_runtime_types::multipart::FilePart>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
impl sdk_runtime_types::multipart::ToForm for CreateContainerFileBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("file_id", &self.file_id);
        if let Some(file) = &self.file {
            form.file("file", file);
        }
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[cfg(feature = "containers")]
/// Query and header parameters of `ListContainers`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListContainersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Filter results by container name.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "containers")]
/// Query and header parameters of `ListContainerFiles`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListContainerFilesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
