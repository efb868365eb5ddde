//! Types of the `fine-tuning` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateFineTuningCheckpointPermissionRequest {
    /// The project identifiers to grant access to.
    pub project_ids: Vec<String>,
}
impl sdk_runtime_types::de::Object for CreateFineTuningCheckpointPermissionRequest {
    const NAME: &'static str = "CreateFineTuningCheckpointPermissionRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut project_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "project_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut project_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            project_ids: project_ids.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningCheckpointPermissionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateFineTuningCheckpointPermissionRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(project_ids: impl Into<Vec<String>>) -> Self {
        Self {
            project_ids: project_ids.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateFineTuningJobRequest {
    /// The name of the model to fine-tune. You can select one of the
    /// [supported models](https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
    pub model: CreateFineTuningJobRequestModel,
    /// The ID of an uploaded file that contains training data.
    ///
    /// See [upload file](https://platform.openai.com/docs/api-reference/files/create) for how to upload a file.
    ///
    /// Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`.
    ///
    /// The contents of the file should differ depending on if the model uses the [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input), [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](https://platform.openai.com/docs/api-reference/fine-tuning/preference-input) format.
    ///
    /// See the [fine-tuning guide](https://platform.openai.com/docs/guides/model-optimization) for more details.
    pub training_file: String,
    /// The hyperparameters used for the fine-tuning job.
    /// This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hyperparameters: Option<Box<CreateFineTuningJobRequestHyperparameters>>,
    /// A string of up to 64 characters that will be added to your fine-tuned model name.
    ///
    /// For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// The ID of an uploaded file that contains validation data.
    ///
    /// If you provide this file, the data is used to generate validation
    /// metrics periodically during fine-tuning. These metrics can be viewed in
    /// the fine-tuning results file.
    /// The same data should not be present in both train and validation files.
    ///
    /// Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.
    ///
    /// See the [fine-tuning guide](https://platform.openai.com/docs/guides/model-optimization) for more details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation_file: Option<String>,
    /// A list of integrations to enable for your fine-tuning job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrations: Option<Vec<CreateFineTuningJobRequestIntegration>>,
    /// The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    /// If a seed is not specified, one will be generated for you.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Box<FineTuneMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for CreateFineTuningJobRequest {
    const NAME: &'static str = "CreateFineTuningJobRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<CreateFineTuningJobRequestModel> = None;
        let mut training_file: Option<String> = None;
        let mut hyperparameters: Option<
            Box<CreateFineTuningJobRequestHyperparameters>,
        > = None;
        let mut suffix: Option<String> = None;
        let mut validation_file: Option<String> = None;
        let mut integrations: Option<Vec<CreateFineTuningJobRequestIntegration>> = None;
        let mut seed: Option<i64> = None;
        let mut method: Option<Box<FineTuneMethod>> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "training_file" => 1,
                    "hyperparameters" => 2,
                    "suffix" => 3,
                    "validation_file" => 4,
                    "integrations" => 5,
                    "seed" => 6,
                    "method" => 7,
                    "metadata" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                1 => sdk_runtime_types::de::value(&mut map, &mut training_file),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut hyperparameters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut suffix),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut validation_file),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut integrations),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut seed),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut method),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
            training_file: training_file.unwrap_or_default(),
            hyperparameters,
            suffix,
            validation_file,
            integrations,
            seed,
            method,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningJobRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateFineTuningJobRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model: impl Into<CreateFineTuningJobRequestModel>,
        training_file: impl Into<String>,
    ) -> Self {
        Self {
            model: model.into(),
            training_file: training_file.into(),
            hyperparameters: None,
            suffix: None,
            validation_file: None,
            integrations: None,
            seed: None,
            method: None,
            metadata: None,
        }
    }
    /// Sets `hyperparameters`.
    pub fn hyperparameters(
        mut self,
        value: impl Into<CreateFineTuningJobRequestHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(Box::new(value.into()));
        self
    }
    /// Sets `suffix`.
    pub fn suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(value.into());
        self
    }
    /// Sets `validation_file`.
    pub fn validation_file(mut self, value: impl Into<String>) -> Self {
        self.validation_file = Some(value.into());
        self
    }
    /// Sets `integrations`.
    pub fn integrations(
        mut self,
        value: impl Into<Vec<CreateFineTuningJobRequestIntegration>>,
    ) -> Self {
        self.integrations = Some(value.into());
        self
    }
    /// Sets `seed`.
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<FineTuneMethod>) -> Self {
        self.method = Some(Box::new(value.into()));
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The name of the model to fine-tune. You can select one of the
/// [supported models](https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateFineTuningJobRequestModel {
    /// `babbage-002`
    Babbage002,
    /// `davinci-002`
    Davinci002,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateFineTuningJobRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Babbage002 => "babbage-002",
            Self::Davinci002 => "davinci-002",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "babbage-002" => Self::Babbage002,
            "davinci-002" => Self::Davinci002,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-4o-mini" => Self::Gpt4oMini,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CreateFineTuningJobRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CreateFineTuningJobRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CreateFineTuningJobRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateFineTuningJobRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningJobRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for CreateFineTuningJobRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The hyperparameters used for the fine-tuning job.
/// This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateFineTuningJobRequestHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters
    /// are updated less frequently, but with lower variance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    /// overfitting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle
    /// through the training dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
}
impl sdk_runtime_types::de::Object for CreateFineTuningJobRequestHyperparameters {
    const NAME: &'static str = "CreateFineTuningJobRequestHyperparameters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut batch_size: Option<FineTuneDpoHyperparametersBatchSize> = None;
        let mut learning_rate_multiplier: Option<
            FineTuneDpoHyperparametersLearningRateMultiplier,
        > = None;
        let mut n_epochs: Option<FineTuneDpoHyperparametersNEpochs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "batch_size" => 0,
                    "learning_rate_multiplier" => 1,
                    "n_epochs" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut batch_size),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut learning_rate_multiplier,
                    )
                }
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n_epochs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            batch_size,
            learning_rate_multiplier,
            n_epochs,
        })
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningJobRequestHyperparameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateFineTuningJobRequestHyperparameters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            batch_size: None,
            learning_rate_multiplier: None,
            n_epochs: None,
        }
    }
    /// Sets `batch_size`.
    pub fn batch_size(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersBatchSize>,
    ) -> Self {
        self.batch_size = Some(value.into());
        self
    }
    /// Sets `learning_rate_multiplier`.
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }
    /// Sets `n_epochs`.
    pub fn n_epochs(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersNEpochs>,
    ) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateFineTuningJobRequestIntegration {
    /// The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported.
    #[serde(rename = "type")]
    pub type_: WandbLiteral,
    /// The settings for your integration with Weights and Biases. This payload specifies the project that
    /// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    /// to your run, and set a default entity (team, username, etc) to be associated with your run.
    pub wandb: CreateFineTuningJobRequestIntegrationWandb,
}
impl sdk_runtime_types::de::Object for CreateFineTuningJobRequestIntegration {
    const NAME: &'static str = "CreateFineTuningJobRequestIntegration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<WandbLiteral> = None;
        let mut wandb: Option<CreateFineTuningJobRequestIntegrationWandb> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "wandb" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut wandb),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            wandb: wandb.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningJobRequestIntegration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateFineTuningJobRequestIntegration {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(wandb: impl Into<CreateFineTuningJobRequestIntegrationWandb>) -> Self {
        Self {
            type_: Default::default(),
            wandb: wandb.into(),
        }
    }
}
/// The constant `wandb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum WandbLiteral {
    /// `wandb`
    #[default]
    Wandb,
}
impl WandbLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "wandb"
    }
}
impl std::fmt::Display for WandbLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WandbLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("wandb")
    }
}
impl<'de> Deserialize<'de> for WandbLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "wandb").map(|()| Self::Wandb)
    }
}
/// The settings for your integration with Weights and Biases. This payload specifies the project that
/// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
/// to your run, and set a default entity (team, username, etc) to be associated with your run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateFineTuningJobRequestIntegrationWandb {
    /// The name of the project that the new run will be created under.
    pub project: String,
    /// A display name to set for the run. If not set, we will use the Job ID as the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity to use for the run. This allows you to set the team or username of the WandB user that you would
    /// like associated with the run. If not set, the default entity for the registered WandB API key is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    /// default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for CreateFineTuningJobRequestIntegrationWandb {
    const NAME: &'static str = "CreateFineTuningJobRequestIntegrationWandb";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut project: Option<String> = None;
        let mut name: Option<String> = None;
        let mut entity: Option<String> = None;
        let mut tags: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "project" => 0,
                    "name" => 1,
                    "entity" => 2,
                    "tags" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut project),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut entity),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tags),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            project: project.unwrap_or_default(),
            name,
            entity,
            tags,
        })
    }
}
impl<'de> Deserialize<'de> for CreateFineTuningJobRequestIntegrationWandb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateFineTuningJobRequestIntegrationWandb {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(project: impl Into<String>) -> Self {
        Self {
            project: project.into(),
            name: None,
            entity: None,
            tags: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `entity`.
    pub fn entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
/// The method used for fine-tuning.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneMethod {
    /// The type of method. Is either `supervised`, `dpo`, or `reinforcement`.
    #[serde(rename = "type")]
    pub type_: FineTuneMethodType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervised: Option<Box<FineTuneSupervisedMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Box<FineTuneDpoMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reinforcement: Option<Box<FineTuneReinforcementMethod>>,
}
impl sdk_runtime_types::de::Object for FineTuneMethod {
    const NAME: &'static str = "FineTuneMethod";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FineTuneMethodType> = None;
        let mut supervised: Option<Box<FineTuneSupervisedMethod>> = None;
        let mut dpo: Option<Box<FineTuneDpoMethod>> = None;
        let mut reinforcement: Option<Box<FineTuneReinforcementMethod>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "supervised" => 1,
                    "dpo" => 2,
                    "reinforcement" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut supervised),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut dpo),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut reinforcement),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            supervised,
            dpo,
            reinforcement,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneMethod {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<FineTuneMethodType>) -> Self {
        Self {
            type_: type_.into(),
            supervised: None,
            dpo: None,
            reinforcement: None,
        }
    }
    /// Sets `supervised`.
    pub fn supervised(mut self, value: impl Into<FineTuneSupervisedMethod>) -> Self {
        self.supervised = Some(Box::new(value.into()));
        self
    }
    /// Sets `dpo`.
    pub fn dpo(mut self, value: impl Into<FineTuneDpoMethod>) -> Self {
        self.dpo = Some(Box::new(value.into()));
        self
    }
    /// Sets `reinforcement`.
    pub fn reinforcement(
        mut self,
        value: impl Into<FineTuneReinforcementMethod>,
    ) -> Self {
        self.reinforcement = Some(Box::new(value.into()));
        self
    }
}
/// The type of method. Is either `supervised`, `dpo`, or `reinforcement`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FineTuneMethodType {
    /// `supervised`
    Supervised,
    /// `dpo`
    Dpo,
    /// `reinforcement`
    Reinforcement,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuneMethodType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Supervised => "supervised",
            Self::Dpo => "dpo",
            Self::Reinforcement => "reinforcement",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "supervised" => Self::Supervised,
            "dpo" => Self::Dpo,
            "reinforcement" => Self::Reinforcement,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuneMethodType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuneMethodType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuneMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuneMethodType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuneMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for FineTuneMethodType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Configuration for the supervised fine-tuning method.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneSupervisedMethod {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hyperparameters: Option<Box<FineTuneSupervisedHyperparameters>>,
}
impl sdk_runtime_types::de::Object for FineTuneSupervisedMethod {
    const NAME: &'static str = "FineTuneSupervisedMethod";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut hyperparameters: Option<Box<FineTuneSupervisedHyperparameters>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "hyperparameters" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut hyperparameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { hyperparameters })
    }
}
impl<'de> Deserialize<'de> for FineTuneSupervisedMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneSupervisedMethod {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { hyperparameters: None }
    }
    /// Sets `hyperparameters`.
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneSupervisedHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(Box::new(value.into()));
        self
    }
}
/// The hyperparameters used for the fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneSupervisedHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
}
impl sdk_runtime_types::de::Object for FineTuneSupervisedHyperparameters {
    const NAME: &'static str = "FineTuneSupervisedHyperparameters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut batch_size: Option<FineTuneDpoHyperparametersBatchSize> = None;
        let mut learning_rate_multiplier: Option<
            FineTuneDpoHyperparametersLearningRateMultiplier,
        > = None;
        let mut n_epochs: Option<FineTuneDpoHyperparametersNEpochs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "batch_size" => 0,
                    "learning_rate_multiplier" => 1,
                    "n_epochs" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut batch_size),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut learning_rate_multiplier,
                    )
                }
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n_epochs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            batch_size,
            learning_rate_multiplier,
            n_epochs,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneSupervisedHyperparameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneSupervisedHyperparameters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            batch_size: None,
            learning_rate_multiplier: None,
            n_epochs: None,
        }
    }
    /// Sets `batch_size`.
    pub fn batch_size(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersBatchSize>,
    ) -> Self {
        self.batch_size = Some(value.into());
        self
    }
    /// Sets `learning_rate_multiplier`.
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }
    /// Sets `n_epochs`.
    pub fn n_epochs(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersNEpochs>,
    ) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}
/// Configuration for the DPO fine-tuning method.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneDpoMethod {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hyperparameters: Option<Box<FineTuneDpoHyperparameters>>,
}
impl sdk_runtime_types::de::Object for FineTuneDpoMethod {
    const NAME: &'static str = "FineTuneDpoMethod";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut hyperparameters: Option<Box<FineTuneDpoHyperparameters>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "hyperparameters" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut hyperparameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { hyperparameters })
    }
}
impl<'de> Deserialize<'de> for FineTuneDpoMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneDpoMethod {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { hyperparameters: None }
    }
    /// Sets `hyperparameters`.
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneDpoHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(Box::new(value.into()));
        self
    }
}
/// The hyperparameters used for the DPO fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneDpoHyperparameters {
    /// The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beta: Option<FineTuneDpoHyperparametersBeta>,
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
}
impl sdk_runtime_types::de::Object for FineTuneDpoHyperparameters {
    const NAME: &'static str = "FineTuneDpoHyperparameters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut beta: Option<FineTuneDpoHyperparametersBeta> = None;
        let mut batch_size: Option<FineTuneDpoHyperparametersBatchSize> = None;
        let mut learning_rate_multiplier: Option<
            FineTuneDpoHyperparametersLearningRateMultiplier,
        > = None;
        let mut n_epochs: Option<FineTuneDpoHyperparametersNEpochs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "beta" => 0,
                    "batch_size" => 1,
                    "learning_rate_multiplier" => 2,
                    "n_epochs" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut beta),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut batch_size),
                2 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut learning_rate_multiplier,
                    )
                }
                3 => sdk_runtime_types::de::nullable(&mut map, &mut n_epochs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            beta,
            batch_size,
            learning_rate_multiplier,
            n_epochs,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneDpoHyperparameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneDpoHyperparameters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            beta: None,
            batch_size: None,
            learning_rate_multiplier: None,
            n_epochs: None,
        }
    }
    /// Sets `beta`.
    pub fn beta(mut self, value: impl Into<FineTuneDpoHyperparametersBeta>) -> Self {
        self.beta = Some(value.into());
        self
    }
    /// Sets `batch_size`.
    pub fn batch_size(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersBatchSize>,
    ) -> Self {
        self.batch_size = Some(value.into());
        self
    }
    /// Sets `learning_rate_multiplier`.
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }
    /// Sets `n_epochs`.
    pub fn n_epochs(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersNEpochs>,
    ) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}
/// The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneDpoHyperparametersBeta {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<f64> for FineTuneDpoHyperparametersBeta {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
impl From<AutoLiteral> for FineTuneDpoHyperparametersBeta {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneDpoHyperparametersBatchSize {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for FineTuneDpoHyperparametersBatchSize {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<AutoLiteral> for FineTuneDpoHyperparametersBatchSize {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneDpoHyperparametersLearningRateMultiplier {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<f64> for FineTuneDpoHyperparametersLearningRateMultiplier {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
impl From<AutoLiteral> for FineTuneDpoHyperparametersLearningRateMultiplier {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneDpoHyperparametersNEpochs {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for FineTuneDpoHyperparametersNEpochs {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<AutoLiteral> for FineTuneDpoHyperparametersNEpochs {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Configuration for the reinforcement fine-tuning method.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FineTuneReinforcementMethod {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hyperparameters: Option<Box<FineTuneReinforcementHyperparameters>>,
}
impl sdk_runtime_types::de::Object for FineTuneReinforcementMethod {
    const NAME: &'static str = "FineTuneReinforcementMethod";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut grader: Option<RunGraderRequestGrader> = None;
        let mut hyperparameters: Option<Box<FineTuneReinforcementHyperparameters>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "grader" => 0,
                    "hyperparameters" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut grader),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut hyperparameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            grader: sdk_runtime_types::de::required::<_, A::Error>(grader, "grader")?,
            hyperparameters,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneReinforcementMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneReinforcementMethod {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(grader: impl Into<RunGraderRequestGrader>) -> Self {
        Self {
            grader: grader.into(),
            hyperparameters: None,
        }
    }
    /// Sets `hyperparameters`.
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(Box::new(value.into()));
        self
    }
}
/// A TextSimilarityGrader object which grades text based on similarity metrics.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GraderTextSimilarity {
    /// The type of grader.
    #[serde(rename = "type")]
    pub type_: TextSimilarityLiteral,
    /// The name of the grader.
    pub name: String,
    /// The text being graded.
    pub input: String,
    /// The text being graded against.
    pub reference: String,
    /// The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    /// `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    /// or `rouge_l`.
    pub evaluation_metric: EvalGraderTextSimilarityEvaluationMetric,
}
impl sdk_runtime_types::de::Object for GraderTextSimilarity {
    const NAME: &'static str = "GraderTextSimilarity";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextSimilarityLiteral> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        let mut reference: Option<String> = None;
        let mut evaluation_metric: Option<EvalGraderTextSimilarityEvaluationMetric> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "input" => 2,
                    "reference" => 3,
                    "evaluation_metric" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut input),
                3 => sdk_runtime_types::de::value(&mut map, &mut reference),
                4 => sdk_runtime_types::de::value(&mut map, &mut evaluation_metric),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            input: input.unwrap_or_default(),
            reference: reference.unwrap_or_default(),
            evaluation_metric: evaluation_metric.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GraderTextSimilarity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GraderTextSimilarity {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        input: impl Into<String>,
        reference: impl Into<String>,
        evaluation_metric: impl Into<EvalGraderTextSimilarityEvaluationMetric>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            input: input.into(),
            reference: reference.into(),
            evaluation_metric: evaluation_metric.into(),
        }
    }
}
/// A PythonGrader object that runs a python script on the input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GraderPython {
    /// The object type, which is always `python`.
    #[serde(rename = "type")]
    pub type_: PythonLiteral,
    /// The name of the grader.
    pub name: String,
    /// The source code of the python script.
    pub source: String,
    /// The image tag to use for the python script.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
}
impl sdk_runtime_types::de::Object for GraderPython {
    const NAME: &'static str = "GraderPython";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<PythonLiteral> = None;
        let mut name: Option<String> = None;
        let mut source: Option<String> = None;
        let mut image_tag: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "source" => 2,
                    "image_tag" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut source),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut image_tag),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            source: source.unwrap_or_default(),
            image_tag,
        })
    }
}
impl<'de> Deserialize<'de> for GraderPython {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GraderPython {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            source: source.into(),
            image_tag: None,
        }
    }
    /// Sets `image_tag`.
    pub fn image_tag(mut self, value: impl Into<String>) -> Self {
        self.image_tag = Some(value.into());
        self
    }
}
/// A ScoreModelGrader object that uses a model to assign a score to the input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GraderScoreModel {
    /// The object type, which is always `score_model`.
    #[serde(rename = "type")]
    pub type_: ScoreModelLiteral,
    /// The name of the grader.
    pub name: String,
    /// The model to use for the evaluation.
    pub model: String,
    /// The sampling parameters for the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_params: Option<EvalGraderScoreModelSamplingParams>,
    /// The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings.
    pub input: Vec<EvalItem>,
    /// The range of the score. Defaults to `[0, 1]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<Vec<f64>>,
}
impl sdk_runtime_types::de::Object for GraderScoreModel {
    const NAME: &'static str = "GraderScoreModel";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ScoreModelLiteral> = None;
        let mut name: Option<String> = None;
        let mut model: Option<String> = None;
        let mut sampling_params: Option<EvalGraderScoreModelSamplingParams> = None;
        let mut input: Option<Vec<EvalItem>> = None;
        let mut range: Option<Vec<f64>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "model" => 2,
                    "sampling_params" => 3,
                    "input" => 4,
                    "range" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sampling_params),
                4 => sdk_runtime_types::de::value(&mut map, &mut input),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut range),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            model: model.unwrap_or_default(),
            sampling_params,
            input: input.unwrap_or_default(),
            range,
        })
    }
}
impl<'de> Deserialize<'de> for GraderScoreModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GraderScoreModel {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<EvalItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            model: model.into(),
            sampling_params: None,
            input: input.into(),
            range: None,
        }
    }
    /// Sets `sampling_params`.
    pub fn sampling_params(
        mut self,
        value: impl Into<EvalGraderScoreModelSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(value.into());
        self
    }
    /// Sets `range`.
    pub fn range(mut self, value: impl Into<Vec<f64>>) -> Self {
        self.range = Some(value.into());
        self
    }
}
/// A MultiGrader object combines the output of multiple graders to produce a single score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GraderMulti {
    /// The object type, which is always `multi`.
    #[serde(rename = "type")]
    pub type_: MultiLiteral,
    /// The name of the grader.
    pub name: String,
    pub graders: GraderMultiGraders,
    /// A formula to calculate the output based on grader results.
    pub calculate_output: String,
}
impl sdk_runtime_types::de::Object for GraderMulti {
    const NAME: &'static str = "GraderMulti";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MultiLiteral> = None;
        let mut name: Option<String> = None;
        let mut graders: Option<GraderMultiGraders> = None;
        let mut calculate_output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "graders" => 2,
                    "calculate_output" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut graders),
                3 => sdk_runtime_types::de::value(&mut map, &mut calculate_output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            graders: sdk_runtime_types::de::required::<_, A::Error>(graders, "graders")?,
            calculate_output: calculate_output.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for GraderMulti {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl GraderMulti {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        graders: impl Into<GraderMultiGraders>,
        calculate_output: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            graders: graders.into(),
            calculate_output: calculate_output.into(),
        }
    }
}
/// The constant `multi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MultiLiteral {
    /// `multi`
    #[default]
    Multi,
}
impl MultiLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "multi"
    }
}
impl std::fmt::Display for MultiLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for MultiLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("multi")
    }
}
impl<'de> Deserialize<'de> for MultiLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "multi").map(|()| Self::Multi)
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum GraderMultiGraders {
    /// `string_check`
    StringCheck(GraderStringCheck),
    /// `text_similarity`
    TextSimilarity(GraderTextSimilarity),
    /// `python`
    Python(GraderPython),
    /// `score_model`
    ScoreModel(GraderScoreModel),
    /// `label_model`
    LabelModel(GraderLabelModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for GraderMultiGraders {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StringCheck(value) => value.serialize(serializer),
            Self::TextSimilarity(value) => value.serialize(serializer),
            Self::Python(value) => value.serialize(serializer),
            Self::ScoreModel(value) => value.serialize(serializer),
            Self::LabelModel(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for GraderMultiGraders {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "string_check" => {
                    Deserialize::deserialize(content).map(Self::StringCheck)
                }
                "text_similarity" => {
                    Deserialize::deserialize(content).map(Self::TextSimilarity)
                }
                "python" => Deserialize::deserialize(content).map(Self::Python),
                "score_model" => Deserialize::deserialize(content).map(Self::ScoreModel),
                "label_model" => Deserialize::deserialize(content).map(Self::LabelModel),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for GraderMultiGraders {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<GraderStringCheck> for GraderMultiGraders {
    fn from(value: GraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}
impl From<GraderTextSimilarity> for GraderMultiGraders {
    fn from(value: GraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}
impl From<GraderPython> for GraderMultiGraders {
    fn from(value: GraderPython) -> Self {
        Self::Python(value)
    }
}
impl From<GraderScoreModel> for GraderMultiGraders {
    fn from(value: GraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}
impl From<GraderLabelModel> for GraderMultiGraders {
    fn from(value: GraderLabelModel) -> Self {
        Self::LabelModel(value)
    }
}
/// The hyperparameters used for the reinforcement fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuneReinforcementHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Level of reasoning effort.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<FineTuneReinforcementHyperparametersReasoningEffort>,
    /// Multiplier on amount of compute used for exploring search space during training.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compute_multiplier: Option<
        FineTuneReinforcementHyperparametersComputeMultiplier,
    >,
    /// The number of training steps between evaluation runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eval_interval: Option<FineTuneReinforcementHyperparametersEvalInterval>,
    /// Number of evaluation samples to generate per training step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eval_samples: Option<FineTuneReinforcementHyperparametersEvalSamples>,
}
impl sdk_runtime_types::de::Object for FineTuneReinforcementHyperparameters {
    const NAME: &'static str = "FineTuneReinforcementHyperparameters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut batch_size: Option<FineTuneDpoHyperparametersBatchSize> = None;
        let mut learning_rate_multiplier: Option<
            FineTuneDpoHyperparametersLearningRateMultiplier,
        > = None;
        let mut n_epochs: Option<FineTuneDpoHyperparametersNEpochs> = None;
        let mut reasoning_effort: Option<
            FineTuneReinforcementHyperparametersReasoningEffort,
        > = None;
        let mut compute_multiplier: Option<
            FineTuneReinforcementHyperparametersComputeMultiplier,
        > = None;
        let mut eval_interval: Option<
            FineTuneReinforcementHyperparametersEvalInterval,
        > = None;
        let mut eval_samples: Option<FineTuneReinforcementHyperparametersEvalSamples> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "batch_size" => 0,
                    "learning_rate_multiplier" => 1,
                    "n_epochs" => 2,
                    "reasoning_effort" => 3,
                    "compute_multiplier" => 4,
                    "eval_interval" => 5,
                    "eval_samples" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut batch_size),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut learning_rate_multiplier,
                    )
                }
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n_epochs),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut compute_multiplier),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut eval_interval),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut eval_samples),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            batch_size,
            learning_rate_multiplier,
            n_epochs,
            reasoning_effort,
            compute_multiplier,
            eval_interval,
            eval_samples,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneReinforcementHyperparameters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            batch_size: None,
            learning_rate_multiplier: None,
            n_epochs: None,
            reasoning_effort: None,
            compute_multiplier: None,
            eval_interval: None,
            eval_samples: None,
        }
    }
    /// Sets `batch_size`.
    pub fn batch_size(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersBatchSize>,
    ) -> Self {
        self.batch_size = Some(value.into());
        self
    }
    /// Sets `learning_rate_multiplier`.
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }
    /// Sets `n_epochs`.
    pub fn n_epochs(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersNEpochs>,
    ) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersReasoningEffort>,
    ) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `compute_multiplier`.
    pub fn compute_multiplier(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersComputeMultiplier>,
    ) -> Self {
        self.compute_multiplier = Some(value.into());
        self
    }
    /// Sets `eval_interval`.
    pub fn eval_interval(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersEvalInterval>,
    ) -> Self {
        self.eval_interval = Some(value.into());
        self
    }
    /// Sets `eval_samples`.
    pub fn eval_samples(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersEvalSamples>,
    ) -> Self {
        self.eval_samples = Some(value.into());
        self
    }
}
/// Level of reasoning effort.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FineTuneReinforcementHyperparametersReasoningEffort {
    /// `default`
    #[default]
    DefaultType,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuneReinforcementHyperparametersReasoningEffort {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::DefaultType => "default",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "default" => Self::DefaultType,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuneReinforcementHyperparametersReasoningEffort {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuneReinforcementHyperparametersReasoningEffort {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuneReinforcementHyperparametersReasoningEffort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuneReinforcementHyperparametersReasoningEffort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparametersReasoningEffort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Multiplier on amount of compute used for exploring search space during training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneReinforcementHyperparametersComputeMultiplier {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<f64> for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
impl From<AutoLiteral> for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// The number of training steps between evaluation runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneReinforcementHyperparametersEvalInterval {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for FineTuneReinforcementHyperparametersEvalInterval {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<AutoLiteral> for FineTuneReinforcementHyperparametersEvalInterval {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Number of evaluation samples to generate per training step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FineTuneReinforcementHyperparametersEvalSamples {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for FineTuneReinforcementHyperparametersEvalSamples {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<AutoLiteral> for FineTuneReinforcementHyperparametersEvalSamples {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteFineTuningCheckpointPermissionResponse {
    /// The ID of the fine-tuned model checkpoint permission that was deleted.
    pub id: String,
    /// The object type, which is always "checkpoint.permission".
    pub object: CheckpointPermissionLiteral,
    /// Whether the fine-tuned model checkpoint permission was successfully deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for DeleteFineTuningCheckpointPermissionResponse {
    const NAME: &'static str = "DeleteFineTuningCheckpointPermissionResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<CheckpointPermissionLiteral> = None;
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
impl<'de> Deserialize<'de> for DeleteFineTuningCheckpointPermissionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteFineTuningCheckpointPermissionResponse {
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
/// The constant `checkpoint.permission`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CheckpointPermissionLiteral {
    /// `checkpoint.permission`
    #[default]
    CheckpointPermission,
}
impl CheckpointPermissionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "checkpoint.permission"
    }
}
impl std::fmt::Display for CheckpointPermissionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CheckpointPermissionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("checkpoint.permission")
    }
}
impl<'de> Deserialize<'de> for CheckpointPermissionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "checkpoint.permission")
            .map(|()| Self::CheckpointPermission)
    }
}
/// The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningCheckpointPermission {
    /// The permission identifier, which can be referenced in the API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the permission was created.
    pub created_at: i64,
    /// The project identifier that the permission is for.
    pub project_id: String,
    /// The object type, which is always "checkpoint.permission".
    pub object: CheckpointPermissionLiteral,
}
impl sdk_runtime_types::de::Object for FineTuningCheckpointPermission {
    const NAME: &'static str = "FineTuningCheckpointPermission";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut project_id: Option<String> = None;
        let mut object: Option<CheckpointPermissionLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created_at" => 1,
                    "project_id" => 2,
                    "object" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut project_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            project_id: project_id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningCheckpointPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningCheckpointPermission {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        project_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            created_at: created_at.into(),
            project_id: project_id.into(),
            object: Default::default(),
        }
    }
}
/// Fine-Tuning Job Integration
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningIntegration {
    /// The type of the integration being enabled for the fine-tuning job
    #[serde(rename = "type")]
    pub type_: WandbLiteral,
    /// The settings for your integration with Weights and Biases. This payload specifies the project that
    /// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    /// to your run, and set a default entity (team, username, etc) to be associated with your run.
    pub wandb: FineTuningIntegrationWandb,
}
impl sdk_runtime_types::de::Object for FineTuningIntegration {
    const NAME: &'static str = "FineTuningIntegration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<WandbLiteral> = None;
        let mut wandb: Option<FineTuningIntegrationWandb> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "wandb" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut wandb),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            wandb: wandb.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningIntegration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningIntegration {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(wandb: impl Into<FineTuningIntegrationWandb>) -> Self {
        Self {
            type_: Default::default(),
            wandb: wandb.into(),
        }
    }
}
/// The settings for your integration with Weights and Biases. This payload specifies the project that
/// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
/// to your run, and set a default entity (team, username, etc) to be associated with your run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningIntegrationWandb {
    /// The name of the project that the new run will be created under.
    pub project: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    /// default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for FineTuningIntegrationWandb {
    const NAME: &'static str = "FineTuningIntegrationWandb";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut project: Option<String> = None;
        let mut name: Option<String> = None;
        let mut entity: Option<String> = None;
        let mut tags: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "project" => 0,
                    "name" => 1,
                    "entity" => 2,
                    "tags" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut project),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut entity),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tags),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            project: project.unwrap_or_default(),
            name,
            entity,
            tags,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningIntegrationWandb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningIntegrationWandb {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(project: impl Into<String>) -> Self {
        Self {
            project: project.into(),
            name: None,
            entity: None,
            tags: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `entity`.
    pub fn entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
/// The `fine_tuning.job` object represents a fine-tuning job that has been created through the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJob {
    /// The object identifier, which can be referenced in the API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the fine-tuning job was created.
    pub created_at: i64,
    pub error: Option<FineTuningJobError>,
    pub fine_tuned_model: Option<String>,
    pub finished_at: Option<i64>,
    /// The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs.
    pub hyperparameters: FineTuningJobHyperparameters,
    /// The base model that is being fine-tuned.
    pub model: String,
    /// The object type, which is always "fine_tuning.job".
    pub object: FineTuningJobLiteral,
    /// The organization that owns the fine-tuning job.
    pub organization_id: String,
    /// The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    pub result_files: Vec<String>,
    /// The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
    pub status: FineTuningJobStatus,
    pub trained_tokens: Option<i64>,
    /// The file ID used for training. You can retrieve the training data with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    pub training_file: String,
    pub validation_file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrations: Option<Vec<FineTuningIntegration>>,
    /// The seed used for the fine-tuning job.
    pub seed: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_finish: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Box<FineTuneMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for FineTuningJob {
    const NAME: &'static str = "FineTuningJob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut error: Option<FineTuningJobError> = None;
        let mut fine_tuned_model: Option<String> = None;
        let mut finished_at: Option<i64> = None;
        let mut hyperparameters: Option<FineTuningJobHyperparameters> = None;
        let mut model: Option<String> = None;
        let mut object: Option<FineTuningJobLiteral> = None;
        let mut organization_id: Option<String> = None;
        let mut result_files: Option<Vec<String>> = None;
        let mut status: Option<FineTuningJobStatus> = None;
        let mut trained_tokens: Option<i64> = None;
        let mut training_file: Option<String> = None;
        let mut validation_file: Option<String> = None;
        let mut integrations: Option<Vec<FineTuningIntegration>> = None;
        let mut seed: Option<i64> = None;
        let mut estimated_finish: Option<i64> = None;
        let mut method: Option<Box<FineTuneMethod>> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created_at" => 1,
                    "error" => 2,
                    "fine_tuned_model" => 3,
                    "finished_at" => 4,
                    "hyperparameters" => 5,
                    "model" => 6,
                    "object" => 7,
                    "organization_id" => 8,
                    "result_files" => 9,
                    "status" => 10,
                    "trained_tokens" => 11,
                    "training_file" => 12,
                    "validation_file" => 13,
                    "integrations" => 14,
                    "seed" => 15,
                    "estimated_finish" => 16,
                    "method" => 17,
                    "metadata" => 18,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut fine_tuned_model),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut finished_at),
                5 => sdk_runtime_types::de::value(&mut map, &mut hyperparameters),
                6 => sdk_runtime_types::de::value(&mut map, &mut model),
                7 => sdk_runtime_types::de::value(&mut map, &mut object),
                8 => sdk_runtime_types::de::value(&mut map, &mut organization_id),
                9 => sdk_runtime_types::de::value(&mut map, &mut result_files),
                10 => sdk_runtime_types::de::value(&mut map, &mut status),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut trained_tokens),
                12 => sdk_runtime_types::de::value(&mut map, &mut training_file),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut validation_file),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut integrations),
                15 => sdk_runtime_types::de::value(&mut map, &mut seed),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut estimated_finish),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut method),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            error,
            fine_tuned_model,
            finished_at,
            hyperparameters: hyperparameters.unwrap_or_default(),
            model: model.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            organization_id: organization_id.unwrap_or_default(),
            result_files: result_files.unwrap_or_default(),
            status: status.unwrap_or_default(),
            trained_tokens,
            training_file: training_file.unwrap_or_default(),
            validation_file,
            integrations,
            seed: seed.unwrap_or_default(),
            estimated_finish,
            method,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJob {
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<FineTuningJobError>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `fine_tuned_model`.
    pub fn fine_tuned_model(mut self, value: impl Into<String>) -> Self {
        self.fine_tuned_model = Some(value.into());
        self
    }
    /// Sets `finished_at`.
    pub fn finished_at(mut self, value: impl Into<i64>) -> Self {
        self.finished_at = Some(value.into());
        self
    }
    /// Sets `trained_tokens`.
    pub fn trained_tokens(mut self, value: impl Into<i64>) -> Self {
        self.trained_tokens = Some(value.into());
        self
    }
    /// Sets `validation_file`.
    pub fn validation_file(mut self, value: impl Into<String>) -> Self {
        self.validation_file = Some(value.into());
        self
    }
    /// Sets `integrations`.
    pub fn integrations(mut self, value: impl Into<Vec<FineTuningIntegration>>) -> Self {
        self.integrations = Some(value.into());
        self
    }
    /// Sets `estimated_finish`.
    pub fn estimated_finish(mut self, value: impl Into<i64>) -> Self {
        self.estimated_finish = Some(value.into());
        self
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<FineTuneMethod>) -> Self {
        self.method = Some(Box::new(value.into()));
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJobError {
    /// A machine-readable error code.
    pub code: String,
    /// A human-readable error message.
    pub message: String,
    pub param: Option<String>,
}
impl sdk_runtime_types::de::Object for FineTuningJobError {
    const NAME: &'static str = "FineTuningJobError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    "param" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
            param,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJobError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJobError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            param: None,
        }
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJobHyperparameters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    /// overfitting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle
    /// through the training dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
}
impl sdk_runtime_types::de::Object for FineTuningJobHyperparameters {
    const NAME: &'static str = "FineTuningJobHyperparameters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut batch_size: Option<FineTuneDpoHyperparametersBatchSize> = None;
        let mut learning_rate_multiplier: Option<
            FineTuneDpoHyperparametersLearningRateMultiplier,
        > = None;
        let mut n_epochs: Option<FineTuneDpoHyperparametersNEpochs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "batch_size" => 0,
                    "learning_rate_multiplier" => 1,
                    "n_epochs" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut batch_size),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut learning_rate_multiplier,
                    )
                }
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n_epochs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            batch_size,
            learning_rate_multiplier,
            n_epochs,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJobHyperparameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJobHyperparameters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            batch_size: None,
            learning_rate_multiplier: None,
            n_epochs: None,
        }
    }
    /// Sets `batch_size`.
    pub fn batch_size(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersBatchSize>,
    ) -> Self {
        self.batch_size = Some(value.into());
        self
    }
    /// Sets `learning_rate_multiplier`.
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }
    /// Sets `n_epochs`.
    pub fn n_epochs(
        mut self,
        value: impl Into<FineTuneDpoHyperparametersNEpochs>,
    ) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}
/// The constant `fine_tuning.job`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobLiteral {
    /// `fine_tuning.job`
    #[default]
    FineTuningJob,
}
impl FineTuningJobLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job"
    }
}
impl std::fmt::Display for FineTuningJobLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job")
            .map(|()| Self::FineTuningJob)
    }
}
/// The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FineTuningJobStatus {
    /// `validating_files`
    ValidatingFiles,
    /// `queued`
    Queued,
    /// `running`
    Running,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidatingFiles => "validating_files",
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "validating_files" => Self::ValidatingFiles,
            "queued" => Self::Queued,
            "running" => Self::Running,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for FineTuningJobStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJobCheckpoint {
    /// The checkpoint identifier, which can be referenced in the API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the checkpoint was created.
    pub created_at: i64,
    /// The name of the fine-tuned checkpoint model that is created.
    pub fine_tuned_model_checkpoint: String,
    /// The step number that the checkpoint was created at.
    pub step_number: i64,
    /// Metrics at the step number during the fine-tuning job.
    pub metrics: FineTuningJobCheckpointMetrics,
    /// The name of the fine-tuning job that this checkpoint was created from.
    pub fine_tuning_job_id: String,
    /// The object type, which is always "fine_tuning.job.checkpoint".
    pub object: FineTuningJobCheckpointLiteral,
}
impl sdk_runtime_types::de::Object for FineTuningJobCheckpoint {
    const NAME: &'static str = "FineTuningJobCheckpoint";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut fine_tuned_model_checkpoint: Option<String> = None;
        let mut step_number: Option<i64> = None;
        let mut metrics: Option<FineTuningJobCheckpointMetrics> = None;
        let mut fine_tuning_job_id: Option<String> = None;
        let mut object: Option<FineTuningJobCheckpointLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created_at" => 1,
                    "fine_tuned_model_checkpoint" => 2,
                    "step_number" => 3,
                    "metrics" => 4,
                    "fine_tuning_job_id" => 5,
                    "object" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut fine_tuned_model_checkpoint,
                    )
                }
                3 => sdk_runtime_types::de::value(&mut map, &mut step_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut metrics),
                5 => sdk_runtime_types::de::value(&mut map, &mut fine_tuning_job_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            fine_tuned_model_checkpoint: fine_tuned_model_checkpoint.unwrap_or_default(),
            step_number: step_number.unwrap_or_default(),
            metrics: metrics.unwrap_or_default(),
            fine_tuning_job_id: fine_tuning_job_id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJobCheckpoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJobCheckpoint {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        fine_tuned_model_checkpoint: impl Into<String>,
        step_number: impl Into<i64>,
        metrics: impl Into<FineTuningJobCheckpointMetrics>,
        fine_tuning_job_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            created_at: created_at.into(),
            fine_tuned_model_checkpoint: fine_tuned_model_checkpoint.into(),
            step_number: step_number.into(),
            metrics: metrics.into(),
            fine_tuning_job_id: fine_tuning_job_id.into(),
            object: Default::default(),
        }
    }
}
/// Metrics at the step number during the fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJobCheckpointMetrics {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_loss: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_mean_token_accuracy: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_loss: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_mean_token_accuracy: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_valid_loss: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_valid_mean_token_accuracy: Option<f64>,
}
impl sdk_runtime_types::de::Object for FineTuningJobCheckpointMetrics {
    const NAME: &'static str = "FineTuningJobCheckpointMetrics";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut step: Option<f64> = None;
        let mut train_loss: Option<f64> = None;
        let mut train_mean_token_accuracy: Option<f64> = None;
        let mut valid_loss: Option<f64> = None;
        let mut valid_mean_token_accuracy: Option<f64> = None;
        let mut full_valid_loss: Option<f64> = None;
        let mut full_valid_mean_token_accuracy: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "step" => 0,
                    "train_loss" => 1,
                    "train_mean_token_accuracy" => 2,
                    "valid_loss" => 3,
                    "valid_mean_token_accuracy" => 4,
                    "full_valid_loss" => 5,
                    "full_valid_mean_token_accuracy" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut step),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut train_loss),
                2 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut train_mean_token_accuracy,
                    )
                }
                3 => sdk_runtime_types::de::nullable(&mut map, &mut valid_loss),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut valid_mean_token_accuracy,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut full_valid_loss),
                6 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut full_valid_mean_token_accuracy,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            step,
            train_loss,
            train_mean_token_accuracy,
            valid_loss,
            valid_mean_token_accuracy,
            full_valid_loss,
            full_valid_mean_token_accuracy,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJobCheckpointMetrics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJobCheckpointMetrics {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            step: None,
            train_loss: None,
            train_mean_token_accuracy: None,
            valid_loss: None,
            valid_mean_token_accuracy: None,
            full_valid_loss: None,
            full_valid_mean_token_accuracy: None,
        }
    }
    /// Sets `step`.
    pub fn step(mut self, value: impl Into<f64>) -> Self {
        self.step = Some(value.into());
        self
    }
    /// Sets `train_loss`.
    pub fn train_loss(mut self, value: impl Into<f64>) -> Self {
        self.train_loss = Some(value.into());
        self
    }
    /// Sets `train_mean_token_accuracy`.
    pub fn train_mean_token_accuracy(mut self, value: impl Into<f64>) -> Self {
        self.train_mean_token_accuracy = Some(value.into());
        self
    }
    /// Sets `valid_loss`.
    pub fn valid_loss(mut self, value: impl Into<f64>) -> Self {
        self.valid_loss = Some(value.into());
        self
    }
    /// Sets `valid_mean_token_accuracy`.
    pub fn valid_mean_token_accuracy(mut self, value: impl Into<f64>) -> Self {
        self.valid_mean_token_accuracy = Some(value.into());
        self
    }
    /// Sets `full_valid_loss`.
    pub fn full_valid_loss(mut self, value: impl Into<f64>) -> Self {
        self.full_valid_loss = Some(value.into());
        self
    }
    /// Sets `full_valid_mean_token_accuracy`.
    pub fn full_valid_mean_token_accuracy(mut self, value: impl Into<f64>) -> Self {
        self.full_valid_mean_token_accuracy = Some(value.into());
        self
    }
}
/// The constant `fine_tuning.job.checkpoint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobCheckpointLiteral {
    /// `fine_tuning.job.checkpoint`
    #[default]
    FineTuningJobCheckpoint,
}
impl FineTuningJobCheckpointLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job.checkpoint"
    }
}
impl std::fmt::Display for FineTuningJobCheckpointLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobCheckpointLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job.checkpoint")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobCheckpointLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job.checkpoint")
            .map(|()| Self::FineTuningJobCheckpoint)
    }
}
/// Fine-tuning job event object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FineTuningJobEvent {
    /// The object type, which is always "fine_tuning.job.event".
    pub object: FineTuningJobEventLiteral,
    /// The object identifier.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the fine-tuning job was created.
    pub created_at: i64,
    /// The log level of the event.
    pub level: FineTuningJobEventLevel,
    /// The message of the event.
    pub message: String,
    /// The type of event.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<FineTuningJobEventType>,
    /// The data associated with the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for FineTuningJobEvent {
    const NAME: &'static str = "FineTuningJobEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<FineTuningJobEventLiteral> = None;
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut level: Option<FineTuningJobEventLevel> = None;
        let mut message: Option<String> = None;
        let mut type_: Option<FineTuningJobEventType> = None;
        let mut data: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "created_at" => 2,
                    "level" => 3,
                    "message" => 4,
                    "type" => 5,
                    "data" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut level),
                4 => sdk_runtime_types::de::value(&mut map, &mut message),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            level: level.unwrap_or_default(),
            message: message.unwrap_or_default(),
            type_,
            data,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuningJobEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuningJobEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        level: impl Into<FineTuningJobEventLevel>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            created_at: created_at.into(),
            level: level.into(),
            message: message.into(),
            type_: None,
            data: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<FineTuningJobEventType>) -> Self {
        self.type_ = Some(value.into());
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
/// The constant `fine_tuning.job.event`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobEventLiteral {
    /// `fine_tuning.job.event`
    #[default]
    FineTuningJobEvent,
}
impl FineTuningJobEventLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job.event"
    }
}
impl std::fmt::Display for FineTuningJobEventLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobEventLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job.event")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobEventLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job.event")
            .map(|()| Self::FineTuningJobEvent)
    }
}
/// The log level of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FineTuningJobEventLevel {
    /// `info`
    Info,
    /// `warn`
    Warn,
    /// `error`
    ErrorType,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobEventLevel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warn => "warn",
            Self::ErrorType => "error",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "info" => Self::Info,
            "warn" => Self::Warn,
            "error" => Self::ErrorType,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobEventLevel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobEventLevel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobEventLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobEventLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobEventLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for FineTuningJobEventLevel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The type of event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FineTuningJobEventType {
    /// `message`
    Message,
    /// `metrics`
    Metrics,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobEventType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Message => "message",
            Self::Metrics => "metrics",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "message" => Self::Message,
            "metrics" => Self::Metrics,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobEventType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobEventType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for FineTuningJobEventType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListFineTuningCheckpointPermissionResponse {
    pub data: Vec<FineTuningCheckpointPermission>,
    pub object: ListLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListFineTuningCheckpointPermissionResponse {
    const NAME: &'static str = "ListFineTuningCheckpointPermissionResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<FineTuningCheckpointPermission>> = None;
        let mut object: Option<ListLiteral> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "object" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningCheckpointPermissionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningCheckpointPermissionResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<FineTuningCheckpointPermission>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            data: data.into(),
            object: Default::default(),
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
impl sdk_runtime_types::pagination::Page for ListFineTuningCheckpointPermissionResponse {
    type Item = FineTuningCheckpointPermission;
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
pub struct ListFineTuningJobCheckpointsResponse {
    pub data: Vec<FineTuningJobCheckpoint>,
    pub object: ListLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListFineTuningJobCheckpointsResponse {
    const NAME: &'static str = "ListFineTuningJobCheckpointsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<FineTuningJobCheckpoint>> = None;
        let mut object: Option<ListLiteral> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "object" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningJobCheckpointsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningJobCheckpointsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<FineTuningJobCheckpoint>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            data: data.into(),
            object: Default::default(),
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
impl sdk_runtime_types::pagination::Page for ListFineTuningJobCheckpointsResponse {
    type Item = FineTuningJobCheckpoint;
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
pub struct ListFineTuningJobEventsResponse {
    pub data: Vec<FineTuningJobEvent>,
    pub object: ListLiteral,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListFineTuningJobEventsResponse {
    const NAME: &'static str = "ListFineTuningJobEventsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<FineTuningJobEvent>> = None;
        let mut object: Option<ListLiteral> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "object" => 1,
                    "has_more" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningJobEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningJobEventsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<FineTuningJobEvent>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            data: data.into(),
            object: Default::default(),
            has_more: has_more.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for ListFineTuningJobEventsResponse {
    type Item = FineTuningJobEvent;
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
pub struct ListPaginatedFineTuningJobsResponse {
    pub data: Vec<FineTuningJob>,
    pub has_more: bool,
    pub object: ListLiteral,
}
impl sdk_runtime_types::de::Object for ListPaginatedFineTuningJobsResponse {
    const NAME: &'static str = "ListPaginatedFineTuningJobsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<FineTuningJob>> = None;
        let mut has_more: Option<bool> = None;
        let mut object: Option<ListLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "has_more" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for ListPaginatedFineTuningJobsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListPaginatedFineTuningJobsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<FineTuningJob>>, has_more: impl Into<bool>) -> Self {
        Self {
            data: data.into(),
            has_more: has_more.into(),
            object: Default::default(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for ListPaginatedFineTuningJobsResponse {
    type Item = FineTuningJob;
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
/// RunGraderRequest
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunGraderRequest {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
    /// The dataset item provided to the grader. This will be used to populate
    /// the `item` namespace. See [the guide](https://platform.openai.com/docs/guides/graders) for more details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<serde_json::Map<String, serde_json::Value>>,
    /// The model sample to be evaluated. This value will be used to populate
    /// the `sample` namespace. See [the guide](https://platform.openai.com/docs/guides/graders) for more details.
    /// The `output_json` variable will be populated if the model sample is a
    /// valid JSON string.
    pub model_sample: String,
}
impl sdk_runtime_types::de::Object for RunGraderRequest {
    const NAME: &'static str = "RunGraderRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut grader: Option<RunGraderRequestGrader> = None;
        let mut item: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut model_sample: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "grader" => 0,
                    "item" => 1,
                    "model_sample" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut grader),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut item),
                2 => sdk_runtime_types::de::value(&mut map, &mut model_sample),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            grader: sdk_runtime_types::de::required::<_, A::Error>(grader, "grader")?,
            item,
            model_sample: model_sample.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunGraderRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunGraderRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        grader: impl Into<RunGraderRequestGrader>,
        model_sample: impl Into<String>,
    ) -> Self {
        Self {
            grader: grader.into(),
            item: None,
            model_sample: model_sample.into(),
        }
    }
    /// Sets `item`.
    pub fn item(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.item = Some(value.into());
        self
    }
}
/// The grader used for the fine-tuning job.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunGraderRequestGrader {
    /// `string_check`
    StringCheck(GraderStringCheck),
    /// `text_similarity`
    TextSimilarity(GraderTextSimilarity),
    /// `python`
    Python(GraderPython),
    /// `score_model`
    ScoreModel(GraderScoreModel),
    /// `multi`
    Multi(GraderMulti),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunGraderRequestGrader {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StringCheck(value) => value.serialize(serializer),
            Self::TextSimilarity(value) => value.serialize(serializer),
            Self::Python(value) => value.serialize(serializer),
            Self::ScoreModel(value) => value.serialize(serializer),
            Self::Multi(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RunGraderRequestGrader {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "string_check" => {
                    Deserialize::deserialize(content).map(Self::StringCheck)
                }
                "text_similarity" => {
                    Deserialize::deserialize(content).map(Self::TextSimilarity)
                }
                "python" => Deserialize::deserialize(content).map(Self::Python),
                "score_model" => Deserialize::deserialize(content).map(Self::ScoreModel),
                "multi" => Deserialize::deserialize(content).map(Self::Multi),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunGraderRequestGrader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<GraderStringCheck> for RunGraderRequestGrader {
    fn from(value: GraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}
impl From<GraderTextSimilarity> for RunGraderRequestGrader {
    fn from(value: GraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}
impl From<GraderPython> for RunGraderRequestGrader {
    fn from(value: GraderPython) -> Self {
        Self::Python(value)
    }
}
impl From<GraderScoreModel> for RunGraderRequestGrader {
    fn from(value: GraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}
impl From<GraderMulti> for RunGraderRequestGrader {
    fn from(value: GraderMulti) -> Self {
        Self::Multi(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunGraderResponse {
    pub reward: f64,
    pub metadata: RunGraderResponseMetadata,
    pub sub_rewards: serde_json::Map<String, serde_json::Value>,
    pub model_grader_token_usage_per_model: serde_json::Map<String, serde_json::Value>,
}
impl sdk_runtime_types::de::Object for RunGraderResponse {
    const NAME: &'static str = "RunGraderResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reward: Option<f64> = None;
        let mut metadata: Option<RunGraderResponseMetadata> = None;
        let mut sub_rewards: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut model_grader_token_usage_per_model: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reward" => 0,
                    "metadata" => 1,
                    "sub_rewards" => 2,
                    "model_grader_token_usage_per_model" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut reward),
                1 => sdk_runtime_types::de::value(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::value(&mut map, &mut sub_rewards),
                3 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut model_grader_token_usage_per_model,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            reward: reward.unwrap_or_default(),
            metadata: metadata.unwrap_or_default(),
            sub_rewards: sub_rewards.unwrap_or_default(),
            model_grader_token_usage_per_model: model_grader_token_usage_per_model
                .unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunGraderResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunGraderResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        reward: impl Into<f64>,
        metadata: impl Into<RunGraderResponseMetadata>,
        sub_rewards: impl Into<serde_json::Map<String, serde_json::Value>>,
        model_grader_token_usage_per_model: impl Into<
            serde_json::Map<String, serde_json::Value>,
        >,
    ) -> Self {
        Self {
            reward: reward.into(),
            metadata: metadata.into(),
            sub_rewards: sub_rewards.into(),
            model_grader_token_usage_per_model: model_grader_token_usage_per_model.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunGraderResponseMetadata {
    pub name: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub errors: RunGraderResponseMetadataErrors,
    pub execution_time: f64,
    pub scores: serde_json::Map<String, serde_json::Value>,
    pub token_usage: Option<i64>,
    pub sampled_model_name: Option<String>,
}
impl sdk_runtime_types::de::Object for RunGraderResponseMetadata {
    const NAME: &'static str = "RunGraderResponseMetadata";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut type_: Option<String> = None;
        let mut errors: Option<RunGraderResponseMetadataErrors> = None;
        let mut execution_time: Option<f64> = None;
        let mut scores: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut token_usage: Option<i64> = None;
        let mut sampled_model_name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "type" => 1,
                    "errors" => 2,
                    "execution_time" => 3,
                    "scores" => 4,
                    "token_usage" => 5,
                    "sampled_model_name" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut errors),
                3 => sdk_runtime_types::de::value(&mut map, &mut execution_time),
                4 => sdk_runtime_types::de::value(&mut map, &mut scores),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut token_usage),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut sampled_model_name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            type_: type_.unwrap_or_default(),
            errors: errors.unwrap_or_default(),
            execution_time: execution_time.unwrap_or_default(),
            scores: scores.unwrap_or_default(),
            token_usage,
            sampled_model_name,
        })
    }
}
impl<'de> Deserialize<'de> for RunGraderResponseMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunGraderResponseMetadata {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        type_: impl Into<String>,
        errors: impl Into<RunGraderResponseMetadataErrors>,
        execution_time: impl Into<f64>,
        scores: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        Self {
            name: name.into(),
            type_: type_.into(),
            errors: errors.into(),
            execution_time: execution_time.into(),
            scores: scores.into(),
            token_usage: None,
            sampled_model_name: None,
        }
    }
    /// Sets `token_usage`.
    pub fn token_usage(mut self, value: impl Into<i64>) -> Self {
        self.token_usage = Some(value.into());
        self
    }
    /// Sets `sampled_model_name`.
    pub fn sampled_model_name(mut self, value: impl Into<String>) -> Self {
        self.sampled_model_name = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunGraderResponseMetadataErrors {
    pub formula_parse_error: bool,
    pub sample_parse_error: bool,
    pub truncated_observation_error: bool,
    pub unresponsive_reward_error: bool,
    pub invalid_variable_error: bool,
    pub other_error: bool,
    pub python_grader_server_error: bool,
    pub python_grader_server_error_type: Option<String>,
    pub python_grader_runtime_error: bool,
    pub python_grader_runtime_error_details: Option<String>,
    pub model_grader_server_error: bool,
    pub model_grader_refusal_error: bool,
    pub model_grader_parse_error: bool,
    pub model_grader_server_error_details: Option<String>,
}
impl sdk_runtime_types::de::Object for RunGraderResponseMetadataErrors {
    const NAME: &'static str = "RunGraderResponseMetadataErrors";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut formula_parse_error: Option<bool> = None;
        let mut sample_parse_error: Option<bool> = None;
        let mut truncated_observation_error: Option<bool> = None;
        let mut unresponsive_reward_error: Option<bool> = None;
        let mut invalid_variable_error: Option<bool> = None;
        let mut other_error: Option<bool> = None;
        let mut python_grader_server_error: Option<bool> = None;
        let mut python_grader_server_error_type: Option<String> = None;
        let mut python_grader_runtime_error: Option<bool> = None;
        let mut python_grader_runtime_error_details: Option<String> = None;
        let mut model_grader_server_error: Option<bool> = None;
        let mut model_grader_refusal_error: Option<bool> = None;
        let mut model_grader_parse_error: Option<bool> = None;
        let mut model_grader_server_error_details: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "formula_parse_error" => 0,
                    "sample_parse_error" => 1,
                    "truncated_observation_error" => 2,
                    "unresponsive_reward_error" => 3,
                    "invalid_variable_error" => 4,
                    "other_error" => 5,
                    "python_grader_server_error" => 6,
                    "python_grader_server_error_type" => 7,
                    "python_grader_runtime_error" => 8,
                    "python_grader_runtime_error_details" => 9,
                    "model_grader_server_error" => 10,
                    "model_grader_refusal_error" => 11,
                    "model_grader_parse_error" => 12,
                    "model_grader_server_error_details" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut formula_parse_error),
                1 => sdk_runtime_types::de::value(&mut map, &mut sample_parse_error),
                2 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut truncated_observation_error,
                    )
                }
                3 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut unresponsive_reward_error,
                    )
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut invalid_variable_error),
                5 => sdk_runtime_types::de::value(&mut map, &mut other_error),
                6 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut python_grader_server_error,
                    )
                }
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut python_grader_server_error_type,
                    )
                }
                8 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut python_grader_runtime_error,
                    )
                }
                9 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut python_grader_runtime_error_details,
                    )
                }
                10 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut model_grader_server_error,
                    )
                }
                11 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut model_grader_refusal_error,
                    )
                }
                12 => {
                    sdk_runtime_types::de::value(&mut map, &mut model_grader_parse_error)
                }
                13 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut model_grader_server_error_details,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            formula_parse_error: formula_parse_error.unwrap_or_default(),
            sample_parse_error: sample_parse_error.unwrap_or_default(),
            truncated_observation_error: truncated_observation_error.unwrap_or_default(),
            unresponsive_reward_error: unresponsive_reward_error.unwrap_or_default(),
            invalid_variable_error: invalid_variable_error.unwrap_or_default(),
            other_error: other_error.unwrap_or_default(),
            python_grader_server_error: python_grader_server_error.unwrap_or_default(),
            python_grader_server_error_type,
            python_grader_runtime_error: python_grader_runtime_error.unwrap_or_default(),
            python_grader_runtime_error_details,
            model_grader_server_error: model_grader_server_error.unwrap_or_default(),
            model_grader_refusal_error: model_grader_refusal_error.unwrap_or_default(),
            model_grader_parse_error: model_grader_parse_error.unwrap_or_default(),
            model_grader_server_error_details,
        })
    }
}
impl<'de> Deserialize<'de> for RunGraderResponseMetadataErrors {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunGraderResponseMetadataErrors {
    /// Sets `python_grader_server_error_type`.
    pub fn python_grader_server_error_type(mut self, value: impl Into<String>) -> Self {
        self.python_grader_server_error_type = Some(value.into());
        self
    }
    /// Sets `python_grader_runtime_error_details`.
    pub fn python_grader_runtime_error_details(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.python_grader_runtime_error_details = Some(value.into());
        self
    }
    /// Sets `model_grader_server_error_details`.
    pub fn model_grader_server_error_details(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.model_grader_server_error_details = Some(value.into());
        self
    }
}
/// ValidateGraderRequest
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidateGraderRequest {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
}
impl sdk_runtime_types::de::Object for ValidateGraderRequest {
    const NAME: &'static str = "ValidateGraderRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut grader: Option<RunGraderRequestGrader> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "grader" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut grader),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            grader: sdk_runtime_types::de::required::<_, A::Error>(grader, "grader")?,
        })
    }
}
impl<'de> Deserialize<'de> for ValidateGraderRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ValidateGraderRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(grader: impl Into<RunGraderRequestGrader>) -> Self {
        Self { grader: grader.into() }
    }
}
/// ValidateGraderResponse
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ValidateGraderResponse {
    /// The grader used for the fine-tuning job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grader: Option<Box<RunGraderRequestGrader>>,
}
impl sdk_runtime_types::de::Object for ValidateGraderResponse {
    const NAME: &'static str = "ValidateGraderResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut grader: Option<Box<RunGraderRequestGrader>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "grader" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut grader),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { grader })
    }
}
impl<'de> Deserialize<'de> for ValidateGraderResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ValidateGraderResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { grader: None }
    }
    /// Sets `grader`.
    pub fn grader(mut self, value: impl Into<RunGraderRequestGrader>) -> Self {
        self.grader = Some(Box::new(value.into()));
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListFineTuningCheckpointPermissionsOrder {
    /// `ascending`
    Ascending,
    /// `descending`
    #[default]
    Descending,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ListFineTuningCheckpointPermissionsOrder {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ascending",
            Self::Descending => "descending",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "ascending" => Self::Ascending,
            "descending" => Self::Descending,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ListFineTuningCheckpointPermissionsOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ListFineTuningCheckpointPermissionsOrder {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ListFineTuningCheckpointPermissionsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListFineTuningCheckpointPermissionsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListFineTuningCheckpointPermissionsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Query and header parameters of `listFineTuningCheckpointPermissions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListFineTuningCheckpointPermissionsParams {
    /// The ID of the project to get permissions for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Identifier for the last permission ID from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of permissions to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The order in which to retrieve permissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListFineTuningCheckpointPermissionsOrder>,
}
impl sdk_runtime_types::de::Object for ListFineTuningCheckpointPermissionsParams {
    const NAME: &'static str = "ListFineTuningCheckpointPermissionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut project_id: Option<String> = None;
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListFineTuningCheckpointPermissionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "project_id" => 0,
                    "after" => 1,
                    "limit" => 2,
                    "order" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut project_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            project_id,
            after,
            limit,
            order,
        })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningCheckpointPermissionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningCheckpointPermissionsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            project_id: None,
            after: None,
            limit: None,
            order: None,
        }
    }
    /// Sets `project_id`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(
        mut self,
        value: impl Into<ListFineTuningCheckpointPermissionsOrder>,
    ) -> Self {
        self.order = Some(value.into());
        self
    }
}
/// Query and header parameters of `listPaginatedFineTuningJobs`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListPaginatedFineTuningJobsParams {
    /// Identifier for the last job from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of fine-tuning jobs to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl sdk_runtime_types::de::Object for ListPaginatedFineTuningJobsParams {
    const NAME: &'static str = "ListPaginatedFineTuningJobsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut metadata: Option<std::collections::BTreeMap<String, String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit, metadata })
    }
}
impl<'de> Deserialize<'de> for ListPaginatedFineTuningJobsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListPaginatedFineTuningJobsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            metadata: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Query and header parameters of `listFineTuningJobCheckpoints`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListFineTuningJobCheckpointsParams {
    /// Identifier for the last checkpoint ID from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of checkpoints to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl sdk_runtime_types::de::Object for ListFineTuningJobCheckpointsParams {
    const NAME: &'static str = "ListFineTuningJobCheckpointsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningJobCheckpointsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningJobCheckpointsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { after: None, limit: None }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
/// Query and header parameters of `listFineTuningEvents`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListFineTuningEventsParams {
    /// Identifier for the last event from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of events to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl sdk_runtime_types::de::Object for ListFineTuningEventsParams {
    const NAME: &'static str = "ListFineTuningEventsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit })
    }
}
impl<'de> Deserialize<'de> for ListFineTuningEventsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFineTuningEventsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { after: None, limit: None }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
