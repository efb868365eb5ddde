//! Types of the `projects` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Query and header parameters of `list-project-group-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectGroupRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
}
impl sdk_runtime_types::de::Object for ListProjectGroupRoleAssignmentsParams {
    const NAME: &'static str = "ListProjectGroupRoleAssignmentsParams";
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
impl<'de> Deserialize<'de> for ListProjectGroupRoleAssignmentsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectGroupRoleAssignmentsParams {
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
/// Query and header parameters of `list-project-roles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectRolesParams {
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
impl sdk_runtime_types::de::Object for ListProjectRolesParams {
    const NAME: &'static str = "ListProjectRolesParams";
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
impl<'de> Deserialize<'de> for ListProjectRolesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectRolesParams {
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
/// Query and header parameters of `list-project-user-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListProjectUserRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
}
impl sdk_runtime_types::de::Object for ListProjectUserRoleAssignmentsParams {
    const NAME: &'static str = "ListProjectUserRoleAssignmentsParams";
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
impl<'de> Deserialize<'de> for ListProjectUserRoleAssignmentsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListProjectUserRoleAssignmentsParams {
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
