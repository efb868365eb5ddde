//! Types of the `projects` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// Query and header parameters of `list-project-group-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectGroupRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    pub order: Option<OrderEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `list-project-roles`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectRolesParams {
    /// A limit on the number of roles to return. Defaults to 1000.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
    pub after: Option<String>,
    /// Sort order for the returned roles.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `list-project-user-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectUserRoleAssignmentsParams {
    /// A limit on the number of project role assignments to return.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
    pub after: Option<String>,
    /// Sort order for the returned project roles.
    pub order: Option<OrderEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
