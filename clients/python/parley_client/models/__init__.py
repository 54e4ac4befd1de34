""" Contains all the data models used in inputs/outputs """

from .accept_result import AcceptResult
from .ad_hoc_range import AdHocRange
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
from .analytics_page_row import AnalyticsPageRow
from .analytics_report import AnalyticsReport
from .analytics_report_kind import AnalyticsReportKind
from .analytics_report_request import AnalyticsReportRequest
from .analytics_report_status import AnalyticsReportStatus
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
from .booking import Booking
from .booking_cancelled_data import BookingCancelledData
from .booking_cancelled_webhook import BookingCancelledWebhook
from .booking_cancelled_webhook_type import BookingCancelledWebhookType
from .booking_create import BookingCreate
from .booking_created_data import BookingCreatedData
from .booking_created_webhook import BookingCreatedWebhook
from .booking_created_webhook_type import BookingCreatedWebhookType
from .booking_rescheduled_data import BookingRescheduledData
from .booking_rescheduled_webhook import BookingRescheduledWebhook
from .booking_rescheduled_webhook_type import BookingRescheduledWebhookType
from .breach import Breach
from .breach_kind import BreachKind
from .breach_list import BreachList
from .business_hours import BusinessHours
from .business_hours_weekly import BusinessHoursWeekly
from .calendar import Calendar
from .calendar_create import CalendarCreate
from .calendar_unavailable_data import CalendarUnavailableData
from .calendar_unavailable_webhook import CalendarUnavailableWebhook
from .calendar_unavailable_webhook_type import CalendarUnavailableWebhookType
from .canned import Canned
from .canned_create import CannedCreate
from .canned_list import CannedList
from .catalogue import Catalogue
from .catalogue_price import CataloguePrice
from .catalogue_update import CatalogueUpdate
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
from .contact_leave import ContactLeave
from .contact_left import ContactLeft
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
from .credits_threshold_reached_data import CreditsThresholdReachedData
from .credits_threshold_reached_webhook import CreditsThresholdReachedWebhook
from .credits_threshold_reached_webhook_type import CreditsThresholdReachedWebhookType
from .custom_intent import CustomIntent
from .delivery_attempt import DeliveryAttempt
from .delivery_page import DeliveryPage
from .delivery_status import DeliveryStatus
from .earlier_conversation import EarlierConversation
from .embed_code import EmbedCode
from .embedder_settings import EmbedderSettings
from .embedder_settings_embedder import EmbedderSettingsEmbedder
from .embedder_settings_update import EmbedderSettingsUpdate
from .embedder_settings_update_embedder import EmbedderSettingsUpdateEmbedder
from .escalation_rule import EscalationRule
from .escalation_rule_action import EscalationRuleAction
from .event import Event
from .event_batch import EventBatch
from .event_data import EventData
from .event_kind import EventKind
from .event_sender import EventSender
from .expand import Expand
from .expanded import Expanded
from .export_analytics_breakdown_format import ExportAnalyticsBreakdownFormat
from .export_analytics_pages_format import ExportAnalyticsPagesFormat
from .export_analytics_series_format import ExportAnalyticsSeriesFormat
from .export_conversation_format import ExportConversationFormat
from .faq_pair import FaqPair
from .faq_source_create import FaqSourceCreate
from .feedback_received_data import FeedbackReceivedData
from .feedback_received_webhook import FeedbackReceivedWebhook
from .feedback_received_webhook_type import FeedbackReceivedWebhookType
from .field_error import FieldError
from .file_upload import FileUpload
from .handoff import Handoff
from .handoff_breached_data import HandoffBreachedData
from .handoff_breached_webhook import HandoffBreachedWebhook
from .handoff_breached_webhook_type import HandoffBreachedWebhookType
from .handoff_contact_left_data import HandoffContactLeftData
from .handoff_contact_left_webhook import HandoffContactLeftWebhook
from .handoff_contact_left_webhook_type import HandoffContactLeftWebhookType
from .handoff_list import HandoffList
from .handoff_requested_data import HandoffRequestedData
from .handoff_requested_webhook import HandoffRequestedWebhook
from .handoff_requested_webhook_type import HandoffRequestedWebhookType
from .handoff_resolved_data import HandoffResolvedData
from .handoff_resolved_webhook import HandoffResolvedWebhook
from .handoff_resolved_webhook_type import HandoffResolvedWebhookType
from .handoff_settings import HandoffSettings
from .handoff_status import HandoffStatus
from .handoff_transferred_data import HandoffTransferredData
from .handoff_transferred_webhook import HandoffTransferredWebhook
from .handoff_transferred_webhook_type import HandoffTransferredWebhookType
from .integration_list import IntegrationList
from .intent_score import IntentScore
from .invitation import Invitation
from .invitation_accept import InvitationAccept
from .invitation_create import InvitationCreate
from .invitation_create_role import InvitationCreateRole
from .invitation_role import InvitationRole
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_line_in import InvoiceLineIn
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
from .no_show import NoShow
from .note import Note
from .note_create import NoteCreate
from .note_list import NoteList
from .o_auth_consent import OAuthConsent
from .o_auth_start import OAuthStart
from .operator import Operator
from .operator_context import OperatorContext
from .operator_context_citations_item import OperatorContextCitationsItem
from .operator_context_intents_item import OperatorContextIntentsItem
from .operator_context_sentiment_trend_item import OperatorContextSentimentTrendItem
from .operator_context_summary_source import OperatorContextSummarySource
from .operator_context_transfers_item import OperatorContextTransfersItem
from .operator_day import OperatorDay
from .operator_load import OperatorLoad
from .operator_status import OperatorStatus
from .operator_update import OperatorUpdate
from .page_analytics_report import PageAnalyticsReport
from .page_api_key import PageApiKey
from .page_booking import PageBooking
from .page_calendar import PageCalendar
from .page_chatbot import PageChatbot
from .page_invitation import PageInvitation
from .page_invoice import PageInvoice
from .page_knowledge_gap import PageKnowledgeGap
from .page_lead import PageLead
from .page_member import PageMember
from .page_payment_request import PagePaymentRequest
from .page_schedule import PageSchedule
from .page_security_event import PageSecurityEvent
from .page_session import PageSession
from .page_source import PageSource
from .page_webhook_endpoint import PageWebhookEndpoint
from .passage import Passage
from .password_change import PasswordChange
from .payment_create import PaymentCreate
from .payment_disputed_data import PaymentDisputedData
from .payment_disputed_webhook import PaymentDisputedWebhook
from .payment_disputed_webhook_type import PaymentDisputedWebhookType
from .payment_expired_data import PaymentExpiredData
from .payment_expired_webhook import PaymentExpiredWebhook
from .payment_expired_webhook_type import PaymentExpiredWebhookType
from .payment_failed_data import PaymentFailedData
from .payment_failed_webhook import PaymentFailedWebhook
from .payment_failed_webhook_type import PaymentFailedWebhookType
from .payment_figures import PaymentFigures
from .payment_figures_list import PaymentFiguresList
from .payment_invoice_paid_data import PaymentInvoicePaidData
from .payment_invoice_paid_webhook import PaymentInvoicePaidWebhook
from .payment_invoice_paid_webhook_type import PaymentInvoicePaidWebhookType
from .payment_invoice_sent_data import PaymentInvoiceSentData
from .payment_invoice_sent_webhook import PaymentInvoiceSentWebhook
from .payment_invoice_sent_webhook_type import PaymentInvoiceSentWebhookType
from .payment_paid_data import PaymentPaidData
from .payment_paid_webhook import PaymentPaidWebhook
from .payment_paid_webhook_type import PaymentPaidWebhookType
from .payment_refunded_data import PaymentRefundedData
from .payment_refunded_webhook import PaymentRefundedWebhook
from .payment_refunded_webhook_type import PaymentRefundedWebhookType
from .payment_request import PaymentRequest
from .payment_requested_data import PaymentRequestedData
from .payment_requested_webhook import PaymentRequestedWebhook
from .payment_requested_webhook_type import PaymentRequestedWebhookType
from .payment_status import PaymentStatus
from .payment_with_refunds import PaymentWithRefunds
from .performance_report import PerformanceReport
from .popular_question import PopularQuestion
from .pre_chat_field import PreChatField
from .pre_chat_field_kind import PreChatFieldKind
from .price_list import PriceList
from .priority import Priority
from .proactive_message import ProactiveMessage
from .problem import Problem
from .profile_update import ProfileUpdate
from .rating import Rating
from .read_event import ReadEvent
from .read_event_reader import ReadEventReader
from .recover_request import RecoverRequest
from .recovered import Recovered
from .refresh_request import RefreshRequest
from .refund import Refund
from .refund_create import RefundCreate
from .refund_reason import RefundReason
from .replied import Replied
from .reply import Reply
from .report_subscription import ReportSubscription
from .report_subscription_update import ReportSubscriptionUpdate
from .reschedule import Reschedule
from .reschedule_by_link_body import RescheduleByLinkBody
from .rules import Rules
from .rules_overrides import RulesOverrides
from .rules_weekly import RulesWeekly
from .schedule import Schedule
from .schedule_create import ScheduleCreate
from .schedule_update import ScheduleUpdate
from .scheduling_figures import SchedulingFigures
from .scheduling_figures_list import SchedulingFiguresList
from .search_request import SearchRequest
from .search_request_mode import SearchRequestMode
from .search_result import SearchResult
from .search_result_mode import SearchResultMode
from .security_event import SecurityEvent
from .security_event_kind import SecurityEventKind
from .sentiment_out import SentimentOut
from .sentiment_out_label import SentimentOutLabel
from .sentiment_rule import SentimentRule
from .session import Session
from .session_status import SessionStatus
from .sign_up import SignUp
from .sign_up_result import SignUpResult
from .sla import Sla
from .slots import Slots
from .snooze_request import SnoozeRequest
from .snoozed import Snoozed
from .source import Source
from .source_kind import SourceKind
from .source_status import SourceStatus
from .source_update import SourceUpdate
from .status_event import StatusEvent
from .status_event_by import StatusEventBy
from .status_event_status import StatusEventStatus
from .stripe_connect import StripeConnect
from .stripe_integration import StripeIntegration
from .suggested_reply import SuggestedReply
from .suggested_reply_citations_item import SuggestedReplyCitationsItem
from .tags import Tags
from .tags_add import TagsAdd
from .team import Team
from .team_create import TeamCreate
from .team_create_routing import TeamCreateRouting
from .team_update import TeamUpdate
from .team_update_routing_type_0 import TeamUpdateRoutingType0
from .tenant import Tenant
from .test_sent import TestSent
from .text_source_create import TextSourceCreate
from .tokens import Tokens
from .transcript import Transcript
from .transcript_event import TranscriptEvent
from .transcript_event_data import TranscriptEventData
from .transcript_export import TranscriptExport
from .transcript_request import TranscriptRequest
from .transfer import Transfer
from .uploaded_attachment import UploadedAttachment
from .url_source_create import UrlSourceCreate
from .vip_rule import VipRule
from .visitor import Visitor
from .visitor_details import VisitorDetails
from .visitor_details_values import VisitorDetailsValues
from .visitor_metadata import VisitorMetadata
from .visitor_sidebar import VisitorSidebar
from .visitor_sidebar_attributes import VisitorSidebarAttributes
from .webhook_ack import WebhookAck
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
from .workload_report import WorkloadReport

__all__ = (
    "AcceptResult",
    "AdHocRange",
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
    "AnalyticsPageRow",
    "AnalyticsReport",
    "AnalyticsReportKind",
    "AnalyticsReportRequest",
    "AnalyticsReportStatus",
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
    "Booking",
    "BookingCancelledData",
    "BookingCancelledWebhook",
    "BookingCancelledWebhookType",
    "BookingCreate",
    "BookingCreatedData",
    "BookingCreatedWebhook",
    "BookingCreatedWebhookType",
    "BookingRescheduledData",
    "BookingRescheduledWebhook",
    "BookingRescheduledWebhookType",
    "Breach",
    "BreachKind",
    "BreachList",
    "BusinessHours",
    "BusinessHoursWeekly",
    "Calendar",
    "CalendarCreate",
    "CalendarUnavailableData",
    "CalendarUnavailableWebhook",
    "CalendarUnavailableWebhookType",
    "Canned",
    "CannedCreate",
    "CannedList",
    "Catalogue",
    "CataloguePrice",
    "CatalogueUpdate",
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
    "ContactLeave",
    "ContactLeft",
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
    "CreditsThresholdReachedData",
    "CreditsThresholdReachedWebhook",
    "CreditsThresholdReachedWebhookType",
    "CustomIntent",
    "DeliveryAttempt",
    "DeliveryPage",
    "DeliveryStatus",
    "EarlierConversation",
    "EmbedCode",
    "EmbedderSettings",
    "EmbedderSettingsEmbedder",
    "EmbedderSettingsUpdate",
    "EmbedderSettingsUpdateEmbedder",
    "EscalationRule",
    "EscalationRuleAction",
    "Event",
    "EventBatch",
    "EventData",
    "EventKind",
    "EventSender",
    "Expand",
    "Expanded",
    "ExportAnalyticsBreakdownFormat",
    "ExportAnalyticsPagesFormat",
    "ExportAnalyticsSeriesFormat",
    "ExportConversationFormat",
    "FaqPair",
    "FaqSourceCreate",
    "FeedbackReceivedData",
    "FeedbackReceivedWebhook",
    "FeedbackReceivedWebhookType",
    "FieldError",
    "FileUpload",
    "Handoff",
    "HandoffBreachedData",
    "HandoffBreachedWebhook",
    "HandoffBreachedWebhookType",
    "HandoffContactLeftData",
    "HandoffContactLeftWebhook",
    "HandoffContactLeftWebhookType",
    "HandoffList",
    "HandoffRequestedData",
    "HandoffRequestedWebhook",
    "HandoffRequestedWebhookType",
    "HandoffResolvedData",
    "HandoffResolvedWebhook",
    "HandoffResolvedWebhookType",
    "HandoffSettings",
    "HandoffStatus",
    "HandoffTransferredData",
    "HandoffTransferredWebhook",
    "HandoffTransferredWebhookType",
    "IntegrationList",
    "IntentScore",
    "Invitation",
    "InvitationAccept",
    "InvitationCreate",
    "InvitationCreateRole",
    "InvitationRole",
    "Invoice",
    "InvoiceCreate",
    "InvoiceLineIn",
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
    "NoShow",
    "Note",
    "NoteCreate",
    "NoteList",
    "OAuthConsent",
    "OAuthStart",
    "Operator",
    "OperatorContext",
    "OperatorContextCitationsItem",
    "OperatorContextIntentsItem",
    "OperatorContextSentimentTrendItem",
    "OperatorContextSummarySource",
    "OperatorContextTransfersItem",
    "OperatorDay",
    "OperatorLoad",
    "OperatorStatus",
    "OperatorUpdate",
    "PageAnalyticsReport",
    "PageApiKey",
    "PageBooking",
    "PageCalendar",
    "PageChatbot",
    "PageInvitation",
    "PageInvoice",
    "PageKnowledgeGap",
    "PageLead",
    "PageMember",
    "PagePaymentRequest",
    "PageSchedule",
    "PageSecurityEvent",
    "PageSession",
    "PageSource",
    "PageWebhookEndpoint",
    "Passage",
    "PasswordChange",
    "PaymentCreate",
    "PaymentDisputedData",
    "PaymentDisputedWebhook",
    "PaymentDisputedWebhookType",
    "PaymentExpiredData",
    "PaymentExpiredWebhook",
    "PaymentExpiredWebhookType",
    "PaymentFailedData",
    "PaymentFailedWebhook",
    "PaymentFailedWebhookType",
    "PaymentFigures",
    "PaymentFiguresList",
    "PaymentInvoicePaidData",
    "PaymentInvoicePaidWebhook",
    "PaymentInvoicePaidWebhookType",
    "PaymentInvoiceSentData",
    "PaymentInvoiceSentWebhook",
    "PaymentInvoiceSentWebhookType",
    "PaymentPaidData",
    "PaymentPaidWebhook",
    "PaymentPaidWebhookType",
    "PaymentRefundedData",
    "PaymentRefundedWebhook",
    "PaymentRefundedWebhookType",
    "PaymentRequest",
    "PaymentRequestedData",
    "PaymentRequestedWebhook",
    "PaymentRequestedWebhookType",
    "PaymentStatus",
    "PaymentWithRefunds",
    "PerformanceReport",
    "PopularQuestion",
    "PreChatField",
    "PreChatFieldKind",
    "PriceList",
    "Priority",
    "ProactiveMessage",
    "Problem",
    "ProfileUpdate",
    "Rating",
    "ReadEvent",
    "ReadEventReader",
    "Recovered",
    "RecoverRequest",
    "RefreshRequest",
    "Refund",
    "RefundCreate",
    "RefundReason",
    "Replied",
    "Reply",
    "ReportSubscription",
    "ReportSubscriptionUpdate",
    "Reschedule",
    "RescheduleByLinkBody",
    "Rules",
    "RulesOverrides",
    "RulesWeekly",
    "Schedule",
    "ScheduleCreate",
    "ScheduleUpdate",
    "SchedulingFigures",
    "SchedulingFiguresList",
    "SearchRequest",
    "SearchRequestMode",
    "SearchResult",
    "SearchResultMode",
    "SecurityEvent",
    "SecurityEventKind",
    "SentimentOut",
    "SentimentOutLabel",
    "SentimentRule",
    "Session",
    "SessionStatus",
    "SignUp",
    "SignUpResult",
    "Sla",
    "Slots",
    "Snoozed",
    "SnoozeRequest",
    "Source",
    "SourceKind",
    "SourceStatus",
    "SourceUpdate",
    "StatusEvent",
    "StatusEventBy",
    "StatusEventStatus",
    "StripeConnect",
    "StripeIntegration",
    "SuggestedReply",
    "SuggestedReplyCitationsItem",
    "Tags",
    "TagsAdd",
    "Team",
    "TeamCreate",
    "TeamCreateRouting",
    "TeamUpdate",
    "TeamUpdateRoutingType0",
    "Tenant",
    "TestSent",
    "TextSourceCreate",
    "Tokens",
    "Transcript",
    "TranscriptEvent",
    "TranscriptEventData",
    "TranscriptExport",
    "TranscriptRequest",
    "Transfer",
    "UploadedAttachment",
    "UrlSourceCreate",
    "VipRule",
    "Visitor",
    "VisitorDetails",
    "VisitorDetailsValues",
    "VisitorMetadata",
    "VisitorSidebar",
    "VisitorSidebarAttributes",
    "WebhookAck",
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
    "WorkloadReport",
)
