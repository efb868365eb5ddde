//! Types of the `content-provenance-checks` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateContentProvenanceBody {
    /// The image or audio file to check for supported OpenAI provenance signals.
    pub file: sdk_runtime_types::multipart::FilePart,
}
impl sdk_runtime_types::de::Object for CreateContentProvenanceBody {
    const NAME: &'static str = "CreateContentProvenanceBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file: sdk_runtime_types::de::required::<_, A::Error>(file, "file")?,
        })
    }
}
impl<'de> Deserialize<'de> for CreateContentProvenanceBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateContentProvenanceBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file: impl Into<sdk_runtime_types::multipart::FilePart>) -> Self {
        Self { file: file.into() }
    }
}
impl sdk_runtime_types::multipart::ToForm for CreateContentProvenanceBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
    }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProvenanceCheckObject {
    /// `content_provenance_check`
    #[default]
    ContentProvenanceCheck,
}
impl ProvenanceCheckObject {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "content_provenance_check"
    }
}
impl std::fmt::Display for ProvenanceCheckObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProvenanceCheckObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("content_provenance_check")
    }
}
impl<'de> Deserialize<'de> for ProvenanceCheckObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "content_provenance_check")
            .map(|()| Self::ContentProvenanceCheck)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvenanceDetectionResultApi {
    /// `detected`
    Detected,
    /// `not_detected`
    NotDetected,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ProvenanceDetectionResultApi {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detected => "detected",
            Self::NotDetected => "not_detected",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "detected" => Self::Detected,
            "not_detected" => Self::NotDetected,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ProvenanceDetectionResultApi {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ProvenanceDetectionResultApi {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ProvenanceDetectionResultApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProvenanceDetectionResultApi {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProvenanceDetectionResultApi {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ProvenanceDetectionResultApi {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum C2paValidationStateApi {
    /// `trusted`
    Trusted,
    /// `valid`
    Valid,
    /// `invalid`
    Invalid,
    /// `not_present`
    NotPresent,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl C2paValidationStateApi {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trusted => "trusted",
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::NotPresent => "not_present",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "trusted" => Self::Trusted,
            "valid" => Self::Valid,
            "invalid" => Self::Invalid,
            "not_present" => Self::NotPresent,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for C2paValidationStateApi {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for C2paValidationStateApi {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for C2paValidationStateApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for C2paValidationStateApi {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for C2paValidationStateApi {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for C2paValidationStateApi {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct C2paProvenanceResult {
    /// The provenance signal type. Always `c2pa`.
    #[serde(rename = "type")]
    pub type_: C2paLiteral,
    /// Whether a supported OpenAI C2PA provenance signal was detected.
    /// If `not_detected`, it means the tool did not find supported signals in the uploaded file. The content could still have been generated by OpenAI if the metadata was stripped or has evidence of tampering, the watermark was degraded, it comes from a legacy generation model, or it was created before provenance signals were available. Content could also still be AI-generated by another company's model, which the tool currently does not detect.
    pub outcome: ProvenanceDetectionResultApi,
    /// The validation status of the C2PA manifest in the uploaded image.
    pub validation_state: C2paValidationStateApi,
    pub issuer: Option<String>,
    pub model: Option<String>,
    pub generated_at: Option<String>,
}
impl sdk_runtime_types::de::Object for C2paProvenanceResult {
    const NAME: &'static str = "C2paProvenanceResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<C2paLiteral> = None;
        let mut outcome: Option<ProvenanceDetectionResultApi> = None;
        let mut validation_state: Option<C2paValidationStateApi> = None;
        let mut issuer: Option<String> = None;
        let mut model: Option<String> = None;
        let mut generated_at: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "outcome" => 1,
                    "validation_state" => 2,
                    "issuer" => 3,
                    "model" => 4,
                    "generated_at" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut outcome),
                2 => sdk_runtime_types::de::value(&mut map, &mut validation_state),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut issuer),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut generated_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            outcome: outcome.unwrap_or_default(),
            validation_state: validation_state.unwrap_or_default(),
            issuer,
            model,
            generated_at,
        })
    }
}
impl<'de> Deserialize<'de> for C2paProvenanceResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl C2paProvenanceResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        outcome: impl Into<ProvenanceDetectionResultApi>,
        validation_state: impl Into<C2paValidationStateApi>,
    ) -> Self {
        Self {
            type_: Default::default(),
            outcome: outcome.into(),
            validation_state: validation_state.into(),
            issuer: None,
            model: None,
            generated_at: None,
        }
    }
    /// Sets `issuer`.
    pub fn issuer(mut self, value: impl Into<String>) -> Self {
        self.issuer = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `generated_at`.
    pub fn generated_at(mut self, value: impl Into<String>) -> Self {
        self.generated_at = Some(value.into());
        self
    }
}
/// The constant `c2pa`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum C2paLiteral {
    /// `c2pa`
    #[default]
    C2pa,
}
impl C2paLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "c2pa"
    }
}
impl std::fmt::Display for C2paLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for C2paLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("c2pa")
    }
}
impl<'de> Deserialize<'de> for C2paLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "c2pa").map(|()| Self::C2pa)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SynthIdProvenanceResult {
    /// The provenance signal type. Always `synthid`.
    #[serde(rename = "type")]
    pub type_: SynthidLiteral,
    /// Whether a supported OpenAI SynthID watermark was detected.
    /// If `not_detected`, it means the tool did not find supported signals in the uploaded file. The content could still have been generated by OpenAI if the metadata was stripped or has evidence of tampering, the watermark was degraded, it comes from a legacy generation model, or it was created before provenance signals were available. Content could also still be AI-generated by another company's model, which the tool currently does not detect.
    pub outcome: ProvenanceDetectionResultApi,
    pub model: Option<String>,
    pub generated_at: Option<String>,
}
impl sdk_runtime_types::de::Object for SynthIdProvenanceResult {
    const NAME: &'static str = "SynthIdProvenanceResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SynthidLiteral> = None;
        let mut outcome: Option<ProvenanceDetectionResultApi> = None;
        let mut model: Option<String> = None;
        let mut generated_at: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "outcome" => 1,
                    "model" => 2,
                    "generated_at" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut outcome),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut generated_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            outcome: outcome.unwrap_or_default(),
            model,
            generated_at,
        })
    }
}
impl<'de> Deserialize<'de> for SynthIdProvenanceResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl SynthIdProvenanceResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(outcome: impl Into<ProvenanceDetectionResultApi>) -> Self {
        Self {
            type_: Default::default(),
            outcome: outcome.into(),
            model: None,
            generated_at: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `generated_at`.
    pub fn generated_at(mut self, value: impl Into<String>) -> Self {
        self.generated_at = Some(value.into());
        self
    }
}
/// The constant `synthid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SynthidLiteral {
    /// `synthid`
    #[default]
    Synthid,
}
impl SynthidLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "synthid"
    }
}
impl std::fmt::Display for SynthidLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SynthidLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("synthid")
    }
}
impl<'de> Deserialize<'de> for SynthidLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "synthid").map(|()| Self::Synthid)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProvenanceResource {
    /// The object type. Always `content_provenance_check` for this endpoint.
    pub object: ProvenanceCheckObject,
    /// The Unix timestamp, in seconds, when the provenance check was created.
    pub created_at: i64,
    /// The provenance results that apply to the uploaded file. Image results include C2PA and SynthID; audio results include SynthID.
    pub results: Vec<ProvenanceResourceResult>,
}
impl sdk_runtime_types::de::Object for ProvenanceResource {
    const NAME: &'static str = "ProvenanceResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ProvenanceCheckObject> = None;
        let mut created_at: Option<i64> = None;
        let mut results: Option<Vec<ProvenanceResourceResult>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "created_at" => 1,
                    "results" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            results: results.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ProvenanceResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ProvenanceResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        created_at: impl Into<i64>,
        results: impl Into<Vec<ProvenanceResourceResult>>,
    ) -> Self {
        Self {
            object: Default::default(),
            created_at: created_at.into(),
            results: results.into(),
        }
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ProvenanceResourceResult {
    /// `c2pa`
    C2pa(C2paProvenanceResult),
    /// `synthid`
    Synthid(SynthIdProvenanceResult),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ProvenanceResourceResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::C2pa(value) => value.serialize(serializer),
            Self::Synthid(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ProvenanceResourceResult {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "c2pa" => Deserialize::deserialize(content).map(Self::C2pa),
                "synthid" => Deserialize::deserialize(content).map(Self::Synthid),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ProvenanceResourceResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<C2paProvenanceResult> for ProvenanceResourceResult {
    fn from(value: C2paProvenanceResult) -> Self {
        Self::C2pa(value)
    }
}
impl From<SynthIdProvenanceResult> for ProvenanceResourceResult {
    fn from(value: SynthIdProvenanceResult) -> Self {
        Self::Synthid(value)
    }
}
