//! Types of the `fine-tuning` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(project_ids))]
pub struct CreateFineTuningCheckpointPermissionRequest {
    /// The project identifiers to grant access to.
    #[api(default)]
    pub project_ids: Vec<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model, training_file))]
pub struct CreateFineTuningJobRequest {
    /// The name of the model to fine-tune. You can select one of the
    /// [supported models](https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
    #[api(default)]
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
    #[api(default)]
    pub training_file: String,
    /// The hyperparameters used for the fine-tuning job.
    /// This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
    #[deprecated(
        note = "This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter."
    )]
    pub hyperparameters: Option<Box<CreateFineTuningJobRequestHyperparameters>>,
    /// A string of up to 64 characters that will be added to your fine-tuned model name.
    ///
    /// For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
    ///
    /// `1` to `64` characters.
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
    pub validation_file: Option<String>,
    /// A list of integrations to enable for your fine-tuning job.
    pub integrations: Option<Vec<CreateFineTuningJobRequestIntegration>>,
    /// The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases.
    /// If a seed is not specified, one will be generated for you.
    ///
    /// From `0` to `2147483647`.
    pub seed: Option<i64>,
    /// The method used for fine-tuning.
    pub method: Option<Box<FineTuneMethod>>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The name of the model to fine-tune. You can select one of the
/// [supported models](https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateFineTuningJobRequestModel {
    /// `babbage-002`
    #[api(rename = "babbage-002")]
    Babbage002,
    /// `davinci-002`
    #[api(rename = "davinci-002")]
    Davinci002,
    /// `gpt-3.5-turbo`
    #[api(rename = "gpt-3.5-turbo")]
    Gpt35Turbo,
    /// `gpt-4o-mini`
    #[api(rename = "gpt-4o-mini")]
    Gpt4oMini,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The hyperparameters used for the fine-tuning job.
/// This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateFineTuningJobRequestHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters
    /// are updated less frequently, but with lower variance.
    ///
    /// Defaults to `auto`.
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    /// overfitting.
    ///
    /// Defaults to `auto`.
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle
    /// through the training dataset.
    ///
    /// Defaults to `auto`.
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(wandb))]
pub struct CreateFineTuningJobRequestIntegration {
    /// The type of integration to enable. Currently, only "wandb" (Weights and Biases) is supported.
    #[api(rename = "type", constant)]
    pub type_: WandbLiteral,
    /// The settings for your integration with Weights and Biases. This payload specifies the project that
    /// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    /// to your run, and set a default entity (team, username, etc) to be associated with your run.
    #[api(default)]
    pub wandb: FineTuningIntegrationWandb,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `wandb`.
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
pub enum WandbLiteral {
    /// `wandb`
    #[default]
    Wandb,
}
/// The method used for fine-tuning.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct FineTuneMethod {
    /// The type of method. Is either `supervised`, `dpo`, or `reinforcement`.
    #[api(rename = "type", default)]
    pub type_: FineTuneMethodType,
    /// Configuration for the supervised fine-tuning method.
    pub supervised: Option<Box<FineTuneSupervisedMethod>>,
    /// Configuration for the DPO fine-tuning method.
    pub dpo: Option<Box<FineTuneDpoMethod>>,
    /// Configuration for the reinforcement fine-tuning method.
    pub reinforcement: Option<Box<FineTuneReinforcementMethod>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The type of method. Is either `supervised`, `dpo`, or `reinforcement`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// Configuration for the supervised fine-tuning method.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuneSupervisedMethod {
    /// The hyperparameters used for the fine-tuning job.
    pub hyperparameters: Option<Box<FineTuneSupervisedHyperparameters>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The hyperparameters used for the fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuneSupervisedHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    ///
    /// Defaults to `auto`.
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    ///
    /// Defaults to `auto`.
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    ///
    /// Defaults to `auto`.
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Configuration for the DPO fine-tuning method.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuneDpoMethod {
    /// The hyperparameters used for the DPO fine-tuning job.
    pub hyperparameters: Option<Box<FineTuneDpoHyperparameters>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The hyperparameters used for the DPO fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuneDpoHyperparameters {
    /// The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.
    ///
    /// Defaults to `auto`.
    pub beta: Option<FineTuneDpoHyperparametersBeta>,
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    ///
    /// Defaults to `auto`.
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    ///
    /// Defaults to `auto`.
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    ///
    /// Defaults to `auto`.
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneDpoHyperparametersBeta {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneDpoHyperparametersBatchSize {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneDpoHyperparametersLearningRateMultiplier {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneDpoHyperparametersNEpochs {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Configuration for the reinforcement fine-tuning method.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(grader))]
#[non_exhaustive]
pub struct FineTuneReinforcementMethod {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
    /// The hyperparameters used for the reinforcement fine-tuning job.
    pub hyperparameters: Option<Box<FineTuneReinforcementHyperparameters>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A TextSimilarityGrader object which grades text based on similarity metrics.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, input, reference, evaluation_metric))]
#[non_exhaustive]
pub struct GraderTextSimilarity {
    /// The type of grader.
    ///
    /// Defaults to `text_similarity`.
    #[api(rename = "type", constant)]
    pub type_: TextSimilarityLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The text being graded.
    #[api(default)]
    pub input: String,
    /// The text being graded against.
    #[api(default)]
    pub reference: String,
    /// The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    /// `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    /// or `rouge_l`.
    #[api(default)]
    pub evaluation_metric: EvalGraderTextSimilarityEvaluationMetric,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A PythonGrader object that runs a python script on the input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, source))]
#[non_exhaustive]
pub struct GraderPython {
    /// The object type, which is always `python`.
    #[api(rename = "type", constant)]
    pub type_: PythonLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The source code of the python script.
    #[api(default)]
    pub source: String,
    /// The image tag to use for the python script.
    pub image_tag: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A ScoreModelGrader object that uses a model to assign a score to the input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, model, input))]
#[non_exhaustive]
pub struct GraderScoreModel {
    /// The object type, which is always `score_model`.
    #[api(rename = "type", constant)]
    pub type_: ScoreModelLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    /// The model to use for the evaluation.
    #[api(default)]
    pub model: String,
    /// The sampling parameters for the model.
    pub sampling_params: Option<EvalGraderScoreModelSamplingParams>,
    /// The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings.
    #[api(default)]
    pub input: Vec<EvalItem>,
    /// The range of the score. Defaults to `[0, 1]`.
    pub range: Option<Vec<f64>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A MultiGrader object combines the output of multiple graders to produce a single score.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(name, graders, calculate_output))]
#[non_exhaustive]
pub struct GraderMulti {
    /// The object type, which is always `multi`.
    #[api(rename = "type", constant)]
    pub type_: MultiLiteral,
    /// The name of the grader.
    #[api(default)]
    pub name: String,
    pub graders: GraderMultiGraders,
    /// A formula to calculate the output based on grader results.
    #[api(default)]
    pub calculate_output: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `multi`.
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
pub enum MultiLiteral {
    /// `multi`
    #[default]
    Multi,
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum GraderMultiGraders {
    /// `string_check`
    #[api(tag = "string_check")]
    StringCheck(GraderStringCheck),
    /// `text_similarity`
    #[api(tag = "text_similarity")]
    TextSimilarity(GraderTextSimilarity),
    /// `python`
    #[api(tag = "python")]
    Python(GraderPython),
    /// `score_model`
    #[api(tag = "score_model")]
    ScoreModel(GraderScoreModel),
    /// `label_model`
    #[api(tag = "label_model")]
    LabelModel(GraderLabelModel),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// The hyperparameters used for the reinforcement fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuneReinforcementHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance.
    ///
    /// Defaults to `auto`.
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.
    ///
    /// Defaults to `auto`.
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.
    ///
    /// Defaults to `auto`.
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Level of reasoning effort.
    ///
    /// Defaults to `default`.
    pub reasoning_effort: Option<FineTuneReinforcementHyperparametersReasoningEffort>,
    /// Multiplier on amount of compute used for exploring search space during training.
    ///
    /// Defaults to `auto`.
    pub compute_multiplier: Option<
        FineTuneReinforcementHyperparametersComputeMultiplier,
    >,
    /// The number of training steps between evaluation runs.
    ///
    /// Defaults to `auto`.
    pub eval_interval: Option<FineTuneReinforcementHyperparametersEvalInterval>,
    /// Number of evaluation samples to generate per training step.
    ///
    /// Defaults to `auto`.
    pub eval_samples: Option<FineTuneReinforcementHyperparametersEvalSamples>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Level of reasoning effort.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum FineTuneReinforcementHyperparametersReasoningEffort {
    /// `default`
    #[default]
    #[api(rename = "default")]
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
/// Multiplier on amount of compute used for exploring search space during training.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneReinforcementHyperparametersComputeMultiplier {
    Number(f64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// The number of training steps between evaluation runs.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneReinforcementHyperparametersEvalInterval {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Number of evaluation samples to generate per training step.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum FineTuneReinforcementHyperparametersEvalSamples {
    Integer(i64),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteFineTuningCheckpointPermissionResponse {
    /// The ID of the fine-tuned model checkpoint permission that was deleted.
    #[api(default)]
    pub id: String,
    /// The object type, which is always "checkpoint.permission".
    #[api(constant)]
    pub object: CheckpointPermissionLiteral,
    /// Whether the fine-tuned model checkpoint permission was successfully deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `checkpoint.permission`.
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
pub enum CheckpointPermissionLiteral {
    /// `checkpoint.permission`
    #[default]
    #[api(rename = "checkpoint.permission")]
    CheckpointPermission,
}
/// The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, project_id))]
#[non_exhaustive]
pub struct FineTuningCheckpointPermission {
    /// The permission identifier, which can be referenced in the API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the permission was created.
    #[api(default)]
    pub created_at: i64,
    /// The project identifier that the permission is for.
    #[api(default)]
    pub project_id: String,
    /// The object type, which is always "checkpoint.permission".
    #[api(constant)]
    pub object: CheckpointPermissionLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Fine-Tuning Job Integration
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(wandb))]
#[non_exhaustive]
pub struct FineTuningIntegration {
    /// The type of the integration being enabled for the fine-tuning job
    #[api(rename = "type", constant)]
    pub type_: WandbLiteral,
    /// The settings for your integration with Weights and Biases. This payload specifies the project that
    /// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    /// to your run, and set a default entity (team, username, etc) to be associated with your run.
    #[api(default)]
    pub wandb: FineTuningIntegrationWandb,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The settings for your integration with Weights and Biases. This payload specifies the project that
/// metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
/// to your run, and set a default entity (team, username, etc) to be associated with your run.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(project))]
#[non_exhaustive]
pub struct FineTuningIntegrationWandb {
    /// The name of the project that the new run will be created under.
    #[api(default)]
    pub project: String,
    /// A display name to set for the run. If not set, we will use the Job ID as the name.
    pub name: Option<String>,
    /// The entity to use for the run. This allows you to set the team or username of the WandB user that you would
    /// like associated with the run. If not set, the default entity for the registered WandB API key is used.
    pub entity: Option<String>,
    /// A list of tags to be attached to the newly created run. These tags are passed through directly to WandB. Some
    /// default tags are generated by OpenAI: "openai/finetune", "openai/{base-model}", "openai/{ftjob-abcdef}".
    pub tags: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The `fine_tuning.job` object represents a fine-tuning job that has been created through the API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct FineTuningJob {
    /// The object identifier, which can be referenced in the API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the fine-tuning job was created.
    #[api(default)]
    pub created_at: i64,
    /// For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure.
    #[api(nullable)]
    pub error: Option<FineTuningJobError>,
    /// The name of the fine-tuned model that is being created. The value will be null if the fine-tuning job is still running.
    #[api(nullable)]
    pub fine_tuned_model: Option<String>,
    /// The Unix timestamp (in seconds) for when the fine-tuning job was finished. The value will be null if the fine-tuning job is still running.
    #[api(nullable)]
    pub finished_at: Option<i64>,
    /// The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs.
    #[api(default)]
    pub hyperparameters: FineTuningJobHyperparameters,
    /// The base model that is being fine-tuned.
    #[api(default)]
    pub model: String,
    /// The object type, which is always "fine_tuning.job".
    #[api(constant)]
    pub object: FineTuningJobLiteral,
    /// The organization that owns the fine-tuning job.
    #[api(default)]
    pub organization_id: String,
    /// The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    #[api(default)]
    pub result_files: Vec<String>,
    /// The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
    #[api(default)]
    pub status: FineTuningJobStatus,
    /// The total number of billable tokens processed by this fine-tuning job. The value will be null if the fine-tuning job is still running.
    #[api(nullable)]
    pub trained_tokens: Option<i64>,
    /// The file ID used for training. You can retrieve the training data with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    #[api(default)]
    pub training_file: String,
    /// The file ID used for validation. You can retrieve the validation results with the [Files API](https://platform.openai.com/docs/api-reference/files/retrieve-contents).
    #[api(nullable)]
    pub validation_file: Option<String>,
    /// A list of integrations to enable for this fine-tuning job.
    ///
    /// At most `5` items.
    pub integrations: Option<Vec<FineTuningIntegration>>,
    /// The seed used for the fine-tuning job.
    #[api(default)]
    pub seed: i64,
    /// The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish. The value will be null if the fine-tuning job is not running.
    pub estimated_finish: Option<i64>,
    /// The method used for fine-tuning.
    pub method: Option<Box<FineTuneMethod>>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct FineTuningJobError {
    /// A machine-readable error code.
    #[api(default)]
    pub code: String,
    /// A human-readable error message.
    #[api(default)]
    pub message: String,
    /// The parameter that was invalid, usually `training_file` or `validation_file`. This field will be null if the failure was not parameter-specific.
    #[api(nullable)]
    pub param: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuningJobHyperparameters {
    /// Number of examples in each batch. A larger batch size means that model parameters
    /// are updated less frequently, but with lower variance.
    ///
    /// Defaults to `auto`.
    pub batch_size: Option<FineTuneDpoHyperparametersBatchSize>,
    /// Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    /// overfitting.
    ///
    /// Defaults to `auto`.
    pub learning_rate_multiplier: Option<
        FineTuneDpoHyperparametersLearningRateMultiplier,
    >,
    /// The number of epochs to train the model for. An epoch refers to one full cycle
    /// through the training dataset.
    ///
    /// Defaults to `auto`.
    pub n_epochs: Option<FineTuneDpoHyperparametersNEpochs>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job`.
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
pub enum FineTuningJobLiteral {
    /// `fine_tuning.job`
    #[default]
    #[api(rename = "fine_tuning.job")]
    FineTuningJob,
}
/// The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        id,
        created_at,
        fine_tuned_model_checkpoint,
        step_number,
        metrics,
        fine_tuning_job_id
    )
)]
#[non_exhaustive]
pub struct FineTuningJobCheckpoint {
    /// The checkpoint identifier, which can be referenced in the API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the checkpoint was created.
    #[api(default)]
    pub created_at: i64,
    /// The name of the fine-tuned checkpoint model that is created.
    #[api(default)]
    pub fine_tuned_model_checkpoint: String,
    /// The step number that the checkpoint was created at.
    #[api(default)]
    pub step_number: i64,
    /// Metrics at the step number during the fine-tuning job.
    #[api(default)]
    pub metrics: FineTuningJobCheckpointMetrics,
    /// The name of the fine-tuning job that this checkpoint was created from.
    #[api(default)]
    pub fine_tuning_job_id: String,
    /// The object type, which is always "fine_tuning.job.checkpoint".
    #[api(constant)]
    pub object: FineTuningJobCheckpointLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Metrics at the step number during the fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct FineTuningJobCheckpointMetrics {
    pub step: Option<f64>,
    pub train_loss: Option<f64>,
    pub train_mean_token_accuracy: Option<f64>,
    pub valid_loss: Option<f64>,
    pub valid_mean_token_accuracy: Option<f64>,
    pub full_valid_loss: Option<f64>,
    pub full_valid_mean_token_accuracy: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job.checkpoint`.
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
pub enum FineTuningJobCheckpointLiteral {
    /// `fine_tuning.job.checkpoint`
    #[default]
    #[api(rename = "fine_tuning.job.checkpoint")]
    FineTuningJobCheckpoint,
}
/// Fine-tuning job event object
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, level, message))]
#[non_exhaustive]
pub struct FineTuningJobEvent {
    /// The object type, which is always "fine_tuning.job.event".
    #[api(constant)]
    pub object: FineTuningJobEventLiteral,
    /// The object identifier.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the fine-tuning job was created.
    #[api(default)]
    pub created_at: i64,
    /// The log level of the event.
    #[api(default)]
    pub level: FineTuningJobEventLevel,
    /// The message of the event.
    #[api(default)]
    pub message: String,
    /// The type of event.
    #[api(rename = "type")]
    pub type_: Option<FineTuningJobEventType>,
    /// The data associated with the event.
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job.event`.
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
pub enum FineTuningJobEventLiteral {
    /// `fine_tuning.job.event`
    #[default]
    #[api(rename = "fine_tuning.job.event")]
    FineTuningJobEvent,
}
/// The log level of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FineTuningJobEventLevel {
    /// `info`
    Info,
    /// `warn`
    Warn,
    /// `error`
    #[api(rename = "error")]
    ErrorType,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The type of event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FineTuningJobEventType {
    /// `message`
    Message,
    /// `metrics`
    Metrics,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListFineTuningCheckpointPermissionResponse {
    #[api(default)]
    pub data: Vec<FineTuningCheckpointPermission>,
    #[api(constant)]
    pub object: ListLiteral,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListFineTuningJobCheckpointsResponse {
    #[api(default)]
    pub data: Vec<FineTuningJobCheckpoint>,
    #[api(constant)]
    pub object: ListLiteral,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListFineTuningJobEventsResponse {
    #[api(default)]
    pub data: Vec<FineTuningJobEvent>,
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListPaginatedFineTuningJobsResponse {
    #[api(default)]
    pub data: Vec<FineTuningJob>,
    #[api(default)]
    pub has_more: bool,
    #[api(constant)]
    pub object: ListLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(grader, model_sample))]
pub struct RunGraderRequest {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
    /// The dataset item provided to the grader. This will be used to populate
    /// the `item` namespace. See [the guide](https://platform.openai.com/docs/guides/graders) for more details.
    pub item: Option<serde_json::Map<String, serde_json::Value>>,
    /// The model sample to be evaluated. This value will be used to populate
    /// the `sample` namespace. See [the guide](https://platform.openai.com/docs/guides/graders) for more details.
    /// The `output_json` variable will be populated if the model sample is a
    /// valid JSON string.
    #[api(default)]
    pub model_sample: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The grader used for the fine-tuning job.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RunGraderRequestGrader {
    /// `string_check`
    #[api(tag = "string_check")]
    StringCheck(GraderStringCheck),
    /// `text_similarity`
    #[api(tag = "text_similarity")]
    TextSimilarity(GraderTextSimilarity),
    /// `python`
    #[api(tag = "python")]
    Python(GraderPython),
    /// `score_model`
    #[api(tag = "score_model")]
    ScoreModel(GraderScoreModel),
    /// `multi`
    #[api(tag = "multi")]
    Multi(GraderMulti),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(reward, metadata, sub_rewards, model_grader_token_usage_per_model))]
#[non_exhaustive]
pub struct RunGraderResponse {
    #[api(default)]
    pub reward: f64,
    #[api(default)]
    pub metadata: RunGraderResponseMetadata,
    #[api(default)]
    pub sub_rewards: serde_json::Map<String, serde_json::Value>,
    #[api(default)]
    pub model_grader_token_usage_per_model: serde_json::Map<String, serde_json::Value>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, type_, errors, execution_time, scores))]
#[non_exhaustive]
pub struct RunGraderResponseMetadata {
    #[api(default)]
    pub name: String,
    #[api(rename = "type", default)]
    pub type_: String,
    #[api(default)]
    pub errors: RunGraderResponseMetadataErrors,
    #[api(default)]
    pub execution_time: f64,
    #[api(default)]
    pub scores: serde_json::Map<String, serde_json::Value>,
    #[api(nullable)]
    pub token_usage: Option<i64>,
    #[api(nullable)]
    pub sampled_model_name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct RunGraderResponseMetadataErrors {
    #[api(default)]
    pub formula_parse_error: bool,
    #[api(default)]
    pub sample_parse_error: bool,
    #[api(default)]
    pub truncated_observation_error: bool,
    #[api(default)]
    pub unresponsive_reward_error: bool,
    #[api(default)]
    pub invalid_variable_error: bool,
    #[api(default)]
    pub other_error: bool,
    #[api(default)]
    pub python_grader_server_error: bool,
    #[api(nullable)]
    pub python_grader_server_error_type: Option<String>,
    #[api(default)]
    pub python_grader_runtime_error: bool,
    #[api(nullable)]
    pub python_grader_runtime_error_details: Option<String>,
    #[api(default)]
    pub model_grader_server_error: bool,
    #[api(default)]
    pub model_grader_refusal_error: bool,
    #[api(default)]
    pub model_grader_parse_error: bool,
    #[api(nullable)]
    pub model_grader_server_error_details: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// ValidateGraderRequest
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(grader))]
pub struct ValidateGraderRequest {
    /// The grader used for the fine-tuning job.
    pub grader: RunGraderRequestGrader,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// ValidateGraderResponse
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ValidateGraderResponse {
    /// The grader used for the fine-tuning job.
    pub grader: Option<Box<RunGraderRequestGrader>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ListFineTuningCheckpointPermissionsOrder {
    /// `ascending`
    Ascending,
    /// `descending`
    #[default]
    Descending,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Query and header parameters of `listFineTuningCheckpointPermissions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListFineTuningCheckpointPermissionsParams {
    /// The ID of the project to get permissions for.
    pub project_id: Option<String>,
    /// Identifier for the last permission ID from the previous pagination request.
    pub after: Option<String>,
    /// Number of permissions to retrieve.
    pub limit: Option<i64>,
    /// The order in which to retrieve permissions.
    pub order: Option<ListFineTuningCheckpointPermissionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `listPaginatedFineTuningJobs`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListPaginatedFineTuningJobsParams {
    /// Identifier for the last job from the previous pagination request.
    pub after: Option<String>,
    /// Number of fine-tuning jobs to retrieve.
    pub limit: Option<i64>,
    /// Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `listFineTuningJobCheckpoints`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListFineTuningJobCheckpointsParams {
    /// Identifier for the last checkpoint ID from the previous pagination request.
    pub after: Option<String>,
    /// Number of checkpoints to retrieve.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `listFineTuningEvents`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListFineTuningEventsParams {
    /// Identifier for the last event from the previous pagination request.
    pub after: Option<String>,
    /// Number of events to retrieve.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
