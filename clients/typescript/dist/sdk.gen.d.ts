import { type Client, type Options as Options2, type TDataShape } from './client/index.js';
import type { AcceptInvitationData, AcceptInvitationErrors, AcceptInvitationResponses, AddConversationTagsData, AddConversationTagsErrors, AddConversationTagsResponses, AddPrivateNoteData, AddPrivateNoteErrors, AddPrivateNoteResponses, BookingPageData, BookingPageErrors, BookingPageResponses, CalcomWebhookData, CalcomWebhookErrors, CalcomWebhookResponses, CalendlyWebhookData, CalendlyWebhookErrors, CalendlyWebhookResponses, CancelBookingData, CancelBookingErrors, CancelBookingResponses, CancelByLinkData, CancelByLinkErrors, CancelByLinkResponses, ChangePasswordData, ChangePasswordErrors, ChangePasswordResponses, ClassifyIntentData, ClassifyIntentErrors, ClassifyIntentResponses, CloseConversationData, CloseConversationErrors, CloseConversationResponses, CloseHandedOffConversationData, CloseHandedOffConversationErrors, CloseHandedOffConversationResponses, ConnectCalendarData, ConnectCalendarErrors, ConnectCalendarResponses, ConnectStripeData, ConnectStripeErrors, ConnectStripeResponses, CreateAnalyticsReportData, CreateAnalyticsReportErrors, CreateAnalyticsReportResponses, CreateApiKeyData, CreateApiKeyErrors, CreateApiKeyResponses, CreateBookingData, CreateBookingErrors, CreateBookingResponses, CreateCannedResponseData, CreateCannedResponseErrors, CreateCannedResponseResponses, CreateChatbotData, CreateChatbotErrors, CreateChatbotResponses, CreatePaymentData, CreatePaymentErrors, CreatePaymentResponses, CreateScheduleData, CreateScheduleErrors, CreateScheduleResponses, CreateSourceData, CreateSourceErrors, CreateSourceResponses, CreateTeamData, CreateTeamErrors, CreateTeamResponses, CreateWebhookData, CreateWebhookErrors, CreateWebhookResponses, DeleteCannedResponseData, DeleteCannedResponseErrors, DeleteCannedResponseResponses, DeleteChatbotData, DeleteChatbotErrors, DeleteChatbotResponses, DeleteScheduleData, DeleteScheduleErrors, DeleteScheduleResponses, DeleteSourceData, DeleteSourceErrors, DeleteSourceResponses, DeleteTeamData, DeleteTeamErrors, DeleteTeamResponses, DeleteTenantData, DeleteTenantErrors, DeleteTenantResponses, DeleteWebhookData, DeleteWebhookErrors, DeleteWebhookResponses, DisconnectCalendarData, DisconnectCalendarErrors, DisconnectCalendarResponses, DisconnectStripeData, DisconnectStripeErrors, DisconnectStripeResponses, DownloadAnalyticsReportByLinkData, DownloadAnalyticsReportByLinkErrors, DownloadAnalyticsReportByLinkResponses, DownloadAnalyticsReportCsvData, DownloadAnalyticsReportCsvErrors, DownloadAnalyticsReportCsvResponses, DownloadAnalyticsReportPdfData, DownloadAnalyticsReportPdfErrors, DownloadAnalyticsReportPdfResponses, DownloadAttachmentData, DownloadAttachmentErrors, DownloadAttachmentResponses, DownloadWidgetAttachmentData, DownloadWidgetAttachmentErrors, DownloadWidgetAttachmentResponses, EmailWidgetTranscriptData, EmailWidgetTranscriptErrors, EmailWidgetTranscriptResponses, ExpandCannedResponseData, ExpandCannedResponseErrors, ExpandCannedResponseResponses, ExportAnalyticsBreakdownData, ExportAnalyticsBreakdownErrors, ExportAnalyticsBreakdownResponses, ExportAnalyticsPagesData, ExportAnalyticsPagesErrors, ExportAnalyticsPagesResponses, ExportAnalyticsSeriesData, ExportAnalyticsSeriesErrors, ExportAnalyticsSeriesResponses, ExportConversationData, ExportConversationErrors, ExportConversationResponses, ExportConversationTextData, ExportConversationTextErrors, ExportConversationTextResponses, FindSlotsData, FindSlotsErrors, FindSlotsResponses, GetAnalyticsBreakdownData, GetAnalyticsBreakdownErrors, GetAnalyticsBreakdownResponses, GetAnalyticsFunnelData, GetAnalyticsFunnelErrors, GetAnalyticsFunnelResponses, GetAnalyticsKnowledgeGapsData, GetAnalyticsKnowledgeGapsErrors, GetAnalyticsKnowledgeGapsResponses, GetAnalyticsOverviewData, GetAnalyticsOverviewErrors, GetAnalyticsOverviewResponses, GetAnalyticsPagesData, GetAnalyticsPagesErrors, GetAnalyticsPagesResponses, GetAnalyticsReportData, GetAnalyticsReportErrors, GetAnalyticsReportResponses, GetAnalyticsSeriesData, GetAnalyticsSeriesErrors, GetAnalyticsSeriesResponses, GetAnalyticsSettingsData, GetAnalyticsSettingsErrors, GetAnalyticsSettingsResponses, GetAnalyticsTrendsData, GetAnalyticsTrendsErrors, GetAnalyticsTrendsResponses, GetApiKeyData, GetApiKeyErrors, GetApiKeyResponses, GetAssistantSettingsData, GetAssistantSettingsErrors, GetAssistantSettingsResponses, GetBookingData, GetBookingErrors, GetBookingResponses, GetCalendarData, GetCalendarErrors, GetCalendarResponses, GetChatbotData, GetChatbotErrors, GetChatbotResponses, GetConversationData, GetConversationErrors, GetConversationResponses, GetEmbedCodeData, GetEmbedCodeErrors, GetEmbedCodeResponses, GetEmbedderData, GetEmbedderErrors, GetEmbedderResponses, GetHandoffData, GetHandoffErrors, GetHandoffResponses, GetHandoffSettingsData, GetHandoffSettingsErrors, GetHandoffSettingsResponses, GetMemberData, GetMemberErrors, GetMemberResponses, GetOperatorContextData, GetOperatorContextErrors, GetOperatorContextResponses, GetPaymentData, GetPaymentErrors, GetPaymentResponses, GetPopularQuestionsData, GetPopularQuestionsErrors, GetPopularQuestionsResponses, GetReportSubscriptionData, GetReportSubscriptionErrors, GetReportSubscriptionResponses, GetScheduleData, GetScheduleErrors, GetScheduleResponses, GetSourceData, GetSourceErrors, GetSourceResponses, GetStripeIntegrationData, GetStripeIntegrationErrors, GetStripeIntegrationResponses, GetTeamData, GetTeamErrors, GetTeamResponses, GetTenantData, GetTenantErrors, GetTenantResponses, GetTranscriptData, GetTranscriptErrors, GetTranscriptResponses, GetVisitorDetailsData, GetVisitorDetailsErrors, GetVisitorDetailsResponses, GetWebhookData, GetWebhookErrors, GetWebhookResponses, HandBackConversationData, HandBackConversationErrors, HandBackConversationResponses, InviteData, InviteErrors, InviteResponses, LeaveWidgetContactData, LeaveWidgetContactErrors, LeaveWidgetContactResponses, ListAnalyticsReportsData, ListAnalyticsReportsErrors, ListAnalyticsReportsResponses, ListApiKeysData, ListApiKeysErrors, ListApiKeysResponses, ListBookingsData, ListBookingsErrors, ListBookingsResponses, ListBreachesData, ListBreachesErrors, ListBreachesResponses, ListCalendarsData, ListCalendarsErrors, ListCalendarsResponses, ListCannedResponsesData, ListCannedResponsesErrors, ListCannedResponsesResponses, ListChatbotsData, ListChatbotsErrors, ListChatbotsResponses, ListConversationsData, ListConversationsErrors, ListConversationsResponses, ListConversationTagsData, ListConversationTagsErrors, ListConversationTagsResponses, ListHandoffsData, ListHandoffsErrors, ListHandoffsResponses, ListInvitationsData, ListInvitationsErrors, ListInvitationsResponses, ListInvoicesData, ListInvoicesErrors, ListInvoicesResponses, ListKnowledgeGapsData, ListKnowledgeGapsErrors, ListKnowledgeGapsResponses, ListLeadsData, ListLeadsErrors, ListLeadsResponses, ListMembersData, ListMembersErrors, ListMembersResponses, ListMySecurityEventsData, ListMySecurityEventsErrors, ListMySecurityEventsResponses, ListOperatorsData, ListOperatorsErrors, ListOperatorsResponses, ListPaymentsData, ListPaymentsErrors, ListPaymentsResponses, ListPrivateNotesData, ListPrivateNotesErrors, ListPrivateNotesResponses, ListSchedulesData, ListSchedulesErrors, ListSchedulesResponses, ListSourcesData, ListSourcesErrors, ListSourcesResponses, ListStripeIntegrationsData, ListStripeIntegrationsErrors, ListStripeIntegrationsResponses, ListStripePricesData, ListStripePricesErrors, ListStripePricesResponses, ListTeamsData, ListTeamsErrors, ListTeamsResponses, ListWebhookDeliveriesData, ListWebhookDeliveriesErrors, ListWebhookDeliveriesResponses, ListWebhooksData, ListWebhooksErrors, ListWebhooksResponses, LogInData, LogInErrors, LogInResponses, LogOutData, LogOutErrors, LogOutResponses, MarkNoShowData, MarkNoShowErrors, MarkNoShowResponses, MeData, MeErrors, MeResponses, OauthCallbackData, OauthCallbackErrors, OauthCallbackResponses, OperatorHeartbeatData, OperatorHeartbeatErrors, OperatorHeartbeatResponses, OperatorPerformanceData, OperatorPerformanceErrors, OperatorPerformanceResponses, OperatorWorkloadData, OperatorWorkloadErrors, OperatorWorkloadResponses, PaymentFiguresData, PaymentFiguresErrors, PaymentFiguresResponses, PollWidgetEventsData, PollWidgetEventsErrors, PollWidgetEventsResponses, PostWidgetMessageData, PostWidgetMessageErrors, PostWidgetMessageResponses, PutAnalyticsSettingsData, PutAnalyticsSettingsErrors, PutAnalyticsSettingsResponses, PutAssistantSettingsData, PutAssistantSettingsErrors, PutAssistantSettingsResponses, PutHandoffSettingsData, PutHandoffSettingsErrors, PutHandoffSettingsResponses, PutReportSubscriptionData, PutReportSubscriptionErrors, PutReportSubscriptionResponses, RateConversationData, RateConversationErrors, RateConversationResponses, RateWidgetSessionData, RateWidgetSessionErrors, RateWidgetSessionResponses, RecoverWebhookDeliveriesData, RecoverWebhookDeliveriesErrors, RecoverWebhookDeliveriesResponses, RefreshData, RefreshErrors, RefreshResponses, RefundPaymentData, RefundPaymentErrors, RefundPaymentResponses, RemoveConversationTagData, RemoveConversationTagErrors, RemoveConversationTagResponses, RemoveMemberData, RemoveMemberErrors, RemoveMemberResponses, ReplyToConversationData, ReplyToConversationErrors, ReplyToConversationResponses, RescheduleBookingData, RescheduleBookingErrors, RescheduleBookingResponses, RescheduleByLinkData, RescheduleByLinkErrors, RescheduleByLinkResponses, ResendWebhookDeliveryData, ResendWebhookDeliveryErrors, ResendWebhookDeliveryResponses, ResyncSourceData, ResyncSourceErrors, ResyncSourceResponses, RevokeApiKeyData, RevokeApiKeyErrors, RevokeApiKeyResponses, RevokeInvitationData, RevokeInvitationErrors, RevokeInvitationResponses, RotateWebhookSecretData, RotateWebhookSecretErrors, RotateWebhookSecretResponses, SchedulingFiguresData, SchedulingFiguresErrors, SchedulingFiguresResponses, SearchData, SearchErrors, SearchResponses, SendInvoiceData, SendInvoiceErrors, SendInvoiceResponses, SetConversationPriorityData, SetConversationPriorityErrors, SetConversationPriorityResponses, SetEmbedderData, SetEmbedderErrors, SetEmbedderResponses, SetPaymentCatalogueData, SetPaymentCatalogueErrors, SetPaymentCatalogueResponses, SignUpData, SignUpErrors, SignUpResponses, SnoozeConversationData, SnoozeConversationErrors, SnoozeConversationResponses, StartOauthData, StartOauthErrors, StartOauthResponses, StartWidgetSessionData, StartWidgetSessionErrors, StartWidgetSessionResponses, StreamWidgetEventsData, StreamWidgetEventsErrors, StreamWidgetEventsResponses, StripeWebhookData, StripeWebhookErrors, StripeWebhookResponses, SuggestConversationReplyData, SuggestConversationReplyErrors, SuggestConversationReplyResponses, TakeConversationData, TakeConversationErrors, TakeConversationResponses, TestWebhookData, TestWebhookErrors, TestWebhookResponses, TrackWidgetData, TrackWidgetErrors, TrackWidgetResponses, TransferConversationData, TransferConversationErrors, TransferConversationResponses, UnassignConversationData, UnassignConversationErrors, UnassignConversationResponses, UnsnoozeConversationData, UnsnoozeConversationErrors, UnsnoozeConversationResponses, UpdateChatbotData, UpdateChatbotErrors, UpdateChatbotResponses, UpdateMeData, UpdateMeErrors, UpdateMemberData, UpdateMemberErrors, UpdateMemberResponses, UpdateMeResponses, UpdateMyOperatorStatusData, UpdateMyOperatorStatusErrors, UpdateMyOperatorStatusResponses, UpdateScheduleData, UpdateScheduleErrors, UpdateScheduleResponses, UpdateSourceData, UpdateSourceErrors, UpdateSourceResponses, UpdateTeamData, UpdateTeamErrors, UpdateTeamResponses, UpdateWebhookData, UpdateWebhookErrors, UpdateWebhookResponses, UploadAttachmentData, UploadAttachmentErrors, UploadAttachmentResponses, UploadSourceData, UploadSourceErrors, UploadSourceResponses, UploadWidgetAttachmentData, UploadWidgetAttachmentErrors, UploadWidgetAttachmentResponses, WidgetConfigData, WidgetConfigErrors, WidgetConfigResponses } from './types.gen.js';
export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: Record<string, unknown>;
};
/**
 * Figures by chatbot, language or intent
 */
export declare const getAnalyticsBreakdown: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsBreakdownData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsBreakdownResponses, GetAnalyticsBreakdownErrors, ThrowOnError, "fields">;
/**
 * A breakdown as CSV or JSON Lines (same filters)
 */
export declare const exportAnalyticsBreakdown: <ThrowOnError extends boolean = false>(options?: Options<ExportAnalyticsBreakdownData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExportAnalyticsBreakdownResponses, ExportAnalyticsBreakdownErrors, ThrowOnError, "fields">;
/**
 * The page breakdown as CSV or JSON Lines (same filters)
 */
export declare const exportAnalyticsPages: <ThrowOnError extends boolean = false>(options?: Options<ExportAnalyticsPagesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExportAnalyticsPagesResponses, ExportAnalyticsPagesErrors, ThrowOnError, "fields">;
/**
 * The series as CSV or JSON Lines (same filters)
 */
export declare const exportAnalyticsSeries: <ThrowOnError extends boolean = false>(options?: Options<ExportAnalyticsSeriesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExportAnalyticsSeriesResponses, ExportAnalyticsSeriesErrors, ThrowOnError, "fields">;
/**
 * Widget loads → opens → conversations → leads (payments, bookings), and the pages it was shown on
 */
export declare const getAnalyticsFunnel: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsFunnelData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsFunnelResponses, GetAnalyticsFunnelErrors, ThrowOnError, "fields">;
/**
 * Questions the knowledge could not answer, grouped, each with the article to write
 */
export declare const getAnalyticsKnowledgeGaps: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsKnowledgeGapsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsKnowledgeGapsResponses, GetAnalyticsKnowledgeGapsErrors, ThrowOnError, "fields">;
/**
 * Volume, resolution, handoffs, CSAT, response times and credits, with the previous period
 */
export declare const getAnalyticsOverview: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsOverviewData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsOverviewResponses, GetAnalyticsOverviewErrors, ThrowOnError, "fields">;
/**
 * The page breakdown: loads, opens and first messages per page the widget was shown on
 */
export declare const getAnalyticsPages: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsPagesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsPagesResponses, GetAnalyticsPagesErrors, ThrowOnError, "fields">;
/**
 * Visitors' questions, similar ones grouped, with counts and examples
 */
export declare const getPopularQuestions: <ThrowOnError extends boolean = false>(options?: Options<GetPopularQuestionsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetPopularQuestionsResponses, GetPopularQuestionsErrors, ThrowOnError, "fields">;
/**
 * Public: a report by the signed link of its e-mail (expires after 14 days)
 */
export declare const downloadAnalyticsReportByLink: <ThrowOnError extends boolean = false>(options: Options<DownloadAnalyticsReportByLinkData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadAnalyticsReportByLinkResponses, DownloadAnalyticsReportByLinkErrors, ThrowOnError, "fields">;
/**
 * Whether you get weekly and monthly reports by e-mail
 */
export declare const getReportSubscription: <ThrowOnError extends boolean = false>(options?: Options<GetReportSubscriptionData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetReportSubscriptionResponses, GetReportSubscriptionErrors, ThrowOnError, "fields">;
/**
 * Subscribe to weekly and/or monthly reports by e-mail (with a download link and the PDF)
 */
export declare const putReportSubscription: <ThrowOnError extends boolean = false>(options: Options<PutReportSubscriptionData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PutReportSubscriptionResponses, PutReportSubscriptionErrors, ThrowOnError, "fields">;
/**
 * Reports, newest first
 */
export declare const listAnalyticsReports: <ThrowOnError extends boolean = false>(options?: Options<ListAnalyticsReportsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListAnalyticsReportsResponses, ListAnalyticsReportsErrors, ThrowOnError, "fields">;
/**
 * Ask for a PDF and CSV report of any range (at most two years); rendered in the background
 */
export declare const createAnalyticsReport: <ThrowOnError extends boolean = false>(options: Options<CreateAnalyticsReportData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateAnalyticsReportResponses, CreateAnalyticsReportErrors, ThrowOnError, "fields">;
/**
 * A report's status (pending, ready or failed) and, once ready, its download paths
 */
export declare const getAnalyticsReport: <ThrowOnError extends boolean = false>(options: Options<GetAnalyticsReportData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsReportResponses, GetAnalyticsReportErrors, ThrowOnError, "fields">;
/**
 * The report's CSV (409 until it is ready)
 */
export declare const downloadAnalyticsReportCsv: <ThrowOnError extends boolean = false>(options: Options<DownloadAnalyticsReportCsvData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadAnalyticsReportCsvResponses, DownloadAnalyticsReportCsvErrors, ThrowOnError, "fields">;
/**
 * The report's PDF (409 until it is ready)
 */
export declare const downloadAnalyticsReportPdf: <ThrowOnError extends boolean = false>(options: Options<DownloadAnalyticsReportPdfData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadAnalyticsReportPdfResponses, DownloadAnalyticsReportPdfErrors, ThrowOnError, "fields">;
/**
 * Figures per day, week or month
 */
export declare const getAnalyticsSeries: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsSeriesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsSeriesResponses, GetAnalyticsSeriesErrors, ThrowOnError, "fields">;
/**
 * GetAnalyticsSettings
 */
export declare const getAnalyticsSettings: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsSettingsResponses, GetAnalyticsSettingsErrors, ThrowOnError, "fields">;
/**
 * Time zone of the daily figures (regroups them), follow-up hours, costs for the ROI
 */
export declare const putAnalyticsSettings: <ThrowOnError extends boolean = false>(options: Options<PutAnalyticsSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PutAnalyticsSettingsResponses, PutAnalyticsSettingsErrors, ThrowOnError, "fields">;
/**
 * Rising or falling figures (Mann-Kendall at 5 %, Sen's slope) and anomalous periods
 */
export declare const getAnalyticsTrends: <ThrowOnError extends boolean = false>(options?: Options<GetAnalyticsTrendsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAnalyticsTrendsResponses, GetAnalyticsTrendsErrors, ThrowOnError, "fields">;
/**
 * ListApiKeys
 */
export declare const listApiKeys: <ThrowOnError extends boolean = false>(options?: Options<ListApiKeysData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListApiKeysResponses, ListApiKeysErrors, ThrowOnError, "fields">;
/**
 * CreateApiKey
 */
export declare const createApiKey: <ThrowOnError extends boolean = false>(options: Options<CreateApiKeyData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateApiKeyResponses, CreateApiKeyErrors, ThrowOnError, "fields">;
/**
 * RevokeApiKey
 */
export declare const revokeApiKey: <ThrowOnError extends boolean = false>(options: Options<RevokeApiKeyData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RevokeApiKeyResponses, RevokeApiKeyErrors, ThrowOnError, "fields">;
/**
 * GetApiKey
 */
export declare const getApiKey: <ThrowOnError extends boolean = false>(options: Options<GetApiKeyData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetApiKeyResponses, GetApiKeyErrors, ThrowOnError, "fields">;
/**
 * Log in with email and password
 *
 * Repeated failures for an account slow further attempts down (429 with Retry-After, the password
 * unchecked) and are recorded in the account's security events.
 */
export declare const logIn: <ThrowOnError extends boolean = false>(options: Options<LogInData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<LogInResponses, LogInErrors, ThrowOnError, "fields">;
/**
 * LogOut
 */
export declare const logOut: <ThrowOnError extends boolean = false>(options?: Options<LogOutData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<LogOutResponses, LogOutErrors, ThrowOnError, "fields">;
/**
 * Change password; revokes every other session
 */
export declare const changePassword: <ThrowOnError extends boolean = false>(options: Options<ChangePasswordData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ChangePasswordResponses, ChangePasswordErrors, ThrowOnError, "fields">;
/**
 * Rotate a refresh token
 */
export declare const refresh: <ThrowOnError extends boolean = false>(options: Options<RefreshData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RefreshResponses, RefreshErrors, ThrowOnError, "fields">;
/**
 * Create a workspace and its owner
 */
export declare const signUp: <ThrowOnError extends boolean = false>(options: Options<SignUpData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SignUpResponses, SignUpErrors, ThrowOnError, "fields">;
/**
 * GetBooking
 */
export declare const getBooking: <ThrowOnError extends boolean = false>(options: Options<GetBookingData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetBookingResponses, GetBookingErrors, ThrowOnError, "fields">;
/**
 * Cancel: the calendar event is deleted, reminders are called off, the visitor is told
 */
export declare const cancelBooking: <ThrowOnError extends boolean = false>(options: Options<CancelBookingData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CancelBookingResponses, CancelBookingErrors, ThrowOnError, "fields">;
/**
 * Mark that the visitor did not turn up (or undo it); counted in the meeting figures
 */
export declare const markNoShow: <ThrowOnError extends boolean = false>(options: Options<MarkNoShowData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MarkNoShowResponses, MarkNoShowErrors, ThrowOnError, "fields">;
/**
 * RescheduleBooking
 */
export declare const rescheduleBooking: <ThrowOnError extends boolean = false>(options: Options<RescheduleBookingData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RescheduleBookingResponses, RescheduleBookingErrors, ThrowOnError, "fields">;
/**
 * ListCalendars
 */
export declare const listCalendars: <ThrowOnError extends boolean = false>(options?: Options<ListCalendarsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListCalendarsResponses, ListCalendarsErrors, ThrowOnError, "fields">;
/**
 * Connect a CalDAV calendar (checked before it is saved; the password is stored encrypted) or a Calendly / Cal.com scheduling link (with its webhook signing key)
 */
export declare const connectCalendar: <ThrowOnError extends boolean = false>(options: Options<ConnectCalendarData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ConnectCalendarResponses, ConnectCalendarErrors, ThrowOnError, "fields">;
/**
 * Start connecting a Google or Microsoft 365 calendar: the consent URL to send the owner to
 */
export declare const startOauth: <ThrowOnError extends boolean = false>(options: Options<StartOauthData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StartOauthResponses, StartOauthErrors, ThrowOnError, "fields">;
/**
 * Where Google / Microsoft send the owner back after consent: the calendar is connected
 */
export declare const oauthCallback: <ThrowOnError extends boolean = false>(options: Options<OauthCallbackData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<OauthCallbackResponses, OauthCallbackErrors, ThrowOnError, "fields">;
/**
 * DisconnectCalendar
 */
export declare const disconnectCalendar: <ThrowOnError extends boolean = false>(options: Options<DisconnectCalendarData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DisconnectCalendarResponses, DisconnectCalendarErrors, ThrowOnError, "fields">;
/**
 * GetCalendar
 */
export declare const getCalendar: <ThrowOnError extends boolean = false>(options: Options<GetCalendarData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCalendarResponses, GetCalendarErrors, ThrowOnError, "fields">;
/**
 * ListChatbots
 */
export declare const listChatbots: <ThrowOnError extends boolean = false>(options?: Options<ListChatbotsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListChatbotsResponses, ListChatbotsErrors, ThrowOnError, "fields">;
/**
 * CreateChatbot
 */
export declare const createChatbot: <ThrowOnError extends boolean = false>(options: Options<CreateChatbotData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateChatbotResponses, CreateChatbotErrors, ThrowOnError, "fields">;
/**
 * DeleteChatbot
 */
export declare const deleteChatbot: <ThrowOnError extends boolean = false>(options: Options<DeleteChatbotData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteChatbotResponses, DeleteChatbotErrors, ThrowOnError, "fields">;
/**
 * GetChatbot
 */
export declare const getChatbot: <ThrowOnError extends boolean = false>(options: Options<GetChatbotData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetChatbotResponses, GetChatbotErrors, ThrowOnError, "fields">;
/**
 * UpdateChatbot
 */
export declare const updateChatbot: <ThrowOnError extends boolean = false>(options: Options<UpdateChatbotData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateChatbotResponses, UpdateChatbotErrors, ThrowOnError, "fields">;
/**
 * GetAssistantSettings
 *
 * The chatbot's assistant settings: tools, policies, custom intents.
 */
export declare const getAssistantSettings: <ThrowOnError extends boolean = false>(options: Options<GetAssistantSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAssistantSettingsResponses, GetAssistantSettingsErrors, ThrowOnError, "fields">;
/**
 * PutAssistantSettings
 *
 * Replace the chatbot's assistant settings (enable/disable tools, decline policy, custom intents...).
 */
export declare const putAssistantSettings: <ThrowOnError extends boolean = false>(options: Options<PutAssistantSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PutAssistantSettingsResponses, PutAssistantSettingsErrors, ThrowOnError, "fields">;
/**
 * GetEmbedCode
 *
 * The snippet to paste into a website (with a Subresource Integrity hash), how to install
 * it, and a preview page served by the API. 503 while the widget is not built on this server.
 */
export declare const getEmbedCode: <ThrowOnError extends boolean = false>(options: Options<GetEmbedCodeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetEmbedCodeResponses, GetEmbedCodeErrors, ThrowOnError, "fields">;
/**
 * ClassifyIntent
 *
 * Classify a text offline: intent (built-in or the chatbot's custom ones) with a confidence, language and sentiment.
 */
export declare const classifyIntent: <ThrowOnError extends boolean = false>(options: Options<ClassifyIntentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ClassifyIntentResponses, ClassifyIntentErrors, ThrowOnError, "fields">;
/**
 * ListKnowledgeGaps
 *
 * Questions the assistant could not answer from the knowledge, newest first.
 */
export declare const listKnowledgeGaps: <ThrowOnError extends boolean = false>(options: Options<ListKnowledgeGapsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListKnowledgeGapsResponses, ListKnowledgeGapsErrors, ThrowOnError, "fields">;
/**
 * GetEmbedder
 */
export declare const getEmbedder: <ThrowOnError extends boolean = false>(options: Options<GetEmbedderData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetEmbedderResponses, GetEmbedderErrors, ThrowOnError, "fields">;
/**
 * Choose the chatbot's embedder; its chunks are re-embedded in the background
 */
export declare const setEmbedder: <ThrowOnError extends boolean = false>(options: Options<SetEmbedderData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SetEmbedderResponses, SetEmbedderErrors, ThrowOnError, "fields">;
/**
 * Hybrid (dense + full-text, reciprocal-rank fusion) search over the chatbot's knowledge
 */
export declare const search: <ThrowOnError extends boolean = false>(options: Options<SearchData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SearchResponses, SearchErrors, ThrowOnError, "fields">;
/**
 * ListSources
 */
export declare const listSources: <ThrowOnError extends boolean = false>(options: Options<ListSourcesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListSourcesResponses, ListSourcesErrors, ThrowOnError, "fields">;
/**
 * Add a text, FAQ, URL or crawl source (processed in the background)
 */
export declare const createSource: <ThrowOnError extends boolean = false>(options: Options<CreateSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateSourceResponses, CreateSourceErrors, ThrowOnError, "fields">;
/**
 * Upload a file source: Markdown, HTML, PDF, DOCX, CSV of question,answer, or plain text
 */
export declare const uploadSource: <ThrowOnError extends boolean = false>(options: Options<UploadSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UploadSourceResponses, UploadSourceErrors, ThrowOnError, "fields">;
/**
 * Delete a source with its documents and chunks
 */
export declare const deleteSource: <ThrowOnError extends boolean = false>(options: Options<DeleteSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteSourceResponses, DeleteSourceErrors, ThrowOnError, "fields">;
/**
 * GetSource
 */
export declare const getSource: <ThrowOnError extends boolean = false>(options: Options<GetSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetSourceResponses, GetSourceErrors, ThrowOnError, "fields">;
/**
 * UpdateSource
 */
export declare const updateSource: <ThrowOnError extends boolean = false>(options: Options<UpdateSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateSourceResponses, UpdateSourceErrors, ThrowOnError, "fields">;
/**
 * Re-fetch the source; only changed documents are re-embedded
 */
export declare const resyncSource: <ThrowOnError extends boolean = false>(options: Options<ResyncSourceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ResyncSourceResponses, ResyncSourceErrors, ThrowOnError, "fields">;
/**
 * ListLeads
 *
 * Contact details visitors left through the assistant, newest first.
 */
export declare const listLeads: <ThrowOnError extends boolean = false>(options: Options<ListLeadsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListLeadsResponses, ListLeadsErrors, ThrowOnError, "fields">;
/**
 * ListConversations
 *
 * Newest first. Filters combine with AND.
 */
export declare const listConversations: <ThrowOnError extends boolean = false>(options?: Options<ListConversationsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListConversationsResponses, ListConversationsErrors, ThrowOnError, "fields">;
/**
 * GetConversation
 */
export declare const getConversation: <ThrowOnError extends boolean = false>(options: Options<GetConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetConversationResponses, GetConversationErrors, ThrowOnError, "fields">;
/**
 * UploadAttachment
 *
 * Upload a file (multipart field `file`) to attach to a message: `{"id": …}` in the message's
 * attachments. Images (PNG, JPEG, GIF, WebP), PDF, text, CSV, Word, Excel, PowerPoint; the
 * content must be what its type says; the plan limits the size.
 */
export declare const uploadAttachment: <ThrowOnError extends boolean = false>(options: Options<UploadAttachmentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UploadAttachmentResponses, UploadAttachmentErrors, ThrowOnError, "fields">;
/**
 * DownloadAttachment
 *
 * The file's bytes, with its content type; images inline, other files as a download.
 */
export declare const downloadAttachment: <ThrowOnError extends boolean = false>(options: Options<DownloadAttachmentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadAttachmentResponses, DownloadAttachmentErrors, ThrowOnError, "fields">;
/**
 * CloseConversation
 *
 * Closing an already closed conversation changes nothing.
 */
export declare const closeConversation: <ThrowOnError extends boolean = false>(options: Options<CloseConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CloseConversationResponses, CloseConversationErrors, ThrowOnError, "fields">;
/**
 * ExportConversation
 *
 * The whole conversation with its visitor, as JSON or as a plain-text transcript.
 */
export declare const exportConversation: <ThrowOnError extends boolean = false>(options: Options<ExportConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExportConversationResponses, ExportConversationErrors, ThrowOnError, "fields">;
/**
 * ExportConversationText
 *
 * The conversation as a plain-text transcript (what `export?format=text` returns, declared as text).
 */
export declare const exportConversationText: <ThrowOnError extends boolean = false>(options: Options<ExportConversationTextData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExportConversationTextResponses, ExportConversationTextErrors, ThrowOnError, "fields">;
/**
 * GetTranscript
 *
 * The conversation's log in seq order: messages, status changes and read receipts.
 */
export declare const getTranscript: <ThrowOnError extends boolean = false>(options: Options<GetTranscriptData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTranscriptResponses, GetTranscriptErrors, ThrowOnError, "fields">;
/**
 * RateConversation
 *
 * The team's rating of the conversation (1-5, optional comment): `review_rating`. It is kept apart
 * from the visitor's own CSAT (`csat_rating`, given in the widget), which it never overwrites.
 */
export declare const rateConversation: <ThrowOnError extends boolean = false>(options: Options<RateConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RateConversationResponses, RateConversationErrors, ThrowOnError, "fields">;
/**
 * GetVisitorDetails
 *
 * The visitor's answers to the chatbot's pre-chat form, by field key (stored sealed).
 */
export declare const getVisitorDetails: <ThrowOnError extends boolean = false>(options: Options<GetVisitorDetailsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetVisitorDetailsResponses, GetVisitorDetailsErrors, ThrowOnError, "fields">;
/**
 * Service levels missed: late first responses and escalation rules that fired (newest first)
 */
export declare const listBreaches: <ThrowOnError extends boolean = false>(options?: Options<ListBreachesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListBreachesResponses, ListBreachesErrors, ThrowOnError, "fields">;
/**
 * The canned responses you can use
 */
export declare const listCannedResponses: <ThrowOnError extends boolean = false>(options?: Options<ListCannedResponsesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListCannedResponsesResponses, ListCannedResponsesErrors, ThrowOnError, "fields">;
/**
 * A canned response: personal, a team's or the workspace's (variables: {{visitor.name}}, {{operator.name}}…)
 */
export declare const createCannedResponse: <ThrowOnError extends boolean = false>(options: Options<CreateCannedResponseData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateCannedResponseResponses, CreateCannedResponseErrors, ThrowOnError, "fields">;
/**
 * DeleteCannedResponse
 */
export declare const deleteCannedResponse: <ThrowOnError extends boolean = false>(options: Options<DeleteCannedResponseData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteCannedResponseResponses, DeleteCannedResponseErrors, ThrowOnError, "fields">;
/**
 * Close the conversation (the visitor is asked for a rating first)
 */
export declare const closeHandedOffConversation: <ThrowOnError extends boolean = false>(options: Options<CloseHandedOffConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CloseHandedOffConversationResponses, CloseHandedOffConversationErrors, ThrowOnError, "fields">;
/**
 * Transcript, summary, intents, language, sentiment trend, citations and the customer sidebar
 */
export declare const getOperatorContext: <ThrowOnError extends boolean = false>(options: Options<GetOperatorContextData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetOperatorContextResponses, GetOperatorContextErrors, ThrowOnError, "fields">;
/**
 * Preview a `/shortcut` with its variables filled
 */
export declare const expandCannedResponse: <ThrowOnError extends boolean = false>(options: Options<ExpandCannedResponseData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpandCannedResponseResponses, ExpandCannedResponseErrors, ThrowOnError, "fields">;
/**
 * Back to the AI: it answers the next message; the visitor is asked for a rating
 */
export declare const handBackConversation: <ThrowOnError extends boolean = false>(options: Options<HandBackConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<HandBackConversationResponses, HandBackConversationErrors, ThrowOnError, "fields">;
/**
 * ListPrivateNotes
 */
export declare const listPrivateNotes: <ThrowOnError extends boolean = false>(options: Options<ListPrivateNotesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListPrivateNotesResponses, ListPrivateNotesErrors, ThrowOnError, "fields">;
/**
 * A private note: members only, never shown to the visitor
 */
export declare const addPrivateNote: <ThrowOnError extends boolean = false>(options: Options<AddPrivateNoteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddPrivateNoteResponses, AddPrivateNoteErrors, ThrowOnError, "fields">;
/**
 * SetConversationPriority
 */
export declare const setConversationPriority: <ThrowOnError extends boolean = false>(options: Options<SetConversationPriorityData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SetConversationPriorityResponses, SetConversationPriorityErrors, ThrowOnError, "fields">;
/**
 * Write to the visitor (`/shortcut` inserts a canned response)
 */
export declare const replyToConversation: <ThrowOnError extends boolean = false>(options: Options<ReplyToConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ReplyToConversationResponses, ReplyToConversationErrors, ThrowOnError, "fields">;
/**
 * Wake a snoozed conversation now
 */
export declare const unsnoozeConversation: <ThrowOnError extends boolean = false>(options: Options<UnsnoozeConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UnsnoozeConversationResponses, UnsnoozeConversationErrors, ThrowOnError, "fields">;
/**
 * Snooze: the conversation leaves the queue and lists until `until`, then returns by itself
 */
export declare const snoozeConversation: <ThrowOnError extends boolean = false>(options: Options<SnoozeConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SnoozeConversationResponses, SnoozeConversationErrors, ThrowOnError, "fields">;
/**
 * A reply drafted by the assistant from the knowledge base, to edit before sending (nothing is sent)
 */
export declare const suggestConversationReply: <ThrowOnError extends boolean = false>(options: Options<SuggestConversationReplyData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SuggestConversationReplyResponses, SuggestConversationReplyErrors, ThrowOnError, "fields">;
/**
 * ListConversationTags
 */
export declare const listConversationTags: <ThrowOnError extends boolean = false>(options: Options<ListConversationTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListConversationTagsResponses, ListConversationTagsErrors, ThrowOnError, "fields">;
/**
 * Tag the conversation (lower-cased; the list filters by `tag`)
 */
export declare const addConversationTags: <ThrowOnError extends boolean = false>(options: Options<AddConversationTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddConversationTagsResponses, AddConversationTagsErrors, ThrowOnError, "fields">;
/**
 * RemoveConversationTag
 */
export declare const removeConversationTag: <ThrowOnError extends boolean = false>(options: Options<RemoveConversationTagData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RemoveConversationTagResponses, RemoveConversationTagErrors, ThrowOnError, "fields">;
/**
 * Take the conversation (an atomic claim: 409 naming who has it when someone was faster)
 */
export declare const takeConversation: <ThrowOnError extends boolean = false>(options: Options<TakeConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TakeConversationResponses, TakeConversationErrors, ThrowOnError, "fields">;
/**
 * Transfer to an online operator or to a team, with a note for them
 */
export declare const transferConversation: <ThrowOnError extends boolean = false>(options: Options<TransferConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TransferConversationResponses, TransferConversationErrors, ThrowOnError, "fields">;
/**
 * Put the conversation back in the queue
 */
export declare const unassignConversation: <ThrowOnError extends boolean = false>(options: Options<UnassignConversationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UnassignConversationResponses, UnassignConversationErrors, ThrowOnError, "fields">;
/**
 * The queue (status=queued, in order) or any handoffs
 */
export declare const listHandoffs: <ThrowOnError extends boolean = false>(options?: Options<ListHandoffsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListHandoffsResponses, ListHandoffsErrors, ThrowOnError, "fields">;
/**
 * GetHandoff
 */
export declare const getHandoff: <ThrowOnError extends boolean = false>(options: Options<GetHandoffData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetHandoffResponses, GetHandoffErrors, ThrowOnError, "fields">;
/**
 * Every operator's status, capacity and current load
 */
export declare const listOperators: <ThrowOnError extends boolean = false>(options?: Options<ListOperatorsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListOperatorsResponses, ListOperatorsErrors, ThrowOnError, "fields">;
/**
 * Your status (online / away / offline), capacity, languages, skills
 */
export declare const updateMyOperatorStatus: <ThrowOnError extends boolean = false>(options: Options<UpdateMyOperatorStatusData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateMyOperatorStatusResponses, UpdateMyOperatorStatusErrors, ThrowOnError, "fields">;
/**
 * Your activity (the console sends it on input): restarts your idle clock, ends an auto-away
 */
export declare const operatorHeartbeat: <ThrowOnError extends boolean = false>(options?: Options<OperatorHeartbeatData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<OperatorHeartbeatResponses, OperatorHeartbeatErrors, ThrowOnError, "fields">;
/**
 * Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT
 */
export declare const operatorPerformance: <ThrowOnError extends boolean = false>(options?: Options<OperatorPerformanceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<OperatorPerformanceResponses, OperatorPerformanceErrors, ThrowOnError, "fields">;
/**
 * A chatbot's escalation rules
 */
export declare const getHandoffSettings: <ThrowOnError extends boolean = false>(options: Options<GetHandoffSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetHandoffSettingsResponses, GetHandoffSettingsErrors, ThrowOnError, "fields">;
/**
 * Set a chatbot's escalation rules
 */
export declare const putHandoffSettings: <ThrowOnError extends boolean = false>(options: Options<PutHandoffSettingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PutHandoffSettingsResponses, PutHandoffSettingsErrors, ThrowOnError, "fields">;
/**
 * ListTeams
 */
export declare const listTeams: <ThrowOnError extends boolean = false>(options?: Options<ListTeamsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListTeamsResponses, ListTeamsErrors, ThrowOnError, "fields">;
/**
 * Create a team (routing, business hours, members)
 */
export declare const createTeam: <ThrowOnError extends boolean = false>(options: Options<CreateTeamData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateTeamResponses, CreateTeamErrors, ThrowOnError, "fields">;
/**
 * DeleteTeam
 */
export declare const deleteTeam: <ThrowOnError extends boolean = false>(options: Options<DeleteTeamData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteTeamResponses, DeleteTeamErrors, ThrowOnError, "fields">;
/**
 * GetTeam
 */
export declare const getTeam: <ThrowOnError extends boolean = false>(options: Options<GetTeamData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTeamResponses, GetTeamErrors, ThrowOnError, "fields">;
/**
 * UpdateTeam
 */
export declare const updateTeam: <ThrowOnError extends boolean = false>(options: Options<UpdateTeamData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateTeamResponses, UpdateTeamErrors, ThrowOnError, "fields">;
/**
 * Every operator's current chats against capacity
 */
export declare const operatorWorkload: <ThrowOnError extends boolean = false>(options?: Options<OperatorWorkloadData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<OperatorWorkloadResponses, OperatorWorkloadErrors, ThrowOnError, "fields">;
/**
 * Cal.com's BOOKING_CREATED / _RESCHEDULED / _CANCELLED (X-Cal-Signature-256)
 */
export declare const calcomWebhook: <ThrowOnError extends boolean = false>(options: Options<CalcomWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CalcomWebhookResponses, CalcomWebhookErrors, ThrowOnError, "fields">;
/**
 * Calendly's invitee.created / invitee.canceled (Calendly-Webhook-Signature)
 */
export declare const calendlyWebhook: <ThrowOnError extends boolean = false>(options: Options<CalendlyWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CalendlyWebhookResponses, CalendlyWebhookErrors, ThrowOnError, "fields">;
/**
 * ListStripeIntegrations
 */
export declare const listStripeIntegrations: <ThrowOnError extends boolean = false>(options?: Options<ListStripeIntegrationsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListStripeIntegrationsResponses, ListStripeIntegrationsErrors, ThrowOnError, "fields">;
/**
 * Connect a chatbot's Stripe account (the key is checked with a live call; neither secret is ever returned)
 */
export declare const connectStripe: <ThrowOnError extends boolean = false>(options: Options<ConnectStripeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ConnectStripeResponses, ConnectStripeErrors, ThrowOnError, "fields">;
/**
 * Disconnect: the key and webhook secret are erased; past payments stay
 */
export declare const disconnectStripe: <ThrowOnError extends boolean = false>(options: Options<DisconnectStripeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DisconnectStripeResponses, DisconnectStripeErrors, ThrowOnError, "fields">;
/**
 * A Stripe integration and its status
 */
export declare const getStripeIntegration: <ThrowOnError extends boolean = false>(options: Options<GetStripeIntegrationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetStripeIntegrationResponses, GetStripeIntegrationErrors, ThrowOnError, "fields">;
/**
 * What the assistant may charge for: Stripe prices (synced now) and ad-hoc ranges per currency
 */
export declare const setPaymentCatalogue: <ThrowOnError extends boolean = false>(options: Options<SetPaymentCatalogueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SetPaymentCatalogueResponses, SetPaymentCatalogueErrors, ThrowOnError, "fields">;
/**
 * The active one-time prices in the Stripe account, to choose the catalogue from
 */
export declare const listStripePrices: <ThrowOnError extends boolean = false>(options: Options<ListStripePricesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListStripePricesResponses, ListStripePricesErrors, ThrowOnError, "fields">;
/**
 * Stripe's events for this integration, signed with its webhook secret (Stripe-Signature)
 */
export declare const stripeWebhook: <ThrowOnError extends boolean = false>(options: Options<StripeWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StripeWebhookResponses, StripeWebhookErrors, ThrowOnError, "fields">;
/**
 * ListInvitations
 */
export declare const listInvitations: <ThrowOnError extends boolean = false>(options?: Options<ListInvitationsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListInvitationsResponses, ListInvitationsErrors, ThrowOnError, "fields">;
/**
 * Invite
 */
export declare const invite: <ThrowOnError extends boolean = false>(options: Options<InviteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InviteResponses, InviteErrors, ThrowOnError, "fields">;
/**
 * Join a workspace with an invitation token
 */
export declare const acceptInvitation: <ThrowOnError extends boolean = false>(options: Options<AcceptInvitationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AcceptInvitationResponses, AcceptInvitationErrors, ThrowOnError, "fields">;
/**
 * RevokeInvitation
 */
export declare const revokeInvitation: <ThrowOnError extends boolean = false>(options: Options<RevokeInvitationData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RevokeInvitationResponses, RevokeInvitationErrors, ThrowOnError, "fields">;
/**
 * ListInvoices
 */
export declare const listInvoices: <ThrowOnError extends boolean = false>(options?: Options<ListInvoicesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListInvoicesResponses, ListInvoicesErrors, ThrowOnError, "fields">;
/**
 * Create, finalise and e-mail a Stripe invoice from a conversation (lines inside the catalogue)
 */
export declare const sendInvoice: <ThrowOnError extends boolean = false>(options: Options<SendInvoiceData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SendInvoiceResponses, SendInvoiceErrors, ThrowOnError, "fields">;
/**
 * Me
 */
export declare const me: <ThrowOnError extends boolean = false>(options?: Options<MeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MeResponses, MeErrors, ThrowOnError, "fields">;
/**
 * UpdateMe
 *
 * Change your own name or avatar (an https image URL, shown to visitors beside your messages).
 */
export declare const updateMe: <ThrowOnError extends boolean = false>(options: Options<UpdateMeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateMeResponses, UpdateMeErrors, ThrowOnError, "fields">;
/**
 * ListMySecurityEvents
 *
 * Your account's security events, newest first: e.g. logins braked after repeated wrong passwords.
 */
export declare const listMySecurityEvents: <ThrowOnError extends boolean = false>(options?: Options<ListMySecurityEventsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListMySecurityEventsResponses, ListMySecurityEventsErrors, ThrowOnError, "fields">;
/**
 * ListMembers
 */
export declare const listMembers: <ThrowOnError extends boolean = false>(options?: Options<ListMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListMembersResponses, ListMembersErrors, ThrowOnError, "fields">;
/**
 * RemoveMember
 */
export declare const removeMember: <ThrowOnError extends boolean = false>(options: Options<RemoveMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RemoveMemberResponses, RemoveMemberErrors, ThrowOnError, "fields">;
/**
 * GetMember
 */
export declare const getMember: <ThrowOnError extends boolean = false>(options: Options<GetMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetMemberResponses, GetMemberErrors, ThrowOnError, "fields">;
/**
 * UpdateMember
 */
export declare const updateMember: <ThrowOnError extends boolean = false>(options: Options<UpdateMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateMemberResponses, UpdateMemberErrors, ThrowOnError, "fields">;
/**
 * ListPayments
 */
export declare const listPayments: <ThrowOnError extends boolean = false>(options?: Options<ListPaymentsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListPaymentsResponses, ListPaymentsErrors, ThrowOnError, "fields">;
/**
 * Send a payment request into a conversation (inside the chatbot's catalogue)
 */
export declare const createPayment: <ThrowOnError extends boolean = false>(options: Options<CreatePaymentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreatePaymentResponses, CreatePaymentErrors, ThrowOnError, "fields">;
/**
 * Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency
 */
export declare const paymentFigures: <ThrowOnError extends boolean = false>(options: Options<PaymentFiguresData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PaymentFiguresResponses, PaymentFiguresErrors, ThrowOnError, "fields">;
/**
 * GetPayment
 */
export declare const getPayment: <ThrowOnError extends boolean = false>(options: Options<GetPaymentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetPaymentResponses, GetPaymentErrors, ThrowOnError, "fields">;
/**
 * Refund a paid payment in full or in part
 */
export declare const refundPayment: <ThrowOnError extends boolean = false>(options: Options<RefundPaymentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RefundPaymentResponses, RefundPaymentErrors, ThrowOnError, "fields">;
/**
 * ListSchedules
 */
export declare const listSchedules: <ThrowOnError extends boolean = false>(options?: Options<ListSchedulesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListSchedulesResponses, ListSchedulesErrors, ThrowOnError, "fields">;
/**
 * Availability rules for a chatbot (or an operator or team it books for)
 */
export declare const createSchedule: <ThrowOnError extends boolean = false>(options: Options<CreateScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateScheduleResponses, CreateScheduleErrors, ThrowOnError, "fields">;
/**
 * DeleteSchedule
 */
export declare const deleteSchedule: <ThrowOnError extends boolean = false>(options: Options<DeleteScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteScheduleResponses, DeleteScheduleErrors, ThrowOnError, "fields">;
/**
 * GetSchedule
 */
export declare const getSchedule: <ThrowOnError extends boolean = false>(options: Options<GetScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetScheduleResponses, GetScheduleErrors, ThrowOnError, "fields">;
/**
 * UpdateSchedule
 */
export declare const updateSchedule: <ThrowOnError extends boolean = false>(options: Options<UpdateScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateScheduleResponses, UpdateScheduleErrors, ThrowOnError, "fields">;
/**
 * ListBookings
 */
export declare const listBookings: <ThrowOnError extends boolean = false>(options: Options<ListBookingsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListBookingsResponses, ListBookingsErrors, ThrowOnError, "fields">;
/**
 * Book a free slot (409 with fresh slots when it was taken meanwhile)
 */
export declare const createBooking: <ThrowOnError extends boolean = false>(options: Options<CreateBookingData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateBookingResponses, CreateBookingErrors, ThrowOnError, "fields">;
/**
 * Free slots between start and end (busy time read from the schedule's calendars)
 */
export declare const findSlots: <ThrowOnError extends boolean = false>(options: Options<FindSlotsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FindSlotsResponses, FindSlotsErrors, ThrowOnError, "fields">;
/**
 * Meetings booked, rescheduled, cancelled, no-shows and conversation→booking conversion by chatbot and day (UTC)
 */
export declare const schedulingFigures: <ThrowOnError extends boolean = false>(options: Options<SchedulingFiguresData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SchedulingFiguresResponses, SchedulingFiguresErrors, ThrowOnError, "fields">;
/**
 * Delete the workspace and shred its encryption key
 */
export declare const deleteTenant: <ThrowOnError extends boolean = false>(options: Options<DeleteTenantData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteTenantResponses, DeleteTenantErrors, ThrowOnError, "fields">;
/**
 * GetTenant
 */
export declare const getTenant: <ThrowOnError extends boolean = false>(options?: Options<GetTenantData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTenantResponses, GetTenantErrors, ThrowOnError, "fields">;
/**
 * ListWebhooks
 */
export declare const listWebhooks: <ThrowOnError extends boolean = false>(options?: Options<ListWebhooksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListWebhooksResponses, ListWebhooksErrors, ThrowOnError, "fields">;
/**
 * Create an endpoint (its signing secret is shown only in this answer)
 */
export declare const createWebhook: <ThrowOnError extends boolean = false>(options: Options<CreateWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CreateWebhookResponses, CreateWebhookErrors, ThrowOnError, "fields">;
/**
 * DeleteWebhook
 */
export declare const deleteWebhook: <ThrowOnError extends boolean = false>(options: Options<DeleteWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteWebhookResponses, DeleteWebhookErrors, ThrowOnError, "fields">;
/**
 * GetWebhook
 */
export declare const getWebhook: <ThrowOnError extends boolean = false>(options: Options<GetWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetWebhookResponses, GetWebhookErrors, ThrowOnError, "fields">;
/**
 * UpdateWebhook
 */
export declare const updateWebhook: <ThrowOnError extends boolean = false>(options: Options<UpdateWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateWebhookResponses, UpdateWebhookErrors, ThrowOnError, "fields">;
/**
 * The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)
 */
export declare const listWebhookDeliveries: <ThrowOnError extends boolean = false>(options: Options<ListWebhookDeliveriesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ListWebhookDeliveriesResponses, ListWebhookDeliveriesErrors, ThrowOnError, "fields">;
/**
 * Deliver one message again
 */
export declare const resendWebhookDelivery: <ThrowOnError extends boolean = false>(options: Options<ResendWebhookDeliveryData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ResendWebhookDeliveryResponses, ResendWebhookDeliveryErrors, ThrowOnError, "fields">;
/**
 * Deliver again every failed message since a time
 */
export declare const recoverWebhookDeliveries: <ThrowOnError extends boolean = false>(options: Options<RecoverWebhookDeliveriesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RecoverWebhookDeliveriesResponses, RecoverWebhookDeliveriesErrors, ThrowOnError, "fields">;
/**
 * New signing secret; the old one keeps signing beside it for 24 hours
 */
export declare const rotateWebhookSecret: <ThrowOnError extends boolean = false>(options: Options<RotateWebhookSecretData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RotateWebhookSecretResponses, RotateWebhookSecretErrors, ThrowOnError, "fields">;
/**
 * Send a `webhook.test` event to this endpoint
 */
export declare const testWebhook: <ThrowOnError extends boolean = false>(options: Options<TestWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TestWebhookResponses, TestWebhookErrors, ThrowOnError, "fields">;
/**
 * The page a booking's cancel or reschedule link opens
 */
export declare const bookingPage: <ThrowOnError extends boolean = false>(options: Options<BookingPageData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<BookingPageResponses, BookingPageErrors, ThrowOnError, "fields">;
/**
 * CancelByLink
 */
export declare const cancelByLink: <ThrowOnError extends boolean = false>(options: Options<CancelByLinkData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CancelByLinkResponses, CancelByLinkErrors, ThrowOnError, "fields">;
/**
 * RescheduleByLink
 */
export declare const rescheduleByLink: <ThrowOnError extends boolean = false>(options: Options<RescheduleByLinkData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RescheduleByLinkResponses, RescheduleByLinkErrors, ThrowOnError, "fields">;
/**
 * Public: a file of the visitor's conversations
 *
 * Only the visitor whose conversation holds the file gets it (any other: 404).
 */
export declare const downloadWidgetAttachment: <ThrowOnError extends boolean = false>(options: Options<DownloadWidgetAttachmentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadWidgetAttachmentResponses, DownloadWidgetAttachmentErrors, ThrowOnError, "fields">;
/**
 * Public: what the chat widget shows (no credentials)
 */
export declare const widgetConfig: <ThrowOnError extends boolean = false>(options: Options<WidgetConfigData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WidgetConfigResponses, WidgetConfigErrors, ThrowOnError, "fields">;
/**
 * Public: start or resume a visitor's conversation
 *
 * The Origin must be one of the chatbot's allowed origins. A visitor token from an earlier
 * visit (of this chatbot only) brings the visitor's conversation and history back.
 */
export declare const startWidgetSession: <ThrowOnError extends boolean = false>(options: Options<StartWidgetSessionData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StartWidgetSessionResponses, StartWidgetSessionErrors, ThrowOnError, "fields">;
/**
 * Public: the visitor uploads a file to attach to a message
 *
 * Multipart field `file`; then send a message with `{"id": …}` in its attachments. The
 * session's `attachments` policy says which types and how many bytes are accepted.
 */
export declare const uploadWidgetAttachment: <ThrowOnError extends boolean = false>(options: Options<UploadWidgetAttachmentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UploadWidgetAttachmentResponses, UploadWidgetAttachmentErrors, ThrowOnError, "fields">;
/**
 * Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)
 *
 * 409 when the conversation is not waiting in the queue (a person has it, or it is with the AI).
 */
export declare const leaveWidgetContact: <ThrowOnError extends boolean = false>(options: Options<LeaveWidgetContactData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<LeaveWidgetContactResponses, LeaveWidgetContactErrors, ThrowOnError, "fields">;
/**
 * Public: long-poll a conversation's events (fallback when WebSockets are blocked)
 *
 * Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
 * The events are the same frames the WebSocket sends.
 */
export declare const pollWidgetEvents: <ThrowOnError extends boolean = false>(options: Options<PollWidgetEventsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PollWidgetEventsResponses, PollWidgetEventsErrors, ThrowOnError, "fields">;
/**
 * Public: send a visitor message without a WebSocket (idempotent by client_id)
 */
export declare const postWidgetMessage: <ThrowOnError extends boolean = false>(options: Options<PostWidgetMessageData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostWidgetMessageResponses, PostWidgetMessageErrors, ThrowOnError, "fields">;
/**
 * Public: the visitor rates the conversation (CSAT 1-5 and a comment)
 */
export declare const rateWidgetSession: <ThrowOnError extends boolean = false>(options: Options<RateWidgetSessionData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<RateWidgetSessionResponses, RateWidgetSessionErrors, ThrowOnError, "fields">;
/**
 * Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)
 *
 * Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
 * then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
 * A comment every 15 s keeps proxies from closing an idle stream.
 */
export declare const streamWidgetEvents: <ThrowOnError extends boolean = false>(options: Options<StreamWidgetEventsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StreamWidgetEventsResponses, StreamWidgetEventsErrors, ThrowOnError, "fields">;
/**
 * Public: e-mail the conversation's transcript to the visitor
 *
 * Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
 * (the widget config's `transcript_by_email` says so beforehand).
 */
export declare const emailWidgetTranscript: <ThrowOnError extends boolean = false>(options: Options<EmailWidgetTranscriptData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EmailWidgetTranscriptResponses, EmailWidgetTranscriptErrors, ThrowOnError, "fields">;
/**
 * Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)
 */
export declare const trackWidget: <ThrowOnError extends boolean = false>(options: Options<TrackWidgetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TrackWidgetResponses, TrackWidgetErrors, ThrowOnError, "fields">;
