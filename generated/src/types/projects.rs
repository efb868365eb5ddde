//! Types of the `projects` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Query and header parameters of `list-project-group-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListProjectGroupRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListConversationItemsOrder>,
}
impl ListProjectGroupRoleAssignmentsParams {
    /// A value with every optional field unset.
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
    pub fn order(mut self, value: impl Into<ListConversationItemsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `list-project-roles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
impl ListProjectRolesParams {
    /// A value with every optional field unset.
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListProjectUserRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListConversationItemsOrder>,
}
impl ListProjectUserRoleAssignmentsParams {
    /// A value with every optional field unset.
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
    pub fn order(mut self, value: impl Into<ListConversationItemsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
