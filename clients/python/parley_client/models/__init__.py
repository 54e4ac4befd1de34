""" Contains all the data models used in inputs/outputs """

from .accept_result import AcceptResult
from .ai_settings import AiSettings
from .ai_settings_input import AiSettingsInput
from .ai_settings_input_provider_type_0 import AiSettingsInputProviderType0
from .ai_settings_provider import AiSettingsProvider
from .analytics_anomaly import AnalyticsAnomaly
from .analytics_breakdown_row import AnalyticsBreakdownRow
from .analytics_change import AnalyticsChange
from .analytics_figures import AnalyticsFigures
from .analytics_funnel import AnalyticsFunnel
from .analytics_funnel_step import AnalyticsFunnelStep
from .analytics_knowledge_gap import AnalyticsKnowledgeGap
from .analytics_knowledge_gap_reasons import AnalyticsKnowledgeGapReasons
from .analytics_overview import AnalyticsOverview
from .analytics_overview_change import AnalyticsOverviewChange
from .analytics_series_point import AnalyticsSeriesPoint
from .analytics_settings import AnalyticsSettings
from .analytics_settings_update import AnalyticsSettingsUpdate
from .analytics_trend import AnalyticsTrend
from .analytics_trend_direction import AnalyticsTrendDirection
from .analytics_trends import AnalyticsTrends
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .api_key_create_scopes_item import ApiKeyCreateScopesItem
from .api_key_creator import ApiKeyCreator
from .api_key_effective_scopes_item import ApiKeyEffectiveScopesItem
from .api_key_scopes_item import ApiKeyScopesItem
from .appearance import Appearance
from .appearance_input import AppearanceInput
from .appearance_input_position_type_0 import AppearanceInputPositionType0
from .appearance_input_theme_type_0 import AppearanceInputThemeType0
from .appearance_position import AppearancePosition
from .appearance_theme import AppearanceTheme
from .assistant_settings import AssistantSettings
from .assistant_settings_decline_policy import AssistantSettingsDeclinePolicy
from .attachment import Attachment
from .attachment_out import AttachmentOut
from .attachment_policy import AttachmentPolicy
from .attachment_ref import AttachmentRef
from .attachment_upload import AttachmentUpload
from .business_hours import BusinessHours
from .business_hours_weekly import BusinessHoursWeekly
from .chatbot import Chatbot
from .chatbot_create import ChatbotCreate
from .chatbot_status import ChatbotStatus
from .chatbot_update import ChatbotUpdate
from .citation import Citation
from .classification import Classification
from .classification_source import ClassificationSource
from .classify_request import ClassifyRequest
from .classify_request_mode import ClassifyRequestMode
from .company_profile import CompanyProfile
from .company_profile_input import CompanyProfileInput
from .conversation_assigned_data import ConversationAssignedData
from .conversation_assigned_webhook import ConversationAssignedWebhook
from .conversation_assigned_webhook_type import ConversationAssignedWebhookType
from .conversation_closed_data import ConversationClosedData
from .conversation_closed_webhook import ConversationClosedWebhook
from .conversation_closed_webhook_type import ConversationClosedWebhookType
from .conversation_queued_data import ConversationQueuedData
from .conversation_queued_webhook import ConversationQueuedWebhook
from .conversation_queued_webhook_type import ConversationQueuedWebhookType
from .conversation_started_data import ConversationStartedData
from .conversation_started_webhook import ConversationStartedWebhook
from .conversation_started_webhook_type import ConversationStartedWebhookType
from .crawl_source_create import CrawlSourceCreate
from .custom_intent import CustomIntent
from .delivery_attempt import DeliveryAttempt
from .delivery_page import DeliveryPage
from .delivery_status import DeliveryStatus
from .embed_code import EmbedCode
from .embedder_settings import EmbedderSettings
from .embedder_settings_embedder import EmbedderSettingsEmbedder
from .embedder_settings_update import EmbedderSettingsUpdate
from .embedder_settings_update_embedder import EmbedderSettingsUpdateEmbedder
from .event import Event
from .event_batch import EventBatch
from .event_data import EventData
from .event_kind import EventKind
from .event_sender import EventSender
from .export_analytics_breakdown_format import ExportAnalyticsBreakdownFormat
from .export_analytics_series_format import ExportAnalyticsSeriesFormat
from .export_conversation_format import ExportConversationFormat
from .faq_pair import FaqPair
from .faq_source_create import FaqSourceCreate
from .feedback_received_data import FeedbackReceivedData
from .feedback_received_webhook import FeedbackReceivedWebhook
from .feedback_received_webhook_type import FeedbackReceivedWebhookType
from .field_error import FieldError
from .file_upload import FileUpload
from .handoff_requested_data import HandoffRequestedData
from .handoff_requested_webhook import HandoffRequestedWebhook
from .handoff_requested_webhook_type import HandoffRequestedWebhookType
from .intent_score import IntentScore
from .invitation import Invitation
from .invitation_accept import InvitationAccept
from .invitation_create import InvitationCreate
from .invitation_create_role import InvitationCreateRole
from .invitation_role import InvitationRole
from .issued_api_key import IssuedApiKey
from .issued_invitation import IssuedInvitation
from .knowledge_gap import KnowledgeGap
from .knowledge_source_failed_data import KnowledgeSourceFailedData
from .knowledge_source_failed_webhook import KnowledgeSourceFailedWebhook
from .knowledge_source_failed_webhook_type import KnowledgeSourceFailedWebhookType
from .knowledge_source_synced_data import KnowledgeSourceSyncedData
from .knowledge_source_synced_webhook import KnowledgeSourceSyncedWebhook
from .knowledge_source_synced_webhook_type import KnowledgeSourceSyncedWebhookType
from .lead import Lead
from .lead_captured_data import LeadCapturedData
from .lead_captured_webhook import LeadCapturedWebhook
from .lead_captured_webhook_type import LeadCapturedWebhookType
from .login import Login
from .member import Member
from .member_role import MemberRole
from .member_update import MemberUpdate
from .member_update_role import MemberUpdateRole
from .message_ack import MessageAck
from .message_created_data import MessageCreatedData
from .message_created_webhook import MessageCreatedWebhook
from .message_created_webhook_type import MessageCreatedWebhookType
from .message_event import MessageEvent
from .message_event_data_type_0 import MessageEventDataType0
from .message_event_sender import MessageEventSender
from .page_api_key import PageApiKey
from .page_chatbot import PageChatbot
from .page_invitation import PageInvitation
from .page_knowledge_gap import PageKnowledgeGap
from .page_lead import PageLead
from .page_member import PageMember
from .page_security_event import PageSecurityEvent
from .page_session import PageSession
from .page_source import PageSource
from .page_webhook_endpoint import PageWebhookEndpoint
from .passage import Passage
from .password_change import PasswordChange
from .popular_question import PopularQuestion
from .pre_chat_field import PreChatField
from .pre_chat_field_kind import PreChatFieldKind
from .proactive_message import ProactiveMessage
from .problem import Problem
from .profile_update import ProfileUpdate
from .rating import Rating
from .read_event import ReadEvent
from .read_event_reader import ReadEventReader
from .recover_request import RecoverRequest
from .recovered import Recovered
from .refresh_request import RefreshRequest
from .search_request import SearchRequest
from .search_request_mode import SearchRequestMode
from .search_result import SearchResult
from .search_result_mode import SearchResultMode
from .security_event import SecurityEvent
from .security_event_kind import SecurityEventKind
from .sentiment_out import SentimentOut
from .sentiment_out_label import SentimentOutLabel
from .session import Session
from .session_status import SessionStatus
from .sign_up import SignUp
from .sign_up_result import SignUpResult
from .source import Source
from .source_kind import SourceKind
from .source_status import SourceStatus
from .source_update import SourceUpdate
from .status_event import StatusEvent
from .status_event_by import StatusEventBy
from .status_event_status import StatusEventStatus
from .tenant import Tenant
from .test_sent import TestSent
from .text_source_create import TextSourceCreate
from .tokens import Tokens
from .transcript import Transcript
from .transcript_export import TranscriptExport
from .transcript_request import TranscriptRequest
from .uploaded_attachment import UploadedAttachment
from .url_source_create import UrlSourceCreate
from .visitor import Visitor
from .visitor_details import VisitorDetails
from .visitor_details_values import VisitorDetailsValues
from .visitor_metadata import VisitorMetadata
from .webhook_create import WebhookCreate
from .webhook_delivery import WebhookDelivery
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_disabled_data import WebhookEndpointDisabledData
from .webhook_endpoint_disabled_webhook import WebhookEndpointDisabledWebhook
from .webhook_endpoint_disabled_webhook_type import WebhookEndpointDisabledWebhookType
from .webhook_test_data import WebhookTestData
from .webhook_test_webhook import WebhookTestWebhook
from .webhook_test_webhook_type import WebhookTestWebhookType
from .webhook_update import WebhookUpdate
from .webhook_with_secret import WebhookWithSecret
from .widget_config import WidgetConfig
from .widget_message import WidgetMessage
from .widget_page_count import WidgetPageCount
from .widget_session import WidgetSession
from .widget_session_create import WidgetSessionCreate
from .widget_session_create_details_type_0 import WidgetSessionCreateDetailsType0
from .widget_session_create_metadata_type_0 import WidgetSessionCreateMetadataType0
from .widget_session_view import WidgetSessionView
from .widget_tracking_event import WidgetTrackingEvent
from .widget_tracking_event_kind import WidgetTrackingEventKind

__all__ = (
    "AcceptResult",
    "AiSettings",
    "AiSettingsInput",
    "AiSettingsInputProviderType0",
    "AiSettingsProvider",
    "AnalyticsAnomaly",
    "AnalyticsBreakdownRow",
    "AnalyticsChange",
    "AnalyticsFigures",
    "AnalyticsFunnel",
    "AnalyticsFunnelStep",
    "AnalyticsKnowledgeGap",
    "AnalyticsKnowledgeGapReasons",
    "AnalyticsOverview",
    "AnalyticsOverviewChange",
    "AnalyticsSeriesPoint",
    "AnalyticsSettings",
    "AnalyticsSettingsUpdate",
    "AnalyticsTrend",
    "AnalyticsTrendDirection",
    "AnalyticsTrends",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreateScopesItem",
    "ApiKeyCreator",
    "ApiKeyEffectiveScopesItem",
    "ApiKeyScopesItem",
    "Appearance",
    "AppearanceInput",
    "AppearanceInputPositionType0",
    "AppearanceInputThemeType0",
    "AppearancePosition",
    "AppearanceTheme",
    "AssistantSettings",
    "AssistantSettingsDeclinePolicy",
    "Attachment",
    "AttachmentOut",
    "AttachmentPolicy",
    "AttachmentRef",
    "AttachmentUpload",
    "BusinessHours",
    "BusinessHoursWeekly",
    "Chatbot",
    "ChatbotCreate",
    "ChatbotStatus",
    "ChatbotUpdate",
    "Citation",
    "Classification",
    "ClassificationSource",
    "ClassifyRequest",
    "ClassifyRequestMode",
    "CompanyProfile",
    "CompanyProfileInput",
    "ConversationAssignedData",
    "ConversationAssignedWebhook",
    "ConversationAssignedWebhookType",
    "ConversationClosedData",
    "ConversationClosedWebhook",
    "ConversationClosedWebhookType",
    "ConversationQueuedData",
    "ConversationQueuedWebhook",
    "ConversationQueuedWebhookType",
    "ConversationStartedData",
    "ConversationStartedWebhook",
    "ConversationStartedWebhookType",
    "CrawlSourceCreate",
    "CustomIntent",
    "DeliveryAttempt",
    "DeliveryPage",
    "DeliveryStatus",
    "EmbedCode",
    "EmbedderSettings",
    "EmbedderSettingsEmbedder",
    "EmbedderSettingsUpdate",
    "EmbedderSettingsUpdateEmbedder",
    "Event",
    "EventBatch",
    "EventData",
    "EventKind",
    "EventSender",
    "ExportAnalyticsBreakdownFormat",
    "ExportAnalyticsSeriesFormat",
    "ExportConversationFormat",
    "FaqPair",
    "FaqSourceCreate",
    "FeedbackReceivedData",
    "FeedbackReceivedWebhook",
    "FeedbackReceivedWebhookType",
    "FieldError",
    "FileUpload",
    "HandoffRequestedData",
    "HandoffRequestedWebhook",
    "HandoffRequestedWebhookType",
    "IntentScore",
    "Invitation",
    "InvitationAccept",
    "InvitationCreate",
    "InvitationCreateRole",
    "InvitationRole",
    "IssuedApiKey",
    "IssuedInvitation",
    "KnowledgeGap",
    "KnowledgeSourceFailedData",
    "KnowledgeSourceFailedWebhook",
    "KnowledgeSourceFailedWebhookType",
    "KnowledgeSourceSyncedData",
    "KnowledgeSourceSyncedWebhook",
    "KnowledgeSourceSyncedWebhookType",
    "Lead",
    "LeadCapturedData",
    "LeadCapturedWebhook",
    "LeadCapturedWebhookType",
    "Login",
    "Member",
    "MemberRole",
    "MemberUpdate",
    "MemberUpdateRole",
    "MessageAck",
    "MessageCreatedData",
    "MessageCreatedWebhook",
    "MessageCreatedWebhookType",
    "MessageEvent",
    "MessageEventDataType0",
    "MessageEventSender",
    "PageApiKey",
    "PageChatbot",
    "PageInvitation",
    "PageKnowledgeGap",
    "PageLead",
    "PageMember",
    "PageSecurityEvent",
    "PageSession",
    "PageSource",
    "PageWebhookEndpoint",
    "Passage",
    "PasswordChange",
    "PopularQuestion",
    "PreChatField",
    "PreChatFieldKind",
    "ProactiveMessage",
    "Problem",
    "ProfileUpdate",
    "Rating",
    "ReadEvent",
    "ReadEventReader",
    "Recovered",
    "RecoverRequest",
    "RefreshRequest",
    "SearchRequest",
    "SearchRequestMode",
    "SearchResult",
    "SearchResultMode",
    "SecurityEvent",
    "SecurityEventKind",
    "SentimentOut",
    "SentimentOutLabel",
    "Session",
    "SessionStatus",
    "SignUp",
    "SignUpResult",
    "Source",
    "SourceKind",
    "SourceStatus",
    "SourceUpdate",
    "StatusEvent",
    "StatusEventBy",
    "StatusEventStatus",
    "Tenant",
    "TestSent",
    "TextSourceCreate",
    "Tokens",
    "Transcript",
    "TranscriptExport",
    "TranscriptRequest",
    "UploadedAttachment",
    "UrlSourceCreate",
    "Visitor",
    "VisitorDetails",
    "VisitorDetailsValues",
    "VisitorMetadata",
    "WebhookCreate",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEndpointDisabledData",
    "WebhookEndpointDisabledWebhook",
    "WebhookEndpointDisabledWebhookType",
    "WebhookTestData",
    "WebhookTestWebhook",
    "WebhookTestWebhookType",
    "WebhookUpdate",
    "WebhookWithSecret",
    "WidgetConfig",
    "WidgetMessage",
    "WidgetPageCount",
    "WidgetSession",
    "WidgetSessionCreate",
    "WidgetSessionCreateDetailsType0",
    "WidgetSessionCreateMetadataType0",
    "WidgetSessionView",
    "WidgetTrackingEvent",
    "WidgetTrackingEventKind",
)
