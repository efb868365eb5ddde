//! Types of the `organization` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(any(feature = "organization", feature = "projects"))]
/// Detailed information about a role assignment entry returned when listing assignments.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssignedRoleDetails {
    /// Identifier for the role.
    pub id: String,
    /// Name of the role.
    pub name: String,
    /// Permissions associated with the role.
    pub permissions: Vec<String>,
    /// Resource type the role applies to.
    pub resource_type: String,
    /// Whether the role is predefined by OpenAI.
    pub predefined_role: bool,
    /// Description of the role.
    pub description: Option<String>,
    /// When the role was created.
    pub created_at: Option<i64>,
    /// When the role was last updated.
    pub updated_at: Option<i64>,
    /// Identifier of the actor who created the role.
    pub created_by: Option<String>,
    /// User details for the actor that created the role, when available.
    pub created_by_user_obj: Option<serde_json::Map<String, serde_json::Value>>,
    /// Arbitrary metadata stored on the role.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Principals from which the role assignment is inherited, when available.
    pub assignment_sources: Option<Vec<AssignedRoleDetailsAssignmentSource>>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for AssignedRoleDetails {
    const NAME: &'static str = "AssignedRoleDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut resource_type: Option<String> = None;
        let mut predefined_role: Option<bool> = None;
        let mut description: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut updated_at: Option<i64> = None;
        let mut created_by: Option<String> = None;
        let mut created_by_user_obj: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut assignment_sources: Option<Vec<AssignedRoleDetailsAssignmentSource>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "permissions" => 2,
                    "resource_type" => 3,
                    "predefined_role" => 4,
                    "description" => 5,
                    "created_at" => 6,
                    "updated_at" => 7,
                    "created_by" => 8,
                    "created_by_user_obj" => 9,
                    "metadata" => 10,
                    "assignment_sources" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut permissions),
                3 => sdk_runtime_types::de::value(&mut map, &mut resource_type),
                4 => sdk_runtime_types::de::value(&mut map, &mut predefined_role),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_at),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut updated_at),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut created_by_user_obj),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut assignment_sources),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            permissions: permissions.unwrap_or_default(),
            resource_type: resource_type.unwrap_or_default(),
            predefined_role: predefined_role.unwrap_or_default(),
            description,
            created_at,
            updated_at,
            created_by,
            created_by_user_obj,
            metadata,
            assignment_sources,
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for AssignedRoleDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl AssignedRoleDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        permissions: impl Into<Vec<String>>,
        resource_type: impl Into<String>,
        predefined_role: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            permissions: permissions.into(),
            resource_type: resource_type.into(),
            predefined_role: predefined_role.into(),
            description: None,
            created_at: None,
            updated_at: None,
            created_by: None,
            created_by_user_obj: None,
            metadata: None,
            assignment_sources: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: impl Into<i64>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `updated_at`.
    pub fn updated_at(mut self, value: impl Into<i64>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `created_by_user_obj`.
    pub fn created_by_user_obj(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.created_by_user_obj = Some(value.into());
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
    /// Sets `assignment_sources`.
    pub fn assignment_sources(
        mut self,
        value: impl Into<Vec<AssignedRoleDetailsAssignmentSource>>,
    ) -> Self {
        self.assignment_sources = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssignedRoleDetailsAssignmentSource {
    pub principal_id: String,
    pub principal_type: String,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for AssignedRoleDetailsAssignmentSource {
    const NAME: &'static str = "AssignedRoleDetailsAssignmentSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut principal_id: Option<String> = None;
        let mut principal_type: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "principal_id" => 0,
                    "principal_type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut principal_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut principal_type),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            principal_id: principal_id.unwrap_or_default(),
            principal_type: principal_type.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for AssignedRoleDetailsAssignmentSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl AssignedRoleDetailsAssignmentSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        principal_id: impl Into<String>,
        principal_type: impl Into<String>,
    ) -> Self {
        Self {
            principal_id: principal_id.into(),
            principal_type: principal_type.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
/// The constant `USD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UsdLiteral {
    /// `USD`
    #[default]
    Usd,
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl UsdLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "USD"
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl std::fmt::Display for UsdLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl Serialize for UsdLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("USD")
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl<'de> Deserialize<'de> for UsdLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "USD").map(|()| Self::Usd)
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
/// The constant `month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MonthLiteral {
    /// `month`
    #[default]
    Month,
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl MonthLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "month"
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl std::fmt::Display for MonthLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl Serialize for MonthLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("month")
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl<'de> Deserialize<'de> for MonthLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "month").map(|()| Self::Month)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Confirmation payload returned after unassigning a role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedRoleAssignmentResource {
    /// Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`.
    pub object: String,
    /// Whether the assignment was removed.
    pub deleted: bool,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for DeletedRoleAssignmentResource {
    const NAME: &'static str = "DeletedRoleAssignmentResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
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
            object: object.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for DeletedRoleAssignmentResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl DeletedRoleAssignmentResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(object: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: object.into(),
            deleted: deleted.into(),
        }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Summary information about a group returned in role assignment responses.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Group {
    /// Always `group`.
    pub object: GroupLiteral,
    /// Identifier for the group.
    pub id: String,
    /// Display name of the group.
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    pub created_at: i64,
    /// Whether the group is managed through SCIM.
    pub scim_managed: bool,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for Group {
    const NAME: &'static str = "Group";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<GroupLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut scim_managed: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    "scim_managed" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut scim_managed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            scim_managed: scim_managed.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Group {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
        scim_managed: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            created_at: created_at.into(),
            scim_managed: scim_managed.into(),
        }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupLiteral {
    /// `group`
    #[default]
    Group,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl GroupLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "group"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for GroupLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for GroupLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("group")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for GroupLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "group").map(|()| Self::Group)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Role assignment linking a group to a role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GroupRoleAssignment {
    /// Always `group.role`.
    pub object: GroupRoleLiteral,
    pub group: Group,
    pub role: Role,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for GroupRoleAssignment {
    const NAME: &'static str = "GroupRoleAssignment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<GroupRoleLiteral> = None;
        let mut group: Option<Group> = None;
        let mut role: Option<Role> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "group" => 1,
                    "role" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut group),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            group: group.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for GroupRoleAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl GroupRoleAssignment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(group: impl Into<Group>, role: impl Into<Role>) -> Self {
        Self {
            object: Default::default(),
            group: group.into(),
            role: role.into(),
        }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `group.role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupRoleLiteral {
    /// `group.role`
    #[default]
    GroupRole,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl GroupRoleLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "group.role"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for GroupRoleLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for GroupRoleLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("group.role")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for GroupRoleLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "group.role")
            .map(|()| Self::GroupRole)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Details about a role that can be assigned through the public Roles API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Role {
    /// Always `role`.
    pub object: RoleLiteral,
    /// Identifier for the role.
    pub id: String,
    /// Unique name for the role.
    pub name: String,
    /// Optional description of the role.
    pub description: Option<String>,
    /// Permissions granted by the role.
    pub permissions: Vec<String>,
    /// Resource type the role is bound to (for example `api.organization` or `api.project`).
    pub resource_type: String,
    /// Whether the role is predefined and managed by OpenAI.
    pub predefined_role: bool,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for Role {
    const NAME: &'static str = "Role";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<RoleLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut resource_type: Option<String> = None;
        let mut predefined_role: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "description" => 3,
                    "permissions" => 4,
                    "resource_type" => 5,
                    "predefined_role" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                4 => sdk_runtime_types::de::value(&mut map, &mut permissions),
                5 => sdk_runtime_types::de::value(&mut map, &mut resource_type),
                6 => sdk_runtime_types::de::value(&mut map, &mut predefined_role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            description,
            permissions: permissions.unwrap_or_default(),
            resource_type: resource_type.unwrap_or_default(),
            predefined_role: predefined_role.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Role {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        permissions: impl Into<Vec<String>>,
        resource_type: impl Into<String>,
        predefined_role: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            description: None,
            permissions: permissions.into(),
            resource_type: resource_type.into(),
            predefined_role: predefined_role.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RoleLiteral {
    /// `role`
    #[default]
    Role,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl RoleLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "role"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for RoleLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for RoleLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("role")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for RoleLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "role").map(|()| Self::Role)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Request payload for assigning a role to a group or user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicAssignOrganizationGroupRoleBody {
    /// Identifier of the role to assign.
    pub role_id: String,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for PublicAssignOrganizationGroupRoleBody {
    const NAME: &'static str = "PublicAssignOrganizationGroupRoleBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role_id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role_id: role_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for PublicAssignOrganizationGroupRoleBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl PublicAssignOrganizationGroupRoleBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(role_id: impl Into<String>) -> Self {
        Self { role_id: role_id.into() }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Request payload for creating a custom role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicCreateOrganizationRoleBody {
    /// Unique name for the role.
    pub role_name: String,
    /// Permissions to grant to the role.
    pub permissions: Vec<String>,
    /// Optional description of the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for PublicCreateOrganizationRoleBody {
    const NAME: &'static str = "PublicCreateOrganizationRoleBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role_name: Option<String> = None;
        let mut permissions: Option<Vec<String>> = None;
        let mut description: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role_name" => 0,
                    "permissions" => 1,
                    "description" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role_name),
                1 => sdk_runtime_types::de::value(&mut map, &mut permissions),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role_name: role_name.unwrap_or_default(),
            permissions: permissions.unwrap_or_default(),
            description,
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for PublicCreateOrganizationRoleBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl PublicCreateOrganizationRoleBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role_name: impl Into<String>,
        permissions: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            role_name: role_name.into(),
            permissions: permissions.into(),
            description: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Paginated list of roles available on an organization or project.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct PublicRoleListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Roles returned in the current page.
    pub data: Vec<Role>,
    /// Whether more roles are available when paginating.
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no additional roles.
    pub next: Option<String>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for PublicRoleListResource {
    const NAME: &'static str = "PublicRoleListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<Role>> = None;
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for PublicRoleListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl PublicRoleListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Role>>, has_more: impl Into<bool>) -> Self {
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::pagination::Page for PublicRoleListResource {
    type Item = Role;
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
#[cfg(any(feature = "organization", feature = "projects"))]
/// Request payload for updating an existing role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicUpdateOrganizationRoleBody {
    /// Updated set of permissions for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// New description for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New name for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for PublicUpdateOrganizationRoleBody {
    const NAME: &'static str = "PublicUpdateOrganizationRoleBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<Vec<String>> = None;
        let mut description: Option<String> = None;
        let mut role_name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "permissions" => 0,
                    "description" => 1,
                    "role_name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut permissions),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut role_name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            permissions,
            description,
            role_name,
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for PublicUpdateOrganizationRoleBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl PublicUpdateOrganizationRoleBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            permissions: None,
            description: None,
            role_name: None,
        }
    }
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `role_name`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Confirmation payload returned after deleting a role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RoleDeletedResource {
    /// Always `role.deleted`.
    pub object: RoleDeletedLiteral,
    /// Identifier of the deleted role.
    pub id: String,
    /// Whether the role was deleted.
    pub deleted: bool,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for RoleDeletedResource {
    const NAME: &'static str = "RoleDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<RoleDeletedLiteral> = None;
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for RoleDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl RoleDeletedResource {
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
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `role.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RoleDeletedLiteral {
    /// `role.deleted`
    #[default]
    RoleDeleted,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl RoleDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "role.deleted"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for RoleDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for RoleDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("role.deleted")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for RoleDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "role.deleted")
            .map(|()| Self::RoleDeleted)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Paginated list of roles assigned to a principal.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RoleListResource {
    /// Always `list`.
    pub object: ListLiteral,
    /// Role assignments returned in the current page.
    pub data: Vec<AssignedRoleDetails>,
    /// Whether additional assignments are available when paginating.
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no more assignments.
    pub next: Option<String>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for RoleListResource {
    const NAME: &'static str = "RoleListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<AssignedRoleDetails>> = None;
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for RoleListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl RoleListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<AssignedRoleDetails>>,
        has_more: impl Into<bool>,
    ) -> Self {
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::pagination::Page for RoleListResource {
    type Item = AssignedRoleDetails;
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
#[cfg(any(feature = "organization", feature = "projects"))]
/// Represents an individual `user` within an organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct User {
    /// The object type, which is always `organization.user`
    pub object: OrganizationUserLiteral,
    /// The identifier, which can be referenced in API endpoints
    pub id: String,
    /// The name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email address of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `owner` or `reader`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The Unix timestamp (in seconds) of when the user was added.
    pub added_at: i64,
    /// Whether this is the organization's default user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The Unix timestamp (in seconds) of when the user was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Nested user details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<UserUser>>,
    /// Whether the user is a service account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_service_account: Option<bool>,
    /// Whether the user is an authorized purchaser for Scale Tier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_scale_tier_authorized_purchaser: Option<bool>,
    /// Whether the user is managed through SCIM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_scim_managed: Option<bool>,
    /// The Unix timestamp (in seconds) of the user's last API key usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_last_used_at: Option<i64>,
    /// The technical level metadata for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technical_level: Option<String>,
    /// The developer persona metadata for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub developer_persona: Option<String>,
    /// Projects associated with the user, if included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<UserProjects>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for User {
    const NAME: &'static str = "User";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<OrganizationUserLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut role: Option<String> = None;
        let mut added_at: Option<i64> = None;
        let mut is_default: Option<bool> = None;
        let mut created: Option<i64> = None;
        let mut user: Option<Box<UserUser>> = None;
        let mut is_service_account: Option<bool> = None;
        let mut is_scale_tier_authorized_purchaser: Option<bool> = None;
        let mut is_scim_managed: Option<bool> = None;
        let mut api_key_last_used_at: Option<i64> = None;
        let mut technical_level: Option<String> = None;
        let mut developer_persona: Option<String> = None;
        let mut projects: Option<UserProjects> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "email" => 3,
                    "role" => 4,
                    "added_at" => 5,
                    "is_default" => 6,
                    "created" => 7,
                    "user" => 8,
                    "is_service_account" => 9,
                    "is_scale_tier_authorized_purchaser" => 10,
                    "is_scim_managed" => 11,
                    "api_key_last_used_at" => 12,
                    "technical_level" => 13,
                    "developer_persona" => 14,
                    "projects" => 15,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut added_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut is_default),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut created),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut is_service_account),
                10 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut is_scale_tier_authorized_purchaser,
                    )
                }
                11 => sdk_runtime_types::de::nullable(&mut map, &mut is_scim_managed),
                12 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut api_key_last_used_at)
                }
                13 => sdk_runtime_types::de::nullable(&mut map, &mut technical_level),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut developer_persona),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut projects),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name,
            email,
            role,
            added_at: added_at.unwrap_or_default(),
            is_default,
            created,
            user,
            is_service_account,
            is_scale_tier_authorized_purchaser,
            is_scim_managed,
            api_key_last_used_at,
            technical_level,
            developer_persona,
            projects,
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl User {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, added_at: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: None,
            email: None,
            role: None,
            added_at: added_at.into(),
            is_default: None,
            created: None,
            user: None,
            is_service_account: None,
            is_scale_tier_authorized_purchaser: None,
            is_scim_managed: None,
            api_key_last_used_at: None,
            technical_level: None,
            developer_persona: None,
            projects: None,
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
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `is_default`.
    pub fn is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<i64>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<UserUser>) -> Self {
        self.user = Some(Box::new(value.into()));
        self
    }
    /// Sets `is_service_account`.
    pub fn is_service_account(mut self, value: impl Into<bool>) -> Self {
        self.is_service_account = Some(value.into());
        self
    }
    /// Sets `is_scale_tier_authorized_purchaser`.
    pub fn is_scale_tier_authorized_purchaser(mut self, value: impl Into<bool>) -> Self {
        self.is_scale_tier_authorized_purchaser = Some(value.into());
        self
    }
    /// Sets `is_scim_managed`.
    pub fn is_scim_managed(mut self, value: impl Into<bool>) -> Self {
        self.is_scim_managed = Some(value.into());
        self
    }
    /// Sets `api_key_last_used_at`.
    pub fn api_key_last_used_at(mut self, value: impl Into<i64>) -> Self {
        self.api_key_last_used_at = Some(value.into());
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
    /// Sets `projects`.
    pub fn projects(mut self, value: impl Into<UserProjects>) -> Self {
        self.projects = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `organization.user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrganizationUserLiteral {
    /// `organization.user`
    #[default]
    OrganizationUser,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl OrganizationUserLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "organization.user"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for OrganizationUserLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for OrganizationUserLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("organization.user")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for OrganizationUserLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "organization.user")
            .map(|()| Self::OrganizationUser)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Nested user details.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserUser {
    pub object: UserLiteral,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned_at: Option<i64>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for UserUser {
    const NAME: &'static str = "UserUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<UserLiteral> = None;
        let mut id: Option<String> = None;
        let mut email: Option<String> = None;
        let mut name: Option<String> = None;
        let mut picture: Option<String> = None;
        let mut enabled: Option<bool> = None;
        let mut banned: Option<bool> = None;
        let mut banned_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "email" => 2,
                    "name" => 3,
                    "picture" => 4,
                    "enabled" => 5,
                    "banned" => 6,
                    "banned_at" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut email),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut picture),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut banned),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut banned_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            email,
            name,
            picture,
            enabled,
            banned,
            banned_at,
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for UserUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl UserUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            email: None,
            name: None,
            picture: None,
            enabled: None,
            banned: None,
            banned_at: None,
        }
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `picture`.
    pub fn picture(mut self, value: impl Into<String>) -> Self {
        self.picture = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `banned`.
    pub fn banned(mut self, value: impl Into<bool>) -> Self {
        self.banned = Some(value.into());
        self
    }
    /// Sets `banned_at`.
    pub fn banned_at(mut self, value: impl Into<i64>) -> Self {
        self.banned_at = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserProjects {
    pub object: ListLiteral,
    pub data: Vec<UserProjectsDataItem>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for UserProjects {
    const NAME: &'static str = "UserProjects";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<UserProjectsDataItem>> = None;
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
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for UserProjects {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl UserProjects {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<UserProjectsDataItem>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserProjectsDataItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for UserProjectsDataItem {
    const NAME: &'static str = "UserProjectsDataItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut role: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "role" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, name, role })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for UserProjectsDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl UserProjectsDataItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            role: None,
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
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// Role assignment linking a user to a role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserRoleAssignment {
    /// Always `user.role`.
    pub object: UserRoleLiteral,
    pub user: User,
    pub role: Role,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl sdk_runtime_types::de::Object for UserRoleAssignment {
    const NAME: &'static str = "UserRoleAssignment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<UserRoleLiteral> = None;
        let mut user: Option<User> = None;
        let mut role: Option<Role> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "user" => 1,
                    "role" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut user),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            user: user.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for UserRoleAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl UserRoleAssignment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(user: impl Into<User>, role: impl Into<Role>) -> Self {
        Self {
            object: Default::default(),
            user: user.into(),
            role: role.into(),
        }
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
/// The constant `user.role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UserRoleLiteral {
    /// `user.role`
    #[default]
    UserRole,
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl UserRoleLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "user.role"
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl std::fmt::Display for UserRoleLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl Serialize for UserRoleLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("user.role")
    }
}
#[cfg(any(feature = "organization", feature = "projects"))]
impl<'de> Deserialize<'de> for UserRoleLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "user.role")
            .map(|()| Self::UserRole)
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
/// Parameters for the hard spend limit you want to create or replace.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateProjectSpendLimitBody {
    /// The hard spend limit amount, in cents.
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    pub interval: MonthLiteral,
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl sdk_runtime_types::de::Object for UpdateProjectSpendLimitBody {
    const NAME: &'static str = "UpdateProjectSpendLimitBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut threshold_amount: Option<i64> = None;
        let mut currency: Option<UsdLiteral> = None;
        let mut interval: Option<MonthLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "threshold_amount" => 0,
                    "currency" => 1,
                    "interval" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut threshold_amount),
                1 => sdk_runtime_types::de::value(&mut map, &mut currency),
                2 => sdk_runtime_types::de::value(&mut map, &mut interval),
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
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl<'de> Deserialize<'de> for UpdateProjectSpendLimitBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "organization"))]
impl UpdateProjectSpendLimitBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(threshold_amount: impl Into<i64>) -> Self {
        Self {
            threshold_amount: threshold_amount.into(),
            currency: Default::default(),
            interval: Default::default(),
        }
    }
}
