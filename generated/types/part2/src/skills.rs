//! Types of the `skills` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, description, created_at, default_version, latest_version))]
#[non_exhaustive]
pub struct SkillResource {
    /// Unique identifier for the skill.
    #[api(default)]
    pub id: String,
    /// The object type, which is `skill`.
    #[api(constant)]
    pub object: SkillLiteral,
    /// Name of the skill.
    #[api(default)]
    pub name: String,
    /// Description of the skill.
    #[api(default)]
    pub description: String,
    /// Unix timestamp (seconds) for when the skill was created.
    #[api(default)]
    pub created_at: i64,
    /// Default version for the skill.
    #[api(default)]
    pub default_version: String,
    /// Latest version for the skill.
    #[api(default)]
    pub latest_version: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `skill`.
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
pub enum SkillLiteral {
    /// `skill`
    #[default]
    Skill,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct SkillListResource {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items
    #[api(default)]
    pub data: Vec<SkillResource>,
    /// The ID of the first item in the list.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last item in the list.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for SkillListResource {
    type Item = SkillResource;
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
/// Uploads a skill either as a directory (multipart `files[]`) or as a single zip file.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(files))]
pub struct CreateSkillBody {
    pub files: CreateSkillBodyFiles,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateSkillBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("files", &self.files);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateSkillBodyFiles {
    FileList(Vec<sdk_runtime_types::multipart::FilePart>),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Updates the default version pointer for a skill.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(default_version))]
pub struct SetDefaultSkillVersionBody {
    /// The skill version number to set as default.
    #[api(default)]
    pub default_version: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted, id))]
#[non_exhaustive]
pub struct DeletedSkillResource {
    /// Defaults to `skill.deleted`.
    #[api(constant)]
    pub object: SkillDeletedLiteral,
    #[api(default)]
    pub deleted: bool,
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `skill.deleted`.
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
pub enum SkillDeletedLiteral {
    /// `skill.deleted`
    #[default]
    #[api(rename = "skill.deleted")]
    SkillDeleted,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, skill_id, version, created_at, name, description))]
#[non_exhaustive]
pub struct SkillVersionResource {
    /// The object type, which is `skill.version`.
    #[api(constant)]
    pub object: SkillVersionLiteral,
    /// Unique identifier for the skill version.
    #[api(default)]
    pub id: String,
    /// Identifier of the skill for this version.
    #[api(default)]
    pub skill_id: String,
    /// Version number for this skill.
    #[api(default)]
    pub version: String,
    /// Unix timestamp (seconds) for when the version was created.
    #[api(default)]
    pub created_at: i64,
    /// Name of the skill version.
    #[api(default)]
    pub name: String,
    /// Description of the skill version.
    #[api(default)]
    pub description: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `skill.version`.
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
pub enum SkillVersionLiteral {
    /// `skill.version`
    #[default]
    #[api(rename = "skill.version")]
    SkillVersion,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct SkillVersionListResource {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items
    #[api(default)]
    pub data: Vec<SkillVersionResource>,
    /// The ID of the first item in the list.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last item in the list.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for SkillVersionListResource {
    type Item = SkillVersionResource;
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
/// Uploads a new immutable version of a skill.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(files))]
pub struct CreateSkillVersionBody {
    pub files: CreateSkillBodyFiles,
    /// Whether to set this version as the default.
    pub default: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateSkillVersionBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("files", &self.files);
        form.field("default", &self.default);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted, id, version))]
#[non_exhaustive]
pub struct DeletedSkillVersionResource {
    /// Defaults to `skill.version.deleted`.
    #[api(constant)]
    pub object: SkillVersionDeletedLiteral,
    #[api(default)]
    pub deleted: bool,
    #[api(default)]
    pub id: String,
    /// The deleted skill version.
    #[api(default)]
    pub version: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `skill.version.deleted`.
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
pub enum SkillVersionDeletedLiteral {
    /// `skill.version.deleted`
    #[default]
    #[api(rename = "skill.version.deleted")]
    SkillVersionDeleted,
}
/// Query and header parameters of `ListSkills`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListSkillsParams {
    /// Number of items to retrieve
    pub limit: Option<i64>,
    /// Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
    pub order: Option<OrderEnum>,
    /// Identifier for the last item from the previous pagination request
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `ListSkillVersions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListSkillVersionsParams {
    /// Number of versions to retrieve.
    pub limit: Option<i64>,
    /// Sort order of results by version number.
    pub order: Option<OrderEnum>,
    /// The skill version ID to start after.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
