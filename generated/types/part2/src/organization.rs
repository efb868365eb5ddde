//! Types of the `organization` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "organization")]
/// Represents an individual Admin API key in an org.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, redacted_value, created_at, owner))]
#[non_exhaustive]
pub struct AdminApiKey {
    /// The object type, which is always `organization.admin_api_key`
    #[api(constant)]
    pub object: OrganizationAdminApiKeyLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the API key
    pub name: Option<String>,
    /// The redacted value of the API key
    #[api(default)]
    pub redacted_value: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the API key expires
    #[api(nullable)]
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the API key was last used
    pub last_used_at: Option<i64>,
    #[api(default)]
    pub owner: AdminApiKeyOwner,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.admin_api_key`.
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
pub enum OrganizationAdminApiKeyLiteral {
    /// `organization.admin_api_key`
    #[default]
    #[api(rename = "organization.admin_api_key")]
    OrganizationAdminApiKey,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AdminApiKeyOwner {
    /// Always `user`
    #[api(rename = "type")]
    pub type_: Option<String>,
    /// The object type, which is always organization.user
    pub object: Option<String>,
    /// The identifier, which can be referenced in API endpoints
    pub id: Option<String>,
    /// The name of the user
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the user was created
    pub created_at: Option<i64>,
    /// Always `owner`
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, redacted_value, created_at, owner, value))]
#[non_exhaustive]
pub struct AdminApiKeyCreateResponse {
    /// The object type, which is always `organization.admin_api_key`
    #[api(constant)]
    pub object: OrganizationAdminApiKeyLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the API key
    pub name: Option<String>,
    /// The redacted value of the API key
    #[api(default)]
    pub redacted_value: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the API key expires
    #[api(nullable)]
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the API key was last used
    pub last_used_at: Option<i64>,
    #[api(default)]
    pub owner: AdminApiKeyOwner,
    /// The value of the API key. Only shown on create.
    #[api(default)]
    pub value: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ApiKeyList {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<AdminApiKey>,
    #[api(default)]
    pub has_more: bool,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
/// Detailed information about a role assignment entry returned when listing assignments.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, permissions, resource_type, predefined_role))]
#[non_exhaustive]
pub struct AssignedRoleDetails {
    /// Identifier for the role.
    #[api(default)]
    pub id: String,
    /// Name of the role.
    #[api(default)]
    pub name: String,
    /// Permissions associated with the role.
    #[api(default)]
    pub permissions: Vec<String>,
    /// Resource type the role applies to.
    #[api(default)]
    pub resource_type: String,
    /// Whether the role is predefined by OpenAI.
    #[api(default)]
    pub predefined_role: bool,
    /// Description of the role.
    #[api(nullable)]
    pub description: Option<String>,
    /// When the role was created.
    #[api(nullable)]
    pub created_at: Option<i64>,
    /// When the role was last updated.
    #[api(nullable)]
    pub updated_at: Option<i64>,
    /// Identifier of the actor who created the role.
    #[api(nullable)]
    pub created_by: Option<String>,
    /// User details for the actor that created the role, when available.
    #[api(nullable)]
    pub created_by_user_obj: Option<serde_json::Map<String, serde_json::Value>>,
    /// Arbitrary metadata stored on the role.
    #[api(nullable)]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Principals from which the role assignment is inherited, when available.
    #[api(nullable)]
    pub assignment_sources: Option<Vec<AssignedRoleDetailsAssignmentSource>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(principal_id, principal_type))]
#[non_exhaustive]
pub struct AssignedRoleDetailsAssignmentSource {
    #[api(default)]
    pub principal_id: String,
    #[api(default)]
    pub principal_type: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// A log of a user action or configuration change within this organization.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, type_, effective_at))]
#[non_exhaustive]
pub struct AuditLog {
    /// The ID of this log.
    #[api(default)]
    pub id: String,
    /// The event type.
    #[api(rename = "type", default)]
    pub type_: AuditLogEventType,
    /// The Unix timestamp (in seconds) of the event.
    #[api(default)]
    pub effective_at: i64,
    /// The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project.
    pub project: Option<AuditLogProject>,
    /// The actor who performed the audit logged action.
    pub actor: Option<Box<AuditLogActor>>,
    /// The details for events with this `type`.
    #[api(rename = "api_key.created")]
    pub api_key_created: Option<AuditLogApiKeyCreated>,
    /// The details for events with this `type`.
    #[api(rename = "api_key.updated")]
    pub api_key_updated: Option<AuditLogApiKeyUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "api_key.deleted")]
    pub api_key_deleted: Option<AuditLogApiKeyDeleted>,
    /// The project and fine-tuned model checkpoint that the checkpoint permission was created for.
    #[api(rename = "checkpoint.permission.created")]
    pub checkpoint_permission_created: Option<AuditLogCheckpointPermissionCreated>,
    /// The details for events with this `type`.
    #[api(rename = "checkpoint.permission.deleted")]
    pub checkpoint_permission_deleted: Option<AuditLogCheckpointPermissionDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "external_key.registered")]
    pub external_key_registered: Option<AuditLogExternalKeyRegistered>,
    /// The details for events with this `type`.
    #[api(rename = "external_key.removed")]
    pub external_key_removed: Option<AuditLogExternalKeyRemoved>,
    /// The details for events with this `type`.
    #[api(rename = "group.created")]
    pub group_created: Option<AuditLogGroupCreated>,
    /// The details for events with this `type`.
    #[api(rename = "group.updated")]
    pub group_updated: Option<AuditLogGroupUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "group.deleted")]
    pub group_deleted: Option<AuditLogGroupDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "scim.enabled")]
    pub scim_enabled: Option<AuditLogScimEnabled>,
    /// The details for events with this `type`.
    #[api(rename = "scim.disabled")]
    pub scim_disabled: Option<AuditLogScimDisabled>,
    /// The details for events with this `type`.
    #[api(rename = "invite.sent")]
    pub invite_sent: Option<AuditLogInviteSent>,
    /// The details for events with this `type`.
    #[api(rename = "invite.accepted")]
    pub invite_accepted: Option<AuditLogInviteDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "invite.deleted")]
    pub invite_deleted: Option<AuditLogInviteDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "ip_allowlist.created")]
    pub ip_allowlist_created: Option<AuditLogIpAllowlistCreated>,
    /// The details for events with this `type`.
    #[api(rename = "ip_allowlist.updated")]
    pub ip_allowlist_updated: Option<AuditLogIpAllowlistUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "ip_allowlist.deleted")]
    pub ip_allowlist_deleted: Option<AuditLogIpAllowlistDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "ip_allowlist.config.activated")]
    pub ip_allowlist_config_activated: Option<AuditLogIpAllowlistConfigActivated>,
    /// The details for events with this `type`.
    #[api(rename = "ip_allowlist.config.deactivated")]
    pub ip_allowlist_config_deactivated: Option<AuditLogIpAllowlistConfigDeactivated>,
    /// This event has no additional fields beyond the standard audit log attributes.
    #[api(rename = "login.succeeded")]
    pub login_succeeded: Option<serde_json::Map<String, serde_json::Value>>,
    /// The details for events with this `type`.
    #[api(rename = "login.failed")]
    pub login_failed: Option<AuditLogLoginFailed>,
    /// This event has no additional fields beyond the standard audit log attributes.
    #[api(rename = "logout.succeeded")]
    pub logout_succeeded: Option<serde_json::Map<String, serde_json::Value>>,
    /// The details for events with this `type`.
    #[api(rename = "logout.failed")]
    pub logout_failed: Option<AuditLogLoginFailed>,
    /// The details for events with this `type`.
    #[api(rename = "organization.updated")]
    pub organization_updated: Option<Box<AuditLogOrganizationUpdated>>,
    /// The details for events with this `type`.
    #[api(rename = "project.created")]
    pub project_created: Option<AuditLogProjectCreated>,
    /// The details for events with this `type`.
    #[api(rename = "project.updated")]
    pub project_updated: Option<AuditLogProjectUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "project.archived")]
    pub project_archived: Option<AuditLogProjectDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "project.deleted")]
    pub project_deleted: Option<AuditLogProjectDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "rate_limit.updated")]
    pub rate_limit_updated: Option<AuditLogRateLimitUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "rate_limit.deleted")]
    pub rate_limit_deleted: Option<AuditLogRateLimitDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "role.created")]
    pub role_created: Option<Box<AuditLogRoleCreated>>,
    /// The details for events with this `type`.
    #[api(rename = "role.updated")]
    pub role_updated: Option<Box<AuditLogRoleUpdated>>,
    /// The details for events with this `type`.
    #[api(rename = "role.deleted")]
    pub role_deleted: Option<AuditLogRoleDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "role.assignment.created")]
    pub role_assignment_created: Option<Box<AuditLogRoleAssignmentCreated>>,
    /// The details for events with this `type`.
    #[api(rename = "role.assignment.deleted")]
    pub role_assignment_deleted: Option<Box<AuditLogRoleAssignmentDeleted>>,
    /// The details for events with this `type`.
    #[api(rename = "role.bound_to_resource")]
    pub role_bound_to_resource: Option<Box<AuditLogRoleBoundToResource>>,
    /// The details for events with this `type`.
    #[api(rename = "role.unbound_from_resource")]
    pub role_unbound_from_resource: Option<Box<AuditLogRoleUnboundFromResource>>,
    /// The details for events with this `type`.
    #[api(rename = "service_account.created")]
    pub service_account_created: Option<AuditLogServiceAccountCreated>,
    /// The details for events with this `type`.
    #[api(rename = "service_account.updated")]
    pub service_account_updated: Option<AuditLogServiceAccountUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "service_account.deleted")]
    pub service_account_deleted: Option<AuditLogServiceAccountDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider.created")]
    pub workload_identity_provider_created: Option<
        AuditLogWorkloadIdentityProviderCreated,
    >,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider.updated")]
    pub workload_identity_provider_updated: Option<
        AuditLogWorkloadIdentityProviderUpdated,
    >,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider.deleted")]
    pub workload_identity_provider_deleted: Option<
        AuditLogWorkloadIdentityProviderDeleted,
    >,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider_mapping.created")]
    pub workload_identity_provider_mapping_created: Option<
        AuditLogWorkloadIdentityProviderMappingCreated,
    >,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider_mapping.updated")]
    pub workload_identity_provider_mapping_updated: Option<
        AuditLogWorkloadIdentityProviderMappingUpdated,
    >,
    /// The details for events with this `type`.
    #[api(rename = "workload_identity_provider_mapping.deleted")]
    pub workload_identity_provider_mapping_deleted: Option<
        Box<AuditLogWorkloadIdentityProviderMappingDeleted>,
    >,
    /// The details for events with this `type`.
    #[api(rename = "user.added")]
    pub user_added: Option<AuditLogUserAdded>,
    /// The details for events with this `type`.
    #[api(rename = "user.updated")]
    pub user_updated: Option<AuditLogUserUpdated>,
    /// The details for events with this `type`.
    #[api(rename = "user.deleted")]
    pub user_deleted: Option<AuditLogUserDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "certificate.created")]
    pub certificate_created: Option<AuditLogCertificateCreated>,
    /// The details for events with this `type`.
    #[api(rename = "certificate.updated")]
    pub certificate_updated: Option<AuditLogCertificateCreated>,
    /// The details for events with this `type`.
    #[api(rename = "certificate.deleted")]
    pub certificate_deleted: Option<AuditLogCertificateDeleted>,
    /// The details for events with this `type`.
    #[api(rename = "certificates.activated")]
    pub certificates_activated: Option<AuditLogCertificatesActivated>,
    /// The details for events with this `type`.
    #[api(rename = "certificates.deactivated")]
    pub certificates_deactivated: Option<AuditLogCertificatesActivated>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The event type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AuditLogEventType {
    /// `api_key.created`
    #[api(rename = "api_key.created")]
    ApiKeyCreated,
    /// `api_key.updated`
    #[api(rename = "api_key.updated")]
    ApiKeyUpdated,
    /// `api_key.deleted`
    #[api(rename = "api_key.deleted")]
    ApiKeyDeleted,
    /// `certificate.created`
    #[api(rename = "certificate.created")]
    CertificateCreated,
    /// `certificate.updated`
    #[api(rename = "certificate.updated")]
    CertificateUpdated,
    /// `certificate.deleted`
    #[api(rename = "certificate.deleted")]
    CertificateDeleted,
    /// `certificates.activated`
    #[api(rename = "certificates.activated")]
    CertificatesActivated,
    /// `certificates.deactivated`
    #[api(rename = "certificates.deactivated")]
    CertificatesDeactivated,
    /// `checkpoint.permission.created`
    #[api(rename = "checkpoint.permission.created")]
    CheckpointPermissionCreated,
    /// `checkpoint.permission.deleted`
    #[api(rename = "checkpoint.permission.deleted")]
    CheckpointPermissionDeleted,
    /// `external_key.registered`
    #[api(rename = "external_key.registered")]
    ExternalKeyRegistered,
    /// `external_key.removed`
    #[api(rename = "external_key.removed")]
    ExternalKeyRemoved,
    /// `group.created`
    #[api(rename = "group.created")]
    GroupCreated,
    /// `group.updated`
    #[api(rename = "group.updated")]
    GroupUpdated,
    /// `group.deleted`
    #[api(rename = "group.deleted")]
    GroupDeleted,
    /// `invite.sent`
    #[api(rename = "invite.sent")]
    InviteSent,
    /// `invite.accepted`
    #[api(rename = "invite.accepted")]
    InviteAccepted,
    /// `invite.deleted`
    #[api(rename = "invite.deleted")]
    InviteDeleted,
    /// `ip_allowlist.created`
    #[api(rename = "ip_allowlist.created")]
    IpAllowlistCreated,
    /// `ip_allowlist.updated`
    #[api(rename = "ip_allowlist.updated")]
    IpAllowlistUpdated,
    /// `ip_allowlist.deleted`
    #[api(rename = "ip_allowlist.deleted")]
    IpAllowlistDeleted,
    /// `ip_allowlist.config.activated`
    #[api(rename = "ip_allowlist.config.activated")]
    IpAllowlistConfigActivated,
    /// `ip_allowlist.config.deactivated`
    #[api(rename = "ip_allowlist.config.deactivated")]
    IpAllowlistConfigDeactivated,
    /// `login.succeeded`
    #[api(rename = "login.succeeded")]
    LoginSucceeded,
    /// `login.failed`
    #[api(rename = "login.failed")]
    LoginFailed,
    /// `logout.succeeded`
    #[api(rename = "logout.succeeded")]
    LogoutSucceeded,
    /// `logout.failed`
    #[api(rename = "logout.failed")]
    LogoutFailed,
    /// `organization.updated`
    #[api(rename = "organization.updated")]
    OrganizationUpdated,
    /// `project.created`
    #[api(rename = "project.created")]
    ProjectCreated,
    /// `project.updated`
    #[api(rename = "project.updated")]
    ProjectUpdated,
    /// `project.archived`
    #[api(rename = "project.archived")]
    ProjectArchived,
    /// `project.deleted`
    #[api(rename = "project.deleted")]
    ProjectDeleted,
    /// `rate_limit.updated`
    #[api(rename = "rate_limit.updated")]
    RateLimitUpdated,
    /// `rate_limit.deleted`
    #[api(rename = "rate_limit.deleted")]
    RateLimitDeleted,
    /// `resource.deleted`
    #[api(rename = "resource.deleted")]
    ResourceDeleted,
    /// `tunnel.created`
    #[api(rename = "tunnel.created")]
    TunnelCreated,
    /// `tunnel.updated`
    #[api(rename = "tunnel.updated")]
    TunnelUpdated,
    /// `tunnel.deleted`
    #[api(rename = "tunnel.deleted")]
    TunnelDeleted,
    /// `workload_identity_provider.created`
    #[api(rename = "workload_identity_provider.created")]
    WorkloadIdentityProviderCreated,
    /// `workload_identity_provider.updated`
    #[api(rename = "workload_identity_provider.updated")]
    WorkloadIdentityProviderUpdated,
    /// `workload_identity_provider.deleted`
    #[api(rename = "workload_identity_provider.deleted")]
    WorkloadIdentityProviderDeleted,
    /// `workload_identity_provider_mapping.created`
    #[api(rename = "workload_identity_provider_mapping.created")]
    WorkloadIdentityProviderMappingCreated,
    /// `workload_identity_provider_mapping.updated`
    #[api(rename = "workload_identity_provider_mapping.updated")]
    WorkloadIdentityProviderMappingUpdated,
    /// `workload_identity_provider_mapping.deleted`
    #[api(rename = "workload_identity_provider_mapping.deleted")]
    WorkloadIdentityProviderMappingDeleted,
    /// `role.created`
    #[api(rename = "role.created")]
    RoleCreated,
    /// `role.updated`
    #[api(rename = "role.updated")]
    RoleUpdated,
    /// `role.deleted`
    #[api(rename = "role.deleted")]
    RoleDeleted,
    /// `role.assignment.created`
    #[api(rename = "role.assignment.created")]
    RoleAssignmentCreated,
    /// `role.assignment.deleted`
    #[api(rename = "role.assignment.deleted")]
    RoleAssignmentDeleted,
    /// `role.bound_to_resource`
    #[api(rename = "role.bound_to_resource")]
    RoleBoundToResource,
    /// `role.unbound_from_resource`
    #[api(rename = "role.unbound_from_resource")]
    RoleUnboundFromResource,
    /// `scim.enabled`
    #[api(rename = "scim.enabled")]
    ScimEnabled,
    /// `scim.disabled`
    #[api(rename = "scim.disabled")]
    ScimDisabled,
    /// `service_account.created`
    #[api(rename = "service_account.created")]
    ServiceAccountCreated,
    /// `service_account.updated`
    #[api(rename = "service_account.updated")]
    ServiceAccountUpdated,
    /// `service_account.deleted`
    #[api(rename = "service_account.deleted")]
    ServiceAccountDeleted,
    /// `user.added`
    #[api(rename = "user.added")]
    UserAdded,
    /// `user.updated`
    #[api(rename = "user.updated")]
    UserUpdated,
    /// `user.deleted`
    #[api(rename = "user.deleted")]
    UserDeleted,
    /// `tenant.metadata.updated`
    #[api(rename = "tenant.metadata.updated")]
    TenantMetadataUpdated,
    /// `tenant.microsoft_entra_mapping.upserted`
    #[api(rename = "tenant.microsoft_entra_mapping.upserted")]
    TenantMicrosoftEntraMappingUpserted,
    /// `tenant.microsoft_entra_mapping.deleted`
    #[api(rename = "tenant.microsoft_entra_mapping.deleted")]
    TenantMicrosoftEntraMappingDeleted,
    /// `tenant.workload_identity.provider.created`
    #[api(rename = "tenant.workload_identity.provider.created")]
    TenantWorkloadIdentityProviderCreated,
    /// `tenant.workload_identity.provider.updated`
    #[api(rename = "tenant.workload_identity.provider.updated")]
    TenantWorkloadIdentityProviderUpdated,
    /// `tenant.workload_identity.provider.archived`
    #[api(rename = "tenant.workload_identity.provider.archived")]
    TenantWorkloadIdentityProviderArchived,
    /// `tenant.workload_identity.mapping.created`
    #[api(rename = "tenant.workload_identity.mapping.created")]
    TenantWorkloadIdentityMappingCreated,
    /// `tenant.workload_identity.mapping.updated`
    #[api(rename = "tenant.workload_identity.mapping.updated")]
    TenantWorkloadIdentityMappingUpdated,
    /// `tenant.workload_identity.mapping.archived`
    #[api(rename = "tenant.workload_identity.mapping.archived")]
    TenantWorkloadIdentityMappingArchived,
    /// `tenant.workload_identity.binding.created`
    #[api(rename = "tenant.workload_identity.binding.created")]
    TenantWorkloadIdentityBindingCreated,
    /// `tenant.workload_identity.principal.provisioned`
    #[api(rename = "tenant.workload_identity.principal.provisioned")]
    TenantWorkloadIdentityPrincipalProvisioned,
    /// `tenant.workload_identity.access_token.issued`
    #[api(rename = "tenant.workload_identity.access_token.issued")]
    TenantWorkloadIdentityAccessTokenIssued,
    /// `tenant.admin_api_key.created`
    #[api(rename = "tenant.admin_api_key.created")]
    TenantAdminApiKeyCreated,
    /// `tenant.admin_api_key.updated`
    #[api(rename = "tenant.admin_api_key.updated")]
    TenantAdminApiKeyUpdated,
    /// `tenant.admin_api_key.deleted`
    #[api(rename = "tenant.admin_api_key.deleted")]
    TenantAdminApiKeyDeleted,
    /// `tenant.project_api_key.created`
    #[api(rename = "tenant.project_api_key.created")]
    TenantProjectApiKeyCreated,
    /// `tenant.chatgpt_access_token.revoked`
    #[api(rename = "tenant.chatgpt_access_token.revoked")]
    TenantChatgptAccessTokenRevoked,
    /// `tenant.migration.completed`
    #[api(rename = "tenant.migration.completed")]
    TenantMigrationCompleted,
    /// `tenant.sso.migrated`
    #[api(rename = "tenant.sso.migrated")]
    TenantSsoMigrated,
    /// `tenant.domains.migrated`
    #[api(rename = "tenant.domains.migrated")]
    TenantDomainsMigrated,
    /// `tenant.sso_connection.created`
    #[api(rename = "tenant.sso_connection.created")]
    TenantSsoConnectionCreated,
    /// `tenant.sso_connection.updated`
    #[api(rename = "tenant.sso_connection.updated")]
    TenantSsoConnectionUpdated,
    /// `tenant.sso_connection.deleted`
    #[api(rename = "tenant.sso_connection.deleted")]
    TenantSsoConnectionDeleted,
    /// `tenant.sso_connection.setup.started`
    #[api(rename = "tenant.sso_connection.setup.started")]
    TenantSsoConnectionSetupStarted,
    /// `tenant.policy.created`
    #[api(rename = "tenant.policy.created")]
    TenantPolicyCreated,
    /// `tenant.policy.updated`
    #[api(rename = "tenant.policy.updated")]
    TenantPolicyUpdated,
    /// `tenant.policy.deleted`
    #[api(rename = "tenant.policy.deleted")]
    TenantPolicyDeleted,
    /// `tenant.policy.attached`
    #[api(rename = "tenant.policy.attached")]
    TenantPolicyAttached,
    /// `tenant.policy.detached`
    #[api(rename = "tenant.policy.detached")]
    TenantPolicyDetached,
    /// `tenant.principal_authentication_policy.resolved`
    #[api(rename = "tenant.principal_authentication_policy.resolved")]
    TenantPrincipalAuthenticationPolicyResolved,
    /// `tenant.scim.setup.started`
    #[api(rename = "tenant.scim.setup.started")]
    TenantScimSetupStarted,
    /// `tenant.scim.deletion.requested`
    #[api(rename = "tenant.scim.deletion.requested")]
    TenantScimDeletionRequested,
    /// `tenant.scim.directory.created`
    #[api(rename = "tenant.scim.directory.created")]
    TenantScimDirectoryCreated,
    /// `tenant.product_access_policy.updated`
    #[api(rename = "tenant.product_access_policy.updated")]
    TenantProductAccessPolicyUpdated,
    /// `tenant.resource_share_grant.created`
    #[api(rename = "tenant.resource_share_grant.created")]
    TenantResourceShareGrantCreated,
    /// `tenant.resource_share_grant.updated`
    #[api(rename = "tenant.resource_share_grant.updated")]
    TenantResourceShareGrantUpdated,
    /// `tenant.resource_share_grant.accepted`
    #[api(rename = "tenant.resource_share_grant.accepted")]
    TenantResourceShareGrantAccepted,
    /// `tenant.resource_share_grant.declined`
    #[api(rename = "tenant.resource_share_grant.declined")]
    TenantResourceShareGrantDeclined,
    /// `tenant.resource_share_grant.revoked`
    #[api(rename = "tenant.resource_share_grant.revoked")]
    TenantResourceShareGrantRevoked,
    /// `tenant.resource_share_grant.deleted`
    #[api(rename = "tenant.resource_share_grant.deleted")]
    TenantResourceShareGrantDeleted,
    /// `tenant.service_account.updated`
    #[api(rename = "tenant.service_account.updated")]
    TenantServiceAccountUpdated,
    /// `tenant.service_account.deleted`
    #[api(rename = "tenant.service_account.deleted")]
    TenantServiceAccountDeleted,
    /// `tenant.service_account.token.revoked`
    #[api(rename = "tenant.service_account.token.revoked")]
    TenantServiceAccountTokenRevoked,
    /// `tenant.billing.overage_limit.updated`
    #[api(rename = "tenant.billing.overage_limit.updated")]
    TenantBillingOverageLimitUpdated,
    /// `tenant.billing.alerts.updated`
    #[api(rename = "tenant.billing.alerts.updated")]
    TenantBillingAlertsUpdated,
    /// `tenant.billing.info.updated`
    #[api(rename = "tenant.billing.info.updated")]
    TenantBillingInfoUpdated,
    /// `tenant.usage_limit.workspace.updated`
    #[api(rename = "tenant.usage_limit.workspace.updated")]
    TenantUsageLimitWorkspaceUpdated,
    /// `tenant.usage_limit.group.updated`
    #[api(rename = "tenant.usage_limit.group.updated")]
    TenantUsageLimitGroupUpdated,
    /// `tenant.usage_limit.user.updated`
    #[api(rename = "tenant.usage_limit.user.updated")]
    TenantUsageLimitUserUpdated,
    /// `tenant.usage_limit.increase_request.updated`
    #[api(rename = "tenant.usage_limit.increase_request.updated")]
    TenantUsageLimitIncreaseRequestUpdated,
    /// `tenant.usage_limit.increase_request.resolved`
    #[api(rename = "tenant.usage_limit.increase_request.resolved")]
    TenantUsageLimitIncreaseRequestResolved,
    /// `tenant.group.created`
    #[api(rename = "tenant.group.created")]
    TenantGroupCreated,
    /// `tenant.group.updated`
    #[api(rename = "tenant.group.updated")]
    TenantGroupUpdated,
    /// `tenant.group.deleted`
    #[api(rename = "tenant.group.deleted")]
    TenantGroupDeleted,
    /// `tenant.group.member.added`
    #[api(rename = "tenant.group.member.added")]
    TenantGroupMemberAdded,
    /// `tenant.group.member.removed`
    #[api(rename = "tenant.group.member.removed")]
    TenantGroupMemberRemoved,
    /// `tenant.migration_rollout.status.updated`
    #[api(rename = "tenant.migration_rollout.status.updated")]
    TenantMigrationRolloutStatusUpdated,
    /// `tenant.migration_rollout.tier.updated`
    #[api(rename = "tenant.migration_rollout.tier.updated")]
    TenantMigrationRolloutTierUpdated,
    /// `tenant.role.metadata.updated`
    #[api(rename = "tenant.role.metadata.updated")]
    TenantRoleMetadataUpdated,
    /// `tenant.custom_role.created`
    #[api(rename = "tenant.custom_role.created")]
    TenantCustomRoleCreated,
    /// `tenant.custom_role.updated`
    #[api(rename = "tenant.custom_role.updated")]
    TenantCustomRoleUpdated,
    /// `tenant.custom_role.deleted`
    #[api(rename = "tenant.custom_role.deleted")]
    TenantCustomRoleDeleted,
    /// `tenant.role_assignment.created`
    #[api(rename = "tenant.role_assignment.created")]
    TenantRoleAssignmentCreated,
    /// `tenant.role_assignment.deleted`
    #[api(rename = "tenant.role_assignment.deleted")]
    TenantRoleAssignmentDeleted,
    /// `tenant.resource_role_assignment.created`
    #[api(rename = "tenant.resource_role_assignment.created")]
    TenantResourceRoleAssignmentCreated,
    /// `tenant.resource_role_assignment.deleted`
    #[api(rename = "tenant.resource_role_assignment.deleted")]
    TenantResourceRoleAssignmentDeleted,
    /// `tenant.resource_access.updated`
    #[api(rename = "tenant.resource_access.updated")]
    TenantResourceAccessUpdated,
    /// `tenant.resource_access.deleted`
    #[api(rename = "tenant.resource_access.deleted")]
    TenantResourceAccessDeleted,
    /// `tenant.ads_account.onboarding.redemption`
    #[api(rename = "tenant.ads_account.onboarding.redemption")]
    TenantAdsAccountOnboardingRedemption,
    /// `tenant.session_policy.created`
    #[api(rename = "tenant.session_policy.created")]
    TenantSessionPolicyCreated,
    /// `tenant.session_policy.updated`
    #[api(rename = "tenant.session_policy.updated")]
    TenantSessionPolicyUpdated,
    /// `tenant.session_policy.deleted`
    #[api(rename = "tenant.session_policy.deleted")]
    TenantSessionPolicyDeleted,
    /// `tenant.session_revocation.started`
    #[api(rename = "tenant.session_revocation.started")]
    TenantSessionRevocationStarted,
    /// `tenant.third_party_app_policy.updated`
    #[api(rename = "tenant.third_party_app_policy.updated")]
    TenantThirdPartyAppPolicyUpdated,
    /// `tenant.user.added`
    #[api(rename = "tenant.user.added")]
    TenantUserAdded,
    /// `tenant.user.updated`
    #[api(rename = "tenant.user.updated")]
    TenantUserUpdated,
    /// `tenant.user.removed`
    #[api(rename = "tenant.user.removed")]
    TenantUserRemoved,
    /// `tenant.user.looked_up`
    #[api(rename = "tenant.user.looked_up")]
    TenantUserLookedUp,
    /// `tenant.user.invited`
    #[api(rename = "tenant.user.invited")]
    TenantUserInvited,
    /// `tenant.membership.revoked`
    #[api(rename = "tenant.membership.revoked")]
    TenantMembershipRevoked,
    /// `tenant.api_organization_invite.upserted`
    #[api(rename = "tenant.api_organization_invite.upserted")]
    TenantApiOrganizationInviteUpserted,
    /// `tenant.api_organization_invite.deleted`
    #[api(rename = "tenant.api_organization_invite.deleted")]
    TenantApiOrganizationInviteDeleted,
    /// `tenant.chatgpt_workspace_invite.upserted`
    #[api(rename = "tenant.chatgpt_workspace_invite.upserted")]
    TenantChatgptWorkspaceInviteUpserted,
    /// `tenant.membership.accepted`
    #[api(rename = "tenant.membership.accepted")]
    TenantMembershipAccepted,
    /// `tenant.membership.declined`
    #[api(rename = "tenant.membership.declined")]
    TenantMembershipDeclined,
    /// `tenant.workspace_invite_email_settings.updated`
    #[api(rename = "tenant.workspace_invite_email_settings.updated")]
    TenantWorkspaceInviteEmailSettingsUpdated,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProject {
    /// The project ID.
    pub id: Option<String>,
    /// The project title.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The actor who performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogActor {
    /// The type of actor. Is either `session` or `api_key`.
    #[api(rename = "type")]
    pub type_: Option<AuditLogActorType>,
    /// The session in which the audit logged action was performed.
    pub session: Option<AuditLogActorSession>,
    /// The API Key used to perform the audit logged action.
    pub api_key: Option<Box<AuditLogActorApiKey>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The type of actor. Is either `session` or `api_key`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AuditLogActorType {
    /// `session`
    Session,
    /// `api_key`
    ApiKey,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// The session in which the audit logged action was performed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogActorSession {
    /// The user who performed the audit logged action.
    pub user: Option<AuditLogActorUser>,
    /// The IP address from which the action was performed.
    pub ip_address: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The user who performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogActorUser {
    /// The user id.
    pub id: Option<String>,
    /// The user email.
    pub email: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The API Key used to perform the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogActorApiKey {
    /// The tracking id of the API key.
    pub id: Option<String>,
    /// The type of API key. Can be either `user` or `service_account`.
    #[api(rename = "type")]
    pub type_: Option<AuditLogActorApiKeyType>,
    /// The user who performed the audit logged action.
    pub user: Option<AuditLogActorUser>,
    /// The service account that performed the audit logged action.
    pub service_account: Option<AuditLogActorServiceAccount>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The type of API key. Can be either `user` or `service_account`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AuditLogActorApiKeyType {
    /// `user`
    User,
    /// `service_account`
    ServiceAccount,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// The service account that performed the audit logged action.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogActorServiceAccount {
    /// The service account id.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogApiKeyCreated {
    /// The tracking ID of the API key.
    pub id: Option<String>,
    /// The payload used to create the API key.
    pub data: Option<AuditLogApiKeyCreatedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to create the API key.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogApiKeyCreatedData {
    /// A list of scopes allowed for the API key, e.g. `["api.model.request"]`
    pub scopes: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogApiKeyUpdated {
    /// The tracking ID of the API key.
    pub id: Option<String>,
    /// The payload used to update the API key.
    pub changes_requested: Option<AuditLogApiKeyUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the API key.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogApiKeyUpdatedChangesRequested {
    /// A list of scopes allowed for the API key, e.g. `["api.model.request"]`
    pub scopes: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogApiKeyDeleted {
    /// The tracking ID of the API key.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The project and fine-tuned model checkpoint that the checkpoint permission was created for.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionCreated {
    /// The ID of the checkpoint permission.
    pub id: Option<String>,
    /// The payload used to create the checkpoint permission.
    pub data: Option<AuditLogCheckpointPermissionCreatedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to create the checkpoint permission.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionCreatedData {
    /// The ID of the project that the checkpoint permission was created for.
    pub project_id: Option<String>,
    /// The ID of the fine-tuned model checkpoint.
    pub fine_tuned_model_checkpoint: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCheckpointPermissionDeleted {
    /// The ID of the checkpoint permission.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogExternalKeyRegistered {
    /// The ID of the external key configuration.
    pub id: Option<String>,
    /// The configuration for the external key.
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogExternalKeyRemoved {
    /// The ID of the external key configuration.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogGroupCreated {
    /// The ID of the group.
    pub id: Option<String>,
    /// Information about the created group.
    pub data: Option<AuditLogGroupCreatedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Information about the created group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogGroupCreatedData {
    /// The group name.
    pub group_name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogGroupUpdated {
    /// The ID of the group.
    pub id: Option<String>,
    /// The payload used to update the group.
    pub changes_requested: Option<AuditLogGroupUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogGroupUpdatedChangesRequested {
    /// The updated group name.
    pub group_name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogGroupDeleted {
    /// The ID of the group.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogScimEnabled {
    /// The ID of the SCIM was enabled for.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogScimDisabled {
    /// The ID of the SCIM was disabled for.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogInviteSent {
    /// The ID of the invite.
    pub id: Option<String>,
    /// The payload used to create the invite.
    pub data: Option<AuditLogInviteSentData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to create the invite.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogInviteSentData {
    /// The email invited to the organization.
    pub email: Option<String>,
    /// The role the email was invited to be. Is either `owner` or `member`.
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogInviteDeleted {
    /// The ID of the invite.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistCreated {
    /// The ID of the IP allowlist configuration.
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    pub name: Option<String>,
    /// The IP addresses or CIDR ranges included in the configuration.
    pub allowed_ips: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistUpdated {
    /// The ID of the IP allowlist configuration.
    pub id: Option<String>,
    /// The updated set of IP addresses or CIDR ranges in the configuration.
    pub allowed_ips: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistDeleted {
    /// The ID of the IP allowlist configuration.
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    pub name: Option<String>,
    /// The IP addresses or CIDR ranges that were in the configuration.
    pub allowed_ips: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigActivated {
    /// The configurations that were activated.
    pub configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigActivatedConfig {
    /// The ID of the IP allowlist configuration.
    pub id: Option<String>,
    /// The name of the IP allowlist configuration.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogIpAllowlistConfigDeactivated {
    /// The configurations that were deactivated.
    pub configs: Option<Vec<AuditLogIpAllowlistConfigActivatedConfig>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogLoginFailed {
    /// The error code of the failure.
    pub error_code: Option<String>,
    /// The error message of the failure.
    pub error_message: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogOrganizationUpdated {
    /// The organization ID.
    pub id: Option<String>,
    /// The payload used to update the organization settings.
    pub changes_requested: Option<Box<AuditLogOrganizationUpdatedChangesRequested>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the organization settings.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogOrganizationUpdatedChangesRequested {
    /// The organization title.
    pub title: Option<String>,
    /// The organization description.
    pub description: Option<String>,
    /// The organization name.
    pub name: Option<String>,
    /// Visibility of the threads page which shows messages created with the Assistants API and Playground. One of `ANY_ROLE`, `OWNERS`, or `NONE`.
    pub threads_ui_visibility: Option<String>,
    /// Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or `OWNERS`.
    pub usage_dashboard_visibility: Option<String>,
    /// How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`, `enabled_for_all_projects`, or `enabled_for_selected_projects`
    pub api_call_logging: Option<String>,
    /// The list of project ids if api_call_logging is set to `enabled_for_selected_projects`
    pub api_call_logging_project_ids: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProjectCreated {
    /// The project ID.
    pub id: Option<String>,
    /// The payload used to create the project.
    pub data: Option<AuditLogProjectCreatedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to create the project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProjectCreatedData {
    /// The project name.
    pub name: Option<String>,
    /// The title of the project as seen on the dashboard.
    pub title: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProjectUpdated {
    /// The project ID.
    pub id: Option<String>,
    /// The payload used to update the project.
    pub changes_requested: Option<AuditLogProjectUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProjectUpdatedChangesRequested {
    /// The title of the project as seen on the dashboard.
    pub title: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogProjectDeleted {
    /// The project ID.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRateLimitUpdated {
    /// The rate limit ID
    pub id: Option<String>,
    /// The payload used to update the rate limits.
    pub changes_requested: Option<AuditLogRateLimitUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the rate limits.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRateLimitUpdatedChangesRequested {
    /// The maximum requests per minute.
    pub max_requests_per_1_minute: Option<i64>,
    /// The maximum tokens per minute.
    pub max_tokens_per_1_minute: Option<i64>,
    /// The maximum images per minute. Only relevant for certain models.
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only relevant for certain models.
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only relevant for certain models.
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only relevant for certain models.
    pub batch_1_day_max_input_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRateLimitDeleted {
    /// The rate limit ID
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleCreated {
    /// The role ID.
    pub id: Option<String>,
    /// The name of the role.
    pub role_name: Option<String>,
    /// The permissions granted by the role.
    pub permissions: Option<Vec<String>>,
    /// The type of resource the role belongs to.
    pub resource_type: Option<String>,
    /// The resource the role is scoped to.
    pub resource_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleUpdated {
    /// The role ID.
    pub id: Option<String>,
    /// The payload used to update the role.
    pub changes_requested: Option<Box<AuditLogRoleUpdatedChangesRequested>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleUpdatedChangesRequested {
    /// The updated role name, when provided.
    pub role_name: Option<String>,
    /// The resource the role is scoped to.
    pub resource_id: Option<String>,
    /// The type of resource the role belongs to.
    pub resource_type: Option<String>,
    /// The permissions added to the role.
    pub permissions_added: Option<Vec<String>>,
    /// The permissions removed from the role.
    pub permissions_removed: Option<Vec<String>>,
    /// The updated role description, when provided.
    pub description: Option<String>,
    /// Additional metadata stored on the role.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleDeleted {
    /// The role ID.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleAssignmentCreated {
    /// The identifier of the role assignment.
    pub id: Option<String>,
    /// The principal (user or group) that received the role.
    pub principal_id: Option<String>,
    /// The type of principal (user or group) that received the role.
    pub principal_type: Option<String>,
    /// The resource the role assignment is scoped to.
    pub resource_id: Option<String>,
    /// The type of resource the role assignment is scoped to.
    pub resource_type: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleAssignmentDeleted {
    /// The identifier of the role assignment.
    pub id: Option<String>,
    /// The principal (user or group) that had the role removed.
    pub principal_id: Option<String>,
    /// The type of principal (user or group) that had the role removed.
    pub principal_type: Option<String>,
    /// The resource the role assignment was scoped to.
    pub resource_id: Option<String>,
    /// The type of resource the role assignment was scoped to.
    pub resource_type: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleBoundToResource {
    /// The ID of the resource the role was bound to. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`.
    pub id: Option<String>,
    /// The ID of the role that was bound to the resource.
    pub role_id: Option<String>,
    /// The ID of the resource the role was bound to.
    pub resource_id: Option<String>,
    /// The type of resource the role was bound to.
    pub resource_type: Option<String>,
    /// The permissions granted to the role for the resource.
    pub permissions: Option<Vec<String>>,
    /// The workspace ID for a ChatGPT workspace connector resource.
    pub workspace_id: Option<String>,
    /// The connector ID for a ChatGPT workspace connector resource.
    pub connector_id: Option<String>,
    /// The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved.
    pub connector_name: Option<String>,
    /// Whether the connector is enabled for the role.
    pub enabled: Option<bool>,
    /// The connector role mutation path that produced the event.
    pub source: Option<AuditLogRoleBoundToResourceSource>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The connector role mutation path that produced the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogRoleUnboundFromResource {
    /// The ID of the resource the role was unbound from. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`.
    pub id: Option<String>,
    /// The ID of the role that was unbound from the resource.
    pub role_id: Option<String>,
    /// The ID of the resource the role was unbound from.
    pub resource_id: Option<String>,
    /// The type of resource the role was unbound from.
    pub resource_type: Option<String>,
    /// The permissions remaining for the role after the change.
    pub permissions: Option<Vec<String>>,
    /// The workspace ID for a ChatGPT workspace connector resource.
    pub workspace_id: Option<String>,
    /// The connector ID for a ChatGPT workspace connector resource.
    pub connector_id: Option<String>,
    /// The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved.
    pub connector_name: Option<String>,
    /// Whether the connector is enabled for the role.
    pub enabled: Option<bool>,
    /// The connector role mutation path that produced the event.
    pub source: Option<AuditLogRoleBoundToResourceSource>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogServiceAccountCreated {
    /// The service account ID.
    pub id: Option<String>,
    /// The payload used to create the service account.
    pub data: Option<AuditLogServiceAccountCreatedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to create the service account.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogServiceAccountCreatedData {
    /// The role of the service account. Is either `owner` or `member`.
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogServiceAccountUpdated {
    /// The service account ID.
    pub id: Option<String>,
    /// The payload used to updated the service account.
    pub changes_requested: Option<AuditLogServiceAccountUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to updated the service account.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogServiceAccountUpdatedChangesRequested {
    /// The role of the service account. Is either `owner` or `member`.
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogServiceAccountDeleted {
    /// The service account ID.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderCreated {
    /// The workload identity provider ID.
    pub id: Option<String>,
    /// The payload used to create the workload identity provider.
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderUpdated {
    /// The workload identity provider ID.
    pub id: Option<String>,
    /// The payload used to update the workload identity provider.
    pub changes_requested: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderDeleted {
    /// The workload identity provider ID.
    pub id: Option<String>,
    /// The workload identity provider name.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingCreated {
    /// The workload identity provider mapping ID.
    pub id: Option<String>,
    /// The workload identity provider ID.
    pub identity_provider_id: Option<String>,
    /// The payload used to create the workload identity provider mapping.
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingUpdated {
    /// The workload identity provider mapping ID.
    pub id: Option<String>,
    /// The workload identity provider ID.
    pub identity_provider_id: Option<String>,
    /// The payload used to update the workload identity provider mapping.
    pub changes_requested: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogWorkloadIdentityProviderMappingDeleted {
    /// The workload identity provider mapping ID.
    pub id: Option<String>,
    /// The workload identity provider ID.
    pub identity_provider_id: Option<String>,
    /// The project ID.
    pub project_id: Option<String>,
    /// The mapped service account ID.
    pub service_account_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogUserAdded {
    /// The user ID.
    pub id: Option<String>,
    /// The payload used to add the user to the project.
    pub data: Option<AuditLogUserAddedData>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to add the user to the project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogUserAddedData {
    /// The role of the user. Is either `owner` or `member`.
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogUserUpdated {
    /// The project ID.
    pub id: Option<String>,
    /// The payload used to update the user.
    pub changes_requested: Option<AuditLogUserUpdatedChangesRequested>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The payload used to update the user.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogUserUpdatedChangesRequested {
    /// The role of the user. Is either `owner` or `member`.
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogUserDeleted {
    /// The user ID.
    pub id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCertificateCreated {
    /// The certificate ID.
    pub id: Option<String>,
    /// The name of the certificate.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCertificateDeleted {
    /// The certificate ID.
    pub id: Option<String>,
    /// The name of the certificate.
    pub name: Option<String>,
    /// The certificate content in PEM format.
    pub certificate: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The details for events with this `type`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCertificatesActivated {
    pub certificates: Option<Vec<AuditLogCertificatesActivatedCertificate>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AuditLogCertificatesActivatedCertificate {
    /// The certificate ID.
    pub id: Option<String>,
    /// The name of the certificate.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents an individual `certificate` uploaded to the organization.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, id, created_at, certificate_details))]
#[non_exhaustive]
pub struct Certificate {
    /// The object type.
    ///
    /// - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    /// - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
    /// - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`.
    #[api(default)]
    pub object: CertificateObject,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the certificate.
    #[api(nullable)]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    #[api(default)]
    pub created_at: i64,
    #[api(default)]
    pub certificate_details: CertificateCertificateDetails,
    /// Whether the certificate is currently active at the specified scope. Not returned when getting details for a specific certificate.
    pub active: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The object type.
///
/// - If creating, updating, or getting a specific certificate, the object type is `certificate`.
/// - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
/// - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CertificateObject {
    /// `certificate`
    Certificate,
    /// `organization.certificate`
    #[api(rename = "organization.certificate")]
    OrganizationCertificate,
    /// `organization.project.certificate`
    #[api(rename = "organization.project.certificate")]
    OrganizationProjectCertificate,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CertificateCertificateDetails {
    /// The Unix timestamp (in seconds) of when the certificate becomes valid.
    pub valid_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the certificate expires.
    pub expires_at: Option<i64>,
    /// The content of the certificate in PEM format.
    pub content: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The aggregated costs details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CostsResult {
    #[api(constant)]
    pub object: OrganizationCostsResultLiteral,
    /// The monetary value in its associated currency.
    pub amount: Option<CostsResultAmount>,
    /// When `group_by=line_item`, this field provides the line item of the grouped costs result.
    pub line_item: Option<String>,
    /// When `group_by=project_id`, this field provides the project ID of the grouped costs result.
    pub project_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API Key ID of the grouped costs result.
    pub api_key_id: Option<String>,
    /// When `group_by=line_item`, this field provides the quantity of the grouped costs result.
    pub quantity: Option<f64>,
    /// The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`.
    pub quantity_unit: Option<CostsResultQuantityUnit>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.costs.result`.
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
pub enum OrganizationCostsResultLiteral {
    /// `organization.costs.result`
    #[default]
    #[api(rename = "organization.costs.result")]
    OrganizationCostsResult,
}
#[cfg(feature = "organization")]
/// The monetary value in its associated currency.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CostsResultAmount {
    /// The numeric value of the cost.
    pub value: Option<f64>,
    /// Lowercase ISO-4217 currency e.g. "usd"
    pub currency: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CostsResultQuantityUnit {
    /// `tokens`
    Tokens,
    /// `1000_tokens`
    #[api(rename = "1000_tokens")]
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
#[cfg(feature = "organization")]
/// Request payload for creating a new group in the organization.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct CreateGroupBody {
    /// Human readable name for the group.
    ///
    /// `1` to `255` characters.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Request payload for adding a user to a group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(user_id))]
pub struct CreateGroupUserBody {
    /// Identifier of the user to add to the group.
    #[api(default)]
    pub user_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Parameters for creating or updating a spend alert.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(threshold_amount, notification_channel))]
pub struct CreateSpendAlertBody {
    /// The alert threshold amount, in cents.
    ///
    /// At least `0`.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    #[api(constant)]
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    #[api(constant)]
    pub interval: MonthLiteral,
    /// Email notification settings for a spend alert.
    #[api(default)]
    pub notification_channel: SpendAlertNotificationChannel,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Email notification settings for a spend alert.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(recipients))]
#[non_exhaustive]
pub struct SpendAlertNotificationChannel {
    /// The notification channel type. Currently only `email` is supported.
    #[api(rename = "type", constant)]
    pub type_: EmailLiteral,
    /// Email addresses that receive the spend alert notification.
    #[api(default)]
    pub recipients: Vec<String>,
    /// Optional subject prefix for alert emails.
    pub subject_prefix: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `email`.
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
pub enum EmailLiteral {
    /// `email`
    #[default]
    Email,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct DeleteCertificateResponse {
    /// The object type, must be `certificate.deleted`.
    #[api(constant)]
    pub object: CertificateDeletedLiteral,
    /// The ID of the certificate that was deleted.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `certificate.deleted`.
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
pub enum CertificateDeletedLiteral {
    /// `certificate.deleted`
    #[default]
    #[api(rename = "certificate.deleted")]
    CertificateDeleted,
}
/// Confirmation payload returned after unassigning a role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, deleted))]
#[non_exhaustive]
pub struct DeletedRoleAssignmentResource {
    /// Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`.
    #[api(default)]
    pub object: String,
    /// Whether the assignment was removed.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Summary information about a group returned in role assignment responses.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, created_at, scim_managed))]
#[non_exhaustive]
pub struct Group {
    /// Always `group`.
    #[api(constant)]
    pub object: GroupLiteral,
    /// Identifier for the group.
    #[api(default)]
    pub id: String,
    /// Display name of the group.
    #[api(default)]
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    #[api(default)]
    pub created_at: i64,
    /// Whether the group is managed through SCIM.
    #[api(default)]
    pub scim_managed: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `group`.
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
pub enum GroupLiteral {
    /// `group`
    #[default]
    Group,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting a group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct GroupDeletedResource {
    /// Always `group.deleted`.
    #[api(constant)]
    pub object: GroupDeletedLiteral,
    /// Identifier of the deleted group.
    #[api(default)]
    pub id: String,
    /// Whether the group was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `group.deleted`.
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
pub enum GroupDeletedLiteral {
    /// `group.deleted`
    #[default]
    #[api(rename = "group.deleted")]
    GroupDeleted,
}
#[cfg(feature = "organization")]
/// Paginated list of organization groups.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct GroupListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Groups returned in the current page.
    #[api(default)]
    pub data: Vec<GroupResponse>,
    /// Whether additional groups are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` if there are no more results.
    #[api(nullable)]
    pub next: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Details about an organization group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, created_at, is_scim_managed, group_type))]
#[non_exhaustive]
pub struct GroupResponse {
    /// Identifier for the group.
    #[api(default)]
    pub id: String,
    /// Display name of the group.
    #[api(default)]
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    #[api(default)]
    pub created_at: i64,
    /// Whether the group is managed through SCIM and controlled by your identity provider.
    #[api(default)]
    pub is_scim_managed: bool,
    /// The type of the group.
    #[api(default)]
    pub group_type: GroupResponseGroupType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The type of the group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum GroupResponseGroupType {
    /// `group`
    Group,
    /// `tenant_group`
    TenantGroup,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// Details about a user returned from an organization group membership lookup.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, user_type))]
#[non_exhaustive]
pub struct GroupMemberUser {
    /// Identifier for the user.
    #[api(default)]
    pub id: String,
    /// Display name of the user.
    #[api(default)]
    pub name: String,
    /// Email address of the user, or `null` for users without an email.
    #[api(nullable)]
    pub email: Option<String>,
    /// URL of the user's profile picture, if available.
    #[api(nullable)]
    pub picture: Option<String>,
    /// Whether the user is a service account.
    #[api(nullable)]
    pub is_service_account: Option<bool>,
    /// The type of user.
    #[api(default)]
    pub user_type: GroupMemberUserUserType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The type of user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum GroupMemberUserUserType {
    /// `user`
    User,
    /// `tenant_user`
    TenantUser,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// Response returned after updating a group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, created_at, is_scim_managed))]
#[non_exhaustive]
pub struct GroupResourceWithSuccess {
    /// Identifier for the group.
    #[api(default)]
    pub id: String,
    /// Updated display name for the group.
    #[api(default)]
    pub name: String,
    /// Unix timestamp (in seconds) when the group was created.
    #[api(default)]
    pub created_at: i64,
    /// Whether the group is managed through SCIM and controlled by your identity provider.
    #[api(default)]
    pub is_scim_managed: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Role assignment linking a group to a role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(group, role))]
#[non_exhaustive]
pub struct GroupRoleAssignment {
    /// Always `group.role`.
    #[api(constant)]
    pub object: GroupRoleLiteral,
    /// Summary information about a group returned in role assignment responses.
    #[api(default)]
    pub group: Group,
    /// Details about a role that can be assigned through the public Roles API.
    #[api(default)]
    pub role: Role,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `group.role`.
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
pub enum GroupRoleLiteral {
    /// `group.role`
    #[default]
    #[api(rename = "group.role")]
    GroupRole,
}
/// Details about a role that can be assigned through the public Roles API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, permissions, resource_type, predefined_role))]
#[non_exhaustive]
pub struct Role {
    /// Always `role`.
    #[api(constant)]
    pub object: RoleLiteral,
    /// Identifier for the role.
    #[api(default)]
    pub id: String,
    /// Unique name for the role.
    #[api(default)]
    pub name: String,
    /// Optional description of the role.
    #[api(nullable)]
    pub description: Option<String>,
    /// Permissions granted by the role.
    #[api(default)]
    pub permissions: Vec<String>,
    /// Resource type the role is bound to (for example `api.organization` or `api.project`).
    #[api(default)]
    pub resource_type: String,
    /// Whether the role is predefined and managed by OpenAI.
    #[api(default)]
    pub predefined_role: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `role`.
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
pub enum RoleLiteral {
    /// `role`
    #[default]
    Role,
}
#[cfg(feature = "organization")]
/// Represents an individual user returned when inspecting group membership.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name))]
#[non_exhaustive]
pub struct GroupUser {
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the user.
    #[api(default)]
    pub name: String,
    /// The email address of the user.
    #[api(nullable)]
    pub email: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after adding a user to a group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(user_id, group_id))]
#[non_exhaustive]
pub struct GroupUserAssignment {
    /// Always `group.user`.
    #[api(constant)]
    pub object: GroupUserLiteral,
    /// Identifier of the user that was added.
    #[api(default)]
    pub user_id: String,
    /// Identifier of the group the user was added to.
    #[api(default)]
    pub group_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `group.user`.
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
pub enum GroupUserLiteral {
    /// `group.user`
    #[default]
    #[api(rename = "group.user")]
    GroupUser,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after removing a user from a group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted))]
#[non_exhaustive]
pub struct GroupUserDeletedResource {
    /// Always `group.user.deleted`.
    #[api(constant)]
    pub object: GroupUserDeletedLiteral,
    /// Whether the group membership was removed.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `group.user.deleted`.
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
pub enum GroupUserDeletedLiteral {
    /// `group.user.deleted`
    #[default]
    #[api(rename = "group.user.deleted")]
    GroupUserDeleted,
}
#[cfg(feature = "organization")]
/// Permission state for a single hosted tool on a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
#[non_exhaustive]
pub struct HostedToolPermission {
    /// Whether the hosted tool is enabled for the project.
    #[api(default)]
    pub enabled: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(enabled))]
pub struct HostedToolPermissionUpdate {
    /// Whether to enable the hosted tool for the project.
    #[api(default)]
    pub enabled: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents an individual `invite` to the organization.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, email, role, status, created_at, projects))]
#[non_exhaustive]
pub struct Invite {
    /// The object type, which is always `organization.invite`
    #[api(constant)]
    pub object: OrganizationInviteLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The email address of the individual to whom the invite was sent
    #[api(default)]
    pub email: String,
    /// `owner` or `reader`
    #[api(default)]
    pub role: InviteRole,
    /// `accepted`,`expired`, or `pending`
    #[api(default)]
    pub status: InviteStatus,
    /// The Unix timestamp (in seconds) of when the invite was sent.
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the invite expires.
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the invite was accepted.
    pub accepted_at: Option<i64>,
    /// The projects that were granted membership upon acceptance of the invite.
    #[api(default)]
    pub projects: Vec<InviteProject>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.invite`.
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
pub enum OrganizationInviteLiteral {
    /// `organization.invite`
    #[default]
    #[api(rename = "organization.invite")]
    OrganizationInvite,
}
#[cfg(feature = "organization")]
/// `owner` or `reader`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum InviteRole {
    /// `owner`
    Owner,
    /// `reader`
    Reader,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// `accepted`,`expired`, or `pending`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, role))]
#[non_exhaustive]
pub struct InviteProject {
    /// Project's public ID
    #[api(default)]
    pub id: String,
    /// Project membership role
    #[api(default)]
    pub role: InviteProjectRole,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Project membership role
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum InviteProjectRole {
    /// `member`
    Member,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct InviteDeleteResponse {
    /// The object type, which is always `organization.invite.deleted`
    #[api(constant)]
    pub object: OrganizationInviteDeletedLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.invite.deleted`.
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
pub enum OrganizationInviteDeletedLiteral {
    /// `organization.invite.deleted`
    #[default]
    #[api(rename = "organization.invite.deleted")]
    OrganizationInviteDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct InviteListResponse {
    /// The object type, which is always `list`
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<Invite>,
    /// The first `invite_id` in the retrieved `list`
    pub first_id: Option<String>,
    /// The last `invite_id` in the retrieved `list`
    pub last_id: Option<String>,
    /// The `has_more` property is used for pagination to indicate there are additional results.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Request payload for granting a group access to a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(group_id, role))]
pub struct InviteProjectGroupBody {
    /// Identifier of the group to add to the project.
    #[api(default)]
    pub group_id: String,
    /// Identifier of the project role to grant to the group.
    #[api(default)]
    pub role: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(email, role))]
pub struct InviteRequest {
    /// Send an email to this address
    #[api(default)]
    pub email: String,
    /// `owner` or `reader`
    #[api(default)]
    pub role: InviteRequestRole,
    /// An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
    pub projects: Option<Vec<InviteProject>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// `owner` or `reader`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum InviteRequestRole {
    /// `reader`
    Reader,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListAuditLogsResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<AuditLog>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListCertificatesResponse {
    #[api(default)]
    pub data: Vec<OrganizationCertificate>,
    #[api(nullable)]
    pub first_id: Option<String>,
    #[api(nullable)]
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    #[api(constant)]
    pub object: ListLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents an individual certificate configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, certificate_details, active))]
#[non_exhaustive]
pub struct OrganizationCertificate {
    /// The object type, which is always `organization.certificate`.
    #[api(constant)]
    pub object: OrganizationCertificateLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the certificate.
    #[api(nullable)]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    #[api(default)]
    pub created_at: i64,
    #[api(default)]
    pub certificate_details: OrganizationCertificateCertificateDetails,
    /// Whether the certificate is currently active at the organization level.
    #[api(default)]
    pub active: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.certificate`.
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
pub enum OrganizationCertificateLiteral {
    /// `organization.certificate`
    #[default]
    #[api(rename = "organization.certificate")]
    OrganizationCertificate,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct OrganizationCertificateCertificateDetails {
    /// The Unix timestamp (in seconds) of when the certificate becomes valid.
    pub valid_at: Option<i64>,
    /// The Unix timestamp (in seconds) of when the certificate expires.
    pub expires_at: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListProjectCertificatesResponse {
    #[api(default)]
    pub data: Vec<OrganizationProjectCertificate>,
    #[api(nullable)]
    pub first_id: Option<String>,
    #[api(nullable)]
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    #[api(constant)]
    pub object: ListLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents an individual certificate configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, certificate_details, active))]
#[non_exhaustive]
pub struct OrganizationProjectCertificate {
    /// The object type, which is always `organization.project.certificate`.
    #[api(constant)]
    pub object: OrganizationProjectCertificateLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the certificate.
    #[api(nullable)]
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the certificate was uploaded.
    #[api(default)]
    pub created_at: i64,
    #[api(default)]
    pub certificate_details: OrganizationCertificateCertificateDetails,
    /// Whether the certificate is currently active at the project level.
    #[api(default)]
    pub active: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.certificate`.
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
pub enum OrganizationProjectCertificateLiteral {
    /// `organization.project.certificate`
    #[default]
    #[api(rename = "organization.project.certificate")]
    OrganizationProjectCertificate,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyCertificateRequest {
    /// The updated name for the certificate
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct OrganizationCertificateActivationResponse {
    /// The organization certificate activation result type.
    #[api(constant)]
    pub object: OrganizationCertificateActivationLiteral,
    #[api(default)]
    pub data: Vec<OrganizationCertificate>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.certificate.activation`.
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
pub enum OrganizationCertificateActivationLiteral {
    /// `organization.certificate.activation`
    #[default]
    #[api(rename = "organization.certificate.activation")]
    OrganizationCertificateActivation,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct OrganizationCertificateDeactivationResponse {
    /// The organization certificate deactivation result type.
    #[api(constant)]
    pub object: OrganizationCertificateDeactivationLiteral,
    #[api(default)]
    pub data: Vec<OrganizationCertificate>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.certificate.deactivation`.
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
pub enum OrganizationCertificateDeactivationLiteral {
    /// `organization.certificate.deactivation`
    #[default]
    #[api(rename = "organization.certificate.deactivation")]
    OrganizationCertificateDeactivation,
}
#[cfg(feature = "organization")]
/// Represents the organization's data retention control setting.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct OrganizationDataRetention {
    /// The object type, which is always `organization.data_retention`.
    #[api(constant)]
    pub object: OrganizationDataRetentionLiteral,
    /// The configured organization data retention type.
    #[api(rename = "type", default)]
    pub type_: OrganizationDataRetentionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.data_retention`.
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
pub enum OrganizationDataRetentionLiteral {
    /// `organization.data_retention`
    #[default]
    #[api(rename = "organization.data_retention")]
    OrganizationDataRetention,
}
#[cfg(feature = "organization")]
/// The configured organization data retention type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct OrganizationProjectCertificateActivationResponse {
    /// The project certificate activation result type.
    #[api(constant)]
    pub object: OrganizationProjectCertificateActivationLiteral,
    #[api(default)]
    pub data: Vec<OrganizationProjectCertificate>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.certificate.activation`.
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
pub enum OrganizationProjectCertificateActivationLiteral {
    /// `organization.project.certificate.activation`
    #[default]
    #[api(rename = "organization.project.certificate.activation")]
    OrganizationProjectCertificateActivation,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct OrganizationProjectCertificateDeactivationResponse {
    /// The project certificate deactivation result type.
    #[api(constant)]
    pub object: OrganizationProjectCertificateDeactivationLiteral,
    #[api(default)]
    pub data: Vec<OrganizationProjectCertificate>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.certificate.deactivation`.
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
pub enum OrganizationProjectCertificateDeactivationLiteral {
    /// `organization.project.certificate.deactivation`
    #[default]
    #[api(rename = "organization.project.certificate.deactivation")]
    OrganizationProjectCertificateDeactivation,
}
#[cfg(feature = "organization")]
/// Represents a spend alert configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, threshold_amount, notification_channel))]
#[non_exhaustive]
pub struct OrganizationSpendAlert {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `organization.spend_alert`.
    #[api(constant)]
    pub object: OrganizationSpendAlertLiteral,
    /// The alert threshold amount, in cents.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    #[api(constant)]
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    #[api(constant)]
    pub interval: MonthLiteral,
    /// Email notification settings for a spend alert.
    #[api(default)]
    pub notification_channel: SpendAlertNotificationChannel,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.spend_alert`.
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
pub enum OrganizationSpendAlertLiteral {
    /// `organization.spend_alert`
    #[default]
    #[api(rename = "organization.spend_alert")]
    OrganizationSpendAlert,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting an organization spend alert.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct OrganizationSpendAlertDeletedResource {
    /// The deleted spend alert ID.
    #[api(default)]
    pub id: String,
    /// Always `organization.spend_alert.deleted`.
    #[api(constant)]
    pub object: OrganizationSpendAlertDeletedLiteral,
    /// Whether the spend alert was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.spend_alert.deleted`.
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
pub enum OrganizationSpendAlertDeletedLiteral {
    /// `organization.spend_alert.deleted`
    #[default]
    #[api(rename = "organization.spend_alert.deleted")]
    OrganizationSpendAlertDeleted,
}
#[cfg(feature = "organization")]
/// Paginated list of organization spend alerts.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct OrganizationSpendAlertListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Spend alerts returned in the current page.
    #[api(default)]
    pub data: Vec<OrganizationSpendAlert>,
    /// The ID of the first spend alert in this page.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last spend alert in this page.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether more spend alerts are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents an individual project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at))]
#[non_exhaustive]
pub struct Project {
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The object type, which is always `organization.project`
    #[api(constant)]
    pub object: OrganizationProjectLiteral,
    /// The name of the project. This appears in reporting.
    pub name: Option<String>,
    /// The Unix timestamp (in seconds) of when the project was created.
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the project was archived or `null`.
    pub archived_at: Option<i64>,
    /// `active` or `archived`
    pub status: Option<String>,
    /// The external key associated with the project.
    pub external_key_id: Option<String>,
    /// The residency configuration for the project.
    pub residency: Option<PublicProjectResidency>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project`.
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
pub enum OrganizationProjectLiteral {
    /// `organization.project`
    #[default]
    #[api(rename = "organization.project")]
    OrganizationProject,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum PublicProjectResidency {
    /// `GLOBAL`
    #[api(rename = "GLOBAL")]
    Global,
    /// `US_STORAGE_PROCESSING`
    #[api(rename = "US_STORAGE_PROCESSING")]
    UsStorageProcessing,
    /// `EU_STORAGE_PROCESSING`
    #[api(rename = "EU_STORAGE_PROCESSING")]
    EuStorageProcessing,
    /// `JP_STORAGE`
    #[api(rename = "JP_STORAGE")]
    JpStorage,
    /// `KR_STORAGE`
    #[api(rename = "KR_STORAGE")]
    KrStorage,
    /// `CA_STORAGE`
    #[api(rename = "CA_STORAGE")]
    CaStorage,
    /// `SG_STORAGE`
    #[api(rename = "SG_STORAGE")]
    SgStorage,
    /// `IN_STORAGE`
    #[api(rename = "IN_STORAGE")]
    InStorage,
    /// `AU_STORAGE`
    #[api(rename = "AU_STORAGE")]
    AuStorage,
    /// `GB_STORAGE`
    #[api(rename = "GB_STORAGE")]
    GbStorage,
    /// `AE_STORAGE`
    #[api(rename = "AE_STORAGE")]
    AeStorage,
    /// `AE_STORAGE_PROCESSING`
    #[api(rename = "AE_STORAGE_PROCESSING")]
    AeStorageProcessing,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// Represents an individual API key in a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(redacted_value, name, created_at, id, owner_project_access, owner))]
#[non_exhaustive]
pub struct ProjectApiKey {
    /// The object type, which is always `organization.project.api_key`
    #[api(constant)]
    pub object: OrganizationProjectApiKeyLiteral,
    /// The redacted value of the API key
    #[api(default)]
    pub redacted_value: String,
    /// The name of the API key
    #[api(default)]
    pub name: String,
    /// The Unix timestamp (in seconds) of when the API key was created
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) of when the API key was last used.
    #[api(nullable)]
    pub last_used_at: Option<i64>,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// Whether the API key's owner currently has effective access to the project.
    #[api(default)]
    pub owner_project_access: ProjectApiKeyOwnerProjectAccess,
    #[api(default)]
    pub owner: ProjectApiKeyOwner,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.api_key`.
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
pub enum OrganizationProjectApiKeyLiteral {
    /// `organization.project.api_key`
    #[default]
    #[api(rename = "organization.project.api_key")]
    OrganizationProjectApiKey,
}
#[cfg(feature = "organization")]
/// Whether the API key's owner currently has effective access to the project.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProjectApiKeyOwnerProjectAccess {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ProjectApiKeyOwner {
    /// `user` or `service_account`
    #[api(rename = "type")]
    pub type_: Option<AuditLogActorApiKeyType>,
    /// The user that owns a project API key.
    pub user: Option<Box<ProjectApiKeyOwnerUser>>,
    /// The service account that owns a project API key.
    pub service_account: Option<ProjectApiKeyOwnerServiceAccount>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The user that owns a project API key.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, email, name, created_at, role))]
#[non_exhaustive]
pub struct ProjectApiKeyOwnerUser {
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The email address of the user.
    #[api(default)]
    pub email: String,
    /// The name of the user.
    #[api(default)]
    pub name: String,
    /// The Unix timestamp (in seconds) of when the user was created.
    #[api(default)]
    pub created_at: i64,
    /// The user's project role.
    #[api(default)]
    pub role: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The service account that owns a project API key.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, created_at, role))]
#[non_exhaustive]
pub struct ProjectApiKeyOwnerServiceAccount {
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the service account.
    #[api(default)]
    pub name: String,
    /// The Unix timestamp (in seconds) of when the service account was created.
    #[api(default)]
    pub created_at: i64,
    /// The service account's project role.
    #[api(default)]
    pub role: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct ProjectApiKeyDeleteResponse {
    #[api(constant)]
    pub object: OrganizationProjectApiKeyDeletedLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.api_key.deleted`.
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
pub enum OrganizationProjectApiKeyDeletedLiteral {
    /// `organization.project.api_key.deleted`
    #[default]
    #[api(rename = "organization.project.api_key.deleted")]
    OrganizationProjectApiKeyDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectApiKeyListResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<ProjectApiKey>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct ProjectCreateRequest {
    /// The friendly name of the project, this name appears in reports.
    #[api(default)]
    pub name: String,
    /// Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](https://platform.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
    pub residency: Option<PublicProjectResidency>,
    /// External key ID to associate with the project.
    pub external_key_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents a project's data retention control setting.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct ProjectDataRetention {
    /// The object type, which is always `project.data_retention`.
    #[api(constant)]
    pub object: ProjectDataRetentionLiteral,
    /// The configured project data retention type.
    #[api(rename = "type", default)]
    pub type_: ProjectDataRetentionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.data_retention`.
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
pub enum ProjectDataRetentionLiteral {
    /// `project.data_retention`
    #[default]
    #[api(rename = "project.data_retention")]
    ProjectDataRetention,
}
#[cfg(feature = "organization")]
/// The configured project data retention type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProjectDataRetentionType {
    /// `organization_default`
    OrganizationDefault,
    /// `none`
    #[api(rename = "none")]
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
#[cfg(feature = "organization")]
/// Details about a group's membership in a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(project_id, group_id, group_name, group_type, created_at))]
#[non_exhaustive]
pub struct ProjectGroup {
    /// Always `project.group`.
    #[api(constant)]
    pub object: ProjectGroupLiteral,
    /// Identifier of the project.
    #[api(default)]
    pub project_id: String,
    /// Identifier of the group that has access to the project.
    #[api(default)]
    pub group_id: String,
    /// Display name of the group.
    #[api(default)]
    pub group_name: String,
    /// The type of the group.
    #[api(default)]
    pub group_type: GroupResponseGroupType,
    /// Unix timestamp (in seconds) when the group was granted project access.
    #[api(default)]
    pub created_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.group`.
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
pub enum ProjectGroupLiteral {
    /// `project.group`
    #[default]
    #[api(rename = "project.group")]
    ProjectGroup,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after removing a group from a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted))]
#[non_exhaustive]
pub struct ProjectGroupDeletedResource {
    /// Always `project.group.deleted`.
    #[api(constant)]
    pub object: ProjectGroupDeletedLiteral,
    /// Whether the group membership in the project was removed.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.group.deleted`.
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
pub enum ProjectGroupDeletedLiteral {
    /// `project.group.deleted`
    #[default]
    #[api(rename = "project.group.deleted")]
    ProjectGroupDeleted,
}
#[cfg(feature = "organization")]
/// Paginated list of groups that have access to a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectGroupListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Project group memberships returned in the current page.
    #[api(default)]
    pub data: Vec<ProjectGroup>,
    /// Whether additional project group memberships are available.
    #[api(default)]
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no more results.
    #[api(nullable)]
    pub next: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents hosted tool permissions for a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_search, web_search, image_generation, mcp, code_interpreter))]
#[non_exhaustive]
pub struct ProjectHostedToolPermissions {
    /// Permission state for a single hosted tool on a project.
    #[api(default)]
    pub file_search: HostedToolPermission,
    /// Permission state for a single hosted tool on a project.
    #[api(default)]
    pub web_search: HostedToolPermission,
    /// Permission state for a single hosted tool on a project.
    #[api(default)]
    pub image_generation: HostedToolPermission,
    /// Permission state for a single hosted tool on a project.
    #[api(default)]
    pub mcp: HostedToolPermission,
    /// Permission state for a single hosted tool on a project.
    #[api(default)]
    pub code_interpreter: HostedToolPermission,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ProjectHostedToolPermissionsUpdateRequest {
    /// The file search permission update.
    pub file_search: Option<HostedToolPermissionUpdate>,
    /// The web search permission update.
    pub web_search: Option<HostedToolPermissionUpdate>,
    /// The image generation permission update.
    pub image_generation: Option<HostedToolPermissionUpdate>,
    /// The MCP permission update.
    pub mcp: Option<HostedToolPermissionUpdate>,
    /// The code interpreter permission update.
    pub code_interpreter: Option<HostedToolPermissionUpdate>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectListResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<Project>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents the model allowlist or denylist policy for a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode, model_ids))]
#[non_exhaustive]
pub struct ProjectModelPermissions {
    /// The object type, which is always `project.model_permissions`.
    #[api(constant)]
    pub object: ProjectModelPermissionsLiteral,
    /// Whether the project uses an allowlist or a denylist.
    #[api(default)]
    pub mode: ProjectModelPermissionsMode,
    /// The model IDs included in the model permissions policy.
    #[api(default)]
    pub model_ids: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.model_permissions`.
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
pub enum ProjectModelPermissionsLiteral {
    /// `project.model_permissions`
    #[default]
    #[api(rename = "project.model_permissions")]
    ProjectModelPermissions,
}
#[cfg(feature = "organization")]
/// Whether the project uses an allowlist or a denylist.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProjectModelPermissionsMode {
    /// `allow_list`
    AllowList,
    /// `deny_list`
    DenyList,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting project model permissions.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted))]
#[non_exhaustive]
pub struct ProjectModelPermissionsDeleteResponse {
    /// The object type, which is always `project.model_permissions.deleted`.
    #[api(constant)]
    pub object: ProjectModelPermissionsDeletedLiteral,
    /// Whether the project model permissions were deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.model_permissions.deleted`.
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
pub enum ProjectModelPermissionsDeletedLiteral {
    /// `project.model_permissions.deleted`
    #[default]
    #[api(rename = "project.model_permissions.deleted")]
    ProjectModelPermissionsDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode, model_ids))]
pub struct ProjectModelPermissionsUpdateRequest {
    /// The model permissions mode to apply.
    #[api(default)]
    pub mode: ProjectModelPermissionsMode,
    /// The model IDs included in this permissions policy.
    #[api(default)]
    pub model_ids: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents a project rate limit config.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, model, max_requests_per_1_minute, max_tokens_per_1_minute))]
#[non_exhaustive]
pub struct ProjectRateLimit {
    /// The object type, which is always `project.rate_limit`
    #[api(constant)]
    pub object: ProjectRateLimitLiteral,
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The model this rate limit applies to.
    #[api(default)]
    pub model: String,
    /// The maximum requests per minute.
    #[api(default)]
    pub max_requests_per_1_minute: i64,
    /// The maximum tokens per minute.
    #[api(default)]
    pub max_tokens_per_1_minute: i64,
    /// The maximum images per minute. Only present for relevant models.
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only present for relevant models.
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only present for relevant models.
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only present for relevant models.
    pub batch_1_day_max_input_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.rate_limit`.
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
pub enum ProjectRateLimitLiteral {
    /// `project.rate_limit`
    #[default]
    #[api(rename = "project.rate_limit")]
    ProjectRateLimit,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectRateLimitListResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<ProjectRateLimit>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ProjectRateLimitUpdateRequest {
    /// The maximum requests per minute.
    pub max_requests_per_1_minute: Option<i64>,
    /// The maximum tokens per minute.
    pub max_tokens_per_1_minute: Option<i64>,
    /// The maximum images per minute. Only relevant for certain models.
    pub max_images_per_1_minute: Option<i64>,
    /// The maximum audio megabytes per minute. Only relevant for certain models.
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// The maximum requests per day. Only relevant for certain models.
    pub max_requests_per_1_day: Option<i64>,
    /// The maximum batch input tokens per day. Only relevant for certain models.
    pub batch_1_day_max_input_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents an individual service account in a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, role, created_at))]
#[non_exhaustive]
pub struct ProjectServiceAccount {
    /// The object type, which is always `organization.project.service_account`
    #[api(constant)]
    pub object: OrganizationProjectServiceAccountLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the service account
    #[api(default)]
    pub name: String,
    /// `owner`, `member`, or `none`
    #[api(default)]
    pub role: ProjectServiceAccountRole,
    /// The Unix timestamp (in seconds) of when the service account was created
    #[api(default)]
    pub created_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.service_account`.
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
pub enum OrganizationProjectServiceAccountLiteral {
    /// `organization.project.service_account`
    #[default]
    #[api(rename = "organization.project.service_account")]
    OrganizationProjectServiceAccount,
}
#[cfg(feature = "organization")]
/// `owner`, `member`, or `none`
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProjectServiceAccountRole {
    /// `owner`
    Owner,
    /// `member`
    Member,
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, name, created_at, id))]
#[non_exhaustive]
pub struct ProjectServiceAccountApiKey {
    /// The object type, which is always `organization.project.service_account.api_key`
    #[api(constant)]
    pub object: OrganizationProjectServiceAccountApiKeyLiteral,
    #[api(default)]
    pub value: String,
    #[api(default)]
    pub name: String,
    #[api(default)]
    pub created_at: i64,
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.service_account.api_key`.
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
pub enum OrganizationProjectServiceAccountApiKeyLiteral {
    /// `organization.project.service_account.api_key`
    #[default]
    #[api(rename = "organization.project.service_account.api_key")]
    OrganizationProjectServiceAccountApiKey,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct ProjectServiceAccountCreateRequest {
    /// The name of the service account being created.
    #[api(default)]
    pub name: String,
    /// Create the service account without default roles or an API key.
    pub create_service_account_only: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, role, created_at))]
#[non_exhaustive]
pub struct ProjectServiceAccountCreateResponse {
    #[api(constant)]
    pub object: OrganizationProjectServiceAccountLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub name: String,
    /// Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`.
    #[api(default)]
    pub role: ProjectServiceAccountCreateResponseRole,
    #[api(default)]
    pub created_at: i64,
    #[api(nullable)]
    pub api_key: Option<ProjectServiceAccountApiKey>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ProjectServiceAccountCreateResponseRole {
    /// `member`
    Member,
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct ProjectServiceAccountDeleteResponse {
    #[api(constant)]
    pub object: OrganizationProjectServiceAccountDeletedLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.service_account.deleted`.
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
pub enum OrganizationProjectServiceAccountDeletedLiteral {
    /// `organization.project.service_account.deleted`
    #[default]
    #[api(rename = "organization.project.service_account.deleted")]
    OrganizationProjectServiceAccountDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectServiceAccountListResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<ProjectServiceAccount>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// Represents a spend alert configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, threshold_amount, notification_channel))]
#[non_exhaustive]
pub struct ProjectSpendAlert {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `project.spend_alert`.
    #[api(constant)]
    pub object: ProjectSpendAlertLiteral,
    /// The alert threshold amount, in cents.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount.
    #[api(constant)]
    pub currency: UsdLiteral,
    /// The time interval for evaluating spend against the threshold.
    #[api(constant)]
    pub interval: MonthLiteral,
    /// Email notification settings for a spend alert.
    #[api(default)]
    pub notification_channel: SpendAlertNotificationChannel,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.spend_alert`.
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
pub enum ProjectSpendAlertLiteral {
    /// `project.spend_alert`
    #[default]
    #[api(rename = "project.spend_alert")]
    ProjectSpendAlert,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting a project spend alert.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct ProjectSpendAlertDeletedResource {
    /// The deleted spend alert ID.
    #[api(default)]
    pub id: String,
    /// Always `project.spend_alert.deleted`.
    #[api(constant)]
    pub object: ProjectSpendAlertDeletedLiteral,
    /// Whether the spend alert was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.spend_alert.deleted`.
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
pub enum ProjectSpendAlertDeletedLiteral {
    /// `project.spend_alert.deleted`
    #[default]
    #[api(rename = "project.spend_alert.deleted")]
    ProjectSpendAlertDeleted,
}
#[cfg(feature = "organization")]
/// Paginated list of project spend alerts.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ProjectSpendAlertListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Spend alerts returned in the current page.
    #[api(default)]
    pub data: Vec<ProjectSpendAlert>,
    /// The ID of the first spend alert in this page.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last spend alert in this page.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether more spend alerts are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ProjectUpdateRequest {
    /// The updated name of the project, this name appears in reports.
    pub name: Option<String>,
    /// External key ID to associate with the project.
    pub external_key_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents an individual user in a project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, role, added_at))]
#[non_exhaustive]
pub struct ProjectUser {
    /// The object type, which is always `organization.project.user`
    #[api(constant)]
    pub object: OrganizationProjectUserLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the user
    pub name: Option<String>,
    /// The email address of the user
    pub email: Option<String>,
    /// `owner` or `member`
    #[api(default)]
    pub role: String,
    /// The Unix timestamp (in seconds) of when the project was added.
    #[api(default)]
    pub added_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.user`.
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
pub enum OrganizationProjectUserLiteral {
    /// `organization.project.user`
    #[default]
    #[api(rename = "organization.project.user")]
    OrganizationProjectUser,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role))]
pub struct ProjectUserCreateRequest {
    /// The ID of the user.
    pub user_id: Option<String>,
    /// Email of the user to add.
    pub email: Option<String>,
    /// `owner` or `member`
    #[api(default)]
    pub role: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct ProjectUserDeleteResponse {
    #[api(constant)]
    pub object: OrganizationProjectUserDeletedLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.project.user.deleted`.
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
pub enum OrganizationProjectUserDeletedLiteral {
    /// `organization.project.user.deleted`
    #[default]
    #[api(rename = "organization.project.user.deleted")]
    OrganizationProjectUserDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, has_more))]
#[non_exhaustive]
pub struct ProjectUserListResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<ProjectUser>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ProjectUserUpdateRequest {
    /// `owner` or `member`
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Request payload for assigning a role to a group or user.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role_id))]
pub struct PublicAssignOrganizationGroupRoleBody {
    /// Identifier of the role to assign.
    #[api(default)]
    pub role_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Request payload for creating a custom role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role_name, permissions))]
pub struct PublicCreateOrganizationRoleBody {
    /// Unique name for the role.
    #[api(default)]
    pub role_name: String,
    /// Permissions to grant to the role.
    #[api(default)]
    pub permissions: Vec<String>,
    /// Optional description of the role.
    pub description: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Paginated list of roles available on an organization or project.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct PublicRoleListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Roles returned in the current page.
    #[api(default)]
    pub data: Vec<Role>,
    /// Whether more roles are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no additional roles.
    #[api(nullable)]
    pub next: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
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
/// Request payload for updating an existing role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct PublicUpdateOrganizationRoleBody {
    /// Updated set of permissions for the role.
    pub permissions: Option<Vec<String>>,
    /// New description for the role.
    pub description: Option<String>,
    /// New name for the role.
    pub role_name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Confirmation payload returned after deleting a role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct RoleDeletedResource {
    /// Always `role.deleted`.
    #[api(constant)]
    pub object: RoleDeletedLiteral,
    /// Identifier of the deleted role.
    #[api(default)]
    pub id: String,
    /// Whether the role was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `role.deleted`.
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
pub enum RoleDeletedLiteral {
    /// `role.deleted`
    #[default]
    #[api(rename = "role.deleted")]
    RoleDeleted,
}
/// Paginated list of roles assigned to a principal.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct RoleListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Role assignments returned in the current page.
    #[api(default)]
    pub data: Vec<AssignedRoleDetails>,
    /// Whether additional assignments are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when there are no more assignments.
    #[api(nullable)]
    pub next: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(certificate_ids))]
pub struct ToggleCertificatesRequest {
    /// `1` to `10` items.
    #[api(default)]
    pub certificate_ids: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Request payload for updating the details of an existing group.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct UpdateGroupBody {
    /// New display name for the group.
    ///
    /// `1` to `255` characters.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Parameters for updating organization data retention controls.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(retention_type))]
pub struct UpdateOrganizationDataRetentionBody {
    /// The desired organization data retention type.
    #[api(default)]
    pub retention_type: OrganizationDataRetentionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Parameters for updating project data retention controls.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(retention_type))]
pub struct UpdateProjectDataRetentionBody {
    /// The desired project data retention type.
    #[api(default)]
    pub retention_type: ProjectDataRetentionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Parameters for updating a project service account.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct UpdateProjectServiceAccountBody {
    /// The updated service account name.
    pub name: Option<String>,
    /// The updated service account role.
    pub role: Option<InviteProjectRole>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(certificate))]
pub struct UploadCertificateRequest {
    /// An optional name for the certificate
    pub name: Option<String>,
    /// The certificate content in PEM format
    #[api(default)]
    pub certificate: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The aggregated audio speeches usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(characters, num_model_requests))]
#[non_exhaustive]
pub struct UsageAudioSpeechesResult {
    #[api(constant)]
    pub object: OrganizationUsageAudioSpeechesResultLiteral,
    /// The number of characters processed.
    #[api(default)]
    pub characters: i64,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.audio_speeches.result`.
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
pub enum OrganizationUsageAudioSpeechesResultLiteral {
    /// `organization.usage.audio_speeches.result`
    #[default]
    #[api(rename = "organization.usage.audio_speeches.result")]
    OrganizationUsageAudioSpeechesResult,
}
#[cfg(feature = "organization")]
/// The aggregated audio transcriptions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(seconds, num_model_requests))]
#[non_exhaustive]
pub struct UsageAudioTranscriptionsResult {
    #[api(constant)]
    pub object: OrganizationUsageAudioTranscriptionsResultLiteral,
    /// The number of seconds processed.
    #[api(default)]
    pub seconds: i64,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.audio_transcriptions.result`.
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
pub enum OrganizationUsageAudioTranscriptionsResultLiteral {
    /// `organization.usage.audio_transcriptions.result`
    #[default]
    #[api(rename = "organization.usage.audio_transcriptions.result")]
    OrganizationUsageAudioTranscriptionsResult,
}
#[cfg(feature = "organization")]
/// The aggregated code interpreter sessions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(num_sessions))]
#[non_exhaustive]
pub struct UsageCodeInterpreterSessionsResult {
    #[api(constant)]
    pub object: OrganizationUsageCodeInterpreterSessionsResultLiteral,
    /// The number of code interpreter sessions.
    #[api(default)]
    pub num_sessions: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.code_interpreter_sessions.result`.
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
pub enum OrganizationUsageCodeInterpreterSessionsResultLiteral {
    /// `organization.usage.code_interpreter_sessions.result`
    #[default]
    #[api(rename = "organization.usage.code_interpreter_sessions.result")]
    OrganizationUsageCodeInterpreterSessionsResult,
}
#[cfg(feature = "organization")]
/// The aggregated completions usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, output_tokens, num_model_requests))]
#[non_exhaustive]
pub struct UsageCompletionsResult {
    #[api(constant)]
    pub object: OrganizationUsageCompletionsResultLiteral,
    /// The aggregated number of input tokens used, including cached and cache-write tokens. This includes text, audio, and image tokens. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    #[api(default)]
    pub input_tokens: i64,
    /// The aggregated number of cached input tokens used across text, audio, and image inputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    pub input_cached_tokens: Option<i64>,
    /// The aggregated number of input tokens written to the cache.
    pub input_cache_write_tokens: Option<i64>,
    /// The aggregated number of uncached input tokens used across text, audio, and image inputs, excluding cache-write tokens.
    pub input_uncached_tokens: Option<i64>,
    /// The aggregated number of output tokens used across text, audio, and image outputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    #[api(default)]
    pub output_tokens: i64,
    /// The aggregated number of uncached text input tokens used, excluding cache-write tokens.
    pub input_text_tokens: Option<i64>,
    /// The aggregated number of text output tokens used.
    pub output_text_tokens: Option<i64>,
    /// The aggregated number of cached text input tokens used.
    pub input_cached_text_tokens: Option<i64>,
    /// The aggregated number of uncached audio input tokens used.
    pub input_audio_tokens: Option<i64>,
    /// The aggregated number of cached audio input tokens used.
    pub input_cached_audio_tokens: Option<i64>,
    /// The aggregated number of audio output tokens used.
    pub output_audio_tokens: Option<i64>,
    /// The aggregated number of uncached image input tokens used.
    pub input_image_tokens: Option<i64>,
    /// The aggregated number of cached image input tokens used.
    pub input_cached_image_tokens: Option<i64>,
    /// The aggregated number of image output tokens used.
    pub output_image_tokens: Option<i64>,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// When `group_by=batch`, this field tells whether the grouped usage result is batch or not.
    pub batch: Option<bool>,
    /// When `group_by=service_tier`, this field provides the service tier of the grouped usage result.
    pub service_tier: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.completions.result`.
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
pub enum OrganizationUsageCompletionsResultLiteral {
    /// `organization.usage.completions.result`
    #[default]
    #[api(rename = "organization.usage.completions.result")]
    OrganizationUsageCompletionsResult,
}
#[cfg(feature = "organization")]
/// The aggregated embeddings usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, num_model_requests))]
#[non_exhaustive]
pub struct UsageEmbeddingsResult {
    #[api(constant)]
    pub object: OrganizationUsageEmbeddingsResultLiteral,
    /// The aggregated number of input tokens used.
    #[api(default)]
    pub input_tokens: i64,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.embeddings.result`.
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
pub enum OrganizationUsageEmbeddingsResultLiteral {
    /// `organization.usage.embeddings.result`
    #[default]
    #[api(rename = "organization.usage.embeddings.result")]
    OrganizationUsageEmbeddingsResult,
}
#[cfg(feature = "organization")]
/// The aggregated file search calls usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(num_requests))]
#[non_exhaustive]
pub struct UsageFileSearchCallsResult {
    #[api(constant)]
    pub object: OrganizationUsageFileSearchesResultLiteral,
    /// The count of file search calls.
    #[api(default)]
    pub num_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=vector_store_id`, this field provides the vector store ID of the grouped usage result.
    pub vector_store_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.file_searches.result`.
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
pub enum OrganizationUsageFileSearchesResultLiteral {
    /// `organization.usage.file_searches.result`
    #[default]
    #[api(rename = "organization.usage.file_searches.result")]
    OrganizationUsageFileSearchesResult,
}
#[cfg(feature = "organization")]
/// The aggregated images usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(images, num_model_requests))]
#[non_exhaustive]
pub struct UsageImagesResult {
    #[api(constant)]
    pub object: OrganizationUsageImagesResultLiteral,
    /// The number of images processed.
    #[api(default)]
    pub images: i64,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=source`, this field provides the source of the grouped usage result, possible values are `image.generation`, `image.edit`, `image.variation`.
    pub source: Option<String>,
    /// When `group_by=size`, this field provides the image size of the grouped usage result.
    pub size: Option<String>,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.images.result`.
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
pub enum OrganizationUsageImagesResultLiteral {
    /// `organization.usage.images.result`
    #[default]
    #[api(rename = "organization.usage.images.result")]
    OrganizationUsageImagesResult,
}
#[cfg(feature = "organization")]
/// The aggregated moderations usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, num_model_requests))]
#[non_exhaustive]
pub struct UsageModerationsResult {
    #[api(constant)]
    pub object: OrganizationUsageModerationsResultLiteral,
    /// The aggregated number of input tokens used.
    #[api(default)]
    pub input_tokens: i64,
    /// The count of requests made to the model.
    #[api(default)]
    pub num_model_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.moderations.result`.
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
pub enum OrganizationUsageModerationsResultLiteral {
    /// `organization.usage.moderations.result`
    #[default]
    #[api(rename = "organization.usage.moderations.result")]
    OrganizationUsageModerationsResult,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct UsageResponse {
    #[api(constant)]
    pub object: PageTypeLiteral,
    #[api(default)]
    pub data: Vec<UsageTimeBucket>,
    #[api(default)]
    pub has_more: bool,
    #[api(nullable)]
    pub next_page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
/// The constant `page`.
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
pub enum PageTypeLiteral {
    /// `page`
    #[default]
    #[api(rename = "page")]
    PageType,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time, end_time, results))]
#[non_exhaustive]
pub struct UsageTimeBucket {
    #[api(constant)]
    pub object: BucketLiteral,
    #[api(default)]
    pub start_time: i64,
    #[api(default)]
    pub end_time: i64,
    #[api(default)]
    pub results: Vec<UsageTimeBucketResult>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `bucket`.
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
pub enum BucketLiteral {
    /// `bucket`
    #[default]
    Bucket,
}
#[cfg(feature = "organization")]
/// Told apart by the `object` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "object")]
pub enum UsageTimeBucketResult {
    /// `organization.usage.completions.result`
    #[api(tag = "organization.usage.completions.result")]
    OrganizationUsageCompletionsResult(UsageCompletionsResult),
    /// `organization.usage.embeddings.result`
    #[api(tag = "organization.usage.embeddings.result")]
    OrganizationUsageEmbeddingsResult(UsageEmbeddingsResult),
    /// `organization.usage.moderations.result`
    #[api(tag = "organization.usage.moderations.result")]
    OrganizationUsageModerationsResult(UsageModerationsResult),
    /// `organization.usage.images.result`
    #[api(tag = "organization.usage.images.result")]
    OrganizationUsageImagesResult(UsageImagesResult),
    /// `organization.usage.audio_speeches.result`
    #[api(tag = "organization.usage.audio_speeches.result")]
    OrganizationUsageAudioSpeechesResult(UsageAudioSpeechesResult),
    /// `organization.usage.audio_transcriptions.result`
    #[api(tag = "organization.usage.audio_transcriptions.result")]
    OrganizationUsageAudioTranscriptionsResult(UsageAudioTranscriptionsResult),
    /// `organization.usage.vector_stores.result`
    #[api(tag = "organization.usage.vector_stores.result")]
    OrganizationUsageVectorStoresResult(UsageVectorStoresResult),
    /// `organization.usage.code_interpreter_sessions.result`
    #[api(tag = "organization.usage.code_interpreter_sessions.result")]
    OrganizationUsageCodeInterpreterSessionsResult(UsageCodeInterpreterSessionsResult),
    /// `organization.usage.file_searches.result`
    #[api(tag = "organization.usage.file_searches.result")]
    OrganizationUsageFileSearchesResult(UsageFileSearchCallsResult),
    /// `organization.usage.web_searches.result`
    #[api(tag = "organization.usage.web_searches.result")]
    OrganizationUsageWebSearchesResult(UsageWebSearchCallsResult),
    /// `organization.costs.result`
    #[api(tag = "organization.costs.result")]
    OrganizationCostsResult(CostsResult),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "organization")]
/// The aggregated vector stores usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(usage_bytes))]
#[non_exhaustive]
pub struct UsageVectorStoresResult {
    #[api(constant)]
    pub object: OrganizationUsageVectorStoresResultLiteral,
    /// The vector stores usage in bytes.
    #[api(default)]
    pub usage_bytes: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.vector_stores.result`.
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
pub enum OrganizationUsageVectorStoresResultLiteral {
    /// `organization.usage.vector_stores.result`
    #[default]
    #[api(rename = "organization.usage.vector_stores.result")]
    OrganizationUsageVectorStoresResult,
}
#[cfg(feature = "organization")]
/// The aggregated web search calls usage details of the specific time bucket.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(num_model_requests, num_requests))]
#[non_exhaustive]
pub struct UsageWebSearchCallsResult {
    #[api(constant)]
    pub object: OrganizationUsageWebSearchesResultLiteral,
    /// The count of model requests.
    #[api(default)]
    pub num_model_requests: i64,
    /// The count of web search calls.
    #[api(default)]
    pub num_requests: i64,
    /// When `group_by=project_id`, this field provides the project ID of the grouped usage result.
    pub project_id: Option<String>,
    /// When `group_by=user_id`, this field provides the user ID of the grouped usage result.
    pub user_id: Option<String>,
    /// When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result.
    pub api_key_id: Option<String>,
    /// When `group_by=model`, this field provides the model name of the grouped usage result.
    pub model: Option<String>,
    /// When `group_by=context_level`, this field provides the search context size of the grouped usage result.
    pub context_level: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.usage.web_searches.result`.
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
pub enum OrganizationUsageWebSearchesResultLiteral {
    /// `organization.usage.web_searches.result`
    #[default]
    #[api(rename = "organization.usage.web_searches.result")]
    OrganizationUsageWebSearchesResult,
}
/// Represents an individual `user` within an organization.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, added_at))]
#[non_exhaustive]
pub struct User {
    /// The object type, which is always `organization.user`
    #[api(constant)]
    pub object: OrganizationUserLiteral,
    /// The identifier, which can be referenced in API endpoints
    #[api(default)]
    pub id: String,
    /// The name of the user
    pub name: Option<String>,
    /// The email address of the user
    pub email: Option<String>,
    /// `owner` or `reader`
    pub role: Option<String>,
    /// The Unix timestamp (in seconds) of when the user was added.
    #[api(default)]
    pub added_at: i64,
    /// Whether this is the organization's default user.
    pub is_default: Option<bool>,
    /// The Unix timestamp (in seconds) of when the user was created.
    pub created: Option<i64>,
    /// Nested user details.
    pub user: Option<Box<UserUser>>,
    /// Whether the user is a service account.
    pub is_service_account: Option<bool>,
    /// Whether the user is an authorized purchaser for Scale Tier.
    pub is_scale_tier_authorized_purchaser: Option<bool>,
    /// Whether the user is managed through SCIM.
    pub is_scim_managed: Option<bool>,
    /// The Unix timestamp (in seconds) of the user's last API key usage.
    pub api_key_last_used_at: Option<i64>,
    /// The technical level metadata for the user.
    pub technical_level: Option<String>,
    /// The developer persona metadata for the user.
    pub developer_persona: Option<String>,
    /// Projects associated with the user, if included.
    pub projects: Option<UserProjects>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `organization.user`.
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
pub enum OrganizationUserLiteral {
    /// `organization.user`
    #[default]
    #[api(rename = "organization.user")]
    OrganizationUser,
}
/// Nested user details.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct UserUser {
    #[api(constant)]
    pub object: UserLiteral,
    #[api(default)]
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub picture: Option<String>,
    pub enabled: Option<bool>,
    pub banned: Option<bool>,
    pub banned_at: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct UserProjects {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<UserProjectsDataItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct UserProjectsDataItem {
    pub id: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct UserDeleteResponse {
    #[api(constant)]
    pub object: OrganizationUserDeletedLiteral,
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.user.deleted`.
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
pub enum OrganizationUserDeletedLiteral {
    /// `organization.user.deleted`
    #[default]
    #[api(rename = "organization.user.deleted")]
    OrganizationUserDeleted,
}
#[cfg(feature = "organization")]
/// Paginated list of user objects returned when inspecting group membership.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct UserListResource {
    /// Always `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// Users in the current page.
    #[api(default)]
    pub data: Vec<GroupUser>,
    /// Whether more users are available when paginating.
    #[api(default)]
    pub has_more: bool,
    /// Cursor to fetch the next page of results, or `null` when no further users are available.
    #[api(nullable)]
    pub next: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct UserListResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<User>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
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
/// Role assignment linking a user to a role.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(user, role))]
#[non_exhaustive]
pub struct UserRoleAssignment {
    /// Always `user.role`.
    #[api(constant)]
    pub object: UserRoleLiteral,
    /// Represents an individual `user` within an organization.
    #[api(default)]
    pub user: User,
    /// Details about a role that can be assigned through the public Roles API.
    #[api(default)]
    pub role: Role,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `user.role`.
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
pub enum UserRoleLiteral {
    /// `user.role`
    #[default]
    #[api(rename = "user.role")]
    UserRole,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct UserRoleUpdateRequest {
    /// `owner` or `reader`
    pub role: Option<String>,
    /// Role ID to assign to the user.
    pub role_id: Option<String>,
    /// Technical level metadata.
    pub technical_level: Option<String>,
    /// Developer persona metadata.
    pub developer_persona: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum SpendLimitCurrency {
    /// `USD`
    #[api(rename = "USD")]
    Usd,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum SpendLimitInterval {
    /// `month`
    Month,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum SpendLimitEnforcementStatus {
    /// `inactive`
    Inactive,
    /// `enforcing`
    Enforcing,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// The current enforcement state of a hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(status))]
#[non_exhaustive]
pub struct SpendLimitEnforcement {
    /// Whether the hard spend limit is currently enforcing.
    #[api(default)]
    pub status: SpendLimitEnforcementStatus,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Represents a hard spend limit configured at the organization level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(threshold_amount, currency, interval, enforcement))]
#[non_exhaustive]
pub struct OrganizationSpendLimitResource {
    /// The object type, which is always `organization.spend_limit`.
    #[api(constant)]
    pub object: OrganizationSpendLimitLiteral,
    /// The hard spend limit amount, in cents.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    #[api(default)]
    pub currency: SpendLimitCurrency,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    #[api(default)]
    pub interval: SpendLimitInterval,
    /// The current enforcement state of the hard spend limit.
    #[api(default)]
    pub enforcement: SpendLimitEnforcement,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.spend_limit`.
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
pub enum OrganizationSpendLimitLiteral {
    /// `organization.spend_limit`
    #[default]
    #[api(rename = "organization.spend_limit")]
    OrganizationSpendLimit,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting an organization hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted))]
#[non_exhaustive]
pub struct OrganizationSpendLimitDeletedResource {
    /// The object type, which is always `organization.spend_limit.deleted`.
    #[api(constant)]
    pub object: OrganizationSpendLimitDeletedLiteral,
    /// Whether the hard spend limit was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.spend_limit.deleted`.
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
pub enum OrganizationSpendLimitDeletedLiteral {
    /// `organization.spend_limit.deleted`
    #[default]
    #[api(rename = "organization.spend_limit.deleted")]
    OrganizationSpendLimitDeleted,
}
#[cfg(feature = "organization")]
/// Represents a hard spend limit configured at the project level.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(threshold_amount, currency, interval, enforcement))]
#[non_exhaustive]
pub struct ProjectSpendLimitResource {
    /// The object type, which is always `project.spend_limit`.
    #[api(constant)]
    pub object: ProjectSpendLimitLiteral,
    /// The hard spend limit amount, in cents.
    #[api(default)]
    pub threshold_amount: i64,
    /// The currency for the threshold amount. Currently, only `USD` is supported.
    #[api(default)]
    pub currency: SpendLimitCurrency,
    /// The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
    #[api(default)]
    pub interval: SpendLimitInterval,
    /// The current enforcement state of the hard spend limit.
    #[api(default)]
    pub enforcement: SpendLimitEnforcement,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.spend_limit`.
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
pub enum ProjectSpendLimitLiteral {
    /// `project.spend_limit`
    #[default]
    #[api(rename = "project.spend_limit")]
    ProjectSpendLimit,
}
#[cfg(feature = "organization")]
/// Confirmation payload returned after deleting a project hard spend limit.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted))]
#[non_exhaustive]
pub struct ProjectSpendLimitDeletedResource {
    /// The object type, which is always `project.spend_limit.deleted`.
    #[api(constant)]
    pub object: ProjectSpendLimitDeletedLiteral,
    /// Whether the hard spend limit was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project.spend_limit.deleted`.
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
pub enum ProjectSpendLimitDeletedLiteral {
    /// `project.spend_limit.deleted`
    #[default]
    #[api(rename = "project.spend_limit.deleted")]
    ProjectSpendLimitDeleted,
}
#[cfg(feature = "organization")]
/// The service account API key create request payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateProjectServiceAccountApiKeyBody {
    /// API key name.
    pub name: Option<String>,
    /// API key scopes.
    pub scopes: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, name, created_at, id))]
#[non_exhaustive]
pub struct ServiceAccountApiKeyBody {
    /// The object type, which is always `organization.project.service_account.api_key`
    #[api(constant)]
    pub object: OrganizationProjectServiceAccountApiKeyLiteral,
    /// The unredacted API key value.
    #[api(default)]
    pub value: String,
    /// The name of the API key.
    #[api(default)]
    pub name: String,
    /// The Unix timestamp (in seconds) when the API key was created.
    #[api(default)]
    pub created_at: i64,
    /// The identifier of the API key.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `admin-api-keys-list`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct AdminApiKeysListParams {
    /// Return keys with IDs that come after this ID in the pagination order.
    pub after: Option<String>,
    /// Order results by creation time, ascending or descending.
    pub order: Option<ListChatCompletionsOrder>,
    /// Maximum number of keys to return.
    ///
    /// Defaults to `20`.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct AdminApiKeysCreateRequest {
    #[api(default)]
    pub name: String,
    /// The number of seconds until the API key expires. Omit this field for a key that does not expire.
    ///
    /// From `1` to `31536000`.
    pub expires_in_seconds: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct AdminApiKeysDeleteResponse {
    #[api(default)]
    pub id: String,
    #[api(constant)]
    pub object: OrganizationAdminApiKeyDeletedLiteral,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `organization.admin_api_key.deleted`.
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
pub enum OrganizationAdminApiKeyDeletedLiteral {
    /// `organization.admin_api_key.deleted`
    #[default]
    #[api(rename = "organization.admin_api_key.deleted")]
    OrganizationAdminApiKeyDeleted,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListAuditLogsEffectiveAt {
    /// Return only events whose `effective_at` (Unix seconds) is greater than this value.
    pub gt: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value.
    pub gte: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is less than this value.
    pub lt: Option<i64>,
    /// Return only events whose `effective_at` (Unix seconds) is less than or equal to this value.
    pub lte: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-audit-logs`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListAuditLogsParams {
    /// Return only events whose `effective_at` (Unix seconds) is in this range.
    pub effective_at: Option<ListAuditLogsEffectiveAt>,
    /// Return only events for these projects.
    #[api(rename = "project_ids[]")]
    pub project_ids: Option<Vec<String>>,
    /// Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](https://platform.openai.com/docs/api-reference/audit-logs/object).
    #[api(rename = "event_types[]")]
    pub event_types: Option<Vec<AuditLogEventType>>,
    /// Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
    #[api(rename = "actor_ids[]")]
    pub actor_ids: Option<Vec<String>>,
    /// Return only events performed by users with these emails.
    #[api(rename = "actor_emails[]")]
    pub actor_emails: Option<Vec<String>>,
    /// Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
    #[api(rename = "resource_ids[]")]
    pub resource_ids: Option<Vec<String>>,
    /// Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
    pub tenant_only: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `listOrganizationCertificates`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListOrganizationCertificatesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `getCertificate`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetCertificateParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
    pub include: Option<Vec<ContentLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `1d`.
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
pub enum V1dLiteral {
    /// `1d`
    #[default]
    #[api(rename = "1d")]
    V1d,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-costs`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageCostsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
    pub bucket_width: Option<V1dLiteral>,
    /// Return only costs for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only costs for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
    pub group_by: Option<Vec<UsageCostsGroupByItem>>,
    /// A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-groups`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListGroupsParams {
    /// A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Specifies the sort order of the returned groups.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-group-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListGroupRoleAssignmentsParams {
    /// A limit on the number of organization role assignments to return.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
    pub after: Option<String>,
    /// Sort order for the returned organization roles.
    pub order: Option<OrderEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-group-users`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListGroupUsersParams {
    /// A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
    pub after: Option<String>,
    /// Specifies the sort order of users in the list.
    pub order: Option<ListAssistantsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-invites`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListInvitesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-projects`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
    pub include_archived: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-api-keys`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectApiKeysParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
    pub owner_project_access: Option<ListProjectApiKeysOwnerProjectAccess>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `listProjectCertificates`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectCertificatesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-groups`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectGroupsParams {
    /// A limit on the number of project groups to return. Defaults to 20.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
    pub after: Option<String>,
    /// Sort order for the returned groups.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum RetrieveProjectGroupGroupType {
    /// `group`
    #[default]
    Group,
    /// `tenant_group`
    TenantGroup,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
/// Query and header parameters of `retrieve-project-group`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RetrieveProjectGroupParams {
    /// The type of group to retrieve.
    pub group_type: Option<RetrieveProjectGroupGroupType>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-rate-limits`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectRateLimitsParams {
    /// A limit on the number of objects to be returned. The default is 100.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-service-accounts`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectServiceAccountsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-spend-alerts`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectSpendAlertsParams {
    /// A limit on the number of spend alerts to return. Defaults to 20.
    pub limit: Option<i64>,
    /// Sort order for the returned spend alerts.
    pub order: Option<ListChatCompletionsOrder>,
    /// Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
    pub after: Option<String>,
    /// Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-project-users`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListProjectUsersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-roles`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListRolesParams {
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
#[cfg(feature = "organization")]
/// Query and header parameters of `list-organization-spend-alerts`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListOrganizationSpendAlertsParams {
    /// A limit on the number of spend alerts to return. Defaults to 20.
    pub limit: Option<i64>,
    /// Sort order for the returned spend alerts.
    pub order: Option<ListChatCompletionsOrder>,
    /// Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
    pub after: Option<String>,
    /// Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum UsageAudioSpeechesBucketWidth {
    /// `1m`
    #[api(rename = "1m")]
    V1m,
    /// `1h`
    #[api(rename = "1h")]
    V1h,
    /// `1d`
    #[default]
    #[api(rename = "1d")]
    V1d,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-audio-speeches`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageAudioSpeechesParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-audio-transcriptions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageAudioTranscriptionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// The constant `project_id`.
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
pub enum ProjectIdLiteral {
    /// `project_id`
    #[default]
    ProjectId,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-code-interpreter-sessions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageCodeInterpreterSessionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`.
    pub group_by: Option<Vec<ProjectIdLiteral>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-completions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageCompletionsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
    pub batch: Option<bool>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
    pub group_by: Option<Vec<UsageCompletionsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-embeddings`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageEmbeddingsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-file-search-calls`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageFileSearchCallsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these vector stores.
    pub vector_store_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
    pub group_by: Option<Vec<UsageFileSearchCallsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum UsageImagesSource {
    /// `image.generation`
    #[api(rename = "image.generation")]
    ImageGeneration,
    /// `image.edit`
    #[api(rename = "image.edit")]
    ImageEdit,
    /// `image.variation`
    #[api(rename = "image.variation")]
    ImageVariation,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum UsageImagesSize {
    /// `256x256`
    #[api(rename = "256x256")]
    V256x256,
    /// `512x512`
    #[api(rename = "512x512")]
    V512x512,
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1792x1792`
    #[api(rename = "1792x1792")]
    V1792x1792,
    /// `1024x1792`
    #[api(rename = "1024x1792")]
    V1024x1792,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-images`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageImagesParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
    pub sources: Option<Vec<UsageImagesSource>>,
    /// Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
    pub sizes: Option<Vec<UsageImagesSize>>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
    pub group_by: Option<Vec<UsageImagesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-moderations`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageModerationsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
    pub group_by: Option<Vec<UsageAudioSpeechesGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-vector-stores`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageVectorStoresParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`.
    pub group_by: Option<Vec<ProjectIdLiteral>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[cfg(feature = "organization")]
/// Query and header parameters of `usage-web-search-calls`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(start_time))]
pub struct UsageWebSearchCallsParams {
    /// Start time (Unix seconds) of the query time range, inclusive.
    #[api(default)]
    pub start_time: i64,
    /// End time (Unix seconds) of the query time range, exclusive.
    pub end_time: Option<i64>,
    /// Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
    pub bucket_width: Option<UsageAudioSpeechesBucketWidth>,
    /// Return only usage for these projects.
    pub project_ids: Option<Vec<String>>,
    /// Return only usage for these users.
    pub user_ids: Option<Vec<String>>,
    /// Return only usage for these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Return only usage for these models.
    pub models: Option<Vec<String>>,
    /// Return only web search usage for these context levels.
    pub context_levels: Option<Vec<ImagesResponseQuality>>,
    /// Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
    pub group_by: Option<Vec<UsageWebSearchCallsGroupByItem>>,
    /// Specifies the number of buckets to return.
    /// - `bucket_width=1d`: default: 7, max: 31
    /// - `bucket_width=1h`: default: 24, max: 168
    /// - `bucket_width=1m`: default: 60, max: 1440
    pub limit: Option<i64>,
    /// A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
    pub page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-users`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListUsersParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Filter by the email address of users.
    pub emails: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "organization")]
/// Query and header parameters of `list-user-role-assignments`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListUserRoleAssignmentsParams {
    /// A limit on the number of organization role assignments to return.
    pub limit: Option<i64>,
    /// Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
    pub after: Option<String>,
    /// Sort order for the returned organization roles.
    pub order: Option<OrderEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
