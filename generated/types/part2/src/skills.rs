//! Types of the `skills` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SkillResource {
    /// Unique identifier for the skill.
    pub id: String,
    /// The object type, which is `skill`.
    pub object: SkillLiteral,
    /// Name of the skill.
    pub name: String,
    /// Description of the skill.
    pub description: String,
    /// Unix timestamp (seconds) for when the skill was created.
    pub created_at: i64,
    /// Default version for the skill.
    pub default_version: String,
    /// Latest version for the skill.
    pub latest_version: String,
}
impl sdk_runtime_types::de::Object for SkillResource {
    const NAME: &'static str = "SkillResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<SkillLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut default_version: Option<String> = None;
        let mut latest_version: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "name" => 2,
                    "description" => 3,
                    "created_at" => 4,
                    "default_version" => 5,
                    "latest_version" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut description),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::value(&mut map, &mut default_version),
                6 => sdk_runtime_types::de::value(&mut map, &mut latest_version),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            default_version: default_version.unwrap_or_default(),
            latest_version: latest_version.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for SkillResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SkillResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "skill").map(|()| Self::Skill)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SkillListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items
    pub data: Vec<SkillResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for SkillListResource {
    const NAME: &'static str = "SkillListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<SkillResource>> = None;
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
impl<'de> Deserialize<'de> for SkillListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SkillListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSkillBody {
    pub files: CreateSkillBodyFiles,
}
impl sdk_runtime_types::de::Object for CreateSkillBody {
    const NAME: &'static str = "CreateSkillBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut files: Option<CreateSkillBodyFiles> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "files" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut files),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            files: sdk_runtime_types::de::required::<_, A::Error>(files, "files")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateSkillBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateSkillBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(files: impl Into<CreateSkillBodyFiles>) -> Self {
        Self { files: files.into() }
    }
}
impl sdk_runtime_types::multipart::ToForm for CreateSkillBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("files", &self.files);
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateSkillBodyFiles {
    FileList(Vec<sdk_runtime_types::multipart::FilePart>),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<sdk_runtime_types::multipart::FilePart>> for CreateSkillBodyFiles {
    fn from(value: Vec<sdk_runtime_types::multipart::FilePart>) -> Self {
        Self::FileList(value)
    }
}
impl From<sdk_runtime_types::multipart::FilePart> for CreateSkillBodyFiles {
    fn from(value: sdk_runtime_types::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
/// Updates the default version pointer for a skill.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SetDefaultSkillVersionBody {
    /// The skill version number to set as default.
    pub default_version: String,
}
impl sdk_runtime_types::de::Object for SetDefaultSkillVersionBody {
    const NAME: &'static str = "SetDefaultSkillVersionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut default_version: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "default_version" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut default_version),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            default_version: default_version.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for SetDefaultSkillVersionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SetDefaultSkillVersionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(default_version: impl Into<String>) -> Self {
        Self {
            default_version: default_version.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedSkillResource {
    pub object: SkillDeletedLiteral,
    pub deleted: bool,
    pub id: String,
}
impl sdk_runtime_types::de::Object for DeletedSkillResource {
    const NAME: &'static str = "DeletedSkillResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<SkillDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeletedSkillResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeletedSkillResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "skill.deleted")
            .map(|()| Self::SkillDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SkillVersionResource {
    /// The object type, which is `skill.version`.
    pub object: SkillVersionLiteral,
    /// Unique identifier for the skill version.
    pub id: String,
    /// Identifier of the skill for this version.
    pub skill_id: String,
    /// Version number for this skill.
    pub version: String,
    /// Unix timestamp (seconds) for when the version was created.
    pub created_at: i64,
    /// Name of the skill version.
    pub name: String,
    /// Description of the skill version.
    pub description: String,
}
impl sdk_runtime_types::de::Object for SkillVersionResource {
    const NAME: &'static str = "SkillVersionResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<SkillVersionLiteral> = None;
        let mut id: Option<String> = None;
        let mut skill_id: Option<String> = None;
        let mut version: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "skill_id" => 2,
                    "version" => 3,
                    "created_at" => 4,
                    "name" => 5,
                    "description" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut skill_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut version),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut description),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            skill_id: skill_id.unwrap_or_default(),
            version: version.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for SkillVersionResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SkillVersionResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "skill.version")
            .map(|()| Self::SkillVersion)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SkillVersionListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items
    pub data: Vec<SkillVersionResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for SkillVersionListResource {
    const NAME: &'static str = "SkillVersionListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<SkillVersionResource>> = None;
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
impl<'de> Deserialize<'de> for SkillVersionListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SkillVersionListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSkillVersionBody {
    pub files: CreateSkillBodyFiles,
    /// Whether to set this version as the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
}
impl sdk_runtime_types::de::Object for CreateSkillVersionBody {
    const NAME: &'static str = "CreateSkillVersionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut files: Option<CreateSkillBodyFiles> = None;
        let mut default: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "files" => 0,
                    "default" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut files),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut default),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            files: sdk_runtime_types::de::required::<_, A::Error>(files, "files")?,
            default,
        })
    }
}
impl<'de> Deserialize<'de> for CreateSkillVersionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateSkillVersionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(files: impl Into<CreateSkillBodyFiles>) -> Self {
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
impl sdk_runtime_types::multipart::ToForm for CreateSkillVersionBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("files", &self.files);
        form.field("default", &self.default);
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedSkillVersionResource {
    pub object: SkillVersionDeletedLiteral,
    pub deleted: bool,
    pub id: String,
    /// The deleted skill version.
    pub version: String,
}
impl sdk_runtime_types::de::Object for DeletedSkillVersionResource {
    const NAME: &'static str = "DeletedSkillVersionResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<SkillVersionDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        let mut id: Option<String> = None;
        let mut version: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "id" => 2,
                    "version" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                3 => sdk_runtime_types::de::value(&mut map, &mut version),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
            id: id.unwrap_or_default(),
            version: version.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeletedSkillVersionResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeletedSkillVersionResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "skill.version.deleted")
            .map(|()| Self::SkillVersionDeleted)
    }
}
/// Query and header parameters of `ListSkills`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
impl sdk_runtime_types::de::Object for ListSkillsParams {
    const NAME: &'static str = "ListSkillsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
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
impl<'de> Deserialize<'de> for ListSkillsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListSkillsParams {
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
impl sdk_runtime_types::de::Object for ListSkillVersionsParams {
    const NAME: &'static str = "ListSkillVersionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
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
impl<'de> Deserialize<'de> for ListSkillVersionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListSkillVersionsParams {
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
