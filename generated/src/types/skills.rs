//! Types of the `skills` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SkillResource {
    /// Unique identifier for the skill.
    #[serde(default)]
    pub id: String,
    /// The object type, which is `skill`.
    pub object: SkillLiteral,
    /// Name of the skill.
    #[serde(default)]
    pub name: String,
    /// Description of the skill.
    #[serde(default)]
    pub description: String,
    /// Unix timestamp (seconds) for when the skill was created.
    #[serde(default)]
    pub created_at: i64,
    /// Default version for the skill.
    #[serde(default)]
    pub default_version: String,
    /// Latest version for the skill.
    #[serde(default)]
    pub latest_version: String,
}
impl SkillResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created_at: impl Into<i64>,
        default_version: impl Into<String>,
        latest_version: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            name: name.into(),
            description: description.into(),
            created_at: created_at.into(),
            default_version: default_version.into(),
            latest_version: latest_version.into(),
        }
    }
}
/// The constant `skill`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SkillLiteral {
    /// `skill`
    #[default]
    Skill,
}
impl SkillLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "skill"
    }
}
impl std::fmt::Display for SkillLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SkillLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("skill")
    }
}
impl<'de> Deserialize<'de> for SkillLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "skill").map(|()| Self::Skill)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SkillListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral2,
    /// A list of items
    #[serde(default)]
    pub data: Vec<SkillResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[serde(default)]
    pub has_more: bool,
}
impl SkillListResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(data: impl Into<Vec<SkillResource>>, has_more: impl Into<bool>) -> Self {
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
impl sdk_runtime::pagination::Page for SkillListResource {
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateSkillBody {
    pub files: CreateSkillBodyFiles,
}
impl CreateSkillBody {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(files: impl Into<CreateSkillBodyFiles>) -> Self {
        Self { files: files.into() }
    }
}
impl sdk_runtime::multipart::ToForm for CreateSkillBody {
    fn to_form(&self, form: &mut sdk_runtime::multipart::Form) {
        form.field("files", &self.files);
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateSkillBodyFiles {
    FileList(Vec<sdk_runtime::multipart::FilePart>),
    File(sdk_runtime::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<sdk_runtime::multipart::FilePart>> for CreateSkillBodyFiles {
    fn from(value: Vec<sdk_runtime::multipart::FilePart>) -> Self {
        Self::FileList(value)
    }
}
impl From<sdk_runtime::multipart::FilePart> for CreateSkillBodyFiles {
    fn from(value: sdk_runtime::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
/// Updates the default version pointer for a skill.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SetDefaultSkillVersionBody {
    /// The skill version number to set as default.
    #[serde(default)]
    pub default_version: String,
}
impl SetDefaultSkillVersionBody {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(default_version: impl Into<String>) -> Self {
        Self {
            default_version: default_version.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeletedSkillResource {
    pub object: SkillDeletedLiteral,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub id: String,
}
impl DeletedSkillResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(deleted: impl Into<bool>, id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
            id: id.into(),
        }
    }
}
/// The constant `skill.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SkillDeletedLiteral {
    /// `skill.deleted`
    #[default]
    SkillDeleted,
}
impl SkillDeletedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "skill.deleted"
    }
}
impl std::fmt::Display for SkillDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SkillDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("skill.deleted")
    }
}
impl<'de> Deserialize<'de> for SkillDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "skill.deleted")
            .map(|()| Self::SkillDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SkillVersionResource {
    /// The object type, which is `skill.version`.
    pub object: SkillVersionLiteral,
    /// Unique identifier for the skill version.
    #[serde(default)]
    pub id: String,
    /// Identifier of the skill for this version.
    #[serde(default)]
    pub skill_id: String,
    /// Version number for this skill.
    #[serde(default)]
    pub version: String,
    /// Unix timestamp (seconds) for when the version was created.
    #[serde(default)]
    pub created_at: i64,
    /// Name of the skill version.
    #[serde(default)]
    pub name: String,
    /// Description of the skill version.
    #[serde(default)]
    pub description: String,
}
impl SkillVersionResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        skill_id: impl Into<String>,
        version: impl Into<String>,
        created_at: impl Into<i64>,
        name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            skill_id: skill_id.into(),
            version: version.into(),
            created_at: created_at.into(),
            name: name.into(),
            description: description.into(),
        }
    }
}
/// The constant `skill.version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SkillVersionLiteral {
    /// `skill.version`
    #[default]
    SkillVersion,
}
impl SkillVersionLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "skill.version"
    }
}
impl std::fmt::Display for SkillVersionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SkillVersionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("skill.version")
    }
}
impl<'de> Deserialize<'de> for SkillVersionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "skill.version")
            .map(|()| Self::SkillVersion)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SkillVersionListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral2,
    /// A list of items
    #[serde(default)]
    pub data: Vec<SkillVersionResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[serde(default)]
    pub has_more: bool,
}
impl SkillVersionListResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        data: impl Into<Vec<SkillVersionResource>>,
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
impl sdk_runtime::pagination::Page for SkillVersionListResource {
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateSkillVersionBody {
    pub files: CreateSkillVersionBodyFiles,
    /// Whether to set this version as the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
}
impl CreateSkillVersionBody {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(files: impl Into<CreateSkillVersionBodyFiles>) -> Self {
        Self {
            files: files.into(),
            default: None,
        }
    }
    /// Sets `default`.
    pub fn default(mut self, value: impl Into<bool>) -> Self {
        self.default = Some(value.into());
        self
    }
}
impl sdk_runtime::multipart::ToForm for CreateSkillVersionBody {
    fn to_form(&self, form: &mut sdk_runtime::multipart::Form) {
        form.field("files", &self.files);
        form.field("default", &self.default);
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateSkillVersionBodyFiles {
    FileList(Vec<sdk_runtime::multipart::FilePart>),
    File(sdk_runtime::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<sdk_runtime::multipart::FilePart>> for CreateSkillVersionBodyFiles {
    fn from(value: Vec<sdk_runtime::multipart::FilePart>) -> Self {
        Self::FileList(value)
    }
}
impl From<sdk_runtime::multipart::FilePart> for CreateSkillVersionBodyFiles {
    fn from(value: sdk_runtime::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeletedSkillVersionResource {
    pub object: SkillVersionDeletedLiteral,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub id: String,
    /// The deleted skill version.
    #[serde(default)]
    pub version: String,
}
impl DeletedSkillVersionResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        deleted: impl Into<bool>,
        id: impl Into<String>,
        version: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
            id: id.into(),
            version: version.into(),
        }
    }
}
/// The constant `skill.version.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SkillVersionDeletedLiteral {
    /// `skill.version.deleted`
    #[default]
    SkillVersionDeleted,
}
impl SkillVersionDeletedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "skill.version.deleted"
    }
}
impl std::fmt::Display for SkillVersionDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SkillVersionDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("skill.version.deleted")
    }
}
impl<'de> Deserialize<'de> for SkillVersionDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "skill.version.deleted")
            .map(|()| Self::SkillVersionDeleted)
    }
}
/// Query and header parameters of `ListSkills`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListSkillsParams {
    /// Number of items to retrieve
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// Identifier for the last item from the previous pagination request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl ListSkillsParams {
    /// A value with every optional field unset.
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
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
/// Query and header parameters of `ListSkillVersions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListSkillVersionsParams {
    /// Number of versions to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order of results by version number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// The skill version ID to start after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
impl ListSkillVersionsParams {
    /// A value with every optional field unset.
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
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
