//! Types of the `webhooks` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// Sent when a batch API request has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookBatchCancelled {
    /// The Unix timestamp (in seconds) of when the batch API request was cancelled.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.cancelled`.
    #[api(rename = "type", constant)]
    pub type_: BatchCancelledLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `event`.
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
pub enum EventLiteral {
    /// `event`
    #[default]
    Event,
}
/// The constant `batch.cancelled`.
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
pub enum BatchCancelledLiteral {
    /// `batch.cancelled`
    #[default]
    #[api(rename = "batch.cancelled")]
    BatchCancelled,
}
/// Sent when a batch API request has been completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookBatchCompleted {
    /// The Unix timestamp (in seconds) of when the batch API request was completed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.completed`.
    #[api(rename = "type", constant)]
    pub type_: BatchCompletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `batch.completed`.
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
pub enum BatchCompletedLiteral {
    /// `batch.completed`
    #[default]
    #[api(rename = "batch.completed")]
    BatchCompleted,
}
/// Sent when a batch API request has expired.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookBatchExpired {
    /// The Unix timestamp (in seconds) of when the batch API request expired.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.expired`.
    #[api(rename = "type", constant)]
    pub type_: BatchExpiredLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `batch.expired`.
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
pub enum BatchExpiredLiteral {
    /// `batch.expired`
    #[default]
    #[api(rename = "batch.expired")]
    BatchExpired,
}
/// Sent when a batch API request has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookBatchFailed {
    /// The Unix timestamp (in seconds) of when the batch API request failed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.failed`.
    #[api(rename = "type", constant)]
    pub type_: BatchFailedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct WebhookBatchFailedData {
    /// The unique ID of the batch API request.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `batch.failed`.
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
pub enum BatchFailedLiteral {
    /// `batch.failed`
    #[default]
    #[api(rename = "batch.failed")]
    BatchFailed,
}
/// Sent when an eval run has been canceled.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookEvalRunCanceled {
    /// The Unix timestamp (in seconds) of when the eval run was canceled.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.canceled`.
    #[api(rename = "type", constant)]
    pub type_: EvalRunCanceledLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval.run.canceled`.
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
pub enum EvalRunCanceledLiteral {
    /// `eval.run.canceled`
    #[default]
    #[api(rename = "eval.run.canceled")]
    EvalRunCanceled,
}
/// Sent when an eval run has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookEvalRunFailed {
    /// The Unix timestamp (in seconds) of when the eval run failed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.failed`.
    #[api(rename = "type", constant)]
    pub type_: EvalRunFailedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct WebhookEvalRunFailedData {
    /// The unique ID of the eval run.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval.run.failed`.
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
pub enum EvalRunFailedLiteral {
    /// `eval.run.failed`
    #[default]
    #[api(rename = "eval.run.failed")]
    EvalRunFailed,
}
/// Sent when an eval run has succeeded.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookEvalRunSucceeded {
    /// The Unix timestamp (in seconds) of when the eval run succeeded.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.succeeded`.
    #[api(rename = "type", constant)]
    pub type_: EvalRunSucceededLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `eval.run.succeeded`.
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
pub enum EvalRunSucceededLiteral {
    /// `eval.run.succeeded`
    #[default]
    #[api(rename = "eval.run.succeeded")]
    EvalRunSucceeded,
}
/// Sent when a fine-tuning job has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookFineTuningJobCancelled {
    /// The Unix timestamp (in seconds) of when the fine-tuning job was cancelled.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.cancelled`.
    #[api(rename = "type", constant)]
    pub type_: FineTuningJobCancelledLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job.cancelled`.
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
pub enum FineTuningJobCancelledLiteral {
    /// `fine_tuning.job.cancelled`
    #[default]
    #[api(rename = "fine_tuning.job.cancelled")]
    FineTuningJobCancelled,
}
/// Sent when a fine-tuning job has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookFineTuningJobFailed {
    /// The Unix timestamp (in seconds) of when the fine-tuning job failed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.failed`.
    #[api(rename = "type", constant)]
    pub type_: FineTuningJobFailedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct WebhookFineTuningJobFailedData {
    /// The unique ID of the fine-tuning job.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job.failed`.
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
pub enum FineTuningJobFailedLiteral {
    /// `fine_tuning.job.failed`
    #[default]
    #[api(rename = "fine_tuning.job.failed")]
    FineTuningJobFailed,
}
/// Sent when a fine-tuning job has succeeded.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookFineTuningJobSucceeded {
    /// The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.succeeded`.
    #[api(rename = "type", constant)]
    pub type_: FineTuningJobSucceededLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `fine_tuning.job.succeeded`.
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
pub enum FineTuningJobSucceededLiteral {
    /// `fine_tuning.job.succeeded`
    #[default]
    #[api(rename = "fine_tuning.job.succeeded")]
    FineTuningJobSucceeded,
}
/// Sent when an incoming API SIP session is available for Live acceptance. The
/// same pending session can also emit `realtime.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookLiveCallIncoming {
    /// The Unix timestamp (in seconds) of when the event was created.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookLiveCallIncomingData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `live.call.incoming`.
    #[api(rename = "type", constant)]
    pub type_: LiveCallIncomingLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(session_id, sip_headers))]
#[non_exhaustive]
pub struct WebhookLiveCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `call_id` in `realtime.call.incoming`.
    #[api(default)]
    pub session_id: String,
    /// Headers from the SIP Invite.
    #[api(default)]
    pub sip_headers: Vec<WebhookLiveCallIncomingDataSipHeader>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A header from the SIP Invite.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name, value))]
#[non_exhaustive]
pub struct WebhookLiveCallIncomingDataSipHeader {
    /// Name of the SIP Header.
    #[api(default)]
    pub name: String,
    /// Value of the SIP Header.
    #[api(default)]
    pub value: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `live.call.incoming`.
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
pub enum LiveCallIncomingLiteral {
    /// `live.call.incoming`
    #[default]
    #[api(rename = "live.call.incoming")]
    LiveCallIncoming,
}
/// Sent when an incoming API SIP session is available for Realtime acceptance.
/// The same pending session can also emit `live.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookRealtimeCallIncoming {
    /// The Unix timestamp (in seconds) of when the model response was completed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookRealtimeCallIncomingData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `realtime.call.incoming`.
    #[api(rename = "type", constant)]
    pub type_: RealtimeCallIncomingLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, sip_headers))]
#[non_exhaustive]
pub struct WebhookRealtimeCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `session_id` in `live.call.incoming`.
    #[api(default)]
    pub call_id: String,
    /// Headers from the SIP Invite.
    #[api(default)]
    pub sip_headers: Vec<WebhookLiveCallIncomingDataSipHeader>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `realtime.call.incoming`.
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
pub enum RealtimeCallIncomingLiteral {
    /// `realtime.call.incoming`
    #[default]
    #[api(rename = "realtime.call.incoming")]
    RealtimeCallIncoming,
}
/// Sent when a background response has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookResponseCancelled {
    /// The Unix timestamp (in seconds) of when the model response was cancelled.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.cancelled`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCancelledLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `response.cancelled`.
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
pub enum ResponseCancelledLiteral {
    /// `response.cancelled`
    #[default]
    #[api(rename = "response.cancelled")]
    ResponseCancelled,
}
/// Sent when a background response has been completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookResponseCompleted {
    /// The Unix timestamp (in seconds) of when the model response was completed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCompletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Sent when a background response has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookResponseFailed {
    /// The Unix timestamp (in seconds) of when the model response failed.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFailedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct WebhookResponseFailedData {
    /// The unique ID of the model response.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Sent when a background response has been interrupted.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at, id, data))]
#[non_exhaustive]
pub struct WebhookResponseIncomplete {
    /// The Unix timestamp (in seconds) of when the model response was interrupted.
    #[api(default)]
    pub created_at: i64,
    /// The unique ID of the event.
    #[api(default)]
    pub id: String,
    /// Event data payload.
    #[api(default)]
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.incomplete`.
    #[api(rename = "type", constant)]
    pub type_: ResponseIncompleteLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Any webhook delivery, told apart by its `type`.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum WebhookEvent {
    /// `batch.cancelled`
    #[api(tag = "batch.cancelled")]
    BatchCancelled(WebhookBatchCancelled),
    /// `batch.completed`
    #[api(tag = "batch.completed")]
    BatchCompleted(WebhookBatchCompleted),
    /// `batch.expired`
    #[api(tag = "batch.expired")]
    BatchExpired(WebhookBatchExpired),
    /// `batch.failed`
    #[api(tag = "batch.failed")]
    BatchFailed(WebhookBatchFailed),
    /// `eval.run.canceled`
    #[api(tag = "eval.run.canceled")]
    EvalRunCanceled(WebhookEvalRunCanceled),
    /// `eval.run.failed`
    #[api(tag = "eval.run.failed")]
    EvalRunFailed(WebhookEvalRunFailed),
    /// `eval.run.succeeded`
    #[api(tag = "eval.run.succeeded")]
    EvalRunSucceeded(WebhookEvalRunSucceeded),
    /// `fine_tuning.job.cancelled`
    #[api(tag = "fine_tuning.job.cancelled")]
    FineTuningJobCancelled(WebhookFineTuningJobCancelled),
    /// `fine_tuning.job.failed`
    #[api(tag = "fine_tuning.job.failed")]
    FineTuningJobFailed(WebhookFineTuningJobFailed),
    /// `fine_tuning.job.succeeded`
    #[api(tag = "fine_tuning.job.succeeded")]
    FineTuningJobSucceeded(WebhookFineTuningJobSucceeded),
    /// `live.call.incoming`
    #[api(tag = "live.call.incoming")]
    LiveCallIncoming(WebhookLiveCallIncoming),
    /// `realtime.call.incoming`
    #[api(tag = "realtime.call.incoming")]
    RealtimeCallIncoming(WebhookRealtimeCallIncoming),
    /// `response.cancelled`
    #[api(tag = "response.cancelled")]
    ResponseCancelled(WebhookResponseCancelled),
    /// `response.completed`
    #[api(tag = "response.completed")]
    ResponseCompleted(WebhookResponseCompleted),
    /// `response.failed`
    #[api(tag = "response.failed")]
    ResponseFailed(WebhookResponseFailed),
    /// `response.incomplete`
    #[api(tag = "response.incomplete")]
    ResponseIncomplete(WebhookResponseIncomplete),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
