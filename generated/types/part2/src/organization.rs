//! Types of the `organization` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Represents an individual Admin API key in an org.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdminApiKey {
    /// The object type, which is always `organization.admin_api_key`
    pub object: OrganizationAdminApiKeyLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the API key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The redacted value of the API key
    pub redacted_value: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    pub created_at: i64,
    pub expires_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<i64>,
    pub owner: AdminApiKeyOwner,
}
impl sdk_runtime_types::de::Object for AdminApiKey {
    const NAME: &'static str = "AdminApiKey";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationAdminApiKeyLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut redacted_value: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut last_used_at: Option<i64> = None;
        let mut owner: Option<AdminApiKeyOwner> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "redacted_value" => 3,
                    "created_at" => 4,
                    "expires_at" => 5,
                    "last_used_at" => 6,
                    "owner" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut redacted_value),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut last_used_at),
                7 => sdk_runtime_types::de::value(&mut map, &mut owner),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            redacted_value: redacted_value.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            expires_at,
            last_used_at,
            owner: owner.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for AdminApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKey {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        redacted_value: impl Into<String>,
        created_at: impl Into<i64>,
        owner: impl Into<AdminApiKeyOwner>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            redacted_value: redacted_value.into(),
            created_at: created_at.into(),
            expires_at: None,
            last_used_at: None,
            owner: owner.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `last_used_at`.
    pub fn last_used_at(mut self, value: impl Into<i64>) -> Self {
        self.last_used_at = Some(value.into());
        self
    }
}
/// The constant `organization.admin_api_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationAdminApiKeyLiteral {
    /// `organization.admin_api_key`
    #[default]
    OrganizationAdminApiKey,
}
impl OrganizationAdminApiKeyLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.admin_api_key"
    }
}
impl std::fmt::Display for OrganizationAdminApiKeyLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationAdminApiKeyLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.admin_api_key")
    }
}
impl<'de> Deserialize<'de> for OrganizationAdminApiKeyLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.admin_api_key")
            .map(|()| Self::OrganizationAdminApiKey)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdminApiKeyOwner {
    /// Always `user`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The object type, which is always organization.user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The identifier, which can be referenced in API endpoints
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the user was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Always `owner`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AdminApiKeyOwner {
    const NAME: &'static str = "AdminApiKeyOwner";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut object: Option<String> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "object" => 1,
                    "id" => 2,
                    "name" => 3,
                    "created_at" => 4,
                    "role" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            object,
            id,
            name,
            created_at,
            role,
        })
    }
}
impl<'de> Deserialize<'de> for AdminApiKeyOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKeyOwner {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            object: None,
            id: None,
            name: None,
            created_at: None,
            role: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: impl Into<i64>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdminApiKeyCreateResponse {
    /// The object type, which is always `organization.admin_api_key`
    pub object: OrganizationAdminApiKeyLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the API key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The redacted value of the API key
    pub redacted_value: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    pub created_at: i64,
    pub expires_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<i64>,
    pub owner: AdminApiKeyOwner,
    /// The value of the API key. Only shown on create.
    pub value: String,
}
impl sdk_runtime_types::de::Object for AdminApiKeyCreateResponse {
    const NAME: &'static str = "AdminApiKeyCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationAdminApiKeyLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut redacted_value: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut last_used_at: Option<i64> = None;
        let mut owner: Option<AdminApiKeyOwner> = None;
        let mut value: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "redacted_value" => 3,
                    "created_at" => 4,
                    "expires_at" => 5,
                    "last_used_at" => 6,
                    "owner" => 7,
                    "value" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut redacted_value),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut last_used_at),
                7 => sdk_runtime_types::de::value(&mut map, &mut owner),
                8 => sdk_runtime_types::de::value(&mut map, &mut value),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            redacted_value: redacted_value.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            expires_at,
            last_used_at,
            owner: owner.unwrap_or_default(),
            value: value.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for AdminApiKeyCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKeyCreateResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        redacted_value: impl Into<String>,
        created_at: impl Into<i64>,
        owner: impl Into<AdminApiKeyOwner>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            redacted_value: redacted_value.into(),
            created_at: created_at.into(),
            expires_at: None,
            last_used_at: None,
            owner: owner.into(),
            value: value.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `last_used_at`.
    pub fn last_used_at(mut self, value: impl Into<i64>) -> Self {
        self.last_used_at = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ApiKeyList {
    pub object: ListLiteral,
    pub data: Vec<AdminApiKey>,
    pub has_more: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ApiKeyList {
    const NAME: &'static str = "ApiKeyList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<AdminApiKey>> = None;
        let mut has_more: Option<bool> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "first_id" => 3,
                    "last_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            first_id,
            last_id,
        })
    }
}
impl<'de> Deserialize<'de> for ApiKeyList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ApiKeyList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<AdminApiKey>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            first_id: None,
            last_id: None,
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ApiKeyList {
    type Item = AdminApiKey;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// A log of a user action or configuration change within this organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLog {
    /// The ID of this log.
    pub id: String,
    #[serde(rename = "type")]
    pub type_: AuditLogEventType,
    /// The Unix timestamp (in seconds) of the event.
    pub effective_at: i64,
    /// The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<AuditLogProject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<Box<AuditLogActor>>,
    /// The details for events with this `type`.
    #[serde(rename = "api_key.created", skip_serializing_if = "Option::is_none")]
    pub api_key_created: Option<AuditLogApiKeyCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "api_key.updated", skip_serializing_if = "Option::is_none")]
    pub api_key_updated: Option<AuditLogApiKeyUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "api_key.deleted", skip_serializing_if = "Option::is_none")]
    pub api_key_deleted: Option<AuditLogApiKeyDeleted>,
    /// The project and fine-tuned model checkpoint that the checkpoint permission was created for.
    #[serde(
        rename = "checkpoint.permission.created",
        skip_serializing_if = "Option::is_none",
    )]
    pub checkpoint_permission_created: Option<AuditLogCheckpointPermissionCreated>,
    /// The details for events with this `type`.
    #[serde(
        rename = "checkpoint.permission.deleted",
        skip_serializing_if = "Option::is_none",
    )]
    pub checkpoint_permission_deleted: Option<AuditLogCheckpointPermissionDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "external_key.registered", skip_serializing_if = "Option::is_none")]
    pub external_key_registered: Option<AuditLogExternalKeyRegistered>,
    /// The details for events with this `type`.
    #[serde(rename = "external_key.removed", skip_serializing_if = "Option::is_none")]
    pub external_key_removed: Option<AuditLogExternalKeyRemoved>,
    /// The details for events with this `type`.
    #[serde(rename = "group.created", skip_serializing_if = "Option::is_none")]
    pub group_created: Option<AuditLogGroupCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "group.updated", skip_serializing_if = "Option::is_none")]
    pub group_updated: Option<AuditLogGroupUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "group.deleted", skip_serializing_if = "Option::is_none")]
    pub group_deleted: Option<AuditLogGroupDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "scim.enabled", skip_serializing_if = "Option::is_none")]
    pub scim_enabled: Option<AuditLogScimEnabled>,
    /// The details for events with this `type`.
    #[serde(rename = "scim.disabled", skip_serializing_if = "Option::is_none")]
    pub scim_disabled: Option<AuditLogScimDisabled>,
    /// The details for events with this `type`.
    #[serde(rename = "invite.sent", skip_serializing_if = "Option::is_none")]
    pub invite_sent: Option<AuditLogInviteSent>,
    /// The details for events with this `type`.
    #[serde(rename = "invite.accepted", skip_serializing_if = "Option::is_none")]
    pub invite_accepted: Option<AuditLogInviteDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "invite.deleted", skip_serializing_if = "Option::is_none")]
    pub invite_deleted: Option<AuditLogInviteDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "ip_allowlist.created", skip_serializing_if = "Option::is_none")]
    pub ip_allowlist_created: Option<AuditLogIpAllowlistCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "ip_allowlist.updated", skip_serializing_if = "Option::is_none")]
    pub ip_allowlist_updated: Option<AuditLogIpAllowlistUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "ip_allowlist.deleted", skip_serializing_if = "Option::is_none")]
    pub ip_allowlist_deleted: Option<AuditLogIpAllowlistDeleted>,
    /// The details for events with this `type`.
    #[serde(
        rename = "ip_allowlist.config.activated",
        skip_serializing_if = "Option::is_none",
    )]
    pub ip_allowlist_config_activated: Option<AuditLogIpAllowlistConfigActivated>,
    /// The details for events with this `type`.
    #[serde(
        rename = "ip_allowlist.config.deactivated",
        skip_serializing_if = "Option::is_none",
    )]
    pub ip_allowlist_config_deactivated: Option<AuditLogIpAllowlistConfigDeactivated>,
    /// This event has no additional fields beyond the standard audit log attributes.
    #[serde(rename = "login.succeeded", skip_serializing_if = "Option::is_none")]
    pub login_succeeded: Option<serde_json::Map<String, serde_json::Value>>,
    /// The details for events with this `type`.
    #[serde(rename = "login.failed", skip_serializing_if = "Option::is_none")]
    pub login_failed: Option<AuditLogLoginFailed>,
    /// This event has no additional fields beyond the standard audit log attributes.
    #[serde(rename = "logout.succeeded", skip_serializing_if = "Option::is_none")]
    pub logout_succeeded: Option<serde_json::Map<String, serde_json::Value>>,
    /// The details for events with this `type`.
    #[serde(rename = "logout.failed", skip_serializing_if = "Option::is_none")]
    pub logout_failed: Option<AuditLogLoginFailed>,
    /// The details for events with this `type`.
    #[serde(rename = "organization.updated", skip_serializing_if = "Option::is_none")]
    pub organization_updated: Option<Box<AuditLogOrganizationUpdated>>,
    /// The details for events with this `type`.
    #[serde(rename = "project.created", skip_serializing_if = "Option::is_none")]
    pub project_created: Option<AuditLogProjectCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "project.updated", skip_serializing_if = "Option::is_none")]
    pub project_updated: Option<AuditLogProjectUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "project.archived", skip_serializing_if = "Option::is_none")]
    pub project_archived: Option<AuditLogProjectDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "project.deleted", skip_serializing_if = "Option::is_none")]
    pub project_deleted: Option<AuditLogProjectDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "rate_limit.updated", skip_serializing_if = "Option::is_none")]
    pub rate_limit_updated: Option<AuditLogRateLimitUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "rate_limit.deleted", skip_serializing_if = "Option::is_none")]
    pub rate_limit_deleted: Option<AuditLogRateLimitDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "role.created", skip_serializing_if = "Option::is_none")]
    pub role_created: Option<Box<AuditLogRoleCreated>>,
    /// The details for events with this `type`.
    #[serde(rename = "role.updated", skip_serializing_if = "Option::is_none")]
    pub role_updated: Option<Box<AuditLogRoleUpdated>>,
    /// The details for events with this `type`.
    #[serde(rename = "role.deleted", skip_serializing_if = "Option::is_none")]
    pub role_deleted: Option<AuditLogRoleDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "role.assignment.created", skip_serializing_if = "Option::is_none")]
    pub role_assignment_created: Option<Box<AuditLogRoleAssignmentCreated>>,
    /// The details for events with this `type`.
    #[serde(rename = "role.assignment.deleted", skip_serializing_if = "Option::is_none")]
    pub role_assignment_deleted: Option<Box<AuditLogRoleAssignmentDeleted>>,
    /// The details for events with this `type`.
    #[serde(rename = "role.bound_to_resource", skip_serializing_if = "Option::is_none")]
    pub role_bound_to_resource: Option<Box<AuditLogRoleBoundToResource>>,
    /// The details for events with this `type`.
    #[serde(
        rename = "role.unbound_from_resource",
        skip_serializing_if = "Option::is_none",
    )]
    pub role_unbound_from_resource: Option<Box<AuditLogRoleUnboundFromResource>>,
    /// The details for events with this `type`.
    #[serde(rename = "service_account.created", skip_serializing_if = "Option::is_none")]
    pub service_account_created: Option<AuditLogServiceAccountCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "service_account.updated", skip_serializing_if = "Option::is_none")]
    pub service_account_updated: Option<AuditLogServiceAccountUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "service_account.deleted", skip_serializing_if = "Option::is_none")]
    pub service_account_deleted: Option<AuditLogServiceAccountDeleted>,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider.created",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_created: Option<
        AuditLogWorkloadIdentityProviderCreated,
    >,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider.updated",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_updated: Option<
        AuditLogWorkloadIdentityProviderUpdated,
    >,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider.deleted",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_deleted: Option<
        AuditLogWorkloadIdentityProviderDeleted,
    >,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider_mapping.created",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_mapping_created: Option<
        AuditLogWorkloadIdentityProviderMappingCreated,
    >,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider_mapping.updated",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_mapping_updated: Option<
        AuditLogWorkloadIdentityProviderMappingUpdated,
    >,
    /// The details for events with this `type`.
    #[serde(
        rename = "workload_identity_provider_mapping.deleted",
        skip_serializing_if = "Option::is_none",
    )]
    pub workload_identity_provider_mapping_deleted: Option<
        AuditLogWorkloadIdentityProviderMappingDeleted,
    >,
    /// The details for events with this `type`.
    #[serde(rename = "user.added", skip_serializing_if = "Option::is_none")]
    pub user_added: Option<AuditLogUserAdded>,
    /// The details for events with this `type`.
    #[serde(rename = "user.updated", skip_serializing_if = "Option::is_none")]
    pub user_updated: Option<AuditLogUserUpdated>,
    /// The details for events with this `type`.
    #[serde(rename = "user.deleted", skip_serializing_if = "Option::is_none")]
    pub user_deleted: Option<AuditLogUserDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "certificate.created", skip_serializing_if = "Option::is_none")]
    pub certificate_created: Option<AuditLogCertificateCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "certificate.updated", skip_serializing_if = "Option::is_none")]
    pub certificate_updated: Option<AuditLogCertificateCreated>,
    /// The details for events with this `type`.
    #[serde(rename = "certificate.deleted", skip_serializing_if = "Option::is_none")]
    pub certificate_deleted: Option<AuditLogCertificateDeleted>,
    /// The details for events with this `type`.
    #[serde(rename = "certificates.activated", skip_serializing_if = "Option::is_none")]
    pub certificates_activated: Option<AuditLogCertificatesActivated>,
    /// The details for events with this `type`.
    #[serde(
        rename = "certificates.deactivated",
        skip_serializing_if = "Option::is_none",
    )]
    pub certificates_deactivated: Option<AuditLogCertificatesActivated>,
}
impl sdk_runtime_types::de::Object for AuditLog {
    const NAME: &'static str = "AuditLog";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<AuditLogEventType> = None;
        let mut effective_at: Option<i64> = None;
        let mut project: Option<AuditLogProject> = None;
        let mut actor: Option<Box<AuditLogActor>> = None;
        let mut api_key_created: Option<AuditLogApiKeyCreated> = None;
        let mut api_key_updated: Option<AuditLogApiKeyUpdated> = None;
        let mut api_key_deleted: Option<AuditLogApiKeyDeleted> = None;
        let mut checkpoint_permission_created: Option<
            AuditLogCheckpointPermissionCreated,
        > = None;
        let mut checkpoint_permission_deleted: Option<
            AuditLogCheckpointPermissionDeleted,
        > = None;
        let mut external_key_registered: Option<AuditLogExternalKeyRegistered> = None;
        let mut external_key_removed: Option<AuditLogExternalKeyRemoved> = None;
        let mut group_created: Option<AuditLogGroupCreated> = None;
        let mut group_updated: Option<AuditLogGroupUpdated> = None;
        let mut group_deleted: Option<AuditLogGroupDeleted> = None;
        let mut scim_enabled: Option<AuditLogScimEnabled> = None;
        let mut scim_disabled: Option<AuditLogScimDisabled> = None;
        let mut invite_sent: Option<AuditLogInviteSent> = None;
        let mut invite_accepted: Option<AuditLogInviteDeleted> = None;
        let mut invite_deleted: Option<AuditLogInviteDeleted> = None;
        let mut ip_allowlist_created: Option<AuditLogIpAllowlistCreated> = None;
        let mut ip_allowlist_updated: Option<AuditLogIpAllowlistUpdated> = None;
        let mut ip_allowlist_deleted: Option<AuditLogIpAllowlistDeleted> = None;
        let mut ip_allowlist_config_activated: Option<
            AuditLogIpAllowlistConfigActivated,
        > = None;
        let mut ip_allowlist_config_deactivated: Option<
            AuditLogIpAllowlistConfigDeactivated,
        > = None;
        let mut login_succeeded: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut login_failed: Option<AuditLogLoginFailed> = None;
        let mut logout_succeeded: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut logout_failed: Option<AuditLogLoginFailed> = None;
        let mut organization_updated: Option<Box<AuditLogOrganizationUpdated>> = None;
        let mut project_created: Option<AuditLogProjectCreated> = None;
        let mut project_updated: Option<AuditLogProjectUpdated> = None;
        let mut project_archived: Option<AuditLogProjectDeleted> = None;
        let mut project_deleted: Option<AuditLogProjectDeleted> = None;
        let mut rate_limit_updated: Option<AuditLogRateLimitUpdated> = None;
        let mut rate_limit_deleted: Option<AuditLogRateLimitDeleted> = None;
        let mut role_created: Option<Box<AuditLogRoleCreated>> = None;
        let mut role_updated: Option<Box<AuditLogRoleUpdated>> = None;
        let mut role_deleted: Option<AuditLogRoleDeleted> = None;
        let mut role_assignment_created: Option<Box<AuditLogRoleAssignmentCreated>> = None;
        let mut role_assignment_deleted: Option<Box<AuditLogRoleAssignmentDeleted>> = None;
        let mut role_bound_to_resource: Option<Box<AuditLogRoleBoundToResource>> = None;
        let mut role_unbound_from_resource: Option<
            Box<AuditLogRoleUnboundFromResource>,
        > = None;
        let mut service_account_created: Option<AuditLogServiceAccountCreated> = None;
        let mut service_account_updated: Option<AuditLogServiceAccountUpdated> = None;
        let mut service_account_deleted: Option<AuditLogServiceAccountDeleted> = None;
        let mut workload_identity_provider_created: Option<
            AuditLogWorkloadIdentityProviderCreated,
        > = None;
        let mut workload_identity_provider_updated: Option<
            AuditLogWorkloadIdentityProviderUpdated,
        > = None;
        let mut workload_identity_provider_deleted: Option<
            AuditLogWorkloadIdentityProviderDeleted,
        > = None;
        let mut workload_identity_provider_mapping_created: Option<
            AuditLogWorkloadIdentityProviderMappingCreated,
        > = None;
        let mut workload_identity_provider_mapping_updated: Option<
            AuditLogWorkloadIdentityProviderMappingUpdated,
        > = None;
        let mut workload_identity_provider_mapping_deleted: Option<
            AuditLogWorkloadIdentityProviderMappingDeleted,
        > = None;
        let mut user_added: Option<AuditLogUserAdded> = None;
        let mut user_updated: Option<AuditLogUserUpdated> = None;
        let mut user_deleted: Option<AuditLogUserDeleted> = None;
        let mut certificate_created: Option<AuditLogCertificateCreated> = None;
        let mut certificate_updated: Option<AuditLogCertificateCreated> = None;
        let mut certificate_deleted: Option<AuditLogCertificateDeleted> = None;
        let mut certificates_activated: Option<AuditLogCertificatesActivated> = None;
        let mut certificates_deactivated: Option<AuditLogCertificatesActivated> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "effective_at" => 2,
                    "project" => 3,
                    "actor" => 4,
                    "api_key.created" => 5,
                    "api_key.updated" => 6,
                    "api_key.deleted" => 7,
                    "checkpoint.permission.created" => 8,
                    "checkpoint.permission.deleted" => 9,
                    "external_key.registered" => 10,
                    "external_key.removed" => 11,
                    "group.created" => 12,
                    "group.updated" => 13,
                    "group.deleted" => 14,
                    "scim.enabled" => 15,
                    "scim.disabled" => 16,
                    "invite.sent" => 17,
                    "invite.accepted" => 18,
                    "invite.deleted" => 19,
                    "ip_allowlist.created" => 20,
                    "ip_allowlist.updated" => 21,
                    "ip_allowlist.deleted" => 22,
                    "ip_allowlist.config.activated" => 23,
                    "ip_allowlist.config.deactivated" => 24,
                    "login.succeeded" => 25,
                    "login.failed" => 26,
                    "logout.succeeded" => 27,
                    "logout.failed" => 28,
                    "organization.updated" => 29,
                    "project.created" => 30,
                    "project.updated" => 31,
                    "project.archived" => 32,
                    "project.deleted" => 33,
                    "rate_limit.updated" => 34,
                    "rate_limit.deleted" => 35,
                    "role.created" => 36,
                    "role.updated" => 37,
                    "role.deleted" => 38,
                    "role.assignment.created" => 39,
                    "role.assignment.deleted" => 40,
                    "role.bound_to_resource" => 41,
                    "role.unbound_from_resource" => 42,
                    "service_account.created" => 43,
                    "service_account.updated" => 44,
                    "service_account.deleted" => 45,
                    "workload_identity_provider.created" => 46,
                    "workload_identity_provider.updated" => 47,
                    "workload_identity_provider.deleted" => 48,
                    "workload_identity_provider_mapping.created" => 49,
                    "workload_identity_provider_mapping.updated" => 50,
                    "workload_identity_provider_mapping.deleted" => 51,
                    "user.added" => 52,
                    "user.updated" => 53,
                    "user.deleted" => 54,
                    "certificate.created" => 55,
                    "certificate.updated" => 56,
                    "certificate.deleted" => 57,
                    "certificates.activated" => 58,
                    "certificates.deactivated" => 59,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut effective_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut actor),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_created),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_updated),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_deleted),
                8 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut checkpoint_permission_created,
                    )
                }
                9 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut checkpoint_permission_deleted,
                    )
                }
                10 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut external_key_registered,
                    )
                }
                11 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut external_key_removed)
                }
                12 => sdk_runtime_types::de::nullable(&mut map, &mut group_created),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut group_updated),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut group_deleted),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut scim_enabled),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut scim_disabled),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut invite_sent),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut invite_accepted),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut invite_deleted),
                20 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut ip_allowlist_created)
                }
                21 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut ip_allowlist_updated)
                }
                22 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut ip_allowlist_deleted)
                }
                23 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut ip_allowlist_config_activated,
                    )
                }
                24 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut ip_allowlist_config_deactivated,
                    )
                }
                25 => sdk_runtime_types::de::nullable(&mut map, &mut login_succeeded),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut login_failed),
                27 => sdk_runtime_types::de::nullable(&mut map, &mut logout_succeeded),
                28 => sdk_runtime_types::de::nullable(&mut map, &mut logout_failed),
                29 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut organization_updated)
                }
                30 => sdk_runtime_types::de::nullable(&mut map, &mut project_created),
                31 => sdk_runtime_types::de::nullable(&mut map, &mut project_updated),
                32 => sdk_runtime_types::de::nullable(&mut map, &mut project_archived),
                33 => sdk_runtime_types::de::nullable(&mut map, &mut project_deleted),
                34 => sdk_runtime_types::de::nullable(&mut map, &mut rate_limit_updated),
                35 => sdk_runtime_types::de::nullable(&mut map, &mut rate_limit_deleted),
                36 => sdk_runtime_types::de::nullable(&mut map, &mut role_created),
                37 => sdk_runtime_types::de::nullable(&mut map, &mut role_updated),
                38 => sdk_runtime_types::de::nullable(&mut map, &mut role_deleted),
                39 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut role_assignment_created,
                    )
                }
                40 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut role_assignment_deleted,
                    )
                }
                41 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut role_bound_to_resource,
                    )
                }
                42 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut role_unbound_from_resource,
                    )
                }
                43 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut service_account_created,
                    )
                }
                44 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut service_account_updated,
                    )
                }
                45 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut service_account_deleted,
                    )
                }
                46 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_created,
                    )
                }
                47 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_updated,
                    )
                }
                48 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_deleted,
                    )
                }
                49 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_mapping_created,
                    )
                }
                50 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_mapping_updated,
                    )
                }
                51 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut workload_identity_provider_mapping_deleted,
                    )
                }
                52 => sdk_runtime_types::de::nullable(&mut map, &mut user_added),
                53 => sdk_runtime_types::de::nullable(&mut map, &mut user_updated),
                54 => sdk_runtime_types::de::nullable(&mut map, &mut user_deleted),
                55 => sdk_runtime_types::de::nullable(&mut map, &mut certificate_created),
                56 => sdk_runtime_types::de::nullable(&mut map, &mut certificate_updated),
                57 => sdk_runtime_types::de::nullable(&mut map, &mut certificate_deleted),
                58 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut certificates_activated,
                    )
                }
                59 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut certificates_deactivated,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: type_.unwrap_or_default(),
            effective_at: effective_at.unwrap_or_default(),
            project,
            actor,
            api_key_created,
            api_key_updated,
            api_key_deleted,
            checkpoint_permission_created,
            checkpoint_permission_deleted,
            external_key_registered,
            external_key_removed,
            group_created,
            group_updated,
            group_deleted,
            scim_enabled,
            scim_disabled,
            invite_sent,
            invite_accepted,
            invite_deleted,
            ip_allowlist_created,
            ip_allowlist_updated,
            ip_allowlist_deleted,
            ip_allowlist_config_activated,
            ip_allowlist_config_deactivated,
            login_succeeded,
            login_failed,
            logout_succeeded,
            logout_failed,
            organization_updated,
            project_created,
            project_updated,
            project_archived,
            project_deleted,
            rate_limit_updated,
            rate_limit_deleted,
            role_created,
            role_updated,
            role_deleted,
            role_assignment_created,
            role_assignment_deleted,
            role_bound_to_resource,
            role_unbound_from_resource,
            service_account_created,
            service_account_updated,
            service_account_deleted,
            workload_identity_provider_created,
            workload_identity_provider_updated,
            workload_identity_provider_deleted,
            workload_identity_provider_mapping_created,
            workload_identity_provider_mapping_updated,
            workload_identity_provider_mapping_deleted,
            user_added,
            user_updated,
            user_deleted,
            certificate_created,
            certificate_updated,
            certificate_deleted,
            certificates_activated,
            certificates_deactivated,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLog {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        type_: impl Into<AuditLogEventType>,
        effective_at: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            effective_at: effective_at.into(),
            project: None,
            actor: None,
            api_key_created: None,
            api_key_updated: None,
            api_key_deleted: None,
            checkpoint_permission_created: None,
            checkpoint_permission_deleted: None,
            external_key_registered: None,
            external_key_removed: None,
            group_created: None,
            group_updated: None,
            group_deleted: None,
            scim_enabled: None,
            scim_disabled: None,
            invite_sent: None,
            invite_accepted: None,
            invite_deleted: None,
            ip_allowlist_created: None,
            ip_allowlist_updated: None,
            ip_allowlist_deleted: None,
            ip_allowlist_config_activated: None,
            ip_allowlist_config_deactivated: None,
            login_succeeded: None,
            login_failed: None,
            logout_succeeded: None,
            logout_failed: None,
            organization_updated: None,
            project_created: None,
            project_updated: None,
            project_archived: None,
            project_deleted: None,
            rate_limit_updated: None,
            rate_limit_deleted: None,
            role_created: None,
            role_updated: None,
            role_deleted: None,
            role_assignment_created: None,
            role_assignment_deleted: None,
            role_bound_to_resource: None,
            role_unbound_from_resource: None,
            service_account_created: None,
            service_account_updated: None,
            service_account_deleted: None,
            workload_identity_provider_created: None,
            workload_identity_provider_updated: None,
            workload_identity_provider_deleted: None,
            workload_identity_provider_mapping_created: None,
            workload_identity_provider_mapping_updated: None,
            workload_identity_provider_mapping_deleted: None,
            user_added: None,
            user_updated: None,
            user_deleted: None,
            certificate_created: None,
            certificate_updated: None,
            certificate_deleted: None,
            certificates_activated: None,
            certificates_deactivated: None,
        }
    }
    /// Sets `project`.
    pub fn project(mut self, value: impl Into<AuditLogProject>) -> Self {
        self.project = Some(value.into());
        self
    }
    /// Sets `actor`.
    pub fn actor(mut self, value: impl Into<AuditLogActor>) -> Self {
        self.actor = Some(Box::new(value.into()));
        self
    }
    /// Sets `api_key.created`.
    pub fn api_key_created(mut self, value: impl Into<AuditLogApiKeyCreated>) -> Self {
        self.api_key_created = Some(value.into());
        self
    }
    /// Sets `api_key.updated`.
    pub fn api_key_updated(mut self, value: impl Into<AuditLogApiKeyUpdated>) -> Self {
        self.api_key_updated = Some(value.into());
        self
    }
    /// Sets `api_key.deleted`.
    pub fn api_key_deleted(mut self, value: impl Into<AuditLogApiKeyDeleted>) -> Self {
        self.api_key_deleted = Some(value.into());
        self
    }
    /// Sets `checkpoint.permission.created`.
    pub fn checkpoint_permission_created(
        mut self,
        value: impl Into<AuditLogCheckpointPermissionCreated>,
    ) -> Self {
        self.checkpoint_permission_created = Some(value.into());
        self
    }
    /// Sets `checkpoint.permission.deleted`.
    pub fn checkpoint_permission_deleted(
        mut self,
        value: impl Into<AuditLogCheckpointPermissionDeleted>,
    ) -> Self {
        self.checkpoint_permission_deleted = Some(value.into());
        self
    }
    /// Sets `external_key.registered`.
    pub fn external_key_registered(
        mut self,
        value: impl Into<AuditLogExternalKeyRegistered>,
    ) -> Self {
        self.external_key_registered = Some(value.into());
        self
    }
    /// Sets `external_key.removed`.
    pub fn external_key_removed(
        mut self,
        value: impl Into<AuditLogExternalKeyRemoved>,
    ) -> Self {
        self.external_key_removed = Some(value.into());
        self
    }
    /// Sets `group.created`.
    pub fn group_created(mut self, value: impl Into<AuditLogGroupCreated>) -> Self {
        self.group_created = Some(value.into());
        self
    }
    /// Sets `group.updated`.
    pub fn group_updated(mut self, value: impl Into<AuditLogGroupUpdated>) -> Self {
        self.group_updated = Some(value.into());
        self
    }
    /// Sets `group.deleted`.
    pub fn group_deleted(mut self, value: impl Into<AuditLogGroupDeleted>) -> Self {
        self.group_deleted = Some(value.into());
        self
    }
    /// Sets `scim.enabled`.
    pub fn scim_enabled(mut self, value: impl Into<AuditLogScimEnabled>) -> Self {
        self.scim_enabled = Some(value.into());
        self
    }
    /// Sets `scim.disabled`.
    pub fn scim_disabled(mut self, value: impl Into<AuditLogScimDisabled>) -> Self {
        self.scim_disabled = Some(value.into());
        self
    }
    /// Sets `invite.sent`.
    pub fn invite_sent(mut self, value: impl Into<AuditLogInviteSent>) -> Self {
        self.invite_sent = Some(value.into());
        self
    }
    /// Sets `invite.accepted`.
    pub fn invite_accepted(mut self, value: impl Into<AuditLogInviteDeleted>) -> Self {
        self.invite_accepted = Some(value.into());
        self
    }
    /// Sets `invite.deleted`.
    pub fn invite_deleted(mut self, value: impl Into<AuditLogInviteDeleted>) -> Self {
        self.invite_deleted = Some(value.into());
        self
    }
    /// Sets `ip_allowlist.created`.
    pub fn ip_allowlist_created(
        mut self,
        value: impl Into<AuditLogIpAllowlistCreated>,
    ) -> Self {
        self.ip_allowlist_created = Some(value.into());
        self
    }
    /// Sets `ip_allowlist.updated`.
    pub fn ip_allowlist_updated(
        mut self,
        value: impl Into<AuditLogIpAllowlistUpdated>,
    ) -> Self {
        self.ip_allowlist_updated = Some(value.into());
        self
    }
    /// Sets `ip_allowlist.deleted`.
    pub fn ip_allowlist_deleted(
        mut self,
        value: impl Into<AuditLogIpAllowlistDeleted>,
    ) -> Self {
        self.ip_allowlist_deleted = Some(value.into());
        self
    }
    /// Sets `ip_allowlist.config.activated`.
    pub fn ip_allowlist_config_activated(
        mut self,
        value: impl Into<AuditLogIpAllowlistConfigActivated>,
    ) -> Self {
        self.ip_allowlist_config_activated = Some(value.into());
        self
    }
    /// Sets `ip_allowlist.config.deactivated`.
    pub fn ip_allowlist_config_deactivated(
        mut self,
        value: impl Into<AuditLogIpAllowlistConfigDeactivated>,
    ) -> Self {
        self.ip_allowlist_config_deactivated = Some(value.into());
        self
    }
    /// Sets `login.succeeded`.
    pub fn login_succeeded(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.login_succeeded = Some(value.into());
        self
    }
    /// Sets `login.failed`.
    pub fn login_failed(mut self, value: impl Into<AuditLogLoginFailed>) -> Self {
        self.login_failed = Some(value.into());
        self
    }
    /// Sets `logout.succeeded`.
    pub fn logout_succeeded(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.logout_succeeded = Some(value.into());
        self
    }
    /// Sets `logout.failed`.
    pub fn logout_failed(mut self, value: impl Into<AuditLogLoginFailed>) -> Self {
        self.logout_failed = Some(value.into());
        self
    }
    /// Sets `organization.updated`.
    pub fn organization_updated(
        mut self,
        value: impl Into<AuditLogOrganizationUpdated>,
    ) -> Self {
        self.organization_updated = Some(Box::new(value.into()));
        self
    }
    /// Sets `project.created`.
    pub fn project_created(mut self, value: impl Into<AuditLogProjectCreated>) -> Self {
        self.project_created = Some(value.into());
        self
    }
    /// Sets `project.updated`.
    pub fn project_updated(mut self, value: impl Into<AuditLogProjectUpdated>) -> Self {
        self.project_updated = Some(value.into());
        self
    }
    /// Sets `project.archived`.
    pub fn project_archived(mut self, value: impl Into<AuditLogProjectDeleted>) -> Self {
        self.project_archived = Some(value.into());
        self
    }
    /// Sets `project.deleted`.
    pub fn project_deleted(mut self, value: impl Into<AuditLogProjectDeleted>) -> Self {
        self.project_deleted = Some(value.into());
        self
    }
    /// Sets `rate_limit.updated`.
    pub fn rate_limit_updated(
        mut self,
        value: impl Into<AuditLogRateLimitUpdated>,
    ) -> Self {
        self.rate_limit_updated = Some(value.into());
        self
    }
    /// Sets `rate_limit.deleted`.
    pub fn rate_limit_deleted(
        mut self,
        value: impl Into<AuditLogRateLimitDeleted>,
    ) -> Self {
        self.rate_limit_deleted = Some(value.into());
        self
    }
    /// Sets `role.created`.
    pub fn role_created(mut self, value: impl Into<AuditLogRoleCreated>) -> Self {
        self.role_created = Some(Box::new(value.into()));
        self
    }
    /// Sets `role.updated`.
    pub fn role_updated(mut self, value: impl Into<AuditLogRoleUpdated>) -> Self {
        self.role_updated = Some(Box::new(value.into()));
        self
    }
    /// Sets `role.deleted`.
    pub fn role_deleted(mut self, value: impl Into<AuditLogRoleDeleted>) -> Self {
        self.role_deleted = Some(value.into());
        self
    }
    /// Sets `role.assignment.created`.
    pub fn role_assignment_created(
        mut self,
        value: impl Into<AuditLogRoleAssignmentCreated>,
    ) -> Self {
        self.role_assignment_created = Some(Box::new(value.into()));
        self
    }
    /// Sets `role.assignment.deleted`.
    pub fn role_assignment_deleted(
        mut self,
        value: impl Into<AuditLogRoleAssignmentDeleted>,
    ) -> Self {
        self.role_assignment_deleted = Some(Box::new(value.into()));
        self
    }
    /// Sets `role.bound_to_resource`.
    pub fn role_bound_to_resource(
        mut self,
        value: impl Into<AuditLogRoleBoundToResource>,
    ) -> Self {
        self.role_bound_to_resource = Some(Box::new(value.into()));
        self
    }
    /// Sets `role.unbound_from_resource`.
    pub fn role_unbound_from_resource(
        mut self,
        value: impl Into<AuditLogRoleUnboundFromResource>,
    ) -> Self {
        self.role_unbound_from_resource = Some(Box::new(value.into()));
        self
    }
    /// Sets `service_account.created`.
    pub fn service_account_created(
        mut self,
        value: impl Into<AuditLogServiceAccountCreated>,
    ) -> Self {
        self.service_account_created = Some(value.into());
        self
    }
    /// Sets `service_account.updated`.
    pub fn service_account_updated(
        mut self,
        value: impl Into<AuditLogServiceAccountUpdated>,
    ) -> Self {
        self.service_account_updated = Some(value.into());
        self
    }
    /// Sets `service_account.deleted`.
    pub fn service_account_deleted(
        mut self,
        value: impl Into<AuditLogServiceAccountDeleted>,
    ) -> Self {
        self.service_account_deleted = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider.created`.
    pub fn workload_identity_provider_created(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderCreated>,
    ) -> Self {
        self.workload_identity_provider_created = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider.updated`.
    pub fn workload_identity_provider_updated(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderUpdated>,
    ) -> Self {
        self.workload_identity_provider_updated = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider.deleted`.
    pub fn workload_identity_provider_deleted(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderDeleted>,
    ) -> Self {
        self.workload_identity_provider_deleted = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider_mapping.created`.
    pub fn workload_identity_provider_mapping_created(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderMappingCreated>,
    ) -> Self {
        self.workload_identity_provider_mapping_created = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider_mapping.updated`.
    pub fn workload_identity_provider_mapping_updated(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderMappingUpdated>,
    ) -> Self {
        self.workload_identity_provider_mapping_updated = Some(value.into());
        self
    }
    /// Sets `workload_identity_provider_mapping.deleted`.
    pub fn workload_identity_provider_mapping_deleted(
        mut self,
        value: impl Into<AuditLogWorkloadIdentityProviderMappingDeleted>,
    ) -> Self {
        self.workload_identity_provider_mapping_deleted = Some(value.into());
        self
    }
    /// Sets `user.added`.
    pub fn user_added(mut self, value: impl Into<AuditLogUserAdded>) -> Self {
        self.user_added = Some(value.into());
        self
    }
    /// Sets `user.updated`.
    pub fn user_updated(mut self, value: impl Into<AuditLogUserUpdated>) -> Self {
        self.user_updated = Some(value.into());
        self
    }
    /// Sets `user.deleted`.
    pub fn user_deleted(mut self, value: impl Into<AuditLogUserDeleted>) -> Self {
        self.user_deleted = Some(value.into());
        self
    }
    /// Sets `certificate.created`.
    pub fn certificate_created(
        mut self,
        value: impl Into<AuditLogCertificateCreated>,
    ) -> Self {
        self.certificate_created = Some(value.into());
        self
    }
    /// Sets `certificate.updated`.
    pub fn certificate_updated(
        mut self,
        value: impl Into<AuditLogCertificateCreated>,
    ) -> Self {
        self.certificate_updated = Some(value.into());
        self
    }
    /// Sets `certificate.deleted`.
    pub fn certificate_deleted(
        mut self,
        value: impl Into<AuditLogCertificateDeleted>,
    ) -> Self {
        self.certificate_deleted = Some(value.into());
        self
    }
    /// Sets `certificates.activated`.
    pub fn certificates_activated(
        mut self,
        value: impl Into<AuditLogCertificatesActivated>,
    ) -> Self {
        self.certificates_activated = Some(value.into());
        self
    }
    /// Sets `certificates.deactivated`.
    pub fn certificates_deactivated(
        mut self,
        value: impl Into<AuditLogCertificatesActivated>,
    ) -> Self {
        self.certificates_deactivated = Some(value.into());
        self
    }
}
/// The event type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditLogEventType {
    /// `api_key.created`
    ApiKeyCreated,
    /// `api_key.updated`
    ApiKeyUpdated,
    /// `api_key.deleted`
    ApiKeyDeleted,
    /// `certificate.created`
    CertificateCreated,
    /// `certificate.updated`
    CertificateUpdated,
    /// `certificate.deleted`
    CertificateDeleted,
    /// `certificates.activated`
    CertificatesActivated,
    /// `certificates.deactivated`
    CertificatesDeactivated,
    /// `checkpoint.permission.created`
    CheckpointPermissionCreated,
    /// `checkpoint.permission.deleted`
    CheckpointPermissionDeleted,
    /// `external_key.registered`
    ExternalKeyRegistered,
    /// `external_key.removed`
    ExternalKeyRemoved,
    /// `group.created`
    GroupCreated,
    /// `group.updated`
    GroupUpdated,
    /// `group.deleted`
    GroupDeleted,
    /// `invite.sent`
    InviteSent,
    /// `invite.accepted`
    InviteAccepted,
    /// `invite.deleted`
    InviteDeleted,
    /// `ip_allowlist.created`
    IpAllowlistCreated,
    /// `ip_allowlist.updated`
    IpAllowlistUpdated,
    /// `ip_allowlist.deleted`
    IpAllowlistDeleted,
    /// `ip_allowlist.config.activated`
    IpAllowlistConfigActivated,
    /// `ip_allowlist.config.deactivated`
    IpAllowlistConfigDeactivated,
    /// `login.succeeded`
    LoginSucceeded,
    /// `login.failed`
    LoginFailed,
    /// `logout.succeeded`
    LogoutSucceeded,
    /// `logout.failed`
    LogoutFailed,
    /// `organization.updated`
    OrganizationUpdated,
    /// `project.created`
    ProjectCreated,
    /// `project.updated`
    ProjectUpdated,
    /// `project.archived`
    ProjectArchived,
    /// `project.deleted`
    ProjectDeleted,
    /// `rate_limit.updated`
    RateLimitUpdated,
    /// `rate_limit.deleted`
    RateLimitDeleted,
    /// `resource.deleted`
    ResourceDeleted,
    /// `tunnel.created`
    TunnelCreated,
    /// `tunnel.updated`
    TunnelUpdated,
    /// `tunnel.deleted`
    TunnelDeleted,
    /// `workload_identity_provider.created`
    WorkloadIdentityProviderCreated,
    /// `workload_identity_provider.updated`
    WorkloadIdentityProviderUpdated,
    /// `workload_identity_provider.deleted`
    WorkloadIdentityProviderDeleted,
    /// `workload_identity_provider_mapping.created`
    WorkloadIdentityProviderMappingCreated,
    /// `workload_identity_provider_mapping.updated`
    WorkloadIdentityProviderMappingUpdated,
    /// `workload_identity_provider_mapping.deleted`
    WorkloadIdentityProviderMappingDeleted,
    /// `role.created`
    RoleCreated,
    /// `role.updated`
    RoleUpdated,
    /// `role.deleted`
    RoleDeleted,
    /// `role.assignment.created`
    RoleAssignmentCreated,
    /// `role.assignment.deleted`
    RoleAssignmentDeleted,
    /// `role.bound_to_resource`
    RoleBoundToResource,
    /// `role.unbound_from_resource`
    RoleUnboundFromResource,
    /// `scim.enabled`
    ScimEnabled,
    /// `scim.disabled`
    ScimDisabled,
    /// `service_account.created`
    ServiceAccountCreated,
    /// `service_account.updated`
    ServiceAccountUpdated,
    /// `service_account.deleted`
    ServiceAccountDeleted,
    /// `user.added`
    UserAdded,
    /// `user.updated`
    UserUpdated,
    /// `user.deleted`
    UserDeleted,
    /// `tenant.metadata.updated`
    TenantMetadataUpdated,
    /// `tenant.microsoft_entra_mapping.upserted`
    TenantMicrosoftEntraMappingUpserted,
    /// `tenant.microsoft_entra_mapping.deleted`
    TenantMicrosoftEntraMappingDeleted,
    /// `tenant.workload_identity.provider.created`
    TenantWorkloadIdentityProviderCreated,
    /// `tenant.workload_identity.provider.updated`
    TenantWorkloadIdentityProviderUpdated,
    /// `tenant.workload_identity.provider.archived`
    TenantWorkloadIdentityProviderArchived,
    /// `tenant.workload_identity.mapping.created`
    TenantWorkloadIdentityMappingCreated,
    /// `tenant.workload_identity.mapping.updated`
    TenantWorkloadIdentityMappingUpdated,
    /// `tenant.workload_identity.mapping.archived`
    TenantWorkloadIdentityMappingArchived,
    /// `tenant.workload_identity.binding.created`
    TenantWorkloadIdentityBindingCreated,
    /// `tenant.workload_identity.principal.provisioned`
    TenantWorkloadIdentityPrincipalProvisioned,
    /// `tenant.workload_identity.access_token.issued`
    TenantWorkloadIdentityAccessTokenIssued,
    /// `tenant.admin_api_key.created`
    TenantAdminApiKeyCreated,
    /// `tenant.admin_api_key.updated`
    TenantAdminApiKeyUpdated,
    /// `tenant.admin_api_key.deleted`
    TenantAdminApiKeyDeleted,
    /// `tenant.project_api_key.created`
    TenantProjectApiKeyCreated,
    /// `tenant.chatgpt_access_token.revoked`
    TenantChatgptAccessTokenRevoked,
    /// `tenant.migration.completed`
    TenantMigrationCompleted,
    /// `tenant.sso.migrated`
    TenantSsoMigrated,
    /// `tenant.domains.migrated`
    TenantDomainsMigrated,
    /// `tenant.sso_connection.created`
    TenantSsoConnectionCreated,
    /// `tenant.sso_connection.updated`
    TenantSsoConnectionUpdated,
    /// `tenant.sso_connection.deleted`
    TenantSsoConnectionDeleted,
    /// `tenant.sso_connection.setup.started`
    TenantSsoConnectionSetupStarted,
    /// `tenant.policy.created`
    TenantPolicyCreated,
    /// `tenant.policy.updated`
    TenantPolicyUpdated,
    /// `tenant.policy.deleted`
    TenantPolicyDeleted,
    /// `tenant.policy.attached`
    TenantPolicyAttached,
    /// `tenant.policy.detached`
    TenantPolicyDetached,
    /// `tenant.principal_authentication_policy.resolved`
    TenantPrincipalAuthenticationPolicyResolved,
    /// `tenant.scim.setup.started`
    TenantScimSetupStarted,
    /// `tenant.scim.deletion.requested`
    TenantScimDeletionRequested,
    /// `tenant.scim.directory.created`
    TenantScimDirectoryCreated,
    /// `tenant.product_access_policy.updated`
    TenantProductAccessPolicyUpdated,
    /// `tenant.resource_share_grant.created`
    TenantResourceShareGrantCreated,
    /// `tenant.resource_share_grant.updated`
    TenantResourceShareGrantUpdated,
    /// `tenant.resource_share_grant.accepted`
    TenantResourceShareGrantAccepted,
    /// `tenant.resource_share_grant.declined`
    TenantResourceShareGrantDeclined,
    /// `tenant.resource_share_grant.revoked`
    TenantResourceShareGrantRevoked,
    /// `tenant.resource_share_grant.deleted`
    TenantResourceShareGrantDeleted,
    /// `tenant.service_account.updated`
    TenantServiceAccountUpdated,
    /// `tenant.service_account.deleted`
    TenantServiceAccountDeleted,
    /// `tenant.service_account.token.revoked`
    TenantServiceAccountTokenRevoked,
    /// `tenant.billing.overage_limit.updated`
    TenantBillingOverageLimitUpdated,
    /// `tenant.billing.alerts.updated`
    TenantBillingAlertsUpdated,
    /// `tenant.billing.info.updated`
    TenantBillingInfoUpdated,
    /// `tenant.usage_limit.workspace.updated`
    TenantUsageLimitWorkspaceUpdated,
    /// `tenant.usage_limit.group.updated`
    TenantUsageLimitGroupUpdated,
    /// `tenant.usage_limit.user.updated`
    TenantUsageLimitUserUpdated,
    /// `tenant.usage_limit.increase_request.updated`
    TenantUsageLimitIncreaseRequestUpdated,
    /// `tenant.usage_limit.increase_request.resolved`
    TenantUsageLimitIncreaseRequestResolved,
    /// `tenant.group.created`
    TenantGroupCreated,
    /// `tenant.group.updated`
    TenantGroupUpdated,
    /// `tenant.group.deleted`
    TenantGroupDeleted,
    /// `tenant.group.member.added`
    TenantGroupMemberAdded,
    /// `tenant.group.member.removed`
    TenantGroupMemberRemoved,
    /// `tenant.migration_rollout.status.updated`
    TenantMigrationRolloutStatusUpdated,
    /// `tenant.migration_rollout.tier.updated`
    TenantMigrationRolloutTierUpdated,
    /// `tenant.role.metadata.updated`
    TenantRoleMetadataUpdated,
    /// `tenant.custom_role.created`
    TenantCustomRoleCreated,
    /// `tenant.custom_role.updated`
    TenantCustomRoleUpdated,
    /// `tenant.custom_role.deleted`
    TenantCustomRoleDeleted,
    /// `tenant.role_assignment.created`
    TenantRoleAssignmentCreated,
    /// `tenant.role_assignment.deleted`
    TenantRoleAssignmentDeleted,
    /// `tenant.resource_role_assignment.created`
    TenantResourceRoleAssignmentCreated,
    /// `tenant.resource_role_assignment.deleted`
    TenantResourceRoleAssignmentDeleted,
    /// `tenant.resource_access.updated`
    TenantResourceAccessUpdated,
    /// `tenant.resource_access.deleted`
    TenantResourceAccessDeleted,
    /// `tenant.ads_account.onboarding.redemption`
    TenantAdsAccountOnboardingRedemption,
    /// `tenant.session_policy.created`
    TenantSessionPolicyCreated,
    /// `tenant.session_policy.updated`
    TenantSessionPolicyUpdated,
    /// `tenant.session_policy.deleted`
    TenantSessionPolicyDeleted,
    /// `tenant.session_revocation.started`
    TenantSessionRevocationStarted,
    /// `tenant.third_party_app_policy.updated`
    TenantThirdPartyAppPolicyUpdated,
    /// `tenant.user.added`
    TenantUserAdded,
    /// `tenant.user.updated`
    TenantUserUpdated,
    /// `tenant.user.removed`
    TenantUserRemoved,
    /// `tenant.user.looked_up`
    TenantUserLookedUp,
    /// `tenant.user.invited`
    TenantUserInvited,
    /// `tenant.membership.revoked`
    TenantMembershipRevoked,
    /// `tenant.api_organization_invite.upserted`
    TenantApiOrganizationInviteUpserted,
    /// `tenant.api_organization_invite.deleted`
    TenantApiOrganizationInviteDeleted,
    /// `tenant.chatgpt_workspace_invite.upserted`
    TenantChatgptWorkspaceInviteUpserted,
    /// `tenant.membership.accepted`
    TenantMembershipAccepted,
    /// `tenant.membership.declined`
    TenantMembershipDeclined,
    /// `tenant.workspace_invite_email_settings.updated`
    TenantWorkspaceInviteEmailSettingsUpdated,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AuditLogEventType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKeyCreated => "api_key.created",
            Self::ApiKeyUpdated => "api_key.updated",
            Self::ApiKeyDeleted => "api_key.deleted",
            Self::CertificateCreated => "certificate.created",
            Self::CertificateUpdated => "certificate.updated",
            Self::CertificateDeleted => "certificate.deleted",
            Self::CertificatesActivated => "certificates.activated",
            Self::CertificatesDeactivated => "certificates.deactivated",
            Self::CheckpointPermissionCreated => "checkpoint.permission.created",
            Self::CheckpointPermissionDeleted => "checkpoint.permission.deleted",
            Self::ExternalKeyRegistered => "external_key.registered",
            Self::ExternalKeyRemoved => "external_key.removed",
            Self::GroupCreated => "group.created",
            Self::GroupUpdated => "group.updated",
            Self::GroupDeleted => "group.deleted",
            Self::InviteSent => "invite.sent",
            Self::InviteAccepted => "invite.accepted",
            Self::InviteDeleted => "invite.deleted",
            Self::IpAllowlistCreated => "ip_allowlist.created",
            Self::IpAllowlistUpdated => "ip_allowlist.updated",
            Self::IpAllowlistDeleted => "ip_allowlist.deleted",
            Self::IpAllowlistConfigActivated => "ip_allowlist.config.activated",
            Self::IpAllowlistConfigDeactivated => "ip_allowlist.config.deactivated",
            Self::LoginSucceeded => "login.succeeded",
            Self::LoginFailed => "login.failed",
            Self::LogoutSucceeded => "logout.succeeded",
            Self::LogoutFailed => "logout.failed",
            Self::OrganizationUpdated => "organization.updated",
            Self::ProjectCreated => "project.created",
            Self::ProjectUpdated => "project.updated",
            Self::ProjectArchived => "project.archived",
            Self::ProjectDeleted => "project.deleted",
            Self::RateLimitUpdated => "rate_limit.updated",
            Self::RateLimitDeleted => "rate_limit.deleted",
            Self::ResourceDeleted => "resource.deleted",
            Self::TunnelCreated => "tunnel.created",
            Self::TunnelUpdated => "tunnel.updated",
            Self::TunnelDeleted => "tunnel.deleted",
            Self::WorkloadIdentityProviderCreated => "workload_identity_provider.created",
            Self::WorkloadIdentityProviderUpdated => "workload_identity_provider.updated",
            Self::WorkloadIdentityProviderDeleted => "workload_identity_provider.deleted",
            Self::WorkloadIdentityProviderMappingCreated => {
                "workload_identity_provider_mapping.created"
            }
            Self::WorkloadIdentityProviderMappingUpdated => {
                "workload_identity_provider_mapping.updated"
            }
            Self::WorkloadIdentityProviderMappingDeleted => {
                "workload_identity_provider_mapping.deleted"
            }
            Self::RoleCreated => "role.created",
            Self::RoleUpdated => "role.updated",
            Self::RoleDeleted => "role.deleted",
            Self::RoleAssignmentCreated => "role.assignment.created",
            Self::RoleAssignmentDeleted => "role.assignment.deleted",
            Self::RoleBoundToResource => "role.bound_to_resource",
            Self::RoleUnboundFromResource => "role.unbound_from_resource",
            Self::ScimEnabled => "scim.enabled",
            Self::ScimDisabled => "scim.disabled",
            Self::ServiceAccountCreated => "service_account.created",
            Self::ServiceAccountUpdated => "service_account.updated",
            Self::ServiceAccountDeleted => "service_account.deleted",
            Self::UserAdded => "user.added",
            Self::UserUpdated => "user.updated",
            Self::UserDeleted => "user.deleted",
            Self::TenantMetadataUpdated => "tenant.metadata.updated",
            Self::TenantMicrosoftEntraMappingUpserted => {
                "tenant.microsoft_entra_mapping.upserted"
            }
            Self::TenantMicrosoftEntraMappingDeleted => {
                "tenant.microsoft_entra_mapping.deleted"
            }
            Self::TenantWorkloadIdentityProviderCreated => {
                "tenant.workload_identity.provider.created"
            }
            Self::TenantWorkloadIdentityProviderUpdated => {
                "tenant.workload_identity.provider.updated"
            }
            Self::TenantWorkloadIdentityProviderArchived => {
                "tenant.workload_identity.provider.archived"
            }
            Self::TenantWorkloadIdentityMappingCreated => {
                "tenant.workload_identity.mapping.created"
            }
            Self::TenantWorkloadIdentityMappingUpdated => {
                "tenant.workload_identity.mapping.updated"
            }
            Self::TenantWorkloadIdentityMappingArchived => {
                "tenant.workload_identity.mapping.archived"
            }
            Self::TenantWorkloadIdentityBindingCreated => {
                "tenant.workload_identity.binding.created"
            }
            Self::TenantWorkloadIdentityPrincipalProvisioned => {
                "tenant.workload_identity.principal.provisioned"
            }
            Self::TenantWorkloadIdentityAccessTokenIssued => {
                "tenant.workload_identity.access_token.issued"
            }
            Self::TenantAdminApiKeyCreated => "tenant.admin_api_key.created",
            Self::TenantAdminApiKeyUpdated => "tenant.admin_api_key.updated",
            Self::TenantAdminApiKeyDeleted => "tenant.admin_api_key.deleted",
            Self::TenantProjectApiKeyCreated => "tenant.project_api_key.created",
            Self::TenantChatgptAccessTokenRevoked => {
                "tenant.chatgpt_access_token.revoked"
            }
            Self::TenantMigrationCompleted => "tenant.migration.completed",
            Self::TenantSsoMigrated => "tenant.sso.migrated",
            Self::TenantDomainsMigrated => "tenant.domains.migrated",
            Self::TenantSsoConnectionCreated => "tenant.sso_connection.created",
            Self::TenantSsoConnectionUpdated => "tenant.sso_connection.updated",
            Self::TenantSsoConnectionDeleted => "tenant.sso_connection.deleted",
            Self::TenantSsoConnectionSetupStarted => {
                "tenant.sso_connection.setup.started"
            }
            Self::TenantPolicyCreated => "tenant.policy.created",
            Self::TenantPolicyUpdated => "tenant.policy.updated",
            Self::TenantPolicyDeleted => "tenant.policy.deleted",
            Self::TenantPolicyAttached => "tenant.policy.attached",
            Self::TenantPolicyDetached => "tenant.policy.detached",
            Self::TenantPrincipalAuthenticationPolicyResolved => {
                "tenant.principal_authentication_policy.resolved"
            }
            Self::TenantScimSetupStarted => "tenant.scim.setup.started",
            Self::TenantScimDeletionRequested => "tenant.scim.deletion.requested",
            Self::TenantScimDirectoryCreated => "tenant.scim.directory.created",
            Self::TenantProductAccessPolicyUpdated => {
                "tenant.product_access_policy.updated"
            }
            Self::TenantResourceShareGrantCreated => {
                "tenant.resource_share_grant.created"
            }
            Self::TenantResourceShareGrantUpdated => {
                "tenant.resource_share_grant.updated"
            }
            Self::TenantResourceShareGrantAccepted => {
                "tenant.resource_share_grant.accepted"
            }
            Self::TenantResourceShareGrantDeclined => {
                "tenant.resource_share_grant.declined"
            }
            Self::TenantResourceShareGrantRevoked => {
                "tenant.resource_share_grant.revoked"
            }
            Self::TenantResourceShareGrantDeleted => {
                "tenant.resource_share_grant.deleted"
            }
            Self::TenantServiceAccountUpdated => "tenant.service_account.updated",
            Self::TenantServiceAccountDeleted => "tenant.service_account.deleted",
            Self::TenantServiceAccountTokenRevoked => {
                "tenant.service_account.token.revoked"
            }
            Self::TenantBillingOverageLimitUpdated => {
                "tenant.billing.overage_limit.updated"
            }
            Self::TenantBillingAlertsUpdated => "tenant.billing.alerts.updated",
            Self::TenantBillingInfoUpdated => "tenant.billing.info.updated",
            Self::TenantUsageLimitWorkspaceUpdated => {
                "tenant.usage_limit.workspace.updated"
            }
            Self::TenantUsageLimitGroupUpdated => "tenant.usage_limit.group.updated",
            Self::TenantUsageLimitUserUpdated => "tenant.usage_limit.user.updated",
            Self::TenantUsageLimitIncreaseRequestUpdated => {
                "tenant.usage_limit.increase_request.updated"
            }
            Self::TenantUsageLimitIncreaseRequestResolved => {
                "tenant.usage_limit.increase_request.resolved"
            }
            Self::TenantGroupCreated => "tenant.group.created",
            Self::TenantGroupUpdated => "tenant.group.updated",
            Self::TenantGroupDeleted => "tenant.group.deleted",
            Self::TenantGroupMemberAdded => "tenant.group.member.added",
            Self::TenantGroupMemberRemoved => "tenant.group.member.removed",
            Self::TenantMigrationRolloutStatusUpdated => {
                "tenant.migration_rollout.status.updated"
            }
            Self::TenantMigrationRolloutTierUpdated => {
                "tenant.migration_rollout.tier.updated"
            }
            Self::TenantRoleMetadataUpdated => "tenant.role.metadata.updated",
            Self::TenantCustomRoleCreated => "tenant.custom_role.created",
            Self::TenantCustomRoleUpdated => "tenant.custom_role.updated",
            Self::TenantCustomRoleDeleted => "tenant.custom_role.deleted",
            Self::TenantRoleAssignmentCreated => "tenant.role_assignment.created",
            Self::TenantRoleAssignmentDeleted => "tenant.role_assignment.deleted",
            Self::TenantResourceRoleAssignmentCreated => {
                "tenant.resource_role_assignment.created"
            }
            Self::TenantResourceRoleAssignmentDeleted => {
                "tenant.resource_role_assignment.deleted"
            }
            Self::TenantResourceAccessUpdated => "tenant.resource_access.updated",
            Self::TenantResourceAccessDeleted => "tenant.resource_access.deleted",
            Self::TenantAdsAccountOnboardingRedemption => {
                "tenant.ads_account.onboarding.redemption"
            }
            Self::TenantSessionPolicyCreated => "tenant.session_policy.created",
            Self::TenantSessionPolicyUpdated => "tenant.session_policy.updated",
            Self::TenantSessionPolicyDeleted => "tenant.session_policy.deleted",
            Self::TenantSessionRevocationStarted => "tenant.session_revocation.started",
            Self::TenantThirdPartyAppPolicyUpdated => {
                "tenant.third_party_app_policy.updated"
            }
            Self::TenantUserAdded => "tenant.user.added",
            Self::TenantUserUpdated => "tenant.user.updated",
            Self::TenantUserRemoved => "tenant.user.removed",
            Self::TenantUserLookedUp => "tenant.user.looked_up",
            Self::TenantUserInvited => "tenant.user.invited",
            Self::TenantMembershipRevoked => "tenant.membership.revoked",
            Self::TenantApiOrganizationInviteUpserted => {
                "tenant.api_organization_invite.upserted"
            }
            Self::TenantApiOrganizationInviteDeleted => {
                "tenant.api_organization_invite.deleted"
            }
            Self::TenantChatgptWorkspaceInviteUpserted => {
                "tenant.chatgpt_workspace_invite.upserted"
            }
            Self::TenantMembershipAccepted => "tenant.membership.accepted",
            Self::TenantMembershipDeclined => "tenant.membership.declined",
            Self::TenantWorkspaceInviteEmailSettingsUpdated => {
                "tenant.workspace_invite_email_settings.updated"
            }
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "api_key.created" => Self::ApiKeyCreated,
            "api_key.updated" => Self::ApiKeyUpdated,
            "api_key.deleted" => Self::ApiKeyDeleted,
            "certificate.created" => Self::CertificateCreated,
            "certificate.updated" => Self::CertificateUpdated,
            "certificate.deleted" => Self::CertificateDeleted,
            "certificates.activated" => Self::CertificatesActivated,
            "certificates.deactivated" => Self::CertificatesDeactivated,
            "checkpoint.permission.created" => Self::CheckpointPermissionCreated,
            "checkpoint.permission.deleted" => Self::CheckpointPermissionDeleted,
            "external_key.registered" => Self::ExternalKeyRegistered,
            "external_key.removed" => Self::ExternalKeyRemoved,
            "group.created" => Self::GroupCreated,
            "group.updated" => Self::GroupUpdated,
            "group.deleted" => Self::GroupDeleted,
            "invite.sent" => Self::InviteSent,
            "invite.accepted" => Self::InviteAccepted,
            "invite.deleted" => Self::InviteDeleted,
            "ip_allowlist.created" => Self::IpAllowlistCreated,
            "ip_allowlist.updated" => Self::IpAllowlistUpdated,
            "ip_allowlist.deleted" => Self::IpAllowlistDeleted,
            "ip_allowlist.config.activated" => Self::IpAllowlistConfigActivated,
            "ip_allowlist.config.deactivated" => Self::IpAllowlistConfigDeactivated,
            "login.succeeded" => Self::LoginSucceeded,
            "login.failed" => Self::LoginFailed,
            "logout.succeeded" => Self::LogoutSucceeded,
            "logout.failed" => Self::LogoutFailed,
            "organization.updated" => Self::OrganizationUpdated,
            "project.created" => Self::ProjectCreated,
            "project.updated" => Self::ProjectUpdated,
            "project.archived" => Self::ProjectArchived,
            "project.deleted" => Self::ProjectDeleted,
            "rate_limit.updated" => Self::RateLimitUpdated,
            "rate_limit.deleted" => Self::RateLimitDeleted,
            "resource.deleted" => Self::ResourceDeleted,
            "tunnel.created" => Self::TunnelCreated,
            "tunnel.updated" => Self::TunnelUpdated,
            "tunnel.deleted" => Self::TunnelDeleted,
            "workload_identity_provider.created" => Self::WorkloadIdentityProviderCreated,
            "workload_identity_provider.updated" => Self::WorkloadIdentityProviderUpdated,
            "workload_identity_provider.deleted" => Self::WorkloadIdentityProviderDeleted,
            "workload_identity_provider_mapping.created" => {
                Self::WorkloadIdentityProviderMappingCreated
            }
            "workload_identity_provider_mapping.updated" => {
                Self::WorkloadIdentityProviderMappingUpdated
            }
            "workload_identity_provider_mapping.deleted" => {
                Self::WorkloadIdentityProviderMappingDeleted
            }
            "role.created" => Self::RoleCreated,
            "role.updated" => Self::RoleUpdated,
            "role.deleted" => Self::RoleDeleted,
            "role.assignment.created" => Self::RoleAssignmentCreated,
            "role.assignment.deleted" => Self::RoleAssignmentDeleted,
            "role.bound_to_resource" => Self::RoleBoundToResource,
            "role.unbound_from_resource" => Self::RoleUnboundFromResource,
            "scim.enabled" => Self::ScimEnabled,
            "scim.disabled" => Self::ScimDisabled,
            "service_account.created" => Self::ServiceAccountCreated,
            "service_account.updated" => Self::ServiceAccountUpdated,
            "service_account.deleted" => Self::ServiceAccountDeleted,
            "user.added" => Self::UserAdded,
            "user.updated" => Self::UserUpdated,
            "user.deleted" => Self::UserDeleted,
            "tenant.metadata.updated" => Self::TenantMetadataUpdated,
            "tenant.microsoft_entra_mapping.upserted" => {
                Self::TenantMicrosoftEntraMappingUpserted
            }
            "tenant.microsoft_entra_mapping.deleted" => {
                Self::TenantMicrosoftEntraMappingDeleted
            }
            "tenant.workload_identity.provider.created" => {
                Self::TenantWorkloadIdentityProviderCreated
            }
            "tenant.workload_identity.provider.updated" => {
                Self::TenantWorkloadIdentityProviderUpdated
            }
            "tenant.workload_identity.provider.archived" => {
                Self::TenantWorkloadIdentityProviderArchived
            }
            "tenant.workload_identity.mapping.created" => {
                Self::TenantWorkloadIdentityMappingCreated
            }
            "tenant.workload_identity.mapping.updated" => {
                Self::TenantWorkloadIdentityMappingUpdated
            }
            "tenant.workload_identity.mapping.archived" => {
                Self::TenantWorkloadIdentityMappingArchived
            }
            "tenant.workload_identity.binding.created" => {
                Self::TenantWorkloadIdentityBindingCreated
            }
            "tenant.workload_identity.principal.provisioned" => {
                Self::TenantWorkloadIdentityPrincipalProvisioned
            }
            "tenant.workload_identity.access_token.issued" => {
                Self::TenantWorkloadIdentityAccessTokenIssued
            }
            "tenant.admin_api_key.created" => Self::TenantAdminApiKeyCreated,
            "tenant.admin_api_key.updated" => Self::TenantAdminApiKeyUpdated,
            "tenant.admin_api_key.deleted" => Self::TenantAdminApiKeyDeleted,
            "tenant.project_api_key.created" => Self::TenantProjectApiKeyCreated,
            "tenant.chatgpt_access_token.revoked" => {
                Self::TenantChatgptAccessTokenRevoked
            }
            "tenant.migration.completed" => Self::TenantMigrationCompleted,
            "tenant.sso.migrated" => Self::TenantSsoMigrated,
            "tenant.domains.migrated" => Self::TenantDomainsMigrated,
            "tenant.sso_connection.created" => Self::TenantSsoConnectionCreated,
            "tenant.sso_connection.updated" => Self::TenantSsoConnectionUpdated,
            "tenant.sso_connection.deleted" => Self::TenantSsoConnectionDeleted,
            "tenant.sso_connection.setup.started" => {
                Self::TenantSsoConnectionSetupStarted
            }
            "tenant.policy.created" => Self::TenantPolicyCreated,
            "tenant.policy.updated" => Self::TenantPolicyUpdated,
            "tenant.policy.deleted" => Self::TenantPolicyDeleted,
            "tenant.policy.attached" => Self::TenantPolicyAttached,
            "tenant.policy.detached" => Self::TenantPolicyDetached,
            "tenant.principal_authentication_policy.resolved" => {
                Self::TenantPrincipalAuthenticationPolicyResolved
            }
            "tenant.scim.setup.started" => Self::TenantScimSetupStarted,
            "tenant.scim.deletion.requested" => Self::TenantScimDeletionRequested,
            "tenant.scim.directory.created" => Self::TenantScimDirectoryCreated,
            "tenant.product_access_policy.updated" => {
                Self::TenantProductAccessPolicyUpdated
            }
            "tenant.resource_share_grant.created" => {
                Self::TenantResourceShareGrantCreated
            }
            "tenant.resource_share_grant.updated" => {
                Self::TenantResourceShareGrantUpdated
            }
            "tenant.resource_share_grant.accepted" => {
                Self::TenantResourceShareGrantAccepted
            }
            "tenant.resource_share_grant.declined" => {
                Self::TenantResourceShareGrantDeclined
            }
            "tenant.resource_share_grant.revoked" => {
                Self::TenantResourceShareGrantRevoked
            }
            "tenant.resource_share_grant.deleted" => {
                Self::TenantResourceShareGrantDeleted
            }
            "tenant.service_account.updated" => Self::TenantServiceAccountUpdated,
            "tenant.service_account.deleted" => Self::TenantServiceAccountDeleted,
            "tenant.service_account.token.revoked" => {
                Self::TenantServiceAccountTokenRevoked
            }
            "tenant.billing.overage_limit.updated" => {
                Self::TenantBillingOverageLimitUpdated
            }
            "tenant.billing.alerts.updated" => Self::TenantBillingAlertsUpdated,
            "tenant.billing.info.updated" => Self::TenantBillingInfoUpdated,
            "tenant.usage_limit.workspace.updated" => {
                Self::TenantUsageLimitWorkspaceUpdated
            }
            "tenant.usage_limit.group.updated" => Self::TenantUsageLimitGroupUpdated,
            "tenant.usage_limit.user.updated" => Self::TenantUsageLimitUserUpdated,
            "tenant.usage_limit.increase_request.updated" => {
                Self::TenantUsageLimitIncreaseRequestUpdated
            }
            "tenant.usage_limit.increase_request.resolved" => {
                Self::TenantUsageLimitIncreaseRequestResolved
            }
            "tenant.group.created" => Self::TenantGroupCreated,
            "tenant.group.updated" => Self::TenantGroupUpdated,
            "tenant.group.deleted" => Self::TenantGroupDeleted,
            "tenant.group.member.added" => Self::TenantGroupMemberAdded,
            "tenant.group.member.removed" => Self::TenantGroupMemberRemoved,
            "tenant.migration_rollout.status.updated" => {
                Self::TenantMigrationRolloutStatusUpdated
            }
            "tenant.migration_rollout.tier.updated" => {
                Self::TenantMigrationRolloutTierUpdated
            }
            "tenant.role.metadata.updated" => Self::TenantRoleMetadataUpdated,
            "tenant.custom_role.created" => Self::TenantCustomRoleCreated,
            "tenant.custom_role.updated" => Self::TenantCustomRoleUpdated,
            "tenant.custom_role.deleted" => Self::TenantCustomRoleDeleted,
            "tenant.role_assignment.created" => Self::TenantRoleAssignmentCreated,
            "tenant.role_assignment.deleted" => Self::TenantRoleAssignmentDeleted,
            "tenant.resource_role_assignment.created" => {
                Self::TenantResourceRoleAssignmentCreated
            }
            "tenant.resource_role_assignment.deleted" => {
                Self::TenantResourceRoleAssignmentDeleted
            }
            "tenant.resource_access.updated" => Self::TenantResourceAccessUpdated,
            "tenant.resource_access.deleted" => Self::TenantResourceAccessDeleted,
            "tenant.ads_account.onboarding.redemption" => {
                Self::TenantAdsAccountOnboardingRedemption
            }
            "tenant.session_policy.created" => Self::TenantSessionPolicyCreated,
            "tenant.session_policy.updated" => Self::TenantSessionPolicyUpdated,
            "tenant.session_policy.deleted" => Self::TenantSessionPolicyDeleted,
            "tenant.session_revocation.started" => Self::TenantSessionRevocationStarted,
            "tenant.third_party_app_policy.updated" => {
                Self::TenantThirdPartyAppPolicyUpdated
            }
            "tenant.user.added" => Self::TenantUserAdded,
            "tenant.user.updated" => Self::TenantUserUpdated,
            "tenant.user.removed" => Self::TenantUserRemoved,
            "tenant.user.looked_up" => Self::TenantUserLookedUp,
            "tenant.user.invited" => Self::TenantUserInvited,
            "tenant.membership.revoked" => Self::TenantMembershipRevoked,
            "tenant.api_organization_invite.upserted" => {
                Self::TenantApiOrganizationInviteUpserted
            }
            "tenant.api_organization_invite.deleted" => {
                Self::TenantApiOrganizationInviteDeleted
            }
            "tenant.chatgpt_workspace_invite.upserted" => {
                Self::TenantChatgptWorkspaceInviteUpserted
            }
            "tenant.membership.accepted" => Self::TenantMembershipAccepted,
            "tenant.membership.declined" => Self::TenantMembershipDeclined,
            "tenant.workspace_invite_email_settings.updated" => {
                Self::TenantWorkspaceInviteEmailSettingsUpdated
            }
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AuditLogEventType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AuditLogEventType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AuditLogEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AuditLogEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AuditLogEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AuditLogEventType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProject {
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The project title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogProject {
    const NAME: &'static str = "AuditLogProject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name })
    }
}
impl<'de> Deserialize<'de> for AuditLogProject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProject {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, name: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The actor who performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogActor {
    /// The type of actor. Is either `session` or `api_key`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AuditLogActorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<AuditLogActorSession>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Box<AuditLogActorApiKey>>,
}
impl sdk_runtime_types::de::Object for AuditLogActor {
    const NAME: &'static str = "AuditLogActor";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AuditLogActorType> = None;
        let mut session: Option<AuditLogActorSession> = None;
        let mut api_key: Option<Box<AuditLogActorApiKey>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "session" => 1,
                    "api_key" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut session),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut api_key),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, session, api_key })
    }
}
impl<'de> Deserialize<'de> for AuditLogActor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogActor {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            session: None,
            api_key: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AuditLogActorType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `session`.
    pub fn session(mut self, value: impl Into<AuditLogActorSession>) -> Self {
        self.session = Some(value.into());
        self
    }
    /// Sets `api_key`.
    pub fn api_key(mut self, value: impl Into<AuditLogActorApiKey>) -> Self {
        self.api_key = Some(Box::new(value.into()));
        self
    }
}
/// The type of actor. Is either `session` or `api_key`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditLogActorType {
    /// `session`
    Session,
    /// `api_key`
    ApiKey,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AuditLogActorType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Session => "session",
            Self::ApiKey => "api_key",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "session" => Self::Session,
            "api_key" => Self::ApiKey,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AuditLogActorType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AuditLogActorType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AuditLogActorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AuditLogActorType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AuditLogActorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AuditLogActorType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The session in which the audit logged action was performed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogActorSession {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<AuditLogActorUser>,
    /// The IP address from which the action was performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogActorSession {
    const NAME: &'static str = "AuditLogActorSession";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut user: Option<AuditLogActorUser> = None;
        let mut ip_address: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "user" => 0,
                    "ip_address" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut ip_address),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { user, ip_address })
    }
}
impl<'de> Deserialize<'de> for AuditLogActorSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogActorSession {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            user: None,
            ip_address: None,
        }
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<AuditLogActorUser>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
}
/// The user who performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogActorUser {
    /// The user id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogActorUser {
    const NAME: &'static str = "AuditLogActorUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut email: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "email" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, email })
    }
}
impl<'de> Deserialize<'de> for AuditLogActorUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogActorUser {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, email: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
/// The API Key used to perform the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogActorApiKey {
    /// The tracking id of the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of API key. Can be either `user` or `service_account`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AuditLogActorApiKeyType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<AuditLogActorUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account: Option<AuditLogActorServiceAccount>,
}
impl sdk_runtime_types::de::Object for AuditLogActorApiKey {
    const NAME: &'static str = "AuditLogActorApiKey";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<AuditLogActorApiKeyType> = None;
        let mut user: Option<AuditLogActorUser> = None;
        let mut service_account: Option<AuditLogActorServiceAccount> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "user" => 2,
                    "service_account" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut service_account),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_,
            user,
            service_account,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogActorApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogActorApiKey {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            type_: None,
            user: None,
            service_account: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AuditLogActorApiKeyType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<AuditLogActorUser>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `service_account`.
    pub fn service_account(
        mut self,
        value: impl Into<AuditLogActorServiceAccount>,
    ) -> Self {
        self.service_account = Some(value.into());
        self
    }
}
/// The type of API key. Can be either `user` or `service_account`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditLogActorApiKeyType {
    /// `user`
    User,
    /// `service_account`
    ServiceAccount,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AuditLogActorApiKeyType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::ServiceAccount => "service_account",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "service_account" => Self::ServiceAccount,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AuditLogActorApiKeyType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AuditLogActorApiKeyType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AuditLogActorApiKeyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AuditLogActorApiKeyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AuditLogActorApiKeyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AuditLogActorApiKeyType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The service account that performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogActorServiceAccount {
    /// The service account id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogActorServiceAccount {
    const NAME: &'static str = "AuditLogActorServiceAccount";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogActorServiceAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogActorServiceAccount {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogApiKeyCreated {
    /// The tracking ID of the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogApiKeyCreatedData>,
}
impl sdk_runtime_types::de::Object for AuditLogApiKeyCreated {
    const NAME: &'static str = "AuditLogApiKeyCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogApiKeyCreatedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogApiKeyCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogApiKeyCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogApiKeyCreatedData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to create the API key.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogApiKeyCreatedData {
    /// A list of scopes allowed for the API key, e.g. `["api.model.request"]`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AuditLogApiKeyCreatedData {
    const NAME: &'static str = "AuditLogApiKeyCreatedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut scopes: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "scopes" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut scopes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { scopes })
    }
}
impl<'de> Deserialize<'de> for AuditLogApiKeyCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogApiKeyCreatedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { scopes: None }
    }
    /// Sets `scopes`.
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogApiKeyUpdated {
    /// The tracking ID of the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogApiKeyUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogApiKeyUpdated {
    const NAME: &'static str = "AuditLogApiKeyUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<AuditLogApiKeyUpdatedChangesRequested> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogApiKeyUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogApiKeyUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogApiKeyUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to update the API key.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogApiKeyUpdatedChangesRequested {
    /// A list of scopes allowed for the API key, e.g. `["api.model.request"]`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AuditLogApiKeyUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogApiKeyUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut scopes: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "scopes" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut scopes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { scopes })
    }
}
impl<'de> Deserialize<'de> for AuditLogApiKeyUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogApiKeyUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { scopes: None }
    }
    /// Sets `scopes`.
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogApiKeyDeleted {
    /// The tracking ID of the API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogApiKeyDeleted {
    const NAME: &'static str = "AuditLogApiKeyDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogApiKeyDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogApiKeyDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The project and fine-tuned model checkpoint that the checkpoint permission was created for.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionCreated {
    /// The ID of the checkpoint permission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the checkpoint permission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogCheckpointPermissionCreatedData>,
}
impl sdk_runtime_types::de::Object for AuditLogCheckpointPermissionCreated {
    const NAME: &'static str = "AuditLogCheckpointPermissionCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogCheckpointPermissionCreatedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogCheckpointPermissionCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCheckpointPermissionCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl Into<AuditLogCheckpointPermissionCreatedData>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to create the checkpoint permission.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionCreatedData {
    /// The ID of the project that the checkpoint permission was created for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The ID of the fine-tuned model checkpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine_tuned_model_checkpoint: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogCheckpointPermissionCreatedData {
    const NAME: &'static str = "AuditLogCheckpointPermissionCreatedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut project_id: Option<String> = None;
        let mut fine_tuned_model_checkpoint: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "project_id" => 0,
                    "fine_tuned_model_checkpoint" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut fine_tuned_model_checkpoint,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            project_id,
            fine_tuned_model_checkpoint,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogCheckpointPermissionCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCheckpointPermissionCreatedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            project_id: None,
            fine_tuned_model_checkpoint: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `fine_tuned_model_checkpoint`.
    pub fn fine_tuned_model_checkpoint(mut self, value: impl Into<String>) -> Self {
        self.fine_tuned_model_checkpoint = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionDeleted {
    /// The ID of the checkpoint permission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogCheckpointPermissionDeleted {
    const NAME: &'static str = "AuditLogCheckpointPermissionDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogCheckpointPermissionDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCheckpointPermissionDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogExternalKeyRegistered {
    /// The ID of the external key configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The configuration for the external key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogExternalKeyRegistered {
    const NAME: &'static str = "AuditLogExternalKeyRegistered";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogExternalKeyRegistered {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogExternalKeyRegistered {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogExternalKeyRemoved {
    /// The ID of the external key configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogExternalKeyRemoved {
    const NAME: &'static str = "AuditLogExternalKeyRemoved";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogExternalKeyRemoved {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogExternalKeyRemoved {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogGroupCreated {
    /// The ID of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Information about the created group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogGroupCreatedData>,
}
impl sdk_runtime_types::de::Object for AuditLogGroupCreated {
    const NAME: &'static str = "AuditLogGroupCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogGroupCreatedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogGroupCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogGroupCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogGroupCreatedData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// Information about the created group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogGroupCreatedData {
    /// The group name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogGroupCreatedData {
    const NAME: &'static str = "AuditLogGroupCreatedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut group_name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "group_name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut group_name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { group_name })
    }
}
impl<'de> Deserialize<'de> for AuditLogGroupCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogGroupCreatedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { group_name: None }
    }
    /// Sets `group_name`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogGroupUpdated {
    /// The ID of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogGroupUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogGroupUpdated {
    const NAME: &'static str = "AuditLogGroupUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<AuditLogGroupUpdatedChangesRequested> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogGroupUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogGroupUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogGroupUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to update the group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogGroupUpdatedChangesRequested {
    /// The updated group name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogGroupUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogGroupUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut group_name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "group_name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut group_name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { group_name })
    }
}
impl<'de> Deserialize<'de> for AuditLogGroupUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogGroupUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { group_name: None }
    }
    /// Sets `group_name`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogGroupDeleted {
    /// The ID of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogGroupDeleted {
    const NAME: &'static str = "AuditLogGroupDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogGroupDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogGroupDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogScimEnabled {
    /// The ID of the SCIM was enabled for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogScimEnabled {
    const NAME: &'static str = "AuditLogScimEnabled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogScimEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogScimEnabled {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogScimDisabled {
    /// The ID of the SCIM was disabled for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogScimDisabled {
    const NAME: &'static str = "AuditLogScimDisabled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogScimDisabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogScimDisabled {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogInviteSent {
    /// The ID of the invite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the invite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogInviteSentData>,
}
impl sdk_runtime_types::de::Object for AuditLogInviteSent {
    const NAME: &'static str = "AuditLogInviteSent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogInviteSentData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogInviteSent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogInviteSent {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogInviteSentData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to create the invite.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogInviteSentData {
    /// The email invited to the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The role the email was invited to be. Is either `owner` or `member`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogInviteSentData {
    const NAME: &'static str = "AuditLogInviteSentData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut email: Option<String> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "email" => 0,
                    "role" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { email, role })
    }
}
impl<'de> Deserialize<'de> for AuditLogInviteSentData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogInviteSentData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { email: None, role: None }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogInviteDeleted {
    /// The ID of the invite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogInviteDeleted {
    const NAME: &'static str = "AuditLogInviteDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogInviteDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogInviteDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistCreated {
    /// The ID of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The IP addresses or CIDR ranges included in the configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ips: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistCreated {
    const NAME: &'static str = "AuditLogIpAllowlistCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut allowed_ips: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "allowed_ips" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_ips),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name, allowed_ips })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            allowed_ips: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `allowed_ips`.
    pub fn allowed_ips(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_ips = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistUpdated {
    /// The ID of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The updated set of IP addresses or CIDR ranges in the configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ips: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistUpdated {
    const NAME: &'static str = "AuditLogIpAllowlistUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut allowed_ips: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "allowed_ips" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_ips),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, allowed_ips })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            allowed_ips: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `allowed_ips`.
    pub fn allowed_ips(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_ips = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistDeleted {
    /// The ID of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The IP addresses or CIDR ranges that were in the configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ips: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistDeleted {
    const NAME: &'static str = "AuditLogIpAllowlistDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut allowed_ips: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "allowed_ips" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_ips),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name, allowed_ips })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            allowed_ips: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `allowed_ips`.
    pub fn allowed_ips(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_ips = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigActivated {
    /// The configurations that were activated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistConfigActivated {
    const NAME: &'static str = "AuditLogIpAllowlistConfigActivated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "configs" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut configs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { configs })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistConfigActivated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistConfigActivated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { configs: None }
    }
    /// Sets `configs`.
    pub fn configs(
        mut self,
        value: impl Into<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
    ) -> Self {
        self.configs = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigActivatedConfig {
    /// The ID of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistConfigActivatedConfig {
    const NAME: &'static str = "AuditLogIpAllowlistConfigActivatedConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistConfigActivatedConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistConfigActivatedConfig {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, name: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigDeactivated {
    /// The configurations that were deactivated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
}
impl sdk_runtime_types::de::Object for AuditLogIpAllowlistConfigDeactivated {
    const NAME: &'static str = "AuditLogIpAllowlistConfigDeactivated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "configs" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut configs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { configs })
    }
}
impl<'de> Deserialize<'de> for AuditLogIpAllowlistConfigDeactivated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogIpAllowlistConfigDeactivated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { configs: None }
    }
    /// Sets `configs`.
    pub fn configs(
        mut self,
        value: impl Into<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
    ) -> Self {
        self.configs = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogLoginFailed {
    /// The error code of the failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The error message of the failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogLoginFailed {
    const NAME: &'static str = "AuditLogLoginFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut error_code: Option<String> = None;
        let mut error_message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "error_code" => 0,
                    "error_message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut error_code),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut error_message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { error_code, error_message })
    }
}
impl<'de> Deserialize<'de> for AuditLogLoginFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogLoginFailed {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            error_code: None,
            error_message: None,
        }
    }
    /// Sets `error_code`.
    pub fn error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = Some(value.into());
        self
    }
    /// Sets `error_message`.
    pub fn error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogOrganizationUpdated {
    /// The organization ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the organization settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<Box<AuditLogOrganizationUpdatedChangesRequested>>,
}
impl sdk_runtime_types::de::Object for AuditLogOrganizationUpdated {
    const NAME: &'static str = "AuditLogOrganizationUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<
            Box<AuditLogOrganizationUpdatedChangesRequested>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogOrganizationUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogOrganizationUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogOrganizationUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(Box::new(value.into()));
        self
    }
}
/// The payload used to update the organization settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogOrganizationUpdatedChangesRequested {
    /// The organization title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The organization description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The organization name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Visibility of the threads page which shows messages created with the Assistants API and Playground. One of `ANY_ROLE`, `OWNERS`, or `NONE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threads_ui_visibility: Option<String>,
    /// Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or `OWNERS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage_dashboard_visibility: Option<String>,
    /// How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`, `enabled_for_all_projects`, or `enabled_for_selected_projects`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_call_logging: Option<String>,
    /// The list of project ids if api_call_logging is set to `enabled_for_selected_projects`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_call_logging_project_ids: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogOrganizationUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogOrganizationUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut title: Option<String> = None;
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut threads_ui_visibility: Option<String> = None;
        let mut usage_dashboard_visibility: Option<String> = None;
        let mut api_call_logging: Option<String> = None;
        let mut api_call_logging_project_ids: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "title" => 0,
                    "description" => 1,
                    "name" => 2,
                    "threads_ui_visibility" => 3,
                    "usage_dashboard_visibility" => 4,
                    "api_call_logging" => 5,
                    "api_call_logging_project_ids" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut title),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut threads_ui_visibility)
                }
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut usage_dashboard_visibility,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_call_logging),
                6 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut api_call_logging_project_ids,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            title,
            description,
            name,
            threads_ui_visibility,
            usage_dashboard_visibility,
            api_call_logging,
            api_call_logging_project_ids,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogOrganizationUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogOrganizationUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            title: None,
            description: None,
            name: None,
            threads_ui_visibility: None,
            usage_dashboard_visibility: None,
            api_call_logging: None,
            api_call_logging_project_ids: None,
        }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `threads_ui_visibility`.
    pub fn threads_ui_visibility(mut self, value: impl Into<String>) -> Self {
        self.threads_ui_visibility = Some(value.into());
        self
    }
    /// Sets `usage_dashboard_visibility`.
    pub fn usage_dashboard_visibility(mut self, value: impl Into<String>) -> Self {
        self.usage_dashboard_visibility = Some(value.into());
        self
    }
    /// Sets `api_call_logging`.
    pub fn api_call_logging(mut self, value: impl Into<String>) -> Self {
        self.api_call_logging = Some(value.into());
        self
    }
    /// Sets `api_call_logging_project_ids`.
    pub fn api_call_logging_project_ids(mut self, value: impl Into<String>) -> Self {
        self.api_call_logging_project_ids = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProjectCreated {
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogProjectCreatedData>,
}
impl sdk_runtime_types::de::Object for AuditLogProjectCreated {
    const NAME: &'static str = "AuditLogProjectCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogProjectCreatedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogProjectCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProjectCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogProjectCreatedData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to create the project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProjectCreatedData {
    /// The project name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The title of the project as seen on the dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogProjectCreatedData {
    const NAME: &'static str = "AuditLogProjectCreatedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut title: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "title" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut title),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, title })
    }
}
impl<'de> Deserialize<'de> for AuditLogProjectCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProjectCreatedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { name: None, title: None }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProjectUpdated {
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogProjectUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogProjectUpdated {
    const NAME: &'static str = "AuditLogProjectUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<AuditLogProjectUpdatedChangesRequested> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogProjectUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProjectUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogProjectUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to update the project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProjectUpdatedChangesRequested {
    /// The title of the project as seen on the dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogProjectUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogProjectUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut title: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "title" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut title),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { title })
    }
}
impl<'de> Deserialize<'de> for AuditLogProjectUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProjectUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { title: None }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogProjectDeleted {
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogProjectDeleted {
    const NAME: &'static str = "AuditLogProjectDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogProjectDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogProjectDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRateLimitUpdated {
    /// The rate limit ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the rate limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogRateLimitUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogRateLimitUpdated {
    const NAME: &'static str = "AuditLogRateLimitUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<AuditLogRateLimitUpdatedChangesRequested> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogRateLimitUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRateLimitUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogRateLimitUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to update the rate limits.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRateLimitUpdatedChangesRequested {
    /// The maximum requests per minute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_minute: Option<i64>,
    /// The maximum tokens per minute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tokens_per_1_minute: Option<i64>,
    /// The maximum images per minute. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_1_day_max_input_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for AuditLogRateLimitUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogRateLimitUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_requests_per_1_minute: Option<i64> = None;
        let mut max_tokens_per_1_minute: Option<i64> = None;
        let mut max_images_per_1_minute: Option<i64> = None;
        let mut max_audio_megabytes_per_1_minute: Option<i64> = None;
        let mut max_requests_per_1_day: Option<i64> = None;
        let mut batch_1_day_max_input_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_requests_per_1_minute" => 0,
                    "max_tokens_per_1_minute" => 1,
                    "max_images_per_1_minute" => 2,
                    "max_audio_megabytes_per_1_minute" => 3,
                    "max_requests_per_1_day" => 4,
                    "batch_1_day_max_input_tokens" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_tokens_per_1_minute,
                    )
                }
                2 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_images_per_1_minute,
                    )
                }
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_audio_megabytes_per_1_minute,
                    )
                }
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_day,
                    )
                }
                5 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut batch_1_day_max_input_tokens,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            max_requests_per_1_minute,
            max_tokens_per_1_minute,
            max_images_per_1_minute,
            max_audio_megabytes_per_1_minute,
            max_requests_per_1_day,
            batch_1_day_max_input_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRateLimitUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRateLimitUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            max_requests_per_1_minute: None,
            max_tokens_per_1_minute: None,
            max_images_per_1_minute: None,
            max_audio_megabytes_per_1_minute: None,
            max_requests_per_1_day: None,
            batch_1_day_max_input_tokens: None,
        }
    }
    /// Sets `max_requests_per_1_minute`.
    pub fn max_requests_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_tokens_per_1_minute`.
    pub fn max_tokens_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_images_per_1_minute`.
    pub fn max_images_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_images_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_audio_megabytes_per_1_minute`.
    pub fn max_audio_megabytes_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_audio_megabytes_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_requests_per_1_day`.
    pub fn max_requests_per_1_day(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_day = Some(value.into());
        self
    }
    /// Sets `batch_1_day_max_input_tokens`.
    pub fn batch_1_day_max_input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.batch_1_day_max_input_tokens = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRateLimitDeleted {
    /// The rate limit ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogRateLimitDeleted {
    const NAME: &'static str = "AuditLogRateLimitDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogRateLimitDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRateLimitDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleCreated {
    /// The role ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// The permissions granted by the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The type of resource the role belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The resource the role is scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleCreated {
    const NAME: &'static str = "AuditLogRoleCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut role_name: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut resource_type: Option<String> = None;
        let mut resource_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "role_name" => 1,
                    "permissions" => 2,
                    "resource_type" => 3,
                    "resource_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role_name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut permissions),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            role_name,
            permissions,
            resource_type,
            resource_id,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            role_name: None,
            permissions: None,
            resource_type: None,
            resource_id: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `role_name`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleUpdated {
    /// The role ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<Box<AuditLogRoleUpdatedChangesRequested>>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleUpdated {
    const NAME: &'static str = "AuditLogRoleUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<Box<AuditLogRoleUpdatedChangesRequested>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogRoleUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(Box::new(value.into()));
        self
    }
}
/// The payload used to update the role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleUpdatedChangesRequested {
    /// The updated role name, when provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// The resource the role is scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The type of resource the role belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The permissions added to the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions_added: Option<Vec<String>>,
    /// The permissions removed from the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions_removed: Option<Vec<String>>,
    /// The updated role description, when provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Additional metadata stored on the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogRoleUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role_name: Option<String> = None;
        let mut resource_id: Option<String> = None;
        let mut resource_type: Option<String> = None;
        let mut permissions_added: Option<Vec<String>> = None;
        let mut permissions_removed: Option<Vec<String>> = None;
        let mut description: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role_name" => 0,
                    "resource_id" => 1,
                    "resource_type" => 2,
                    "permissions_added" => 3,
                    "permissions_removed" => 4,
                    "description" => 5,
                    "metadata" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role_name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut permissions_added),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut permissions_removed),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role_name,
            resource_id,
            resource_type,
            permissions_added,
            permissions_removed,
            description,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            role_name: None,
            resource_id: None,
            resource_type: None,
            permissions_added: None,
            permissions_removed: None,
            description: None,
            metadata: None,
        }
    }
    /// Sets `role_name`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Sets `permissions_added`.
    pub fn permissions_added(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions_added = Some(value.into());
        self
    }
    /// Sets `permissions_removed`.
    pub fn permissions_removed(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions_removed = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleDeleted {
    /// The role ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleDeleted {
    const NAME: &'static str = "AuditLogRoleDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleAssignmentCreated {
    /// The identifier of the role assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The principal (user or group) that received the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_id: Option<String>,
    /// The type of principal (user or group) that received the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_type: Option<String>,
    /// The resource the role assignment is scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The type of resource the role assignment is scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleAssignmentCreated {
    const NAME: &'static str = "AuditLogRoleAssignmentCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut principal_id: Option<String> = None;
        let mut principal_type: Option<String> = None;
        let mut resource_id: Option<String> = None;
        let mut resource_type: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "principal_id" => 1,
                    "principal_type" => 2,
                    "resource_id" => 3,
                    "resource_type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut principal_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut principal_type),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            principal_id,
            principal_type,
            resource_id,
            resource_type,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleAssignmentCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleAssignmentCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            principal_id: None,
            principal_type: None,
            resource_id: None,
            resource_type: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `principal_id`.
    pub fn principal_id(mut self, value: impl Into<String>) -> Self {
        self.principal_id = Some(value.into());
        self
    }
    /// Sets `principal_type`.
    pub fn principal_type(mut self, value: impl Into<String>) -> Self {
        self.principal_type = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleAssignmentDeleted {
    /// The identifier of the role assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The principal (user or group) that had the role removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_id: Option<String>,
    /// The type of principal (user or group) that had the role removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_type: Option<String>,
    /// The resource the role assignment was scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The type of resource the role assignment was scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleAssignmentDeleted {
    const NAME: &'static str = "AuditLogRoleAssignmentDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut principal_id: Option<String> = None;
        let mut principal_type: Option<String> = None;
        let mut resource_id: Option<String> = None;
        let mut resource_type: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "principal_id" => 1,
                    "principal_type" => 2,
                    "resource_id" => 3,
                    "resource_type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut principal_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut principal_type),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            principal_id,
            principal_type,
            resource_id,
            resource_type,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleAssignmentDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleAssignmentDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            principal_id: None,
            principal_type: None,
            resource_id: None,
            resource_type: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `principal_id`.
    pub fn principal_id(mut self, value: impl Into<String>) -> Self {
        self.principal_id = Some(value.into());
        self
    }
    /// Sets `principal_type`.
    pub fn principal_type(mut self, value: impl Into<String>) -> Self {
        self.principal_type = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleBoundToResource {
    /// The ID of the resource the role was bound to. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the role that was bound to the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// The ID of the resource the role was bound to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The type of resource the role was bound to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The permissions granted to the role for the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The workspace ID for a ChatGPT workspace connector resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// The connector ID for a ChatGPT workspace connector resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_name: Option<String>,
    /// Whether the connector is enabled for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The connector role mutation path that produced the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AuditLogRoleBoundToResourceSource>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleBoundToResource {
    const NAME: &'static str = "AuditLogRoleBoundToResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut role_id: Option<String> = None;
        let mut resource_id: Option<String> = None;
        let mut resource_type: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut workspace_id: Option<String> = None;
        let mut connector_id: Option<String> = None;
        let mut connector_name: Option<String> = None;
        let mut enabled: Option<bool> = None;
        let mut source: Option<AuditLogRoleBoundToResourceSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "role_id" => 1,
                    "resource_id" => 2,
                    "resource_type" => 3,
                    "permissions" => 4,
                    "workspace_id" => 5,
                    "connector_id" => 6,
                    "connector_name" => 7,
                    "enabled" => 8,
                    "source" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut permissions),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut workspace_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut connector_id),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut connector_name),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            role_id,
            resource_id,
            resource_type,
            permissions,
            workspace_id,
            connector_id,
            connector_name,
            enabled,
            source,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleBoundToResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleBoundToResource {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            role_id: None,
            resource_id: None,
            resource_type: None,
            permissions: None,
            workspace_id: None,
            connector_id: None,
            connector_name: None,
            enabled: None,
            source: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `role_id`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = Some(value.into());
        self
    }
    /// Sets `workspace_id`.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// Sets `connector_id`.
    pub fn connector_id(mut self, value: impl Into<String>) -> Self {
        self.connector_id = Some(value.into());
        self
    }
    /// Sets `connector_name`.
    pub fn connector_name(mut self, value: impl Into<String>) -> Self {
        self.connector_name = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(
        mut self,
        value: impl Into<AuditLogRoleBoundToResourceSource>,
    ) -> Self {
        self.source = Some(value.into());
        self
    }
}
/// The connector role mutation path that produced the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditLogRoleBoundToResourceSource {
    /// `role_toggle`
    RoleToggle,
    /// `role_connector_update`
    RoleConnectorUpdate,
    /// `role_delete`
    RoleDelete,
    /// `workspace_permissions`
    WorkspacePermissions,
    /// `connector_publish`
    ConnectorPublish,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AuditLogRoleBoundToResourceSource {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::RoleToggle => "role_toggle",
            Self::RoleConnectorUpdate => "role_connector_update",
            Self::RoleDelete => "role_delete",
            Self::WorkspacePermissions => "workspace_permissions",
            Self::ConnectorPublish => "connector_publish",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "role_toggle" => Self::RoleToggle,
            "role_connector_update" => Self::RoleConnectorUpdate,
            "role_delete" => Self::RoleDelete,
            "workspace_permissions" => Self::WorkspacePermissions,
            "connector_publish" => Self::ConnectorPublish,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AuditLogRoleBoundToResourceSource {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AuditLogRoleBoundToResourceSource {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AuditLogRoleBoundToResourceSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AuditLogRoleBoundToResourceSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleBoundToResourceSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AuditLogRoleBoundToResourceSource {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogRoleUnboundFromResource {
    /// The ID of the resource the role was unbound from. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the role that was unbound from the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// The ID of the resource the role was unbound from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The type of resource the role was unbound from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The permissions remaining for the role after the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The workspace ID for a ChatGPT workspace connector resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// The connector ID for a ChatGPT workspace connector resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_name: Option<String>,
    /// Whether the connector is enabled for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The connector role mutation path that produced the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AuditLogRoleBoundToResourceSource>,
}
impl sdk_runtime_types::de::Object for AuditLogRoleUnboundFromResource {
    const NAME: &'static str = "AuditLogRoleUnboundFromResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut role_id: Option<String> = None;
        let mut resource_id: Option<String> = None;
        let mut resource_type: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut workspace_id: Option<String> = None;
        let mut connector_id: Option<String> = None;
        let mut connector_name: Option<String> = None;
        let mut enabled: Option<bool> = None;
        let mut source: Option<AuditLogRoleBoundToResourceSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "role_id" => 1,
                    "resource_id" => 2,
                    "resource_type" => 3,
                    "permissions" => 4,
                    "workspace_id" => 5,
                    "connector_id" => 6,
                    "connector_name" => 7,
                    "enabled" => 8,
                    "source" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut resource_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut resource_type),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut permissions),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut workspace_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut connector_id),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut connector_name),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            role_id,
            resource_id,
            resource_type,
            permissions,
            workspace_id,
            connector_id,
            connector_name,
            enabled,
            source,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogRoleUnboundFromResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogRoleUnboundFromResource {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            role_id: None,
            resource_id: None,
            resource_type: None,
            permissions: None,
            workspace_id: None,
            connector_id: None,
            connector_name: None,
            enabled: None,
            source: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `role_id`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = Some(value.into());
        self
    }
    /// Sets `workspace_id`.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// Sets `connector_id`.
    pub fn connector_id(mut self, value: impl Into<String>) -> Self {
        self.connector_id = Some(value.into());
        self
    }
    /// Sets `connector_name`.
    pub fn connector_name(mut self, value: impl Into<String>) -> Self {
        self.connector_name = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(
        mut self,
        value: impl Into<AuditLogRoleBoundToResourceSource>,
    ) -> Self {
        self.source = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogServiceAccountCreated {
    /// The service account ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the service account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogServiceAccountCreatedData>,
}
impl sdk_runtime_types::de::Object for AuditLogServiceAccountCreated {
    const NAME: &'static str = "AuditLogServiceAccountCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogServiceAccountCreatedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogServiceAccountCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogServiceAccountCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogServiceAccountCreatedData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to create the service account.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogServiceAccountCreatedData {
    /// The role of the service account. Is either `owner` or `member`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogServiceAccountCreatedData {
    const NAME: &'static str = "AuditLogServiceAccountCreatedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role })
    }
}
impl<'de> Deserialize<'de> for AuditLogServiceAccountCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogServiceAccountCreatedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogServiceAccountUpdated {
    /// The service account ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to updated the service account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogServiceAccountUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogServiceAccountUpdated {
    const NAME: &'static str = "AuditLogServiceAccountUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<
            AuditLogServiceAccountUpdatedChangesRequested,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogServiceAccountUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogServiceAccountUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogServiceAccountUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to updated the service account.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogServiceAccountUpdatedChangesRequested {
    /// The role of the service account. Is either `owner` or `member`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogServiceAccountUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogServiceAccountUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role })
    }
}
impl<'de> Deserialize<'de> for AuditLogServiceAccountUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogServiceAccountUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogServiceAccountDeleted {
    /// The service account ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogServiceAccountDeleted {
    const NAME: &'static str = "AuditLogServiceAccountDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogServiceAccountDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogServiceAccountDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderCreated {
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to create the workload identity provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderCreated {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderUpdated {
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the workload identity provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderUpdated {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderDeleted {
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The workload identity provider name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderDeleted {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, name: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingCreated {
    /// The workload identity provider mapping ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_provider_id: Option<String>,
    /// The payload used to create the workload identity provider mapping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderMappingCreated {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderMappingCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut identity_provider_id: Option<String> = None;
        let mut data: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "identity_provider_id" => 1,
                    "data" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut identity_provider_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            identity_provider_id,
            data,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderMappingCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            identity_provider_id: None,
            data: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `identity_provider_id`.
    pub fn identity_provider_id(mut self, value: impl Into<String>) -> Self {
        self.identity_provider_id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingUpdated {
    /// The workload identity provider mapping ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_provider_id: Option<String>,
    /// The payload used to update the workload identity provider mapping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderMappingUpdated {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderMappingUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut identity_provider_id: Option<String> = None;
        let mut changes_requested: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "identity_provider_id" => 1,
                    "changes_requested" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut identity_provider_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            identity_provider_id,
            changes_requested,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderMappingUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            identity_provider_id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `identity_provider_id`.
    pub fn identity_provider_id(mut self, value: impl Into<String>) -> Self {
        self.identity_provider_id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingDeleted {
    /// The workload identity provider mapping ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The workload identity provider ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_provider_id: Option<String>,
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The mapped service account ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogWorkloadIdentityProviderMappingDeleted {
    const NAME: &'static str = "AuditLogWorkloadIdentityProviderMappingDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut identity_provider_id: Option<String> = None;
        let mut project_id: Option<String> = None;
        let mut service_account_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "identity_provider_id" => 1,
                    "project_id" => 2,
                    "service_account_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut identity_provider_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut service_account_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            identity_provider_id,
            project_id,
            service_account_id,
        })
    }
}
impl<'de> Deserialize<'de> for AuditLogWorkloadIdentityProviderMappingDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogWorkloadIdentityProviderMappingDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            identity_provider_id: None,
            project_id: None,
            service_account_id: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `identity_provider_id`.
    pub fn identity_provider_id(mut self, value: impl Into<String>) -> Self {
        self.identity_provider_id = Some(value.into());
        self
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `service_account_id`.
    pub fn service_account_id(mut self, value: impl Into<String>) -> Self {
        self.service_account_id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogUserAdded {
    /// The user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to add the user to the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<AuditLogUserAddedData>,
}
impl sdk_runtime_types::de::Object for AuditLogUserAdded {
    const NAME: &'static str = "AuditLogUserAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut data: Option<AuditLogUserAddedData> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, data })
    }
}
impl<'de> Deserialize<'de> for AuditLogUserAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogUserAdded {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, data: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<AuditLogUserAddedData>) -> Self {
        self.data = Some(value.into());
        self
    }
}
/// The payload used to add the user to the project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogUserAddedData {
    /// The role of the user. Is either `owner` or `member`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogUserAddedData {
    const NAME: &'static str = "AuditLogUserAddedData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role })
    }
}
impl<'de> Deserialize<'de> for AuditLogUserAddedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogUserAddedData {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogUserUpdated {
    /// The project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The payload used to update the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_requested: Option<AuditLogUserUpdatedChangesRequested>,
}
impl sdk_runtime_types::de::Object for AuditLogUserUpdated {
    const NAME: &'static str = "AuditLogUserUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut changes_requested: Option<AuditLogUserUpdatedChangesRequested> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "changes_requested" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut changes_requested),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, changes_requested })
    }
}
impl<'de> Deserialize<'de> for AuditLogUserUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogUserUpdated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            changes_requested: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `changes_requested`.
    pub fn changes_requested(
        mut self,
        value: impl Into<AuditLogUserUpdatedChangesRequested>,
    ) -> Self {
        self.changes_requested = Some(value.into());
        self
    }
}
/// The payload used to update the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogUserUpdatedChangesRequested {
    /// The role of the user. Is either `owner` or `member`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogUserUpdatedChangesRequested {
    const NAME: &'static str = "AuditLogUserUpdatedChangesRequested";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role })
    }
}
impl<'de> Deserialize<'de> for AuditLogUserUpdatedChangesRequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogUserUpdatedChangesRequested {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogUserDeleted {
    /// The user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogUserDeleted {
    const NAME: &'static str = "AuditLogUserDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id })
    }
}
impl<'de> Deserialize<'de> for AuditLogUserDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogUserDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCertificateCreated {
    /// The certificate ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogCertificateCreated {
    const NAME: &'static str = "AuditLogCertificateCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name })
    }
}
impl<'de> Deserialize<'de> for AuditLogCertificateCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCertificateCreated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, name: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCertificateDeleted {
    /// The certificate ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The certificate content in PEM format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogCertificateDeleted {
    const NAME: &'static str = "AuditLogCertificateDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut certificate: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "certificate" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut certificate),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name, certificate })
    }
}
impl<'de> Deserialize<'de> for AuditLogCertificateDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCertificateDeleted {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            certificate: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `certificate`.
    pub fn certificate(mut self, value: impl Into<String>) -> Self {
        self.certificate = Some(value.into());
        self
    }
}
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCertificatesActivated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Vec<AuditLogCertificatesActivatedCertificate>>,
}
impl sdk_runtime_types::de::Object for AuditLogCertificatesActivated {
    const NAME: &'static str = "AuditLogCertificatesActivated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut certificates: Option<Vec<AuditLogCertificatesActivatedCertificate>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "certificates" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut certificates),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { certificates })
    }
}
impl<'de> Deserialize<'de> for AuditLogCertificatesActivated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCertificatesActivated {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { certificates: None }
    }
    /// Sets `certificates`.
    pub fn certificates(
        mut self,
        value: impl Into<Vec<AuditLogCertificatesActivatedCertificate>>,
    ) -> Self {
        self.certificates = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AuditLogCertificatesActivatedCertificate {
    /// The certificate ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for AuditLogCertificatesActivatedCertificate {
    const NAME: &'static str = "AuditLogCertificatesActivatedCertificate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name })
    }
}
impl<'de> Deserialize<'de> for AuditLogCertificatesActivatedCertificate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AuditLogCertificatesActivatedCertificate {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, name: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// Represents an individual `certificate` uploaded to the organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Certificate {
    /// The object type.
    ///
    /// - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    /// - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
    /// - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`.
    pub object: CertificateObject,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the certificate.
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    pub created_at: i64,
    pub certificate_details: CertificateCertificateDetails,
    /// Whether the certificate is currently active at the specified scope. Not returned when getting details for a specific certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}
impl sdk_runtime_types::de::Object for Certificate {
    const NAME: &'static str = "Certificate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<CertificateObject> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut certificate_details: Option<CertificateCertificateDetails> = None;
        let mut active: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "certificate_details" => 4,
                    "active" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut certificate_details),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut active),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            id: id.unwrap_or_default(),
            name,
            created_at: created_at.unwrap_or_default(),
            certificate_details: certificate_details.unwrap_or_default(),
            active,
        })
    }
}
impl<'de> Deserialize<'de> for Certificate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Certificate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<CertificateObject>,
        id: impl Into<String>,
        created_at: impl Into<i64>,
        certificate_details: impl Into<CertificateCertificateDetails>,
    ) -> Self {
        Self {
            object: object.into(),
            id: id.into(),
            name: None,
            created_at: created_at.into(),
            certificate_details: certificate_details.into(),
            active: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
}
/// The object type.
///
/// - If creating, updating, or getting a specific certificate, the object type is `certificate`.
/// - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
/// - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateObject {
    /// `certificate`
    Certificate,
    /// `organization.certificate`
    OrganizationCertificate,
    /// `organization.project.certificate`
    OrganizationProjectCertificate,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CertificateObject {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certificate => "certificate",
            Self::OrganizationCertificate => "organization.certificate",
            Self::OrganizationProjectCertificate => "organization.project.certificate",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "certificate" => Self::Certificate,
            "organization.certificate" => Self::OrganizationCertificate,
            "organization.project.certificate" => Self::OrganizationProjectCertificate,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CertificateObject {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CertificateObject {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CertificateObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CertificateObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CertificateObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for CertificateObject {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CertificateCertificateDetails {
    /// The Unix timestamp (in seconds) of when the certificate becomes valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the certificate expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The content of the certificate in PEM format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}
impl sdk_runtime_types::de::Object for CertificateCertificateDetails {
    const NAME: &'static str = "CertificateCertificateDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut valid_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "valid_at" => 0,
                    "expires_at" => 1,
                    "content" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut valid_at),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            valid_at,
            expires_at,
            content,
        })
    }
}
impl<'de> Deserialize<'de> for CertificateCertificateDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CertificateCertificateDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            valid_at: None,
            expires_at: None,
            content: None,
        }
    }
    /// Sets `valid_at`.
    pub fn valid_at(mut self, value: impl Into<i64>) -> Self {
        self.valid_at = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
/// The aggregated costs details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CostsResult {
    pub object: OrganizationCostsResultLiteral,
    /// The monetary value in its associated currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<CostsResultAmount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity_unit: Option<CostsResultQuantityUnit>,
}
impl sdk_runtime_types::de::Object for CostsResult {
    const NAME: &'static str = "CostsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationCostsResultLiteral> = None;
        let mut amount: Option<CostsResultAmount> = None;
        let mut line_item: Option<String> = None;
        let mut project_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut quantity: Option<f64> = None;
        let mut quantity_unit: Option<CostsResultQuantityUnit> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "amount" => 1,
                    "line_item" => 2,
                    "project_id" => 3,
                    "api_key_id" => 4,
                    "quantity" => 5,
                    "quantity_unit" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut amount),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut line_item),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut quantity),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut quantity_unit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            amount,
            line_item,
            project_id,
            api_key_id,
            quantity,
            quantity_unit,
        })
    }
}
impl<'de> Deserialize<'de> for CostsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CostsResult {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            object: Default::default(),
            amount: None,
            line_item: None,
            project_id: None,
            api_key_id: None,
            quantity: None,
            quantity_unit: None,
        }
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<CostsResultAmount>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `line_item`.
    pub fn line_item(mut self, value: impl Into<String>) -> Self {
        self.line_item = Some(value.into());
        self
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `quantity`.
    pub fn quantity(mut self, value: impl Into<f64>) -> Self {
        self.quantity = Some(value.into());
        self
    }
    /// Sets `quantity_unit`.
    pub fn quantity_unit(mut self, value: impl Into<CostsResultQuantityUnit>) -> Self {
        self.quantity_unit = Some(value.into());
        self
    }
}
/// The constant `organization.costs.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationCostsResultLiteral {
    /// `organization.costs.result`
    #[default]
    OrganizationCostsResult,
}
impl OrganizationCostsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.costs.result"
    }
}
impl std::fmt::Display for OrganizationCostsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationCostsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.costs.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationCostsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.costs.result")
            .map(|()| Self::OrganizationCostsResult)
    }
}
/// The monetary value in its associated currency.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CostsResultAmount {
    /// The numeric value of the cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Lowercase ISO-4217 currency e.g. "usd"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}
impl sdk_runtime_types::de::Object for CostsResultAmount {
    const NAME: &'static str = "CostsResultAmount";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<f64> = None;
        let mut currency: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "currency" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut value),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut currency),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { value, currency })
    }
}
impl<'de> Deserialize<'de> for CostsResultAmount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CostsResultAmount {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            value: None,
            currency: None,
        }
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<f64>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
}
/// The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CostsResultQuantityUnit {
    /// `tokens`
    Tokens,
    /// `1000_tokens`
    V1000Tokens,
    /// `duration_seconds`
    DurationSeconds,
    /// `duration_minutes`
    DurationMinutes,
    /// `duration_hours`
    DurationHours,
    /// `gibibyte_hours`
    GibibyteHours,
    /// `images`
    Images,
    /// `characters`
    Characters,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CostsResultQuantityUnit {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tokens => "tokens",
            Self::V1000Tokens => "1000_tokens",
            Self::DurationSeconds => "duration_seconds",
            Self::DurationMinutes => "duration_minutes",
            Self::DurationHours => "duration_hours",
            Self::GibibyteHours => "gibibyte_hours",
            Self::Images => "images",
            Self::Characters => "characters",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "tokens" => Self::Tokens,
            "1000_tokens" => Self::V1000Tokens,
            "duration_seconds" => Self::DurationSeconds,
            "duration_minutes" => Self::DurationMinutes,
            "duration_hours" => Self::DurationHours,
            "gibibyte_hours" => Self::GibibyteHours,
            "images" => Self::Images,
            "characters" => Self::Characters,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CostsResultQuantityUnit {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CostsResultQuantityUnit {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CostsResultQuantityUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CostsResultQuantityUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CostsResultQuantityUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for CostsResultQuantityUnit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Request payload for creating a new group in the organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateGroupBody {
    /// Human readable name for the group.
    pub name: String,
}
impl sdk_runtime_types::de::Object for CreateGroupBody {
    const NAME: &'static str = "CreateGroupBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateGroupBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateGroupBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
/// Request payload for adding a user to a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateGroupUserBody {
    /// Identifier of the user to add to the group.
    pub user_id: String,
}
impl sdk_runtime_types::de::Object for CreateGroupUserBody {
    const NAME: &'static str = "CreateGroupUserBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut user_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "user_id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut user_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            user_id: user_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateGroupUserBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateGroupUserBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
/// Parameters for creating or updating a spend alert.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateSpendAlertBody {
    /// The alert threshold amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    pub interval: MonthLiteral,
    pub notification_channel: SpendAlertNotificationChannel,
}
impl sdk_runtime_types::de::Object for CreateSpendAlertBody {
    const NAME: &'static str = "CreateSpendAlertBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<UsdLiteral> = None;
        let mut interval: Option<MonthLiteral> = None;
        let mut notification_channel: Option<SpendAlertNotificationChannel> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "threshold_amount" => 0,
                    "currency" => 1,
                    "interval" => 2,
                    "notification_channel" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                1 => sdk_runtime_types::de::value(&mut map, &mut currency),
                2 => sdk_runtime_types::de::value(&mut map, &mut interval),
                3 => sdk_runtime_types::de::value(&mut map, &mut notification_channel),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            threshold_amount: threshold_amount.unwrap_or_default(),
            currency: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(currency, "currency")?,
            interval: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(interval, "interval")?,
            notification_channel: notification_channel.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateSpendAlertBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateSpendAlertBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        threshold_amount: impl Into<i64>,
        notification_channel: impl Into<SpendAlertNotificationChannel>,
    ) -> Self {
        Self {
            threshold_amount: threshold_amount.into(),
            currency: Default::default(),
            interval: Default::default(),
            notification_channel: notification_channel.into(),
        }
    }
}
/// Email notification settings for a spend alert.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpendAlertNotificationChannel {
    /// The notification channel type. Currently only `email` is supported.
    #[serde(rename = "type")]
    pub type_: EmailLiteral,
    /// Email addresses that receive the spend alert notification.
    pub recipients: Vec<String>,
    /// Optional subject prefix for alert emails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_prefix: Option<String>,
}
impl sdk_runtime_types::de::Object for SpendAlertNotificationChannel {
    const NAME: &'static str = "SpendAlertNotificationChannel";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<EmailLiteral> = None;
        let mut recipients: Option<Vec<String>> = None;
        let mut subject_prefix: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "recipients" => 1,
                    "subject_prefix" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut recipients),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut subject_prefix),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            recipients: recipients.unwrap_or_default(),
            subject_prefix,
        })
    }
}
impl<'de> Deserialize<'de> for SpendAlertNotificationChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SpendAlertNotificationChannel {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(recipients: impl Into<Vec<String>>) -> Self {
        Self {
            type_: Default::default(),
            recipients: recipients.into(),
            subject_prefix: None,
        }
    }
    /// Sets `subject_prefix`.
    pub fn subject_prefix(mut self, value: impl Into<String>) -> Self {
        self.subject_prefix = Some(value.into());
        self
    }
}
/// The constant `email`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EmailLiteral {
    /// `email`
    #[default]
    Email,
}
impl EmailLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "email"
    }
}
impl std::fmt::Display for EmailLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EmailLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("email")
    }
}
impl<'de> Deserialize<'de> for EmailLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "email").map(|()| Self::Email)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteCertificateResponse {
    /// The object type, must be `certificate.deleted`.
    pub object: CertificateDeletedLiteral,
    /// The ID of the certificate that was deleted.
    pub id: String,
}
impl sdk_runtime_types::de::Object for DeleteCertificateResponse {
    const NAME: &'static str = "DeleteCertificateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<CertificateDeletedLiteral> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeleteCertificateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteCertificateResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
        }
    }
}
/// The constant `certificate.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CertificateDeletedLiteral {
    /// `certificate.deleted`
    #[default]
    CertificateDeleted,
}
impl CertificateDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "certificate.deleted"
    }
}
impl std::fmt::Display for CertificateDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CertificateDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("certificate.deleted")
    }
}
impl<'de> Deserialize<'de> for CertificateDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "certificate.deleted")
            .map(|()| Self::CertificateDeleted)
    }
}
/// Confirmation payload returned after deleting a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupDeletedResource {
    /// Always `group.deleted`.
    pub object: GroupDeletedLiteral,
    /// Identifier of the deleted group.
    pub id: String,
    /// Whether the group was deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for GroupDeletedResource {
    const NAME: &'static str = "GroupDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<GroupDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `group.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupDeletedLiteral {
    /// `group.deleted`
    #[default]
    GroupDeleted,
}
impl GroupDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "group.deleted"
    }
}
impl std::fmt::Display for GroupDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GroupDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("group.deleted")
    }
}
impl<'de> Deserialize<'de> for GroupDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "group.deleted")
            .map(|()| Self::GroupDeleted)
    }
}
/// Paginated list of organization groups.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Groups returned in the current page.
    pub data: Vec<GroupResponse>,
    /// Whether additional groups are available when paginating.
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` if there are no more results.
    pub next: Option<String>,
}
impl sdk_runtime_types::de::Object for GroupListResource {
    const NAME: &'static str = "GroupListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<GroupResponse>> = None;
        let mut has_more: Option<bool> = None;
        let mut next: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "next" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut next),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next,
        })
    }
}
impl<'de> Deserialize<'de> for GroupListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<GroupResponse>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            next: None,
        }
    }
    /// Sets `next`.
    pub fn next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for GroupListResource {
    type Item = GroupResponse;
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
/// Details about an organization group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupResponse {
    /// Identifier for the group.
    pub id: String,
    /// Display name of the group.
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    pub created_at: i64,
    /// Whether the group is managed through SCIM and controlled by your identity provider.
    pub is_scim_managed: bool,
    /// The type of the group.
    pub group_type: GroupResponseGroupType,
}
impl sdk_runtime_types::de::Object for GroupResponse {
    const NAME: &'static str = "GroupResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut is_scim_managed: Option<bool> = None;
        let mut group_type: Option<GroupResponseGroupType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "created_at" => 2,
                    "is_scim_managed" => 3,
                    "group_type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut is_scim_managed),
                4 => sdk_runtime_types::de::value(&mut map, &mut group_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            is_scim_managed: is_scim_managed.unwrap_or_default(),
            group_type: group_type.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        is_scim_managed: impl Into<bool>,
        group_type: impl Into<GroupResponseGroupType>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            created_at: created_at.into(),
            is_scim_managed: is_scim_managed.into(),
            group_type: group_type.into(),
        }
    }
}
/// The type of the group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupResponseGroupType {
    /// `group`
    Group,
    /// `tenant_group`
    TenantGroup,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl GroupResponseGroupType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::TenantGroup => "tenant_group",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "tenant_group" => Self::TenantGroup,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for GroupResponseGroupType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for GroupResponseGroupType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for GroupResponseGroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GroupResponseGroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GroupResponseGroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for GroupResponseGroupType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Details about a user returned from an organization group membership lookup.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupMemberUser {
    /// Identifier for the user.
    pub id: String,
    /// Display name of the user.
    pub name: String,
    /// Email address of the user, or `null` for users without an email.
    pub email: Option<String>,
    /// URL of the user's profile picture, if available.
    pub picture: Option<String>,
    /// Whether the user is a service account.
    pub is_service_account: Option<bool>,
    /// The type of user.
    pub user_type: GroupMemberUserUserType,
}
impl sdk_runtime_types::de::Object for GroupMemberUser {
    const NAME: &'static str = "GroupMemberUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut picture: Option<String> = None;
        let mut is_service_account: Option<bool> = None;
        let mut user_type: Option<GroupMemberUserUserType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "email" => 2,
                    "picture" => 3,
                    "is_service_account" => 4,
                    "user_type" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut picture),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut is_service_account),
                5 => sdk_runtime_types::de::value(&mut map, &mut user_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            email,
            picture,
            is_service_account,
            user_type: user_type.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupMemberUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupMemberUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        user_type: impl Into<GroupMemberUserUserType>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            email: None,
            picture: None,
            is_service_account: None,
            user_type: user_type.into(),
        }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `picture`.
    pub fn picture(mut self, value: impl Into<String>) -> Self {
        self.picture = Some(value.into());
        self
    }
    /// Sets `is_service_account`.
    pub fn is_service_account(mut self, value: impl Into<bool>) -> Self {
        self.is_service_account = Some(value.into());
        self
    }
}
/// The type of user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupMemberUserUserType {
    /// `user`
    User,
    /// `tenant_user`
    TenantUser,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl GroupMemberUserUserType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::TenantUser => "tenant_user",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "tenant_user" => Self::TenantUser,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for GroupMemberUserUserType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for GroupMemberUserUserType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for GroupMemberUserUserType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GroupMemberUserUserType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GroupMemberUserUserType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for GroupMemberUserUserType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Response returned after updating a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupResourceWithSuccess {
    /// Identifier for the group.
    pub id: String,
    /// Updated display name for the group.
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    pub created_at: i64,
    /// Whether the group is managed through SCIM and controlled by your identity provider.
    pub is_scim_managed: bool,
}
impl sdk_runtime_types::de::Object for GroupResourceWithSuccess {
    const NAME: &'static str = "GroupResourceWithSuccess";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut is_scim_managed: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "created_at" => 2,
                    "is_scim_managed" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut is_scim_managed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            is_scim_managed: is_scim_managed.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupResourceWithSuccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupResourceWithSuccess {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        is_scim_managed: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            created_at: created_at.into(),
            is_scim_managed: is_scim_managed.into(),
        }
    }
}
/// Represents an individual user returned when inspecting group membership.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupUser {
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the user.
    pub name: String,
    /// The email address of the user.
    pub email: Option<String>,
}
impl sdk_runtime_types::de::Object for GroupUser {
    const NAME: &'static str = "GroupUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "email" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            email,
        })
    }
}
impl<'de> Deserialize<'de> for GroupUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            email: None,
        }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
/// Confirmation payload returned after adding a user to a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupUserAssignment {
    /// Always `group.user`.
    pub object: GroupUserLiteral,
    /// Identifier of the user that was added.
    pub user_id: String,
    /// Identifier of the group the user was added to.
    pub group_id: String,
}
impl sdk_runtime_types::de::Object for GroupUserAssignment {
    const NAME: &'static str = "GroupUserAssignment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<GroupUserLiteral> = None;
        let mut user_id: Option<String> = None;
        let mut group_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "user_id" => 1,
                    "group_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut user_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut group_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            user_id: user_id.unwrap_or_default(),
            group_id: group_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupUserAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupUserAssignment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(user_id: impl Into<String>, group_id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            user_id: user_id.into(),
            group_id: group_id.into(),
        }
    }
}
/// The constant `group.user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupUserLiteral {
    /// `group.user`
    #[default]
    GroupUser,
}
impl GroupUserLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "group.user"
    }
}
impl std::fmt::Display for GroupUserLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GroupUserLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("group.user")
    }
}
impl<'de> Deserialize<'de> for GroupUserLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "group.user")
            .map(|()| Self::GroupUser)
    }
}
/// Confirmation payload returned after removing a user from a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupUserDeletedResource {
    /// Always `group.user.deleted`.
    pub object: GroupUserDeletedLiteral,
    /// Whether the group membership was removed.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for GroupUserDeletedResource {
    const NAME: &'static str = "GroupUserDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<GroupUserDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GroupUserDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GroupUserDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `group.user.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupUserDeletedLiteral {
    /// `group.user.deleted`
    #[default]
    GroupUserDeleted,
}
impl GroupUserDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "group.user.deleted"
    }
}
impl std::fmt::Display for GroupUserDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GroupUserDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("group.user.deleted")
    }
}
impl<'de> Deserialize<'de> for GroupUserDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "group.user.deleted")
            .map(|()| Self::GroupUserDeleted)
    }
}
/// Permission state for a single hosted tool on a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct HostedToolPermission {
    /// Whether the hosted tool is enabled for the project.
    pub enabled: bool,
}
impl sdk_runtime_types::de::Object for HostedToolPermission {
    const NAME: &'static str = "HostedToolPermission";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for HostedToolPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl HostedToolPermission {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self { enabled: enabled.into() }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HostedToolPermissionUpdate {
    /// Whether to enable the hosted tool for the project.
    pub enabled: bool,
}
impl sdk_runtime_types::de::Object for HostedToolPermissionUpdate {
    const NAME: &'static str = "HostedToolPermissionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for HostedToolPermissionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl HostedToolPermissionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self { enabled: enabled.into() }
    }
}
/// Represents an individual `invite` to the organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Invite {
    /// The object type, which is always `organization.invite`
    pub object: OrganizationInviteLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The email address of the individual to whom the invite was sent
    pub email: String,
    /// `owner` or `reader`
    pub role: InviteRole,
    /// `accepted`,`expired`, or `pending`
    pub status: InviteStatus,
    /// The Unix timestamp (in seconds) of when the invite was sent.
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the invite expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the invite was accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    /// The projects that were granted membership upon acceptance of the invite.
    pub projects: Vec<InviteProject>,
}
impl sdk_runtime_types::de::Object for Invite {
    const NAME: &'static str = "Invite";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationInviteLiteral> = None;
        let mut id: Option<String> = None;
        let mut email: Option<String> = None;
        let mut role: Option<InviteRole> = None;
        let mut status: Option<InviteStatus> = None;
        let mut created_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut accepted_at: Option<i64> = None;
        let mut projects: Option<Vec<InviteProject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "email" => 2,
                    "role" => 3,
                    "status" => 4,
                    "created_at" => 5,
                    "expires_at" => 6,
                    "accepted_at" => 7,
                    "projects" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut email),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut accepted_at),
                8 => sdk_runtime_types::de::value(&mut map, &mut projects),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            email: email.unwrap_or_default(),
            role: role.unwrap_or_default(),
            status: status.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            expires_at,
            accepted_at,
            projects: projects.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for Invite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Invite {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        email: impl Into<String>,
        role: impl Into<InviteRole>,
        status: impl Into<InviteStatus>,
        created_at: impl Into<i64>,
        projects: impl Into<Vec<InviteProject>>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            email: email.into(),
            role: role.into(),
            status: status.into(),
            created_at: created_at.into(),
            expires_at: None,
            accepted_at: None,
            projects: projects.into(),
        }
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `accepted_at`.
    pub fn accepted_at(mut self, value: impl Into<i64>) -> Self {
        self.accepted_at = Some(value.into());
        self
    }
}
/// The constant `organization.invite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationInviteLiteral {
    /// `organization.invite`
    #[default]
    OrganizationInvite,
}
impl OrganizationInviteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.invite"
    }
}
impl std::fmt::Display for OrganizationInviteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationInviteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.invite")
    }
}
impl<'de> Deserialize<'de> for OrganizationInviteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.invite")
            .map(|()| Self::OrganizationInvite)
    }
}
/// `owner` or `reader`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InviteRole {
    /// `owner`
    Owner,
    /// `reader`
    Reader,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl InviteRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Reader => "reader",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "reader" => Self::Reader,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for InviteRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for InviteRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for InviteRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InviteRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for InviteRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for InviteRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// `accepted`,`expired`, or `pending`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InviteStatus {
    /// `accepted`
    Accepted,
    /// `expired`
    Expired,
    /// `pending`
    Pending,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl InviteStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "accepted",
            Self::Expired => "expired",
            Self::Pending => "pending",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "accepted" => Self::Accepted,
            "expired" => Self::Expired,
            "pending" => Self::Pending,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for InviteStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for InviteStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for InviteStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InviteStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for InviteStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for InviteStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InviteProject {
    /// Project's public ID
    pub id: String,
    /// Project membership role
    pub role: InviteProjectRole,
}
impl sdk_runtime_types::de::Object for InviteProject {
    const NAME: &'static str = "InviteProject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut role: Option<InviteProjectRole> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "role" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for InviteProject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InviteProject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, role: impl Into<InviteProjectRole>) -> Self {
        Self {
            id: id.into(),
            role: role.into(),
        }
    }
}
/// Project membership role
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InviteProjectRole {
    /// `member`
    Member,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl InviteProjectRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Owner => "owner",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "owner" => Self::Owner,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for InviteProjectRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for InviteProjectRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for InviteProjectRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InviteProjectRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for InviteProjectRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for InviteProjectRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InviteDeleteResponse {
    /// The object type, which is always `organization.invite.deleted`
    pub object: OrganizationInviteDeletedLiteral,
    pub id: String,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for InviteDeleteResponse {
    const NAME: &'static str = "InviteDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationInviteDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for InviteDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InviteDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.invite.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationInviteDeletedLiteral {
    /// `organization.invite.deleted`
    #[default]
    OrganizationInviteDeleted,
}
impl OrganizationInviteDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.invite.deleted"
    }
}
impl std::fmt::Display for OrganizationInviteDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationInviteDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.invite.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationInviteDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.invite.deleted")
            .map(|()| Self::OrganizationInviteDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InviteListResponse {
    /// The object type, which is always `list`
    pub object: ListLiteral,
    pub data: Vec<Invite>,
    /// The first `invite_id` in the retrieved `list`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    /// The last `invite_id` in the retrieved `list`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    /// The `has_more` property is used for pagination to indicate there are additional results.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for InviteListResponse {
    const NAME: &'static str = "InviteListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<Invite>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for InviteListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InviteListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Invite>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for InviteListResponse {
    type Item = Invite;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Request payload for granting a group access to a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InviteProjectGroupBody {
    /// Identifier of the group to add to the project.
    pub group_id: String,
    /// Identifier of the project role to grant to the group.
    pub role: String,
}
impl sdk_runtime_types::de::Object for InviteProjectGroupBody {
    const NAME: &'static str = "InviteProjectGroupBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut group_id: Option<String> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "group_id" => 0,
                    "role" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut group_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            group_id: group_id.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for InviteProjectGroupBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InviteProjectGroupBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(group_id: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            role: role.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InviteRequest {
    /// Send an email to this address
    pub email: String,
    /// `owner` or `reader`
    pub role: InviteRequestRole,
    /// An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<InviteProject>>,
}
impl sdk_runtime_types::de::Object for InviteRequest {
    const NAME: &'static str = "InviteRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut email: Option<String> = None;
        let mut role: Option<InviteRequestRole> = None;
        let mut projects: Option<Vec<InviteProject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "email" => 0,
                    "role" => 1,
                    "projects" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut email),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut projects),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            email: email.unwrap_or_default(),
            role: role.unwrap_or_default(),
            projects,
        })
    }
}
impl<'de> Deserialize<'de> for InviteRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InviteRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(email: impl Into<String>, role: impl Into<InviteRequestRole>) -> Self {
        Self {
            email: email.into(),
            role: role.into(),
            projects: None,
        }
    }
    /// Sets `projects`.
    pub fn projects(mut self, value: impl Into<Vec<InviteProject>>) -> Self {
        self.projects = Some(value.into());
        self
    }
}
/// `owner` or `reader`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InviteRequestRole {
    /// `reader`
    Reader,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl InviteRequestRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reader => "reader",
            Self::Owner => "owner",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "reader" => Self::Reader,
            "owner" => Self::Owner,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for InviteRequestRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for InviteRequestRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for InviteRequestRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InviteRequestRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for InviteRequestRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for InviteRequestRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListAuditLogsResponse {
    pub object: ListLiteral,
    pub data: Vec<AuditLog>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListAuditLogsResponse {
    const NAME: &'static str = "ListAuditLogsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<AuditLog>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ListAuditLogsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListAuditLogsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<AuditLog>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ListAuditLogsResponse {
    type Item = AuditLog;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListCertificatesResponse {
    pub data: Vec<OrganizationCertificate>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    pub has_more: bool,
    pub object: ListLiteral,
}
impl sdk_runtime_types::de::Object for ListCertificatesResponse {
    const NAME: &'static str = "ListCertificatesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<OrganizationCertificate>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        let mut object: Option<ListLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "first_id" => 1,
                    "last_id" => 2,
                    "has_more" => 3,
                    "object" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                4 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for ListCertificatesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListCertificatesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<OrganizationCertificate>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
            object: Default::default(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ListCertificatesResponse {
    type Item = OrganizationCertificate;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents an individual certificate configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationCertificate {
    /// The object type, which is always `organization.certificate`.
    pub object: OrganizationCertificateLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the certificate.
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    pub created_at: i64,
    pub certificate_details: OrganizationCertificateCertificateDetails,
    /// Whether the certificate is currently active at the organization level.
    pub active: bool,
}
impl sdk_runtime_types::de::Object for OrganizationCertificate {
    const NAME: &'static str = "OrganizationCertificate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationCertificateLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut certificate_details: Option<OrganizationCertificateCertificateDetails> = None;
        let mut active: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "certificate_details" => 4,
                    "active" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut certificate_details),
                5 => sdk_runtime_types::de::value(&mut map, &mut active),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            created_at: created_at.unwrap_or_default(),
            certificate_details: certificate_details.unwrap_or_default(),
            active: active.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationCertificate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        certificate_details: impl Into<OrganizationCertificateCertificateDetails>,
        active: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            created_at: created_at.into(),
            certificate_details: certificate_details.into(),
            active: active.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The constant `organization.certificate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationCertificateLiteral {
    /// `organization.certificate`
    #[default]
    OrganizationCertificate,
}
impl OrganizationCertificateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.certificate"
    }
}
impl std::fmt::Display for OrganizationCertificateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationCertificateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.certificate")
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.certificate")
            .map(|()| Self::OrganizationCertificate)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationCertificateCertificateDetails {
    /// The Unix timestamp (in seconds) of when the certificate becomes valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the certificate expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
}
impl sdk_runtime_types::de::Object for OrganizationCertificateCertificateDetails {
    const NAME: &'static str = "OrganizationCertificateCertificateDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut valid_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "valid_at" => 0,
                    "expires_at" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut valid_at),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { valid_at, expires_at })
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateCertificateDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationCertificateCertificateDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            valid_at: None,
            expires_at: None,
        }
    }
    /// Sets `valid_at`.
    pub fn valid_at(mut self, value: impl Into<i64>) -> Self {
        self.valid_at = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListProjectCertificatesResponse {
    pub data: Vec<OrganizationProjectCertificate>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    pub has_more: bool,
    pub object: ListLiteral,
}
impl sdk_runtime_types::de::Object for ListProjectCertificatesResponse {
    const NAME: &'static str = "ListProjectCertificatesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<OrganizationProjectCertificate>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        let mut object: Option<ListLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "first_id" => 1,
                    "last_id" => 2,
                    "has_more" => 3,
                    "object" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                4 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for ListProjectCertificatesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectCertificatesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<OrganizationProjectCertificate>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
            object: Default::default(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ListProjectCertificatesResponse {
    type Item = OrganizationProjectCertificate;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents an individual certificate configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationProjectCertificate {
    /// The object type, which is always `organization.project.certificate`.
    pub object: OrganizationProjectCertificateLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the certificate.
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    pub created_at: i64,
    pub certificate_details: OrganizationCertificateCertificateDetails,
    /// Whether the certificate is currently active at the project level.
    pub active: bool,
}
impl sdk_runtime_types::de::Object for OrganizationProjectCertificate {
    const NAME: &'static str = "OrganizationProjectCertificate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectCertificateLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut certificate_details: Option<OrganizationCertificateCertificateDetails> = None;
        let mut active: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "certificate_details" => 4,
                    "active" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut certificate_details),
                5 => sdk_runtime_types::de::value(&mut map, &mut active),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            created_at: created_at.unwrap_or_default(),
            certificate_details: certificate_details.unwrap_or_default(),
            active: active.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationProjectCertificate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        certificate_details: impl Into<OrganizationCertificateCertificateDetails>,
        active: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            created_at: created_at.into(),
            certificate_details: certificate_details.into(),
            active: active.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The constant `organization.project.certificate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectCertificateLiteral {
    /// `organization.project.certificate`
    #[default]
    OrganizationProjectCertificate,
}
impl OrganizationProjectCertificateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.certificate"
    }
}
impl std::fmt::Display for OrganizationProjectCertificateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectCertificateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.certificate")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.project.certificate")
            .map(|()| Self::OrganizationProjectCertificate)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyCertificateRequest {
    /// The updated name for the certificate
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for ModifyCertificateRequest {
    const NAME: &'static str = "ModifyCertificateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name })
    }
}
impl<'de> Deserialize<'de> for ModifyCertificateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ModifyCertificateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { name: None }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationCertificateActivationResponse {
    /// The organization certificate activation result type.
    pub object: OrganizationCertificateActivationLiteral,
    pub data: Vec<OrganizationCertificate>,
}
impl sdk_runtime_types::de::Object for OrganizationCertificateActivationResponse {
    const NAME: &'static str = "OrganizationCertificateActivationResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationCertificateActivationLiteral> = None;
        let mut data: Option<Vec<OrganizationCertificate>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateActivationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationCertificateActivationResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<OrganizationCertificate>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `organization.certificate.activation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationCertificateActivationLiteral {
    /// `organization.certificate.activation`
    #[default]
    OrganizationCertificateActivation,
}
impl OrganizationCertificateActivationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.certificate.activation"
    }
}
impl std::fmt::Display for OrganizationCertificateActivationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationCertificateActivationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.certificate.activation")
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateActivationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.certificate.activation",
            )
            .map(|()| Self::OrganizationCertificateActivation)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationCertificateDeactivationResponse {
    /// The organization certificate deactivation result type.
    pub object: OrganizationCertificateDeactivationLiteral,
    pub data: Vec<OrganizationCertificate>,
}
impl sdk_runtime_types::de::Object for OrganizationCertificateDeactivationResponse {
    const NAME: &'static str = "OrganizationCertificateDeactivationResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationCertificateDeactivationLiteral> = None;
        let mut data: Option<Vec<OrganizationCertificate>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateDeactivationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationCertificateDeactivationResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<OrganizationCertificate>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `organization.certificate.deactivation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationCertificateDeactivationLiteral {
    /// `organization.certificate.deactivation`
    #[default]
    OrganizationCertificateDeactivation,
}
impl OrganizationCertificateDeactivationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.certificate.deactivation"
    }
}
impl std::fmt::Display for OrganizationCertificateDeactivationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationCertificateDeactivationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.certificate.deactivation")
    }
}
impl<'de> Deserialize<'de> for OrganizationCertificateDeactivationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.certificate.deactivation",
            )
            .map(|()| Self::OrganizationCertificateDeactivation)
    }
}
/// Represents the organization's data retention control setting.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationDataRetention {
    /// The object type, which is always `organization.data_retention`.
    pub object: OrganizationDataRetentionLiteral,
    /// The configured organization data retention type.
    #[serde(rename = "type")]
    pub type_: OrganizationDataRetentionType,
}
impl sdk_runtime_types::de::Object for OrganizationDataRetention {
    const NAME: &'static str = "OrganizationDataRetention";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationDataRetentionLiteral> = None;
        let mut type_: Option<OrganizationDataRetentionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationDataRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationDataRetention {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<OrganizationDataRetentionType>) -> Self {
        Self {
            object: Default::default(),
            type_: type_.into(),
        }
    }
}
/// The constant `organization.data_retention`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationDataRetentionLiteral {
    /// `organization.data_retention`
    #[default]
    OrganizationDataRetention,
}
impl OrganizationDataRetentionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.data_retention"
    }
}
impl std::fmt::Display for OrganizationDataRetentionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationDataRetentionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.data_retention")
    }
}
impl<'de> Deserialize<'de> for OrganizationDataRetentionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.data_retention")
            .map(|()| Self::OrganizationDataRetention)
    }
}
/// The configured organization data retention type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrganizationDataRetentionType {
    /// `zero_data_retention`
    ZeroDataRetention,
    /// `modified_abuse_monitoring`
    ModifiedAbuseMonitoring,
    /// `enhanced_zero_data_retention`
    EnhancedZeroDataRetention,
    /// `enhanced_modified_abuse_monitoring`
    EnhancedModifiedAbuseMonitoring,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl OrganizationDataRetentionType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZeroDataRetention => "zero_data_retention",
            Self::ModifiedAbuseMonitoring => "modified_abuse_monitoring",
            Self::EnhancedZeroDataRetention => "enhanced_zero_data_retention",
            Self::EnhancedModifiedAbuseMonitoring => "enhanced_modified_abuse_monitoring",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "zero_data_retention" => Self::ZeroDataRetention,
            "modified_abuse_monitoring" => Self::ModifiedAbuseMonitoring,
            "enhanced_zero_data_retention" => Self::EnhancedZeroDataRetention,
            "enhanced_modified_abuse_monitoring" => Self::EnhancedModifiedAbuseMonitoring,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for OrganizationDataRetentionType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for OrganizationDataRetentionType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for OrganizationDataRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationDataRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OrganizationDataRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for OrganizationDataRetentionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationProjectCertificateActivationResponse {
    /// The project certificate activation result type.
    pub object: OrganizationProjectCertificateActivationLiteral,
    pub data: Vec<OrganizationProjectCertificate>,
}
impl sdk_runtime_types::de::Object for OrganizationProjectCertificateActivationResponse {
    const NAME: &'static str = "OrganizationProjectCertificateActivationResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectCertificateActivationLiteral> = None;
        let mut data: Option<Vec<OrganizationProjectCertificate>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificateActivationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationProjectCertificateActivationResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<OrganizationProjectCertificate>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `organization.project.certificate.activation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectCertificateActivationLiteral {
    /// `organization.project.certificate.activation`
    #[default]
    OrganizationProjectCertificateActivation,
}
impl OrganizationProjectCertificateActivationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.certificate.activation"
    }
}
impl std::fmt::Display for OrganizationProjectCertificateActivationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectCertificateActivationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.certificate.activation")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificateActivationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.certificate.activation",
            )
            .map(|()| Self::OrganizationProjectCertificateActivation)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationProjectCertificateDeactivationResponse {
    /// The project certificate deactivation result type.
    pub object: OrganizationProjectCertificateDeactivationLiteral,
    pub data: Vec<OrganizationProjectCertificate>,
}
impl sdk_runtime_types::de::Object
for OrganizationProjectCertificateDeactivationResponse {
    const NAME: &'static str = "OrganizationProjectCertificateDeactivationResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectCertificateDeactivationLiteral> = None;
        let mut data: Option<Vec<OrganizationProjectCertificate>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificateDeactivationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationProjectCertificateDeactivationResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<OrganizationProjectCertificate>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `organization.project.certificate.deactivation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectCertificateDeactivationLiteral {
    /// `organization.project.certificate.deactivation`
    #[default]
    OrganizationProjectCertificateDeactivation,
}
impl OrganizationProjectCertificateDeactivationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.certificate.deactivation"
    }
}
impl std::fmt::Display for OrganizationProjectCertificateDeactivationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectCertificateDeactivationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.certificate.deactivation")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectCertificateDeactivationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.certificate.deactivation",
            )
            .map(|()| Self::OrganizationProjectCertificateDeactivation)
    }
}
/// Represents a spend alert configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationSpendAlert {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `organization.spend_alert`.
    pub object: OrganizationSpendAlertLiteral,
    /// The alert threshold amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    pub interval: MonthLiteral,
    pub notification_channel: SpendAlertNotificationChannel,
}
impl sdk_runtime_types::de::Object for OrganizationSpendAlert {
    const NAME: &'static str = "OrganizationSpendAlert";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<OrganizationSpendAlertLiteral> = None;
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<UsdLiteral> = None;
        let mut interval: Option<MonthLiteral> = None;
        let mut notification_channel: Option<SpendAlertNotificationChannel> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "threshold_amount" => 2,
                    "currency" => 3,
                    "interval" => 4,
                    "notification_channel" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                3 => sdk_runtime_types::de::value(&mut map, &mut currency),
                4 => sdk_runtime_types::de::value(&mut map, &mut interval),
                5 => sdk_runtime_types::de::value(&mut map, &mut notification_channel),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            threshold_amount: threshold_amount.unwrap_or_default(),
            currency: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(currency, "currency")?,
            interval: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(interval, "interval")?,
            notification_channel: notification_channel.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendAlert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationSpendAlert {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        threshold_amount: impl Into<i64>,
        notification_channel: impl Into<SpendAlertNotificationChannel>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            threshold_amount: threshold_amount.into(),
            currency: Default::default(),
            interval: Default::default(),
            notification_channel: notification_channel.into(),
        }
    }
}
/// The constant `organization.spend_alert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationSpendAlertLiteral {
    /// `organization.spend_alert`
    #[default]
    OrganizationSpendAlert,
}
impl OrganizationSpendAlertLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.spend_alert"
    }
}
impl std::fmt::Display for OrganizationSpendAlertLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationSpendAlertLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.spend_alert")
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendAlertLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.spend_alert")
            .map(|()| Self::OrganizationSpendAlert)
    }
}
/// Confirmation payload returned after deleting an organization spend alert.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationSpendAlertDeletedResource {
    /// The deleted spend alert ID.
    pub id: String,
    /// Always `organization.spend_alert.deleted`.
    pub object: OrganizationSpendAlertDeletedLiteral,
    /// Whether the spend alert was deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for OrganizationSpendAlertDeletedResource {
    const NAME: &'static str = "OrganizationSpendAlertDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<OrganizationSpendAlertDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendAlertDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationSpendAlertDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.spend_alert.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationSpendAlertDeletedLiteral {
    /// `organization.spend_alert.deleted`
    #[default]
    OrganizationSpendAlertDeleted,
}
impl OrganizationSpendAlertDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.spend_alert.deleted"
    }
}
impl std::fmt::Display for OrganizationSpendAlertDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationSpendAlertDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.spend_alert.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendAlertDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.spend_alert.deleted")
            .map(|()| Self::OrganizationSpendAlertDeleted)
    }
}
/// Paginated list of organization spend alerts.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationSpendAlertListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Spend alerts returned in the current page.
    pub data: Vec<OrganizationSpendAlert>,
    /// The ID of the first spend alert in this page.
    pub first_id: Option<String>,
    /// The ID of the last spend alert in this page.
    pub last_id: Option<String>,
    /// Whether more spend alerts are available when paginating.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for OrganizationSpendAlertListResource {
    const NAME: &'static str = "OrganizationSpendAlertListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<OrganizationSpendAlert>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendAlertListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationSpendAlertListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<OrganizationSpendAlert>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for OrganizationSpendAlertListResource {
    type Item = OrganizationSpendAlert;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents an individual project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Project {
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The object type, which is always `organization.project`
    pub object: OrganizationProjectLiteral,
    /// The name of the project. This appears in reporting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the project was created.
    pub created_at: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<i64>,
    /// `active` or `archived`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The external key associated with the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_key_id: Option<String>,
    /// The residency configuration for the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residency: Option<PublicProjectResidency>,
}
impl sdk_runtime_types::de::Object for Project {
    const NAME: &'static str = "Project";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<OrganizationProjectLiteral> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut archived_at: Option<i64> = None;
        let mut status: Option<String> = None;
        let mut external_key_id: Option<String> = None;
        let mut residency: Option<PublicProjectResidency> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "archived_at" => 4,
                    "status" => 5,
                    "external_key_id" => 6,
                    "residency" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut archived_at),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut external_key_id),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut residency),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            name,
            created_at: created_at.unwrap_or_default(),
            archived_at,
            status,
            external_key_id,
            residency,
        })
    }
}
impl<'de> Deserialize<'de> for Project {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Project {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, created_at: impl Into<i64>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            name: None,
            created_at: created_at.into(),
            archived_at: None,
            status: None,
            external_key_id: None,
            residency: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `archived_at`.
    pub fn archived_at(mut self, value: impl Into<i64>) -> Self {
        self.archived_at = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `external_key_id`.
    pub fn external_key_id(mut self, value: impl Into<String>) -> Self {
        self.external_key_id = Some(value.into());
        self
    }
    /// Sets `residency`.
    pub fn residency(mut self, value: impl Into<PublicProjectResidency>) -> Self {
        self.residency = Some(value.into());
        self
    }
}
/// The constant `organization.project`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectLiteral {
    /// `organization.project`
    #[default]
    OrganizationProject,
}
impl OrganizationProjectLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project"
    }
}
impl std::fmt::Display for OrganizationProjectLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.project")
            .map(|()| Self::OrganizationProject)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PublicProjectResidency {
    /// `GLOBAL`
    Global,
    /// `US_STORAGE_PROCESSING`
    UsStorageProcessing,
    /// `EU_STORAGE_PROCESSING`
    EuStorageProcessing,
    /// `JP_STORAGE`
    JpStorage,
    /// `KR_STORAGE`
    KrStorage,
    /// `CA_STORAGE`
    CaStorage,
    /// `SG_STORAGE`
    SgStorage,
    /// `IN_STORAGE`
    InStorage,
    /// `AU_STORAGE`
    AuStorage,
    /// `GB_STORAGE`
    GbStorage,
    /// `AE_STORAGE`
    AeStorage,
    /// `AE_STORAGE_PROCESSING`
    AeStorageProcessing,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl PublicProjectResidency {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "GLOBAL",
            Self::UsStorageProcessing => "US_STORAGE_PROCESSING",
            Self::EuStorageProcessing => "EU_STORAGE_PROCESSING",
            Self::JpStorage => "JP_STORAGE",
            Self::KrStorage => "KR_STORAGE",
            Self::CaStorage => "CA_STORAGE",
            Self::SgStorage => "SG_STORAGE",
            Self::InStorage => "IN_STORAGE",
            Self::AuStorage => "AU_STORAGE",
            Self::GbStorage => "GB_STORAGE",
            Self::AeStorage => "AE_STORAGE",
            Self::AeStorageProcessing => "AE_STORAGE_PROCESSING",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "GLOBAL" => Self::Global,
            "US_STORAGE_PROCESSING" => Self::UsStorageProcessing,
            "EU_STORAGE_PROCESSING" => Self::EuStorageProcessing,
            "JP_STORAGE" => Self::JpStorage,
            "KR_STORAGE" => Self::KrStorage,
            "CA_STORAGE" => Self::CaStorage,
            "SG_STORAGE" => Self::SgStorage,
            "IN_STORAGE" => Self::InStorage,
            "AU_STORAGE" => Self::AuStorage,
            "GB_STORAGE" => Self::GbStorage,
            "AE_STORAGE" => Self::AeStorage,
            "AE_STORAGE_PROCESSING" => Self::AeStorageProcessing,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for PublicProjectResidency {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for PublicProjectResidency {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for PublicProjectResidency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PublicProjectResidency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PublicProjectResidency {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for PublicProjectResidency {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Represents an individual API key in a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKey {
    /// The object type, which is always `organization.project.api_key`
    pub object: OrganizationProjectApiKeyLiteral,
    /// The redacted value of the API key
    pub redacted_value: String,
    /// The name of the API key
    pub name: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the API key was last used.
    pub last_used_at: Option<i64>,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// Whether the API key's owner currently has effective access to the project.
    pub owner_project_access: ProjectApiKeyOwnerProjectAccess,
    pub owner: ProjectApiKeyOwner,
}
impl sdk_runtime_types::de::Object for ProjectApiKey {
    const NAME: &'static str = "ProjectApiKey";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectApiKeyLiteral> = None;
        let mut redacted_value: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut last_used_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut owner_project_access: Option<ProjectApiKeyOwnerProjectAccess> = None;
        let mut owner: Option<ProjectApiKeyOwner> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "redacted_value" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "last_used_at" => 4,
                    "id" => 5,
                    "owner_project_access" => 6,
                    "owner" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut redacted_value),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut last_used_at),
                5 => sdk_runtime_types::de::value(&mut map, &mut id),
                6 => sdk_runtime_types::de::value(&mut map, &mut owner_project_access),
                7 => sdk_runtime_types::de::value(&mut map, &mut owner),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            redacted_value: redacted_value.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            last_used_at,
            id: id.unwrap_or_default(),
            owner_project_access: owner_project_access.unwrap_or_default(),
            owner: owner.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKey {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        redacted_value: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        id: impl Into<String>,
        owner_project_access: impl Into<ProjectApiKeyOwnerProjectAccess>,
        owner: impl Into<ProjectApiKeyOwner>,
    ) -> Self {
        Self {
            object: Default::default(),
            redacted_value: redacted_value.into(),
            name: name.into(),
            created_at: created_at.into(),
            last_used_at: None,
            id: id.into(),
            owner_project_access: owner_project_access.into(),
            owner: owner.into(),
        }
    }
    /// Sets `last_used_at`.
    pub fn last_used_at(mut self, value: impl Into<i64>) -> Self {
        self.last_used_at = Some(value.into());
        self
    }
}
/// The constant `organization.project.api_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectApiKeyLiteral {
    /// `organization.project.api_key`
    #[default]
    OrganizationProjectApiKey,
}
impl OrganizationProjectApiKeyLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.api_key"
    }
}
impl std::fmt::Display for OrganizationProjectApiKeyLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectApiKeyLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.api_key")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectApiKeyLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.project.api_key")
            .map(|()| Self::OrganizationProjectApiKey)
    }
}
/// Whether the API key's owner currently has effective access to the project.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectApiKeyOwnerProjectAccess {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProjectApiKeyOwnerProjectAccess {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectApiKeyOwnerProjectAccess {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProjectApiKeyOwnerProjectAccess {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProjectApiKeyOwnerProjectAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectApiKeyOwnerProjectAccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyOwnerProjectAccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProjectApiKeyOwnerProjectAccess {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKeyOwner {
    /// `user` or `service_account`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AuditLogActorApiKeyType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<ProjectApiKeyOwnerUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ProjectApiKeyOwnerServiceAccount>,
}
impl sdk_runtime_types::de::Object for ProjectApiKeyOwner {
    const NAME: &'static str = "ProjectApiKeyOwner";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AuditLogActorApiKeyType> = None;
        let mut user: Option<Box<ProjectApiKeyOwnerUser>> = None;
        let mut service_account: Option<ProjectApiKeyOwnerServiceAccount> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "user" => 1,
                    "service_account" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut service_account),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            user,
            service_account,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKeyOwner {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            user: None,
            service_account: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AuditLogActorApiKeyType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<ProjectApiKeyOwnerUser>) -> Self {
        self.user = Some(Box::new(value.into()));
        self
    }
    /// Sets `service_account`.
    pub fn service_account(
        mut self,
        value: impl Into<ProjectApiKeyOwnerServiceAccount>,
    ) -> Self {
        self.service_account = Some(value.into());
        self
    }
}
/// The user that owns a project API key.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKeyOwnerUser {
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The email address of the user.
    pub email: String,
    /// The name of the user.
    pub name: String,
    /// The Unix timestamp (in seconds) of when the user was created.
    pub created_at: i64,
    /// The user's project role.
    pub role: String,
}
impl sdk_runtime_types::de::Object for ProjectApiKeyOwnerUser {
    const NAME: &'static str = "ProjectApiKeyOwnerUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut email: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "email" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "role" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut email),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            email: email.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyOwnerUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKeyOwnerUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        email: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        role: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            email: email.into(),
            name: name.into(),
            created_at: created_at.into(),
            role: role.into(),
        }
    }
}
/// The service account that owns a project API key.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKeyOwnerServiceAccount {
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the service account.
    pub name: String,
    /// The Unix timestamp (in seconds) of when the service account was created.
    pub created_at: i64,
    /// The service account's project role.
    pub role: String,
}
impl sdk_runtime_types::de::Object for ProjectApiKeyOwnerServiceAccount {
    const NAME: &'static str = "ProjectApiKeyOwnerServiceAccount";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "created_at" => 2,
                    "role" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyOwnerServiceAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKeyOwnerServiceAccount {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        role: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            created_at: created_at.into(),
            role: role.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKeyDeleteResponse {
    pub object: OrganizationProjectApiKeyDeletedLiteral,
    pub id: String,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectApiKeyDeleteResponse {
    const NAME: &'static str = "ProjectApiKeyDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectApiKeyDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKeyDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.project.api_key.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectApiKeyDeletedLiteral {
    /// `organization.project.api_key.deleted`
    #[default]
    OrganizationProjectApiKeyDeleted,
}
impl OrganizationProjectApiKeyDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.api_key.deleted"
    }
}
impl std::fmt::Display for OrganizationProjectApiKeyDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectApiKeyDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.api_key.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectApiKeyDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.api_key.deleted",
            )
            .map(|()| Self::OrganizationProjectApiKeyDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectApiKeyListResponse {
    pub object: ListLiteral,
    pub data: Vec<ProjectApiKey>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectApiKeyListResponse {
    const NAME: &'static str = "ProjectApiKeyListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ProjectApiKey>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectApiKeyListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectApiKeyListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<ProjectApiKey>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectApiKeyListResponse {
    type Item = ProjectApiKey;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectCreateRequest {
    /// The friendly name of the project, this name appears in reports.
    pub name: String,
    /// Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](https://platform.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residency: Option<PublicProjectResidency>,
    /// External key ID to associate with the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_key_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ProjectCreateRequest {
    const NAME: &'static str = "ProjectCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut residency: Option<PublicProjectResidency> = None;
        let mut external_key_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "residency" => 1,
                    "external_key_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut residency),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut external_key_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            residency,
            external_key_id,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            residency: None,
            external_key_id: None,
        }
    }
    /// Sets `residency`.
    pub fn residency(mut self, value: impl Into<PublicProjectResidency>) -> Self {
        self.residency = Some(value.into());
        self
    }
    /// Sets `external_key_id`.
    pub fn external_key_id(mut self, value: impl Into<String>) -> Self {
        self.external_key_id = Some(value.into());
        self
    }
}
/// Represents a project's data retention control setting.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectDataRetention {
    /// The object type, which is always `project.data_retention`.
    pub object: ProjectDataRetentionLiteral,
    /// The configured project data retention type.
    #[serde(rename = "type")]
    pub type_: ProjectDataRetentionType,
}
impl sdk_runtime_types::de::Object for ProjectDataRetention {
    const NAME: &'static str = "ProjectDataRetention";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectDataRetentionLiteral> = None;
        let mut type_: Option<ProjectDataRetentionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectDataRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectDataRetention {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<ProjectDataRetentionType>) -> Self {
        Self {
            object: Default::default(),
            type_: type_.into(),
        }
    }
}
/// The constant `project.data_retention`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectDataRetentionLiteral {
    /// `project.data_retention`
    #[default]
    ProjectDataRetention,
}
impl ProjectDataRetentionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.data_retention"
    }
}
impl std::fmt::Display for ProjectDataRetentionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectDataRetentionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.data_retention")
    }
}
impl<'de> Deserialize<'de> for ProjectDataRetentionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.data_retention")
            .map(|()| Self::ProjectDataRetention)
    }
}
/// The configured project data retention type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectDataRetentionType {
    /// `organization_default`
    OrganizationDefault,
    /// `none`
    NoneType,
    /// `zero_data_retention`
    ZeroDataRetention,
    /// `modified_abuse_monitoring`
    ModifiedAbuseMonitoring,
    /// `enhanced_zero_data_retention`
    EnhancedZeroDataRetention,
    /// `enhanced_modified_abuse_monitoring`
    EnhancedModifiedAbuseMonitoring,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProjectDataRetentionType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationDefault => "organization_default",
            Self::NoneType => "none",
            Self::ZeroDataRetention => "zero_data_retention",
            Self::ModifiedAbuseMonitoring => "modified_abuse_monitoring",
            Self::EnhancedZeroDataRetention => "enhanced_zero_data_retention",
            Self::EnhancedModifiedAbuseMonitoring => "enhanced_modified_abuse_monitoring",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "organization_default" => Self::OrganizationDefault,
            "none" => Self::NoneType,
            "zero_data_retention" => Self::ZeroDataRetention,
            "modified_abuse_monitoring" => Self::ModifiedAbuseMonitoring,
            "enhanced_zero_data_retention" => Self::EnhancedZeroDataRetention,
            "enhanced_modified_abuse_monitoring" => Self::EnhancedModifiedAbuseMonitoring,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectDataRetentionType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProjectDataRetentionType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProjectDataRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectDataRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectDataRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProjectDataRetentionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Details about a group's membership in a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectGroup {
    /// Always `project.group`.
    pub object: ProjectGroupLiteral,
    /// Identifier of the project.
    pub project_id: String,
    /// Identifier of the group that has access to the project.
    pub group_id: String,
    /// Display name of the group.
    pub group_name: String,
    /// The type of the group.
    pub group_type: GroupResponseGroupType,
    /// Unix timestamp (in seconds) when the group was granted project access.
    pub created_at: i64,
}
impl sdk_runtime_types::de::Object for ProjectGroup {
    const NAME: &'static str = "ProjectGroup";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectGroupLiteral> = None;
        let mut project_id: Option<String> = None;
        let mut group_id: Option<String> = None;
        let mut group_name: Option<String> = None;
        let mut group_type: Option<GroupResponseGroupType> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "project_id" => 1,
                    "group_id" => 2,
                    "group_name" => 3,
                    "group_type" => 4,
                    "created_at" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut project_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut group_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut group_name),
                4 => sdk_runtime_types::de::value(&mut map, &mut group_type),
                5 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            project_id: project_id.unwrap_or_default(),
            group_id: group_id.unwrap_or_default(),
            group_name: group_name.unwrap_or_default(),
            group_type: group_type.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectGroup {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        project_id: impl Into<String>,
        group_id: impl Into<String>,
        group_name: impl Into<String>,
        group_type: impl Into<GroupResponseGroupType>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            project_id: project_id.into(),
            group_id: group_id.into(),
            group_name: group_name.into(),
            group_type: group_type.into(),
            created_at: created_at.into(),
        }
    }
}
/// The constant `project.group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectGroupLiteral {
    /// `project.group`
    #[default]
    ProjectGroup,
}
impl ProjectGroupLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.group"
    }
}
impl std::fmt::Display for ProjectGroupLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectGroupLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.group")
    }
}
impl<'de> Deserialize<'de> for ProjectGroupLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.group")
            .map(|()| Self::ProjectGroup)
    }
}
/// Confirmation payload returned after removing a group from a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectGroupDeletedResource {
    /// Always `project.group.deleted`.
    pub object: ProjectGroupDeletedLiteral,
    /// Whether the group membership in the project was removed.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectGroupDeletedResource {
    const NAME: &'static str = "ProjectGroupDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectGroupDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectGroupDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectGroupDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `project.group.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectGroupDeletedLiteral {
    /// `project.group.deleted`
    #[default]
    ProjectGroupDeleted,
}
impl ProjectGroupDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.group.deleted"
    }
}
impl std::fmt::Display for ProjectGroupDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectGroupDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.group.deleted")
    }
}
impl<'de> Deserialize<'de> for ProjectGroupDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.group.deleted")
            .map(|()| Self::ProjectGroupDeleted)
    }
}
/// Paginated list of groups that have access to a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectGroupListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Project group memberships returned in the current page.
    pub data: Vec<ProjectGroup>,
    /// Whether additional project group memberships are available.
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no more results.
    pub next: Option<String>,
}
impl sdk_runtime_types::de::Object for ProjectGroupListResource {
    const NAME: &'static str = "ProjectGroupListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ProjectGroup>> = None;
        let mut has_more: Option<bool> = None;
        let mut next: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "next" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut next),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectGroupListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectGroupListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<ProjectGroup>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            next: None,
        }
    }
    /// Sets `next`.
    pub fn next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectGroupListResource {
    type Item = ProjectGroup;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.next
            .clone()
            .filter(|cursor| !cursor.is_empty())
            .map(|cursor| ("after", cursor))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents hosted tool permissions for a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectHostedToolPermissions {
    pub file_search: HostedToolPermission,
    pub web_search: HostedToolPermission,
    pub image_generation: HostedToolPermission,
    pub mcp: HostedToolPermission,
    pub code_interpreter: HostedToolPermission,
}
impl sdk_runtime_types::de::Object for ProjectHostedToolPermissions {
    const NAME: &'static str = "ProjectHostedToolPermissions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_search: Option<HostedToolPermission> = None;
        let mut web_search: Option<HostedToolPermission> = None;
        let mut image_generation: Option<HostedToolPermission> = None;
        let mut mcp: Option<HostedToolPermission> = None;
        let mut code_interpreter: Option<HostedToolPermission> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_search" => 0,
                    "web_search" => 1,
                    "image_generation" => 2,
                    "mcp" => 3,
                    "code_interpreter" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file_search),
                1 => sdk_runtime_types::de::value(&mut map, &mut web_search),
                2 => sdk_runtime_types::de::value(&mut map, &mut image_generation),
                3 => sdk_runtime_types::de::value(&mut map, &mut mcp),
                4 => sdk_runtime_types::de::value(&mut map, &mut code_interpreter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_search: file_search.unwrap_or_default(),
            web_search: web_search.unwrap_or_default(),
            image_generation: image_generation.unwrap_or_default(),
            mcp: mcp.unwrap_or_default(),
            code_interpreter: code_interpreter.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectHostedToolPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectHostedToolPermissions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file_search: impl Into<HostedToolPermission>,
        web_search: impl Into<HostedToolPermission>,
        image_generation: impl Into<HostedToolPermission>,
        mcp: impl Into<HostedToolPermission>,
        code_interpreter: impl Into<HostedToolPermission>,
    ) -> Self {
        Self {
            file_search: file_search.into(),
            web_search: web_search.into(),
            image_generation: image_generation.into(),
            mcp: mcp.into(),
            code_interpreter: code_interpreter.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectHostedToolPermissionsUpdateRequest {
    /// The file search permission update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<HostedToolPermissionUpdate>,
    /// The web search permission update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_search: Option<HostedToolPermissionUpdate>,
    /// The image generation permission update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_generation: Option<HostedToolPermissionUpdate>,
    /// The MCP permission update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mcp: Option<HostedToolPermissionUpdate>,
    /// The code interpreter permission update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<HostedToolPermissionUpdate>,
}
impl sdk_runtime_types::de::Object for ProjectHostedToolPermissionsUpdateRequest {
    const NAME: &'static str = "ProjectHostedToolPermissionsUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_search: Option<HostedToolPermissionUpdate> = None;
        let mut web_search: Option<HostedToolPermissionUpdate> = None;
        let mut image_generation: Option<HostedToolPermissionUpdate> = None;
        let mut mcp: Option<HostedToolPermissionUpdate> = None;
        let mut code_interpreter: Option<HostedToolPermissionUpdate> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_search" => 0,
                    "web_search" => 1,
                    "image_generation" => 2,
                    "mcp" => 3,
                    "code_interpreter" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut web_search),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image_generation),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut mcp),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_search,
            web_search,
            image_generation,
            mcp,
            code_interpreter,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectHostedToolPermissionsUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectHostedToolPermissionsUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_search: None,
            web_search: None,
            image_generation: None,
            mcp: None,
            code_interpreter: None,
        }
    }
    /// Sets `file_search`.
    pub fn file_search(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.file_search = Some(value.into());
        self
    }
    /// Sets `web_search`.
    pub fn web_search(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.web_search = Some(value.into());
        self
    }
    /// Sets `image_generation`.
    pub fn image_generation(
        mut self,
        value: impl Into<HostedToolPermissionUpdate>,
    ) -> Self {
        self.image_generation = Some(value.into());
        self
    }
    /// Sets `mcp`.
    pub fn mcp(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.mcp = Some(value.into());
        self
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<HostedToolPermissionUpdate>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectListResponse {
    pub object: ListLiteral,
    pub data: Vec<Project>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectListResponse {
    const NAME: &'static str = "ProjectListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<Project>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Project>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectListResponse {
    type Item = Project;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents the model allowlist or denylist policy for a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectModelPermissions {
    /// The object type, which is always `project.model_permissions`.
    pub object: ProjectModelPermissionsLiteral,
    /// Whether the project uses an allowlist or a denylist.
    pub mode: ProjectModelPermissionsMode,
    /// The model IDs included in the model permissions policy.
    pub model_ids: Vec<String>,
}
impl sdk_runtime_types::de::Object for ProjectModelPermissions {
    const NAME: &'static str = "ProjectModelPermissions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectModelPermissionsLiteral> = None;
        let mut mode: Option<ProjectModelPermissionsMode> = None;
        let mut model_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "mode" => 1,
                    "model_ids" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut mode),
                2 => sdk_runtime_types::de::value(&mut map, &mut model_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            mode: mode.unwrap_or_default(),
            model_ids: model_ids.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectModelPermissions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        mode: impl Into<ProjectModelPermissionsMode>,
        model_ids: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            object: Default::default(),
            mode: mode.into(),
            model_ids: model_ids.into(),
        }
    }
}
/// The constant `project.model_permissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectModelPermissionsLiteral {
    /// `project.model_permissions`
    #[default]
    ProjectModelPermissions,
}
impl ProjectModelPermissionsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.model_permissions"
    }
}
impl std::fmt::Display for ProjectModelPermissionsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectModelPermissionsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.model_permissions")
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissionsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.model_permissions")
            .map(|()| Self::ProjectModelPermissions)
    }
}
/// Whether the project uses an allowlist or a denylist.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectModelPermissionsMode {
    /// `allow_list`
    AllowList,
    /// `deny_list`
    DenyList,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProjectModelPermissionsMode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowList => "allow_list",
            Self::DenyList => "deny_list",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "allow_list" => Self::AllowList,
            "deny_list" => Self::DenyList,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectModelPermissionsMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProjectModelPermissionsMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProjectModelPermissionsMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectModelPermissionsMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissionsMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProjectModelPermissionsMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Confirmation payload returned after deleting project model permissions.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectModelPermissionsDeleteResponse {
    /// The object type, which is always `project.model_permissions.deleted`.
    pub object: ProjectModelPermissionsDeletedLiteral,
    /// Whether the project model permissions were deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectModelPermissionsDeleteResponse {
    const NAME: &'static str = "ProjectModelPermissionsDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectModelPermissionsDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissionsDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectModelPermissionsDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `project.model_permissions.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectModelPermissionsDeletedLiteral {
    /// `project.model_permissions.deleted`
    #[default]
    ProjectModelPermissionsDeleted,
}
impl ProjectModelPermissionsDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.model_permissions.deleted"
    }
}
impl std::fmt::Display for ProjectModelPermissionsDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectModelPermissionsDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.model_permissions.deleted")
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissionsDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.model_permissions.deleted")
            .map(|()| Self::ProjectModelPermissionsDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectModelPermissionsUpdateRequest {
    /// The model permissions mode to apply.
    pub mode: ProjectModelPermissionsMode,
    /// The model IDs included in this permissions policy.
    pub model_ids: Vec<String>,
}
impl sdk_runtime_types::de::Object for ProjectModelPermissionsUpdateRequest {
    const NAME: &'static str = "ProjectModelPermissionsUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut mode: Option<ProjectModelPermissionsMode> = None;
        let mut model_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "mode" => 0,
                    "model_ids" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut mode),
                1 => sdk_runtime_types::de::value(&mut map, &mut model_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            mode: mode.unwrap_or_default(),
            model_ids: model_ids.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectModelPermissionsUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectModelPermissionsUpdateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        mode: impl Into<ProjectModelPermissionsMode>,
        model_ids: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            mode: mode.into(),
            model_ids: model_ids.into(),
        }
    }
}
/// Represents a project rate limit config.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectRateLimit {
    /// The object type, which is always `project.rate_limit`
    pub object: ProjectRateLimitLiteral,
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The model this rate limit applies to.
    pub model: String,
    /// The maximum requests per minute.
    pub max_requests_per_1_minute: i64,
    /// The maximum tokens per minute.
    pub max_tokens_per_1_minute: i64,
    /// The maximum images per minute. Only present for relevant models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only present for relevant models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only present for relevant models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only present for relevant models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_1_day_max_input_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for ProjectRateLimit {
    const NAME: &'static str = "ProjectRateLimit";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectRateLimitLiteral> = None;
        let mut id: Option<String> = None;
        let mut model: Option<String> = None;
        let mut max_requests_per_1_minute: Option<i64> = None;
        let mut max_tokens_per_1_minute: Option<i64> = None;
        let mut max_images_per_1_minute: Option<i64> = None;
        let mut max_audio_megabytes_per_1_minute: Option<i64> = None;
        let mut max_requests_per_1_day: Option<i64> = None;
        let mut batch_1_day_max_input_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "model" => 2,
                    "max_requests_per_1_minute" => 3,
                    "max_tokens_per_1_minute" => 4,
                    "max_images_per_1_minute" => 5,
                    "max_audio_megabytes_per_1_minute" => 6,
                    "max_requests_per_1_day" => 7,
                    "batch_1_day_max_input_tokens" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut model),
                3 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut max_tokens_per_1_minute),
                5 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_images_per_1_minute,
                    )
                }
                6 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_audio_megabytes_per_1_minute,
                    )
                }
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_day,
                    )
                }
                8 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut batch_1_day_max_input_tokens,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            model: model.unwrap_or_default(),
            max_requests_per_1_minute: max_requests_per_1_minute.unwrap_or_default(),
            max_tokens_per_1_minute: max_tokens_per_1_minute.unwrap_or_default(),
            max_images_per_1_minute,
            max_audio_megabytes_per_1_minute,
            max_requests_per_1_day,
            batch_1_day_max_input_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectRateLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectRateLimit {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        model: impl Into<String>,
        max_requests_per_1_minute: impl Into<i64>,
        max_tokens_per_1_minute: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            model: model.into(),
            max_requests_per_1_minute: max_requests_per_1_minute.into(),
            max_tokens_per_1_minute: max_tokens_per_1_minute.into(),
            max_images_per_1_minute: None,
            max_audio_megabytes_per_1_minute: None,
            max_requests_per_1_day: None,
            batch_1_day_max_input_tokens: None,
        }
    }
    /// Sets `max_images_per_1_minute`.
    pub fn max_images_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_images_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_audio_megabytes_per_1_minute`.
    pub fn max_audio_megabytes_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_audio_megabytes_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_requests_per_1_day`.
    pub fn max_requests_per_1_day(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_day = Some(value.into());
        self
    }
    /// Sets `batch_1_day_max_input_tokens`.
    pub fn batch_1_day_max_input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.batch_1_day_max_input_tokens = Some(value.into());
        self
    }
}
/// The constant `project.rate_limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectRateLimitLiteral {
    /// `project.rate_limit`
    #[default]
    ProjectRateLimit,
}
impl ProjectRateLimitLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.rate_limit"
    }
}
impl std::fmt::Display for ProjectRateLimitLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectRateLimitLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.rate_limit")
    }
}
impl<'de> Deserialize<'de> for ProjectRateLimitLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.rate_limit")
            .map(|()| Self::ProjectRateLimit)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectRateLimitListResponse {
    pub object: ListLiteral,
    pub data: Vec<ProjectRateLimit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectRateLimitListResponse {
    const NAME: &'static str = "ProjectRateLimitListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ProjectRateLimit>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectRateLimitListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectRateLimitListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ProjectRateLimit>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectRateLimitListResponse {
    type Item = ProjectRateLimit;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectRateLimitUpdateRequest {
    /// The maximum requests per minute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_minute: Option<i64>,
    /// The maximum tokens per minute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tokens_per_1_minute: Option<i64>,
    /// The maximum images per minute. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only relevant for certain models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_1_day_max_input_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for ProjectRateLimitUpdateRequest {
    const NAME: &'static str = "ProjectRateLimitUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_requests_per_1_minute: Option<i64> = None;
        let mut max_tokens_per_1_minute: Option<i64> = None;
        let mut max_images_per_1_minute: Option<i64> = None;
        let mut max_audio_megabytes_per_1_minute: Option<i64> = None;
        let mut max_requests_per_1_day: Option<i64> = None;
        let mut batch_1_day_max_input_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_requests_per_1_minute" => 0,
                    "max_tokens_per_1_minute" => 1,
                    "max_images_per_1_minute" => 2,
                    "max_audio_megabytes_per_1_minute" => 3,
                    "max_requests_per_1_day" => 4,
                    "batch_1_day_max_input_tokens" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_tokens_per_1_minute,
                    )
                }
                2 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_images_per_1_minute,
                    )
                }
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_audio_megabytes_per_1_minute,
                    )
                }
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_day,
                    )
                }
                5 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut batch_1_day_max_input_tokens,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            max_requests_per_1_minute,
            max_tokens_per_1_minute,
            max_images_per_1_minute,
            max_audio_megabytes_per_1_minute,
            max_requests_per_1_day,
            batch_1_day_max_input_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectRateLimitUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectRateLimitUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            max_requests_per_1_minute: None,
            max_tokens_per_1_minute: None,
            max_images_per_1_minute: None,
            max_audio_megabytes_per_1_minute: None,
            max_requests_per_1_day: None,
            batch_1_day_max_input_tokens: None,
        }
    }
    /// Sets `max_requests_per_1_minute`.
    pub fn max_requests_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_tokens_per_1_minute`.
    pub fn max_tokens_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_images_per_1_minute`.
    pub fn max_images_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_images_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_audio_megabytes_per_1_minute`.
    pub fn max_audio_megabytes_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_audio_megabytes_per_1_minute = Some(value.into());
        self
    }
    /// Sets `max_requests_per_1_day`.
    pub fn max_requests_per_1_day(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_day = Some(value.into());
        self
    }
    /// Sets `batch_1_day_max_input_tokens`.
    pub fn batch_1_day_max_input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.batch_1_day_max_input_tokens = Some(value.into());
        self
    }
}
/// Represents an individual service account in a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectServiceAccount {
    /// The object type, which is always `organization.project.service_account`
    pub object: OrganizationProjectServiceAccountLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the service account
    pub name: String,
    /// `owner`, `member`, or `none`
    pub role: ProjectServiceAccountRole,
    /// The Unix timestamp (in seconds) of when the service account was created
    pub created_at: i64,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccount {
    const NAME: &'static str = "ProjectServiceAccount";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectServiceAccountLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut role: Option<ProjectServiceAccountRole> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "role" => 3,
                    "created_at" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            role: role.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccount {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        role: impl Into<ProjectServiceAccountRole>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            role: role.into(),
            created_at: created_at.into(),
        }
    }
}
/// The constant `organization.project.service_account`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectServiceAccountLiteral {
    /// `organization.project.service_account`
    #[default]
    OrganizationProjectServiceAccount,
}
impl OrganizationProjectServiceAccountLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.service_account"
    }
}
impl std::fmt::Display for OrganizationProjectServiceAccountLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectServiceAccountLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.service_account")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectServiceAccountLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.service_account",
            )
            .map(|()| Self::OrganizationProjectServiceAccount)
    }
}
/// `owner`, `member`, or `none`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectServiceAccountRole {
    /// `owner`
    Owner,
    /// `member`
    Member,
    /// `none`
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProjectServiceAccountRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Member => "member",
            Self::NoneType => "none",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "member" => Self::Member,
            "none" => Self::NoneType,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectServiceAccountRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProjectServiceAccountRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProjectServiceAccountRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectServiceAccountRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProjectServiceAccountRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectServiceAccountApiKey {
    /// The object type, which is always `organization.project.service_account.api_key`
    pub object: OrganizationProjectServiceAccountApiKeyLiteral,
    pub value: String,
    pub name: String,
    pub created_at: i64,
    pub id: String,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccountApiKey {
    const NAME: &'static str = "ProjectServiceAccountApiKey";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectServiceAccountApiKeyLiteral> = None;
        let mut value: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "value" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut value),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            value: value.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccountApiKey {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        value: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            value: value.into(),
            name: name.into(),
            created_at: created_at.into(),
            id: id.into(),
        }
    }
}
/// The constant `organization.project.service_account.api_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectServiceAccountApiKeyLiteral {
    /// `organization.project.service_account.api_key`
    #[default]
    OrganizationProjectServiceAccountApiKey,
}
impl OrganizationProjectServiceAccountApiKeyLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.service_account.api_key"
    }
}
impl std::fmt::Display for OrganizationProjectServiceAccountApiKeyLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectServiceAccountApiKeyLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.service_account.api_key")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectServiceAccountApiKeyLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.service_account.api_key",
            )
            .map(|()| Self::OrganizationProjectServiceAccountApiKey)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectServiceAccountCreateRequest {
    /// The name of the service account being created.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_service_account_only: Option<bool>,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccountCreateRequest {
    const NAME: &'static str = "ProjectServiceAccountCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut create_service_account_only: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "create_service_account_only" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut create_service_account_only,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            create_service_account_only,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccountCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            create_service_account_only: None,
        }
    }
    /// Sets `create_service_account_only`.
    pub fn create_service_account_only(mut self, value: impl Into<bool>) -> Self {
        self.create_service_account_only = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectServiceAccountCreateResponse {
    pub object: OrganizationProjectServiceAccountLiteral,
    pub id: String,
    pub name: String,
    /// Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`.
    pub role: ProjectServiceAccountCreateResponseRole,
    pub created_at: i64,
    pub api_key: Option<ProjectServiceAccountApiKey>,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccountCreateResponse {
    const NAME: &'static str = "ProjectServiceAccountCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectServiceAccountLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut role: Option<ProjectServiceAccountCreateResponseRole> = None;
        let mut created_at: Option<i64> = None;
        let mut api_key: Option<ProjectServiceAccountApiKey> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "role" => 3,
                    "created_at" => 4,
                    "api_key" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            role: role.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            api_key,
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccountCreateResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        role: impl Into<ProjectServiceAccountCreateResponseRole>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            role: role.into(),
            created_at: created_at.into(),
            api_key: None,
        }
    }
    /// Sets `api_key`.
    pub fn api_key(mut self, value: impl Into<ProjectServiceAccountApiKey>) -> Self {
        self.api_key = Some(value.into());
        self
    }
}
/// Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectServiceAccountCreateResponseRole {
    /// `member`
    Member,
    /// `none`
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProjectServiceAccountCreateResponseRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::NoneType => "none",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "none" => Self::NoneType,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectServiceAccountCreateResponseRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProjectServiceAccountCreateResponseRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProjectServiceAccountCreateResponseRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectServiceAccountCreateResponseRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountCreateResponseRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProjectServiceAccountCreateResponseRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectServiceAccountDeleteResponse {
    pub object: OrganizationProjectServiceAccountDeletedLiteral,
    pub id: String,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccountDeleteResponse {
    const NAME: &'static str = "ProjectServiceAccountDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectServiceAccountDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccountDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.project.service_account.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectServiceAccountDeletedLiteral {
    /// `organization.project.service_account.deleted`
    #[default]
    OrganizationProjectServiceAccountDeleted,
}
impl OrganizationProjectServiceAccountDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.service_account.deleted"
    }
}
impl std::fmt::Display for OrganizationProjectServiceAccountDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectServiceAccountDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.service_account.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectServiceAccountDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.project.service_account.deleted",
            )
            .map(|()| Self::OrganizationProjectServiceAccountDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectServiceAccountListResponse {
    pub object: ListLiteral,
    pub data: Vec<ProjectServiceAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectServiceAccountListResponse {
    const NAME: &'static str = "ProjectServiceAccountListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ProjectServiceAccount>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectServiceAccountListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectServiceAccountListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ProjectServiceAccount>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectServiceAccountListResponse {
    type Item = ProjectServiceAccount;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Represents a spend alert configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectSpendAlert {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `project.spend_alert`.
    pub object: ProjectSpendAlertLiteral,
    /// The alert threshold amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    pub interval: MonthLiteral,
    pub notification_channel: SpendAlertNotificationChannel,
}
impl sdk_runtime_types::de::Object for ProjectSpendAlert {
    const NAME: &'static str = "ProjectSpendAlert";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ProjectSpendAlertLiteral> = None;
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<UsdLiteral> = None;
        let mut interval: Option<MonthLiteral> = None;
        let mut notification_channel: Option<SpendAlertNotificationChannel> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "threshold_amount" => 2,
                    "currency" => 3,
                    "interval" => 4,
                    "notification_channel" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                3 => sdk_runtime_types::de::value(&mut map, &mut currency),
                4 => sdk_runtime_types::de::value(&mut map, &mut interval),
                5 => sdk_runtime_types::de::value(&mut map, &mut notification_channel),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            threshold_amount: threshold_amount.unwrap_or_default(),
            currency: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(currency, "currency")?,
            interval: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(interval, "interval")?,
            notification_channel: notification_channel.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectSpendAlert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectSpendAlert {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        threshold_amount: impl Into<i64>,
        notification_channel: impl Into<SpendAlertNotificationChannel>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            threshold_amount: threshold_amount.into(),
            currency: Default::default(),
            interval: Default::default(),
            notification_channel: notification_channel.into(),
        }
    }
}
/// The constant `project.spend_alert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectSpendAlertLiteral {
    /// `project.spend_alert`
    #[default]
    ProjectSpendAlert,
}
impl ProjectSpendAlertLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.spend_alert"
    }
}
impl std::fmt::Display for ProjectSpendAlertLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectSpendAlertLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.spend_alert")
    }
}
impl<'de> Deserialize<'de> for ProjectSpendAlertLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.spend_alert")
            .map(|()| Self::ProjectSpendAlert)
    }
}
/// Confirmation payload returned after deleting a project spend alert.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectSpendAlertDeletedResource {
    /// The deleted spend alert ID.
    pub id: String,
    /// Always `project.spend_alert.deleted`.
    pub object: ProjectSpendAlertDeletedLiteral,
    /// Whether the spend alert was deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectSpendAlertDeletedResource {
    const NAME: &'static str = "ProjectSpendAlertDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ProjectSpendAlertDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectSpendAlertDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectSpendAlertDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `project.spend_alert.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectSpendAlertDeletedLiteral {
    /// `project.spend_alert.deleted`
    #[default]
    ProjectSpendAlertDeleted,
}
impl ProjectSpendAlertDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.spend_alert.deleted"
    }
}
impl std::fmt::Display for ProjectSpendAlertDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectSpendAlertDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.spend_alert.deleted")
    }
}
impl<'de> Deserialize<'de> for ProjectSpendAlertDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.spend_alert.deleted")
            .map(|()| Self::ProjectSpendAlertDeleted)
    }
}
/// Paginated list of project spend alerts.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectSpendAlertListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Spend alerts returned in the current page.
    pub data: Vec<ProjectSpendAlert>,
    /// The ID of the first spend alert in this page.
    pub first_id: Option<String>,
    /// The ID of the last spend alert in this page.
    pub last_id: Option<String>,
    /// Whether more spend alerts are available when paginating.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectSpendAlertListResource {
    const NAME: &'static str = "ProjectSpendAlertListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ProjectSpendAlert>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectSpendAlertListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectSpendAlertListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ProjectSpendAlert>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectSpendAlertListResource {
    type Item = ProjectSpendAlert;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectUpdateRequest {
    /// The updated name of the project, this name appears in reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// External key ID to associate with the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_key_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ProjectUpdateRequest {
    const NAME: &'static str = "ProjectUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut external_key_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "external_key_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut external_key_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, external_key_id })
    }
}
impl<'de> Deserialize<'de> for ProjectUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            external_key_id: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `external_key_id`.
    pub fn external_key_id(mut self, value: impl Into<String>) -> Self {
        self.external_key_id = Some(value.into());
        self
    }
}
/// Represents an individual user in a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectUser {
    /// The object type, which is always `organization.project.user`
    pub object: OrganizationProjectUserLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email address of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `owner` or `member`
    pub role: String,
    /// The Unix timestamp (in seconds) of when the project was added.
    pub added_at: i64,
}
impl sdk_runtime_types::de::Object for ProjectUser {
    const NAME: &'static str = "ProjectUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectUserLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut role: Option<String> = None;
        let mut added_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "email" => 3,
                    "role" => 4,
                    "added_at" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut added_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            email,
            role: role.unwrap_or_default(),
            added_at: added_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        role: impl Into<String>,
        added_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            email: None,
            role: role.into(),
            added_at: added_at.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
/// The constant `organization.project.user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectUserLiteral {
    /// `organization.project.user`
    #[default]
    OrganizationProjectUser,
}
impl OrganizationProjectUserLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.user"
    }
}
impl std::fmt::Display for OrganizationProjectUserLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectUserLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.user")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectUserLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.project.user")
            .map(|()| Self::OrganizationProjectUser)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectUserCreateRequest {
    /// The ID of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Email of the user to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `owner` or `member`
    pub role: String,
}
impl sdk_runtime_types::de::Object for ProjectUserCreateRequest {
    const NAME: &'static str = "ProjectUserCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut user_id: Option<String> = None;
        let mut email: Option<String> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "user_id" => 0,
                    "email" => 1,
                    "role" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            user_id,
            email,
            role: role.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectUserCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUserCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(role: impl Into<String>) -> Self {
        Self {
            user_id: None,
            email: None,
            role: role.into(),
        }
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectUserDeleteResponse {
    pub object: OrganizationProjectUserDeletedLiteral,
    pub id: String,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectUserDeleteResponse {
    const NAME: &'static str = "ProjectUserDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectUserDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectUserDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUserDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.project.user.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationProjectUserDeletedLiteral {
    /// `organization.project.user.deleted`
    #[default]
    OrganizationProjectUserDeleted,
}
impl OrganizationProjectUserDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.project.user.deleted"
    }
}
impl std::fmt::Display for OrganizationProjectUserDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationProjectUserDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.project.user.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationProjectUserDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.project.user.deleted")
            .map(|()| Self::OrganizationProjectUserDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectUserListResponse {
    pub object: String,
    pub data: Vec<ProjectUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ProjectUserListResponse {
    const NAME: &'static str = "ProjectUserListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<ProjectUser>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectUserListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUserListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<ProjectUser>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ProjectUserListResponse {
    type Item = ProjectUser;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProjectUserUpdateRequest {
    /// `owner` or `member`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl sdk_runtime_types::de::Object for ProjectUserUpdateRequest {
    const NAME: &'static str = "ProjectUserUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role })
    }
}
impl<'de> Deserialize<'de> for ProjectUserUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectUserUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToggleCertificatesRequest {
    pub certificate_ids: Vec<String>,
}
impl sdk_runtime_types::de::Object for ToggleCertificatesRequest {
    const NAME: &'static str = "ToggleCertificatesRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut certificate_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "certificate_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut certificate_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            certificate_ids: certificate_ids.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ToggleCertificatesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ToggleCertificatesRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(certificate_ids: impl Into<Vec<String>>) -> Self {
        Self {
            certificate_ids: certificate_ids.into(),
        }
    }
}
/// Request payload for updating the details of an existing group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateGroupBody {
    /// New display name for the group.
    pub name: String,
}
impl sdk_runtime_types::de::Object for UpdateGroupBody {
    const NAME: &'static str = "UpdateGroupBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UpdateGroupBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateGroupBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
/// Parameters for updating organization data retention controls.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateOrganizationDataRetentionBody {
    /// The desired organization data retention type.
    pub retention_type: OrganizationDataRetentionType,
}
impl sdk_runtime_types::de::Object for UpdateOrganizationDataRetentionBody {
    const NAME: &'static str = "UpdateOrganizationDataRetentionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut retention_type: Option<OrganizationDataRetentionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "retention_type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut retention_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            retention_type: retention_type.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UpdateOrganizationDataRetentionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateOrganizationDataRetentionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(retention_type: impl Into<OrganizationDataRetentionType>) -> Self {
        Self {
            retention_type: retention_type.into(),
        }
    }
}
/// Parameters for updating project data retention controls.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateProjectDataRetentionBody {
    /// The desired project data retention type.
    pub retention_type: ProjectDataRetentionType,
}
impl sdk_runtime_types::de::Object for UpdateProjectDataRetentionBody {
    const NAME: &'static str = "UpdateProjectDataRetentionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut retention_type: Option<ProjectDataRetentionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "retention_type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut retention_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            retention_type: retention_type.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UpdateProjectDataRetentionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateProjectDataRetentionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(retention_type: impl Into<ProjectDataRetentionType>) -> Self {
        Self {
            retention_type: retention_type.into(),
        }
    }
}
/// Parameters for updating a project service account.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateProjectServiceAccountBody {
    /// The updated service account name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The updated service account role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<InviteProjectRole>,
}
impl sdk_runtime_types::de::Object for UpdateProjectServiceAccountBody {
    const NAME: &'static str = "UpdateProjectServiceAccountBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut role: Option<InviteProjectRole> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "role" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, role })
    }
}
impl<'de> Deserialize<'de> for UpdateProjectServiceAccountBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateProjectServiceAccountBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { name: None, role: None }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<InviteProjectRole>) -> Self {
        self.role = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UploadCertificateRequest {
    /// An optional name for the certificate
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The certificate content in PEM format
    pub certificate: String,
}
impl sdk_runtime_types::de::Object for UploadCertificateRequest {
    const NAME: &'static str = "UploadCertificateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut certificate: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "certificate" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut certificate),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            certificate: certificate.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UploadCertificateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UploadCertificateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(certificate: impl Into<String>) -> Self {
        Self {
            name: None,
            certificate: certificate.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The aggregated audio speeches usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageAudioSpeechesResult {
    pub object: OrganizationUsageAudioSpeechesResultLiteral,
    /// The number of characters processed.
    pub characters: i64,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageAudioSpeechesResult {
    const NAME: &'static str = "UsageAudioSpeechesResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageAudioSpeechesResultLiteral> = None;
        let mut characters: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "characters" => 1,
                    "num_model_requests" => 2,
                    "project_id" => 3,
                    "user_id" => 4,
                    "api_key_id" => 5,
                    "model" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut characters),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            characters: characters.unwrap_or_default(),
            num_model_requests: num_model_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for UsageAudioSpeechesResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageAudioSpeechesResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(characters: impl Into<i64>, num_model_requests: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            characters: characters.into(),
            num_model_requests: num_model_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `organization.usage.audio_speeches.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageAudioSpeechesResultLiteral {
    /// `organization.usage.audio_speeches.result`
    #[default]
    OrganizationUsageAudioSpeechesResult,
}
impl OrganizationUsageAudioSpeechesResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.audio_speeches.result"
    }
}
impl std::fmt::Display for OrganizationUsageAudioSpeechesResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageAudioSpeechesResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.audio_speeches.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageAudioSpeechesResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.audio_speeches.result",
            )
            .map(|()| Self::OrganizationUsageAudioSpeechesResult)
    }
}
/// The aggregated audio transcriptions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageAudioTranscriptionsResult {
    pub object: OrganizationUsageAudioTranscriptionsResultLiteral,
    /// The number of seconds processed.
    pub seconds: i64,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageAudioTranscriptionsResult {
    const NAME: &'static str = "UsageAudioTranscriptionsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageAudioTranscriptionsResultLiteral> = None;
        let mut seconds: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "seconds" => 1,
                    "num_model_requests" => 2,
                    "project_id" => 3,
                    "user_id" => 4,
                    "api_key_id" => 5,
                    "model" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            seconds: seconds.unwrap_or_default(),
            num_model_requests: num_model_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for UsageAudioTranscriptionsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageAudioTranscriptionsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(seconds: impl Into<i64>, num_model_requests: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            seconds: seconds.into(),
            num_model_requests: num_model_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `organization.usage.audio_transcriptions.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageAudioTranscriptionsResultLiteral {
    /// `organization.usage.audio_transcriptions.result`
    #[default]
    OrganizationUsageAudioTranscriptionsResult,
}
impl OrganizationUsageAudioTranscriptionsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.audio_transcriptions.result"
    }
}
impl std::fmt::Display for OrganizationUsageAudioTranscriptionsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageAudioTranscriptionsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.audio_transcriptions.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageAudioTranscriptionsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.audio_transcriptions.result",
            )
            .map(|()| Self::OrganizationUsageAudioTranscriptionsResult)
    }
}
/// The aggregated code interpreter sessions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageCodeInterpreterSessionsResult {
    pub object: OrganizationUsageCodeInterpreterSessionsResultLiteral,
    /// The number of code interpreter sessions.
    pub num_sessions: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageCodeInterpreterSessionsResult {
    const NAME: &'static str = "UsageCodeInterpreterSessionsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageCodeInterpreterSessionsResultLiteral> = None;
        let mut num_sessions: Option<i64> = None;
        let mut project_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "num_sessions" => 1,
                    "project_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut num_sessions),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            num_sessions: num_sessions.unwrap_or_default(),
            project_id,
        })
    }
}
impl<'de> Deserialize<'de> for UsageCodeInterpreterSessionsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageCodeInterpreterSessionsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(num_sessions: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            num_sessions: num_sessions.into(),
            project_id: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
}
/// The constant `organization.usage.code_interpreter_sessions.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageCodeInterpreterSessionsResultLiteral {
    /// `organization.usage.code_interpreter_sessions.result`
    #[default]
    OrganizationUsageCodeInterpreterSessionsResult,
}
impl OrganizationUsageCodeInterpreterSessionsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.code_interpreter_sessions.result"
    }
}
impl std::fmt::Display for OrganizationUsageCodeInterpreterSessionsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageCodeInterpreterSessionsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.code_interpreter_sessions.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageCodeInterpreterSessionsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.code_interpreter_sessions.result",
            )
            .map(|()| Self::OrganizationUsageCodeInterpreterSessionsResult)
    }
}
/// The aggregated completions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageCompletionsResult {
    pub object: OrganizationUsageCompletionsResultLiteral,
    /// The aggregated number of input tokens used, including cached and cache-write tokens. This includes text, audio, and image tokens. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    pub input_tokens: i64,
    /// The aggregated number of cached input tokens used across text, audio, and image inputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_cached_tokens: Option<i64>,
    /// The aggregated number of input tokens written to the cache.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_cache_write_tokens: Option<i64>,
    /// The aggregated number of uncached input tokens used across text, audio, and image inputs, excluding cache-write tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_uncached_tokens: Option<i64>,
    /// The aggregated number of output tokens used across text, audio, and image outputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    pub output_tokens: i64,
    /// The aggregated number of uncached text input tokens used, excluding cache-write tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_text_tokens: Option<i64>,
    /// The aggregated number of text output tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_text_tokens: Option<i64>,
    /// The aggregated number of cached text input tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_cached_text_tokens: Option<i64>,
    /// The aggregated number of uncached audio input tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_tokens: Option<i64>,
    /// The aggregated number of cached audio input tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_cached_audio_tokens: Option<i64>,
    /// The aggregated number of audio output tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_audio_tokens: Option<i64>,
    /// The aggregated number of uncached image input tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_image_tokens: Option<i64>,
    /// The aggregated number of cached image input tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_cached_image_tokens: Option<i64>,
    /// The aggregated number of image output tokens used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_image_tokens: Option<i64>,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageCompletionsResult {
    const NAME: &'static str = "UsageCompletionsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageCompletionsResultLiteral> = None;
        let mut input_tokens: Option<i64> = None;
        let mut input_cached_tokens: Option<i64> = None;
        let mut input_cache_write_tokens: Option<i64> = None;
        let mut input_uncached_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut input_text_tokens: Option<i64> = None;
        let mut output_text_tokens: Option<i64> = None;
        let mut input_cached_text_tokens: Option<i64> = None;
        let mut input_audio_tokens: Option<i64> = None;
        let mut input_cached_audio_tokens: Option<i64> = None;
        let mut output_audio_tokens: Option<i64> = None;
        let mut input_image_tokens: Option<i64> = None;
        let mut input_cached_image_tokens: Option<i64> = None;
        let mut output_image_tokens: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        let mut batch: Option<bool> = None;
        let mut service_tier: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "input_tokens" => 1,
                    "input_cached_tokens" => 2,
                    "input_cache_write_tokens" => 3,
                    "input_uncached_tokens" => 4,
                    "output_tokens" => 5,
                    "input_text_tokens" => 6,
                    "output_text_tokens" => 7,
                    "input_cached_text_tokens" => 8,
                    "input_audio_tokens" => 9,
                    "input_cached_audio_tokens" => 10,
                    "output_audio_tokens" => 11,
                    "input_image_tokens" => 12,
                    "input_cached_image_tokens" => 13,
                    "output_image_tokens" => 14,
                    "num_model_requests" => 15,
                    "project_id" => 16,
                    "user_id" => 17,
                    "api_key_id" => 18,
                    "model" => 19,
                    "batch" => 20,
                    "service_tier" => 21,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_cached_tokens),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_cache_write_tokens,
                    )
                }
                4 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut input_uncached_tokens)
                }
                5 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut input_text_tokens),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut output_text_tokens),
                8 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_cached_text_tokens,
                    )
                }
                9 => sdk_runtime_types::de::nullable(&mut map, &mut input_audio_tokens),
                10 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_cached_audio_tokens,
                    )
                }
                11 => sdk_runtime_types::de::nullable(&mut map, &mut output_audio_tokens),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut input_image_tokens),
                13 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_cached_image_tokens,
                    )
                }
                14 => sdk_runtime_types::de::nullable(&mut map, &mut output_image_tokens),
                15 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut batch),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            input_tokens: input_tokens.unwrap_or_default(),
            input_cached_tokens,
            input_cache_write_tokens,
            input_uncached_tokens,
            output_tokens: output_tokens.unwrap_or_default(),
            input_text_tokens,
            output_text_tokens,
            input_cached_text_tokens,
            input_audio_tokens,
            input_cached_audio_tokens,
            output_audio_tokens,
            input_image_tokens,
            input_cached_image_tokens,
            output_image_tokens,
            num_model_requests: num_model_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
            batch,
            service_tier,
        })
    }
}
impl<'de> Deserialize<'de> for UsageCompletionsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageCompletionsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        output_tokens: impl Into<i64>,
        num_model_requests: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
            input_cached_tokens: None,
            input_cache_write_tokens: None,
            input_uncached_tokens: None,
            output_tokens: output_tokens.into(),
            input_text_tokens: None,
            output_text_tokens: None,
            input_cached_text_tokens: None,
            input_audio_tokens: None,
            input_cached_audio_tokens: None,
            output_audio_tokens: None,
            input_image_tokens: None,
            input_cached_image_tokens: None,
            output_image_tokens: None,
            num_model_requests: num_model_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
            batch: None,
            service_tier: None,
        }
    }
    /// Sets `input_cached_tokens`.
    pub fn input_cached_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_cached_tokens = Some(value.into());
        self
    }
    /// Sets `input_cache_write_tokens`.
    pub fn input_cache_write_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_cache_write_tokens = Some(value.into());
        self
    }
    /// Sets `input_uncached_tokens`.
    pub fn input_uncached_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_uncached_tokens = Some(value.into());
        self
    }
    /// Sets `input_text_tokens`.
    pub fn input_text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_text_tokens = Some(value.into());
        self
    }
    /// Sets `output_text_tokens`.
    pub fn output_text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.output_text_tokens = Some(value.into());
        self
    }
    /// Sets `input_cached_text_tokens`.
    pub fn input_cached_text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_cached_text_tokens = Some(value.into());
        self
    }
    /// Sets `input_audio_tokens`.
    pub fn input_audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_audio_tokens = Some(value.into());
        self
    }
    /// Sets `input_cached_audio_tokens`.
    pub fn input_cached_audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_cached_audio_tokens = Some(value.into());
        self
    }
    /// Sets `output_audio_tokens`.
    pub fn output_audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.output_audio_tokens = Some(value.into());
        self
    }
    /// Sets `input_image_tokens`.
    pub fn input_image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_image_tokens = Some(value.into());
        self
    }
    /// Sets `input_cached_image_tokens`.
    pub fn input_cached_image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_cached_image_tokens = Some(value.into());
        self
    }
    /// Sets `output_image_tokens`.
    pub fn output_image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.output_image_tokens = Some(value.into());
        self
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `batch`.
    pub fn batch(mut self, value: impl Into<bool>) -> Self {
        self.batch = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<String>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}
/// The constant `organization.usage.completions.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageCompletionsResultLiteral {
    /// `organization.usage.completions.result`
    #[default]
    OrganizationUsageCompletionsResult,
}
impl OrganizationUsageCompletionsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.completions.result"
    }
}
impl std::fmt::Display for OrganizationUsageCompletionsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageCompletionsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.completions.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageCompletionsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.completions.result",
            )
            .map(|()| Self::OrganizationUsageCompletionsResult)
    }
}
/// The aggregated embeddings usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageEmbeddingsResult {
    pub object: OrganizationUsageEmbeddingsResultLiteral,
    /// The aggregated number of input tokens used.
    pub input_tokens: i64,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageEmbeddingsResult {
    const NAME: &'static str = "UsageEmbeddingsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageEmbeddingsResultLiteral> = None;
        let mut input_tokens: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "input_tokens" => 1,
                    "num_model_requests" => 2,
                    "project_id" => 3,
                    "user_id" => 4,
                    "api_key_id" => 5,
                    "model" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            input_tokens: input_tokens.unwrap_or_default(),
            num_model_requests: num_model_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for UsageEmbeddingsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageEmbeddingsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        num_model_requests: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
            num_model_requests: num_model_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `organization.usage.embeddings.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageEmbeddingsResultLiteral {
    /// `organization.usage.embeddings.result`
    #[default]
    OrganizationUsageEmbeddingsResult,
}
impl OrganizationUsageEmbeddingsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.embeddings.result"
    }
}
impl std::fmt::Display for OrganizationUsageEmbeddingsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageEmbeddingsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.embeddings.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageEmbeddingsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.embeddings.result",
            )
            .map(|()| Self::OrganizationUsageEmbeddingsResult)
    }
}
/// The aggregated file search calls usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageFileSearchCallsResult {
    pub object: OrganizationUsageFileSearchesResultLiteral,
    /// The count of file search calls.
    pub num_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_id: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageFileSearchCallsResult {
    const NAME: &'static str = "UsageFileSearchCallsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageFileSearchesResultLiteral> = None;
        let mut num_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut vector_store_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "num_requests" => 1,
                    "project_id" => 2,
                    "user_id" => 3,
                    "api_key_id" => 4,
                    "vector_store_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut num_requests),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            num_requests: num_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            vector_store_id,
        })
    }
}
impl<'de> Deserialize<'de> for UsageFileSearchCallsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageFileSearchCallsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(num_requests: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            num_requests: num_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            vector_store_id: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `vector_store_id`.
    pub fn vector_store_id(mut self, value: impl Into<String>) -> Self {
        self.vector_store_id = Some(value.into());
        self
    }
}
/// The constant `organization.usage.file_searches.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageFileSearchesResultLiteral {
    /// `organization.usage.file_searches.result`
    #[default]
    OrganizationUsageFileSearchesResult,
}
impl OrganizationUsageFileSearchesResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.file_searches.result"
    }
}
impl std::fmt::Display for OrganizationUsageFileSearchesResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageFileSearchesResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.file_searches.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageFileSearchesResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.file_searches.result",
            )
            .map(|()| Self::OrganizationUsageFileSearchesResult)
    }
}
/// The aggregated images usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageImagesResult {
    pub object: OrganizationUsageImagesResultLiteral,
    /// The number of images processed.
    pub images: i64,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageImagesResult {
    const NAME: &'static str = "UsageImagesResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageImagesResultLiteral> = None;
        let mut images: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut source: Option<String> = None;
        let mut size: Option<String> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "images" => 1,
                    "num_model_requests" => 2,
                    "source" => 3,
                    "size" => 4,
                    "project_id" => 5,
                    "user_id" => 6,
                    "api_key_id" => 7,
                    "model" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut images),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut source),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            images: images.unwrap_or_default(),
            num_model_requests: num_model_requests.unwrap_or_default(),
            source,
            size,
            project_id,
            user_id,
            api_key_id,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for UsageImagesResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageImagesResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(images: impl Into<i64>, num_model_requests: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            images: images.into(),
            num_model_requests: num_model_requests.into(),
            source: None,
            size: None,
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
        }
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `organization.usage.images.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageImagesResultLiteral {
    /// `organization.usage.images.result`
    #[default]
    OrganizationUsageImagesResult,
}
impl OrganizationUsageImagesResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.images.result"
    }
}
impl std::fmt::Display for OrganizationUsageImagesResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageImagesResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.images.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageImagesResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.usage.images.result")
            .map(|()| Self::OrganizationUsageImagesResult)
    }
}
/// The aggregated moderations usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageModerationsResult {
    pub object: OrganizationUsageModerationsResultLiteral,
    /// The aggregated number of input tokens used.
    pub input_tokens: i64,
    /// The count of requests made to the model.
    pub num_model_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageModerationsResult {
    const NAME: &'static str = "UsageModerationsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageModerationsResultLiteral> = None;
        let mut input_tokens: Option<i64> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "input_tokens" => 1,
                    "num_model_requests" => 2,
                    "project_id" => 3,
                    "user_id" => 4,
                    "api_key_id" => 5,
                    "model" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            input_tokens: input_tokens.unwrap_or_default(),
            num_model_requests: num_model_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for UsageModerationsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageModerationsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        num_model_requests: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
            num_model_requests: num_model_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// The constant `organization.usage.moderations.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageModerationsResultLiteral {
    /// `organization.usage.moderations.result`
    #[default]
    OrganizationUsageModerationsResult,
}
impl OrganizationUsageModerationsResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.moderations.result"
    }
}
impl std::fmt::Display for OrganizationUsageModerationsResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageModerationsResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.moderations.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageModerationsResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.moderations.result",
            )
            .map(|()| Self::OrganizationUsageModerationsResult)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageResponse {
    pub object: PageTypeLiteral,
    pub data: Vec<UsageTimeBucket>,
    pub has_more: bool,
    pub next_page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageResponse {
    const NAME: &'static str = "UsageResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<PageTypeLiteral> = None;
        let mut data: Option<Vec<UsageTimeBucket>> = None;
        let mut has_more: Option<bool> = None;
        let mut next_page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "next_page" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut next_page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next_page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<UsageTimeBucket>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            next_page: None,
        }
    }
    /// Sets `next_page`.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for UsageResponse {
    type Item = UsageTimeBucket;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.next_page
            .clone()
            .filter(|cursor| !cursor.is_empty())
            .map(|cursor| ("page", cursor))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// The constant `page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PageTypeLiteral {
    /// `page`
    #[default]
    PageType,
}
impl PageTypeLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "page"
    }
}
impl std::fmt::Display for PageTypeLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PageTypeLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("page")
    }
}
impl<'de> Deserialize<'de> for PageTypeLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "page").map(|()| Self::PageType)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageTimeBucket {
    pub object: BucketLiteral,
    pub start_time: i64,
    pub end_time: i64,
    pub results: Vec<UsageTimeBucketResult>,
}
impl sdk_runtime_types::de::Object for UsageTimeBucket {
    const NAME: &'static str = "UsageTimeBucket";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<BucketLiteral> = None;
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut results: Option<Vec<UsageTimeBucketResult>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "start_time" => 1,
                    "end_time" => 2,
                    "results" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                2 => sdk_runtime_types::de::value(&mut map, &mut end_time),
                3 => sdk_runtime_types::de::value(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            start_time: start_time.unwrap_or_default(),
            end_time: end_time.unwrap_or_default(),
            results: results.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UsageTimeBucket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageTimeBucket {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        start_time: impl Into<i64>,
        end_time: impl Into<i64>,
        results: impl Into<Vec<UsageTimeBucketResult>>,
    ) -> Self {
        Self {
            object: Default::default(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            results: results.into(),
        }
    }
}
/// The constant `bucket`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BucketLiteral {
    /// `bucket`
    #[default]
    Bucket,
}
impl BucketLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "bucket"
    }
}
impl std::fmt::Display for BucketLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BucketLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("bucket")
    }
}
impl<'de> Deserialize<'de> for BucketLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "bucket").map(|()| Self::Bucket)
    }
}
///
/// Told apart by the `object` property.
#[derive(Debug, Clone, PartialEq)]
pub enum UsageTimeBucketResult {
    /// `organization.usage.completions.result`
    OrganizationUsageCompletionsResult(UsageCompletionsResult),
    /// `organization.usage.embeddings.result`
    OrganizationUsageEmbeddingsResult(UsageEmbeddingsResult),
    /// `organization.usage.moderations.result`
    OrganizationUsageModerationsResult(UsageModerationsResult),
    /// `organization.usage.images.result`
    OrganizationUsageImagesResult(UsageImagesResult),
    /// `organization.usage.audio_speeches.result`
    OrganizationUsageAudioSpeechesResult(UsageAudioSpeechesResult),
    /// `organization.usage.audio_transcriptions.result`
    OrganizationUsageAudioTranscriptionsResult(UsageAudioTranscriptionsResult),
    /// `organization.usage.vector_stores.result`
    OrganizationUsageVectorStoresResult(UsageVectorStoresResult),
    /// `organization.usage.code_interpreter_sessions.result`
    OrganizationUsageCodeInterpreterSessionsResult(UsageCodeInterpreterSessionsResult),
    /// `organization.usage.file_searches.result`
    OrganizationUsageFileSearchesResult(UsageFileSearchCallsResult),
    /// `organization.usage.web_searches.result`
    OrganizationUsageWebSearchesResult(UsageWebSearchCallsResult),
    /// `organization.costs.result`
    OrganizationCostsResult(CostsResult),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for UsageTimeBucketResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::OrganizationUsageCompletionsResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageEmbeddingsResult(value) => value.serialize(serializer),
            Self::OrganizationUsageModerationsResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageImagesResult(value) => value.serialize(serializer),
            Self::OrganizationUsageAudioSpeechesResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageAudioTranscriptionsResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageVectorStoresResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageCodeInterpreterSessionsResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageFileSearchesResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationUsageWebSearchesResult(value) => {
                value.serialize(serializer)
            }
            Self::OrganizationCostsResult(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for UsageTimeBucketResult {
    const TAG: &'static str = "object";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "organization.usage.completions.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageCompletionsResult)
                }
                "organization.usage.embeddings.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageEmbeddingsResult)
                }
                "organization.usage.moderations.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageModerationsResult)
                }
                "organization.usage.images.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageImagesResult)
                }
                "organization.usage.audio_speeches.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageAudioSpeechesResult)
                }
                "organization.usage.audio_transcriptions.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageAudioTranscriptionsResult)
                }
                "organization.usage.vector_stores.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageVectorStoresResult)
                }
                "organization.usage.code_interpreter_sessions.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageCodeInterpreterSessionsResult)
                }
                "organization.usage.file_searches.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageFileSearchesResult)
                }
                "organization.usage.web_searches.result" => {
                    Deserialize::deserialize(content)
                        .map(Self::OrganizationUsageWebSearchesResult)
                }
                "organization.costs.result" => {
                    Deserialize::deserialize(content).map(Self::OrganizationCostsResult)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for UsageTimeBucketResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<UsageCompletionsResult> for UsageTimeBucketResult {
    fn from(value: UsageCompletionsResult) -> Self {
        Self::OrganizationUsageCompletionsResult(value)
    }
}
impl From<UsageEmbeddingsResult> for UsageTimeBucketResult {
    fn from(value: UsageEmbeddingsResult) -> Self {
        Self::OrganizationUsageEmbeddingsResult(value)
    }
}
impl From<UsageModerationsResult> for UsageTimeBucketResult {
    fn from(value: UsageModerationsResult) -> Self {
        Self::OrganizationUsageModerationsResult(value)
    }
}
impl From<UsageImagesResult> for UsageTimeBucketResult {
    fn from(value: UsageImagesResult) -> Self {
        Self::OrganizationUsageImagesResult(value)
    }
}
impl From<UsageAudioSpeechesResult> for UsageTimeBucketResult {
    fn from(value: UsageAudioSpeechesResult) -> Self {
        Self::OrganizationUsageAudioSpeechesResult(value)
    }
}
impl From<UsageAudioTranscriptionsResult> for UsageTimeBucketResult {
    fn from(value: UsageAudioTranscriptionsResult) -> Self {
        Self::OrganizationUsageAudioTranscriptionsResult(value)
    }
}
impl From<UsageVectorStoresResult> for UsageTimeBucketResult {
    fn from(value: UsageVectorStoresResult) -> Self {
        Self::OrganizationUsageVectorStoresResult(value)
    }
}
impl From<UsageCodeInterpreterSessionsResult> for UsageTimeBucketResult {
    fn from(value: UsageCodeInterpreterSessionsResult) -> Self {
        Self::OrganizationUsageCodeInterpreterSessionsResult(value)
    }
}
impl From<UsageFileSearchCallsResult> for UsageTimeBucketResult {
    fn from(value: UsageFileSearchCallsResult) -> Self {
        Self::OrganizationUsageFileSearchesResult(value)
    }
}
impl From<UsageWebSearchCallsResult> for UsageTimeBucketResult {
    fn from(value: UsageWebSearchCallsResult) -> Self {
        Self::OrganizationUsageWebSearchesResult(value)
    }
}
impl From<CostsResult> for UsageTimeBucketResult {
    fn from(value: CostsResult) -> Self {
        Self::OrganizationCostsResult(value)
    }
}
/// The aggregated vector stores usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageVectorStoresResult {
    pub object: OrganizationUsageVectorStoresResultLiteral,
    /// The vector stores usage in bytes.
    pub usage_bytes: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageVectorStoresResult {
    const NAME: &'static str = "UsageVectorStoresResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageVectorStoresResultLiteral> = None;
        let mut usage_bytes: Option<i64> = None;
        let mut project_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "usage_bytes" => 1,
                    "project_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut usage_bytes),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            usage_bytes: usage_bytes.unwrap_or_default(),
            project_id,
        })
    }
}
impl<'de> Deserialize<'de> for UsageVectorStoresResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageVectorStoresResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(usage_bytes: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            usage_bytes: usage_bytes.into(),
            project_id: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
}
/// The constant `organization.usage.vector_stores.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageVectorStoresResultLiteral {
    /// `organization.usage.vector_stores.result`
    #[default]
    OrganizationUsageVectorStoresResult,
}
impl OrganizationUsageVectorStoresResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.vector_stores.result"
    }
}
impl std::fmt::Display for OrganizationUsageVectorStoresResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageVectorStoresResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.vector_stores.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageVectorStoresResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.vector_stores.result",
            )
            .map(|()| Self::OrganizationUsageVectorStoresResult)
    }
}
/// The aggregated web search calls usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UsageWebSearchCallsResult {
    pub object: OrganizationUsageWebSearchesResultLiteral,
    /// The count of model requests.
    pub num_model_requests: i64,
    /// The count of web search calls.
    pub num_requests: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_level: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageWebSearchCallsResult {
    const NAME: &'static str = "UsageWebSearchCallsResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUsageWebSearchesResultLiteral> = None;
        let mut num_model_requests: Option<i64> = None;
        let mut num_requests: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut user_id: Option<String> = None;
        let mut api_key_id: Option<String> = None;
        let mut model: Option<String> = None;
        let mut context_level: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "num_model_requests" => 1,
                    "num_requests" => 2,
                    "project_id" => 3,
                    "user_id" => 4,
                    "api_key_id" => 5,
                    "model" => 6,
                    "context_level" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut num_model_requests),
                2 => sdk_runtime_types::de::value(&mut map, &mut num_requests),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut context_level),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            num_model_requests: num_model_requests.unwrap_or_default(),
            num_requests: num_requests.unwrap_or_default(),
            project_id,
            user_id,
            api_key_id,
            model,
            context_level,
        })
    }
}
impl<'de> Deserialize<'de> for UsageWebSearchCallsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageWebSearchCallsResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        num_model_requests: impl Into<i64>,
        num_requests: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            num_model_requests: num_model_requests.into(),
            num_requests: num_requests.into(),
            project_id: None,
            user_id: None,
            api_key_id: None,
            model: None,
            context_level: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `api_key_id`.
    pub fn api_key_id(mut self, value: impl Into<String>) -> Self {
        self.api_key_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `context_level`.
    pub fn context_level(mut self, value: impl Into<String>) -> Self {
        self.context_level = Some(value.into());
        self
    }
}
/// The constant `organization.usage.web_searches.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUsageWebSearchesResultLiteral {
    /// `organization.usage.web_searches.result`
    #[default]
    OrganizationUsageWebSearchesResult,
}
impl OrganizationUsageWebSearchesResultLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.usage.web_searches.result"
    }
}
impl std::fmt::Display for OrganizationUsageWebSearchesResultLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUsageWebSearchesResultLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.usage.web_searches.result")
    }
}
impl<'de> Deserialize<'de> for OrganizationUsageWebSearchesResultLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.usage.web_searches.result",
            )
            .map(|()| Self::OrganizationUsageWebSearchesResult)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserDeleteResponse {
    pub object: OrganizationUserDeletedLiteral,
    pub id: String,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for UserDeleteResponse {
    const NAME: &'static str = "UserDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUserDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UserDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.user.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUserDeletedLiteral {
    /// `organization.user.deleted`
    #[default]
    OrganizationUserDeleted,
}
impl OrganizationUserDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.user.deleted"
    }
}
impl std::fmt::Display for OrganizationUserDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationUserDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.user.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationUserDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.user.deleted")
            .map(|()| Self::OrganizationUserDeleted)
    }
}
/// Paginated list of user objects returned when inspecting group membership.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Users in the current page.
    pub data: Vec<GroupUser>,
    /// Whether more users are available when paginating.
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when no further users are available.
    pub next: Option<String>,
}
impl sdk_runtime_types::de::Object for UserListResource {
    const NAME: &'static str = "UserListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<GroupUser>> = None;
        let mut has_more: Option<bool> = None;
        let mut next: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "next" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut next),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next,
        })
    }
}
impl<'de> Deserialize<'de> for UserListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<GroupUser>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            next: None,
        }
    }
    /// Sets `next`.
    pub fn next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for UserListResource {
    type Item = GroupUser;
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
pub struct UserListResponse {
    pub object: ListLiteral,
    pub data: Vec<User>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for UserListResponse {
    const NAME: &'static str = "UserListResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<User>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UserListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserListResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<User>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for UserListResponse {
    type Item = User;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UserRoleUpdateRequest {
    /// `owner` or `reader`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Role ID to assign to the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// Technical level metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technical_level: Option<String>,
    /// Developer persona metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub developer_persona: Option<String>,
}
impl sdk_runtime_types::de::Object for UserRoleUpdateRequest {
    const NAME: &'static str = "UserRoleUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<String> = None;
        let mut role_id: Option<String> = None;
        let mut technical_level: Option<String> = None;
        let mut developer_persona: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "role_id" => 1,
                    "technical_level" => 2,
                    "developer_persona" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut role_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut technical_level),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut developer_persona),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role,
            role_id,
            technical_level,
            developer_persona,
        })
    }
}
impl<'de> Deserialize<'de> for UserRoleUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserRoleUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            role: None,
            role_id: None,
            technical_level: None,
            developer_persona: None,
        }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `role_id`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `technical_level`.
    pub fn technical_level(mut self, value: impl Into<String>) -> Self {
        self.technical_level = Some(value.into());
        self
    }
    /// Sets `developer_persona`.
    pub fn developer_persona(mut self, value: impl Into<String>) -> Self {
        self.developer_persona = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpendLimitCurrency {
    /// `USD`
    Usd,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl SpendLimitCurrency {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Usd => "USD",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "USD" => Self::Usd,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for SpendLimitCurrency {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for SpendLimitCurrency {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for SpendLimitCurrency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SpendLimitCurrency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SpendLimitCurrency {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for SpendLimitCurrency {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpendLimitInterval {
    /// `month`
    Month,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl SpendLimitInterval {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for SpendLimitInterval {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for SpendLimitInterval {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for SpendLimitInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SpendLimitInterval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SpendLimitInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for SpendLimitInterval {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpendLimitEnforcementStatus {
    /// `inactive`
    Inactive,
    /// `enforcing`
    Enforcing,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl SpendLimitEnforcementStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "inactive",
            Self::Enforcing => "enforcing",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "inactive" => Self::Inactive,
            "enforcing" => Self::Enforcing,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for SpendLimitEnforcementStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for SpendLimitEnforcementStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for SpendLimitEnforcementStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SpendLimitEnforcementStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SpendLimitEnforcementStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for SpendLimitEnforcementStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The current enforcement state of a hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpendLimitEnforcement {
    /// Whether the hard spend limit is currently enforcing.
    pub status: SpendLimitEnforcementStatus,
}
impl sdk_runtime_types::de::Object for SpendLimitEnforcement {
    const NAME: &'static str = "SpendLimitEnforcement";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut status: Option<SpendLimitEnforcementStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "status" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            status: status.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for SpendLimitEnforcement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SpendLimitEnforcement {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(status: impl Into<SpendLimitEnforcementStatus>) -> Self {
        Self { status: status.into() }
    }
}
/// Represents a hard spend limit configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationSpendLimitResource {
    /// The object type, which is always `organization.spend_limit`.
    pub object: OrganizationSpendLimitLiteral,
    /// The hard spend limit amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    pub currency: SpendLimitCurrency,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    pub interval: SpendLimitInterval,
    /// The current enforcement state of the hard spend limit.
    pub enforcement: SpendLimitEnforcement,
}
impl sdk_runtime_types::de::Object for OrganizationSpendLimitResource {
    const NAME: &'static str = "OrganizationSpendLimitResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationSpendLimitLiteral> = None;
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<SpendLimitCurrency> = None;
        let mut interval: Option<SpendLimitInterval> = None;
        let mut enforcement: Option<SpendLimitEnforcement> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "threshold_amount" => 1,
                    "currency" => 2,
                    "interval" => 3,
                    "enforcement" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                2 => sdk_runtime_types::de::value(&mut map, &mut currency),
                3 => sdk_runtime_types::de::value(&mut map, &mut interval),
                4 => sdk_runtime_types::de::value(&mut map, &mut enforcement),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            threshold_amount: threshold_amount.unwrap_or_default(),
            currency: currency.unwrap_or_default(),
            interval: interval.unwrap_or_default(),
            enforcement: enforcement.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendLimitResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationSpendLimitResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        threshold_amount: impl Into<i64>,
        currency: impl Into<SpendLimitCurrency>,
        interval: impl Into<SpendLimitInterval>,
        enforcement: impl Into<SpendLimitEnforcement>,
    ) -> Self {
        Self {
            object: Default::default(),
            threshold_amount: threshold_amount.into(),
            currency: currency.into(),
            interval: interval.into(),
            enforcement: enforcement.into(),
        }
    }
}
/// The constant `organization.spend_limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationSpendLimitLiteral {
    /// `organization.spend_limit`
    #[default]
    OrganizationSpendLimit,
}
impl OrganizationSpendLimitLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.spend_limit"
    }
}
impl std::fmt::Display for OrganizationSpendLimitLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationSpendLimitLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.spend_limit")
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendLimitLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.spend_limit")
            .map(|()| Self::OrganizationSpendLimit)
    }
}
/// Confirmation payload returned after deleting an organization hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OrganizationSpendLimitDeletedResource {
    /// The object type, which is always `organization.spend_limit.deleted`.
    pub object: OrganizationSpendLimitDeletedLiteral,
    /// Whether the hard spend limit was deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for OrganizationSpendLimitDeletedResource {
    const NAME: &'static str = "OrganizationSpendLimitDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationSpendLimitDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendLimitDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OrganizationSpendLimitDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.spend_limit.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationSpendLimitDeletedLiteral {
    /// `organization.spend_limit.deleted`
    #[default]
    OrganizationSpendLimitDeleted,
}
impl OrganizationSpendLimitDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.spend_limit.deleted"
    }
}
impl std::fmt::Display for OrganizationSpendLimitDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationSpendLimitDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.spend_limit.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationSpendLimitDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.spend_limit.deleted")
            .map(|()| Self::OrganizationSpendLimitDeleted)
    }
}
/// Represents a hard spend limit configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectSpendLimitResource {
    /// The object type, which is always `project.spend_limit`.
    pub object: ProjectSpendLimitLiteral,
    /// The hard spend limit amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    pub currency: SpendLimitCurrency,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    pub interval: SpendLimitInterval,
    /// The current enforcement state of the hard spend limit.
    pub enforcement: SpendLimitEnforcement,
}
impl sdk_runtime_types::de::Object for ProjectSpendLimitResource {
    const NAME: &'static str = "ProjectSpendLimitResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectSpendLimitLiteral> = None;
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<SpendLimitCurrency> = None;
        let mut interval: Option<SpendLimitInterval> = None;
        let mut enforcement: Option<SpendLimitEnforcement> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "threshold_amount" => 1,
                    "currency" => 2,
                    "interval" => 3,
                    "enforcement" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                2 => sdk_runtime_types::de::value(&mut map, &mut currency),
                3 => sdk_runtime_types::de::value(&mut map, &mut interval),
                4 => sdk_runtime_types::de::value(&mut map, &mut enforcement),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            threshold_amount: threshold_amount.unwrap_or_default(),
            currency: currency.unwrap_or_default(),
            interval: interval.unwrap_or_default(),
            enforcement: enforcement.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectSpendLimitResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectSpendLimitResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        threshold_amount: impl Into<i64>,
        currency: impl Into<SpendLimitCurrency>,
        interval: impl Into<SpendLimitInterval>,
        enforcement: impl Into<SpendLimitEnforcement>,
    ) -> Self {
        Self {
            object: Default::default(),
            threshold_amount: threshold_amount.into(),
            currency: currency.into(),
            interval: interval.into(),
            enforcement: enforcement.into(),
        }
    }
}
/// The constant `project.spend_limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectSpendLimitLiteral {
    /// `project.spend_limit`
    #[default]
    ProjectSpendLimit,
}
impl ProjectSpendLimitLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.spend_limit"
    }
}
impl std::fmt::Display for ProjectSpendLimitLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectSpendLimitLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.spend_limit")
    }
}
impl<'de> Deserialize<'de> for ProjectSpendLimitLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.spend_limit")
            .map(|()| Self::ProjectSpendLimit)
    }
}
/// Confirmation payload returned after deleting a project hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProjectSpendLimitDeletedResource {
    /// The object type, which is always `project.spend_limit.deleted`.
    pub object: ProjectSpendLimitDeletedLiteral,
    /// Whether the hard spend limit was deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for ProjectSpendLimitDeletedResource {
    const NAME: &'static str = "ProjectSpendLimitDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProjectSpendLimitDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProjectSpendLimitDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProjectSpendLimitDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `project.spend_limit.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectSpendLimitDeletedLiteral {
    /// `project.spend_limit.deleted`
    #[default]
    ProjectSpendLimitDeleted,
}
impl ProjectSpendLimitDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project.spend_limit.deleted"
    }
}
impl std::fmt::Display for ProjectSpendLimitDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectSpendLimitDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project.spend_limit.deleted")
    }
}
impl<'de> Deserialize<'de> for ProjectSpendLimitDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project.spend_limit.deleted")
            .map(|()| Self::ProjectSpendLimitDeleted)
    }
}
/// The service account API key create request payload.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateProjectServiceAccountApiKeyBody {
    /// API key name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// API key scopes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for CreateProjectServiceAccountApiKeyBody {
    const NAME: &'static str = "CreateProjectServiceAccountApiKeyBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut scopes: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "scopes" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut scopes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, scopes })
    }
}
impl<'de> Deserialize<'de> for CreateProjectServiceAccountApiKeyBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateProjectServiceAccountApiKeyBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { name: None, scopes: None }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `scopes`.
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ServiceAccountApiKeyBody {
    /// The object type, which is always `organization.project.service_account.api_key`
    pub object: OrganizationProjectServiceAccountApiKeyLiteral,
    /// The unredacted API key value.
    pub value: String,
    /// The name of the API key.
    pub name: String,
    /// The Unix timestamp (in seconds) when the API key was created.
    pub created_at: i64,
    /// The identifier of the API key.
    pub id: String,
}
impl sdk_runtime_types::de::Object for ServiceAccountApiKeyBody {
    const NAME: &'static str = "ServiceAccountApiKeyBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationProjectServiceAccountApiKeyLiteral> = None;
        let mut value: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "value" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut value),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            value: value.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ServiceAccountApiKeyBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ServiceAccountApiKeyBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        value: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            value: value.into(),
            name: name.into(),
            created_at: created_at.into(),
            id: id.into(),
        }
    }
}
/// Query and header parameters of `admin-api-keys-list`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AdminApiKeysListParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl sdk_runtime_types::de::Object for AdminApiKeysListParams {
    const NAME: &'static str = "AdminApiKeysListParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "order" => 1,
                    "limit" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, order, limit })
    }
}
impl<'de> Deserialize<'de> for AdminApiKeysListParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKeysListParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            order: None,
            limit: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AdminApiKeysCreateRequest {
    pub name: String,
    /// The number of seconds until the API key expires. Omit this field for a key that does not expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
}
impl sdk_runtime_types::de::Object for AdminApiKeysCreateRequest {
    const NAME: &'static str = "AdminApiKeysCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut expires_in_seconds: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "expires_in_seconds" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut expires_in_seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            expires_in_seconds,
        })
    }
}
impl<'de> Deserialize<'de> for AdminApiKeysCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKeysCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            expires_in_seconds: None,
        }
    }
    /// Sets `expires_in_seconds`.
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.expires_in_seconds = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdminApiKeysDeleteResponse {
    pub id: String,
    pub object: OrganizationAdminApiKeyDeletedLiteral,
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for AdminApiKeysDeleteResponse {
    const NAME: &'static str = "AdminApiKeysDeleteResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<OrganizationAdminApiKeyDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for AdminApiKeysDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AdminApiKeysDeleteResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `organization.admin_api_key.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationAdminApiKeyDeletedLiteral {
    /// `organization.admin_api_key.deleted`
    #[default]
    OrganizationAdminApiKeyDeleted,
}
impl OrganizationAdminApiKeyDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.admin_api_key.deleted"
    }
}
impl std::fmt::Display for OrganizationAdminApiKeyDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationAdminApiKeyDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.admin_api_key.deleted")
    }
}
impl<'de> Deserialize<'de> for OrganizationAdminApiKeyDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "organization.admin_api_key.deleted",
            )
            .map(|()| Self::OrganizationAdminApiKeyDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAuditLogsEffectiveAt {
    /// Return only events whose `effective_at` (Unix seconds) is greater than this value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gt: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is less than this value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is less than or equal to this value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lte: Option<i64>,
}
impl sdk_runtime_types::de::Object for ListAuditLogsEffectiveAt {
    const NAME: &'static str = "ListAuditLogsEffectiveAt";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut gt: Option<i64> = None;
        let mut gte: Option<i64> = None;
        let mut lt: Option<i64> = None;
        let mut lte: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "gt" => 0,
                    "gte" => 1,
                    "lt" => 2,
                    "lte" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut gt),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut gte),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut lt),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut lte),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { gt, gte, lt, lte })
    }
}
impl<'de> Deserialize<'de> for ListAuditLogsEffectiveAt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListAuditLogsEffectiveAt {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            gt: None,
            gte: None,
            lt: None,
            lte: None,
        }
    }
    /// Sets `gt`.
    pub fn gt(mut self, value: impl Into<i64>) -> Self {
        self.gt = Some(value.into());
        self
    }
    /// Sets `gte`.
    pub fn gte(mut self, value: impl Into<i64>) -> Self {
        self.gte = Some(value.into());
        self
    }
    /// Sets `lt`.
    pub fn lt(mut self, value: impl Into<i64>) -> Self {
        self.lt = Some(value.into());
        self
    }
    /// Sets `lte`.
    pub fn lte(mut self, value: impl Into<i64>) -> Self {
        self.lte = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-audit-logs`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAuditLogsParams {
    /// Return only events whose `effective_at` (Unix seconds) is in this range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_at: Option<ListAuditLogsEffectiveAt>,
    /// Return only events for these projects.
    #[serde(rename = "project_ids[]", skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](https://platform.openai.com/docs/api-reference/audit-logs/object).
    #[serde(rename = "event_types[]", skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<AuditLogEventType>>,
    /// Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
    #[serde(rename = "actor_ids[]", skip_serializing_if = "Option::is_none")]
    pub actor_ids: Option<Vec<String>>,
    /// Return only events performed by users with these emails.
    #[serde(rename = "actor_emails[]", skip_serializing_if = "Option::is_none")]
    pub actor_emails: Option<Vec<String>>,
    /// Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
    #[serde(rename = "resource_ids[]", skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_only: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListAuditLogsParams {
    const NAME: &'static str = "ListAuditLogsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut effective_at: Option<ListAuditLogsEffectiveAt> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut event_types: Option<Vec<AuditLogEventType>> = None;
        let mut actor_ids: Option<Vec<String>> = None;
        let mut actor_emails: Option<Vec<String>> = None;
        let mut resource_ids: Option<Vec<String>> = None;
        let mut tenant_only: Option<bool> = None;
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "effective_at" => 0,
                    "project_ids[]" => 1,
                    "event_types[]" => 2,
                    "actor_ids[]" => 3,
                    "actor_emails[]" => 4,
                    "resource_ids[]" => 5,
                    "tenant_only" => 6,
                    "limit" => 7,
                    "after" => 8,
                    "before" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut effective_at),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut event_types),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut actor_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut actor_emails),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut resource_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tenant_only),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            effective_at,
            project_ids,
            event_types,
            actor_ids,
            actor_emails,
            resource_ids,
            tenant_only,
            limit,
            after,
            before,
        })
    }
}
impl<'de> Deserialize<'de> for ListAuditLogsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListAuditLogsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            effective_at: None,
            project_ids: None,
            event_types: None,
            actor_ids: None,
            actor_emails: None,
            resource_ids: None,
            tenant_only: None,
            limit: None,
            after: None,
            before: None,
        }
    }
    /// Sets `effective_at`.
    pub fn effective_at(mut self, value: impl Into<ListAuditLogsEffectiveAt>) -> Self {
        self.effective_at = Some(value.into());
        self
    }
    /// Sets `project_ids[]`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `event_types[]`.
    pub fn event_types(mut self, value: impl Into<Vec<AuditLogEventType>>) -> Self {
        self.event_types = Some(value.into());
        self
    }
    /// Sets `actor_ids[]`.
    pub fn actor_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.actor_ids = Some(value.into());
        self
    }
    /// Sets `actor_emails[]`.
    pub fn actor_emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.actor_emails = Some(value.into());
        self
    }
    /// Sets `resource_ids[]`.
    pub fn resource_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.resource_ids = Some(value.into());
        self
    }
    /// Sets `tenant_only`.
    pub fn tenant_only(mut self, value: impl Into<bool>) -> Self {
        self.tenant_only = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
/// Query and header parameters of `listOrganizationCertificates`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListOrganizationCertificatesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
}
impl sdk_runtime_types::de::Object for ListOrganizationCertificatesParams {
    const NAME: &'static str = "ListOrganizationCertificatesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListOrganizationCertificatesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListOrganizationCertificatesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `getCertificate`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetCertificateParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ContentLiteral>>,
}
impl sdk_runtime_types::de::Object for GetCertificateParams {
    const NAME: &'static str = "GetCertificateParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<ContentLiteral>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include })
    }
}
impl<'de> Deserialize<'de> for GetCertificateParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GetCertificateParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<ContentLiteral>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
/// The constant `1d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum V1dLiteral {
    /// `1d`
    #[default]
    V1d,
}
impl V1dLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "1d"
    }
}
impl std::fmt::Display for V1dLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for V1dLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("1d")
    }
}
impl<'de> Deserialize<'de> for V1dLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "1d").map(|()| Self::V1d)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageCostsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `line_item`
    LineItem,
    /// `api_key_id`
    ApiKeyId,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageCostsGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::LineItem => "line_item",
            Self::ApiKeyId => "api_key_id",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "line_item" => Self::LineItem,
            "api_key_id" => Self::ApiKeyId,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageCostsGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageCostsGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageCostsGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageCostsGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageCostsGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageCostsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-costs`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageCostsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<V1dLiteral>,
    /// Return only costs for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only costs for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageCostsGroupByItem>>,
    /// A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageCostsParams {
    const NAME: &'static str = "UsageCostsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<V1dLiteral> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageCostsGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "api_key_ids" => 4,
                    "group_by" => 5,
                    "limit" => 6,
                    "page" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            api_key_ids,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageCostsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageCostsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            api_key_ids: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(mut self, value: impl Into<V1dLiteral>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(mut self, value: impl Into<Vec<UsageCostsGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-groups`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListGroupsParams {
    /// A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Specifies the sort order of the returned groups.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
impl sdk_runtime_types::de::Object for ListGroupsParams {
    const NAME: &'static str = "ListGroupsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListGroupsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListGroupsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-group-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListGroupRoleAssignmentsParams {
    /// A limit on the number of organization role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned organization roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
}
impl sdk_runtime_types::de::Object for ListGroupRoleAssignmentsParams {
    const NAME: &'static str = "ListGroupRoleAssignmentsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<OrderEnum> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListGroupRoleAssignmentsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListGroupRoleAssignmentsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-group-users`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListGroupUsersParams {
    /// A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Specifies the sort order of users in the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
}
impl sdk_runtime_types::de::Object for ListGroupUsersParams {
    const NAME: &'static str = "ListGroupUsersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListGroupUsersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListGroupUsersParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-invites`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListInvitesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl sdk_runtime_types::de::Object for ListInvitesParams {
    const NAME: &'static str = "ListInvitesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after })
    }
}
impl<'de> Deserialize<'de> for ListInvitesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListInvitesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { limit: None, after: None }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-projects`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_archived: Option<bool>,
}
impl sdk_runtime_types::de::Object for ListProjectsParams {
    const NAME: &'static str = "ListProjectsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut include_archived: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "include_archived" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut include_archived),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            after,
            include_archived,
        })
    }
}
impl<'de> Deserialize<'de> for ListProjectsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            include_archived: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `include_archived`.
    pub fn include_archived(mut self, value: impl Into<bool>) -> Self {
        self.include_archived = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListProjectApiKeysOwnerProjectAccess {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `any`
    Any,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ListProjectApiKeysOwnerProjectAccess {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Any => "any",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "any" => Self::Any,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ListProjectApiKeysOwnerProjectAccess {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ListProjectApiKeysOwnerProjectAccess {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ListProjectApiKeysOwnerProjectAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListProjectApiKeysOwnerProjectAccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListProjectApiKeysOwnerProjectAccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ListProjectApiKeysOwnerProjectAccess {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `list-project-api-keys`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectApiKeysParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_project_access: Option<ListProjectApiKeysOwnerProjectAccess>,
}
impl sdk_runtime_types::de::Object for ListProjectApiKeysParams {
    const NAME: &'static str = "ListProjectApiKeysParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut owner_project_access: Option<ListProjectApiKeysOwnerProjectAccess> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "owner_project_access" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut owner_project_access),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            after,
            owner_project_access,
        })
    }
}
impl<'de> Deserialize<'de> for ListProjectApiKeysParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectApiKeysParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            owner_project_access: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `owner_project_access`.
    pub fn owner_project_access(
        mut self,
        value: impl Into<ListProjectApiKeysOwnerProjectAccess>,
    ) -> Self {
        self.owner_project_access = Some(value.into());
        self
    }
}
/// Query and header parameters of `listProjectCertificates`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectCertificatesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
}
impl sdk_runtime_types::de::Object for ListProjectCertificatesParams {
    const NAME: &'static str = "ListProjectCertificatesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListProjectCertificatesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectCertificatesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-groups`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectGroupsParams {
    /// A limit on the number of project groups to return. Defaults to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned groups.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
impl sdk_runtime_types::de::Object for ListProjectGroupsParams {
    const NAME: &'static str = "ListProjectGroupsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListProjectGroupsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectGroupsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RetrieveProjectGroupGroupType {
    /// `group`
    #[default]
    Group,
    /// `tenant_group`
    TenantGroup,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RetrieveProjectGroupGroupType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::TenantGroup => "tenant_group",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "tenant_group" => Self::TenantGroup,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RetrieveProjectGroupGroupType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RetrieveProjectGroupGroupType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RetrieveProjectGroupGroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RetrieveProjectGroupGroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RetrieveProjectGroupGroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Query and header parameters of `retrieve-project-group`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RetrieveProjectGroupParams {
    /// The type of group to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_type: Option<RetrieveProjectGroupGroupType>,
}
impl sdk_runtime_types::de::Object for RetrieveProjectGroupParams {
    const NAME: &'static str = "RetrieveProjectGroupParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut group_type: Option<RetrieveProjectGroupGroupType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "group_type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut group_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { group_type })
    }
}
impl<'de> Deserialize<'de> for RetrieveProjectGroupParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RetrieveProjectGroupParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { group_type: None }
    }
    /// Sets `group_type`.
    pub fn group_type(
        mut self,
        value: impl Into<RetrieveProjectGroupGroupType>,
    ) -> Self {
        self.group_type = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-rate-limits`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectRateLimitsParams {
    /// A limit on the number of objects to be returned. The default is 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListProjectRateLimitsParams {
    const NAME: &'static str = "ListProjectRateLimitsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "before" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, before })
    }
}
impl<'de> Deserialize<'de> for ListProjectRateLimitsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectRateLimitsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            before: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-service-accounts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectServiceAccountsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl sdk_runtime_types::de::Object for ListProjectServiceAccountsParams {
    const NAME: &'static str = "ListProjectServiceAccountsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after })
    }
}
impl<'de> Deserialize<'de> for ListProjectServiceAccountsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectServiceAccountsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { limit: None, after: None }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-spend-alerts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectSpendAlertsParams {
    /// A limit on the number of spend alerts to return. Defaults to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for the returned spend alerts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
    /// Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListProjectSpendAlertsParams {
    const NAME: &'static str = "ListProjectSpendAlertsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
impl<'de> Deserialize<'de> for ListProjectSpendAlertsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectSpendAlertsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-users`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectUsersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl sdk_runtime_types::de::Object for ListProjectUsersParams {
    const NAME: &'static str = "ListProjectUsersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after })
    }
}
impl<'de> Deserialize<'de> for ListProjectUsersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectUsersParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { limit: None, after: None }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-roles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListRolesParams {
    /// A limit on the number of roles to return. Defaults to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
impl sdk_runtime_types::de::Object for ListRolesParams {
    const NAME: &'static str = "ListRolesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListRolesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListRolesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-organization-spend-alerts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListOrganizationSpendAlertsParams {
    /// A limit on the number of spend alerts to return. Defaults to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for the returned spend alerts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
    /// Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListOrganizationSpendAlertsParams {
    const NAME: &'static str = "ListOrganizationSpendAlertsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
impl<'de> Deserialize<'de> for ListOrganizationSpendAlertsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListOrganizationSpendAlertsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum UsageAudioSpeechesBucketWidth {
    /// `1m`
    V1m,
    /// `1h`
    V1h,
    /// `1d`
    #[default]
    V1d,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageAudioSpeechesBucketWidth {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1m => "1m",
            Self::V1h => "1h",
            Self::V1d => "1d",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1m" => Self::V1m,
            "1h" => Self::V1h,
            "1d" => Self::V1d,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageAudioSpeechesBucketWidth {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageAudioSpeechesBucketWidth {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageAudioSpeechesBucketWidth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageAudioSpeechesBucketWidth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageAudioSpeechesBucketWidth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageAudioSpeechesGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageAudioSpeechesGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageAudioSpeechesGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageAudioSpeechesGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageAudioSpeechesGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageAudioSpeechesGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageAudioSpeechesGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageAudioSpeechesGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-audio-speeches`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageAudioSpeechesParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageAudioSpeechesParams {
    const NAME: &'static str = "UsageAudioSpeechesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageAudioSpeechesGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "group_by" => 7,
                    "limit" => 8,
                    "page" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageAudioSpeechesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageAudioSpeechesParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageAudioSpeechesGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `usage-audio-transcriptions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageAudioTranscriptionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageAudioTranscriptionsParams {
    const NAME: &'static str = "UsageAudioTranscriptionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageAudioSpeechesGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "group_by" => 7,
                    "limit" => 8,
                    "page" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageAudioTranscriptionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageAudioTranscriptionsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageAudioSpeechesGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// The constant `project_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectIdLiteral {
    /// `project_id`
    #[default]
    ProjectId,
}
impl ProjectIdLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "project_id"
    }
}
impl std::fmt::Display for ProjectIdLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectIdLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("project_id")
    }
}
impl<'de> Deserialize<'de> for ProjectIdLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "project_id")
            .map(|()| Self::ProjectId)
    }
}
/// Query and header parameters of `usage-code-interpreter-sessions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageCodeInterpreterSessionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<ProjectIdLiteral>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageCodeInterpreterSessionsParams {
    const NAME: &'static str = "UsageCodeInterpreterSessionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<ProjectIdLiteral>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "group_by" => 4,
                    "limit" => 5,
                    "page" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageCodeInterpreterSessionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageCodeInterpreterSessionsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(mut self, value: impl Into<Vec<ProjectIdLiteral>>) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageCompletionsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `batch`
    Batch,
    /// `service_tier`
    ServiceTier,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageCompletionsGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Batch => "batch",
            Self::ServiceTier => "service_tier",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "batch" => Self::Batch,
            "service_tier" => Self::ServiceTier,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageCompletionsGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageCompletionsGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageCompletionsGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageCompletionsGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageCompletionsGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageCompletionsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-completions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageCompletionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<bool>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageCompletionsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageCompletionsParams {
    const NAME: &'static str = "UsageCompletionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut batch: Option<bool> = None;
        let mut group_by: Option<Vec<UsageCompletionsGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "batch" => 7,
                    "group_by" => 8,
                    "limit" => 9,
                    "page" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut batch),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            batch,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageCompletionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageCompletionsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            batch: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `batch`.
    pub fn batch(mut self, value: impl Into<bool>) -> Self {
        self.batch = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageCompletionsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `usage-embeddings`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageEmbeddingsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageEmbeddingsParams {
    const NAME: &'static str = "UsageEmbeddingsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageAudioSpeechesGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "group_by" => 7,
                    "limit" => 8,
                    "page" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageEmbeddingsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageEmbeddingsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageAudioSpeechesGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageFileSearchCallsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `vector_store_id`
    VectorStoreId,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageFileSearchCallsGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::VectorStoreId => "vector_store_id",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "vector_store_id" => Self::VectorStoreId,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageFileSearchCallsGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageFileSearchCallsGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageFileSearchCallsGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageFileSearchCallsGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageFileSearchCallsGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageFileSearchCallsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-file-search-calls`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageFileSearchCallsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these vector stores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageFileSearchCallsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageFileSearchCallsParams {
    const NAME: &'static str = "UsageFileSearchCallsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut vector_store_ids: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageFileSearchCallsGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "vector_store_ids" => 6,
                    "group_by" => 7,
                    "limit" => 8,
                    "page" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            vector_store_ids,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageFileSearchCallsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageFileSearchCallsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            vector_store_ids: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageFileSearchCallsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageImagesSource {
    /// `image.generation`
    ImageGeneration,
    /// `image.edit`
    ImageEdit,
    /// `image.variation`
    ImageVariation,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageImagesSource {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageGeneration => "image.generation",
            Self::ImageEdit => "image.edit",
            Self::ImageVariation => "image.variation",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "image.generation" => Self::ImageGeneration,
            "image.edit" => Self::ImageEdit,
            "image.variation" => Self::ImageVariation,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageImagesSource {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageImagesSource {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageImagesSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageImagesSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageImagesSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageImagesSource {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageImagesSize {
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1024x1024`
    V1024x1024,
    /// `1792x1792`
    V1792x1792,
    /// `1024x1792`
    V1024x1792,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageImagesSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1792x1792 => "1792x1792",
            Self::V1024x1792 => "1024x1792",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1024x1024" => Self::V1024x1024,
            "1792x1792" => Self::V1792x1792,
            "1024x1792" => Self::V1024x1792,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageImagesSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageImagesSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageImagesSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageImagesSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageImagesSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageImagesSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageImagesGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `size`
    Size,
    /// `source`
    Source,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageImagesGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Size => "size",
            Self::Source => "source",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "size" => Self::Size,
            "source" => Self::Source,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageImagesGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageImagesGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageImagesGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageImagesGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageImagesGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageImagesGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-images`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageImagesParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<UsageImagesSource>>,
    /// Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizes: Option<Vec<UsageImagesSize>>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageImagesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageImagesParams {
    const NAME: &'static str = "UsageImagesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut sources: Option<Vec<UsageImagesSource>> = None;
        let mut sizes: Option<Vec<UsageImagesSize>> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageImagesGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "sources" => 3,
                    "sizes" => 4,
                    "project_ids" => 5,
                    "user_ids" => 6,
                    "api_key_ids" => 7,
                    "models" => 8,
                    "group_by" => 9,
                    "limit" => 10,
                    "page" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sources),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut sizes),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            sources,
            sizes,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageImagesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageImagesParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            sources: None,
            sizes: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `sources`.
    pub fn sources(mut self, value: impl Into<Vec<UsageImagesSource>>) -> Self {
        self.sources = Some(value.into());
        self
    }
    /// Sets `sizes`.
    pub fn sizes(mut self, value: impl Into<Vec<UsageImagesSize>>) -> Self {
        self.sizes = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(mut self, value: impl Into<Vec<UsageImagesGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `usage-moderations`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageModerationsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageModerationsParams {
    const NAME: &'static str = "UsageModerationsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<UsageAudioSpeechesGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "group_by" => 7,
                    "limit" => 8,
                    "page" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageModerationsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageModerationsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageAudioSpeechesGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `usage-vector-stores`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageVectorStoresParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<ProjectIdLiteral>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageVectorStoresParams {
    const NAME: &'static str = "UsageVectorStoresParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut group_by: Option<Vec<ProjectIdLiteral>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "group_by" => 4,
                    "limit" => 5,
                    "page" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageVectorStoresParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageVectorStoresParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(mut self, value: impl Into<Vec<ProjectIdLiteral>>) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageWebSearchCallsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `context_level`
    ContextLevel,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UsageWebSearchCallsGroupByItem {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::ContextLevel => "context_level",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "context_level" => Self::ContextLevel,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UsageWebSearchCallsGroupByItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UsageWebSearchCallsGroupByItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UsageWebSearchCallsGroupByItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UsageWebSearchCallsGroupByItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UsageWebSearchCallsGroupByItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UsageWebSearchCallsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `usage-web-search-calls`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UsageWebSearchCallsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Return only web search usage for these context levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_levels: Option<Vec<ImagesResponseQuality>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<UsageWebSearchCallsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}
impl sdk_runtime_types::de::Object for UsageWebSearchCallsParams {
    const NAME: &'static str = "UsageWebSearchCallsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<i64> = None;
        let mut end_time: Option<i64> = None;
        let mut bucket_width: Option<UsageAudioSpeechesBucketWidth> = None;
        let mut project_ids: Option<Vec<String>> = None;
        let mut user_ids: Option<Vec<String>> = None;
        let mut api_key_ids: Option<Vec<String>> = None;
        let mut models: Option<Vec<String>> = None;
        let mut context_levels: Option<Vec<ImagesResponseQuality>> = None;
        let mut group_by: Option<Vec<UsageWebSearchCallsGroupByItem>> = None;
        let mut limit: Option<i64> = None;
        let mut page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "start_time" => 0,
                    "end_time" => 1,
                    "bucket_width" => 2,
                    "project_ids" => 3,
                    "user_ids" => 4,
                    "api_key_ids" => 5,
                    "models" => 6,
                    "context_levels" => 7,
                    "group_by" => 8,
                    "limit" => 9,
                    "page" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut start_time),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut end_time),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bucket_width),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut project_ids),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user_ids),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut api_key_ids),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut models),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut context_levels),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut group_by),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            start_time: start_time.unwrap_or_default(),
            end_time,
            bucket_width,
            project_ids,
            user_ids,
            api_key_ids,
            models,
            context_levels,
            group_by,
            limit,
            page,
        })
    }
}
impl<'de> Deserialize<'de> for UsageWebSearchCallsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UsageWebSearchCallsParams {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: None,
            bucket_width: None,
            project_ids: None,
            user_ids: None,
            api_key_ids: None,
            models: None,
            context_levels: None,
            group_by: None,
            limit: None,
            page: None,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `bucket_width`.
    pub fn bucket_width(
        mut self,
        value: impl Into<UsageAudioSpeechesBucketWidth>,
    ) -> Self {
        self.bucket_width = Some(value.into());
        self
    }
    /// Sets `project_ids`.
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
    /// Sets `api_key_ids`.
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }
    /// Sets `models`.
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }
    /// Sets `context_levels`.
    pub fn context_levels(
        mut self,
        value: impl Into<Vec<ImagesResponseQuality>>,
    ) -> Self {
        self.context_levels = Some(value.into());
        self
    }
    /// Sets `group_by`.
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageWebSearchCallsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-users`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListUsersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Filter by the email address of users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for ListUsersParams {
    const NAME: &'static str = "ListUsersParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut emails: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "emails" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut emails),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, emails })
    }
}
impl<'de> Deserialize<'de> for ListUsersParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListUsersParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            emails: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `emails`.
    pub fn emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.emails = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-user-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListUserRoleAssignmentsParams {
    /// A limit on the number of organization role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned organization roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
}
impl sdk_runtime_types::de::Object for ListUserRoleAssignmentsParams {
    const NAME: &'static str = "ListUserRoleAssignmentsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut after: Option<String> = None;
        let mut order: Option<OrderEnum> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "after" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, after, order })
    }
}
impl<'de> Deserialize<'de> for ListUserRoleAssignmentsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListUserRoleAssignmentsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            after: None,
            order: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
}
