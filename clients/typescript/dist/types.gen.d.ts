export type ClientOptions = {
    baseUrl: `${string}://${string}` | (string & {});
};
export type Webhooks = BookingCancelledWebhookWebhookRequest | BookingCreatedWebhookWebhookRequest | BookingRescheduledWebhookWebhookRequest | CalendarUnavailableWebhookWebhookRequest | ConversationAssignedWebhookWebhookRequest | ConversationClosedWebhookWebhookRequest | ConversationQueuedWebhookWebhookRequest | ConversationStartedWebhookWebhookRequest | CreditsThresholdReachedWebhookWebhookRequest | FeedbackReceivedWebhookWebhookRequest | HandoffBreachedWebhookWebhookRequest | HandoffContactLeftWebhookWebhookRequest | HandoffRequestedWebhookWebhookRequest | HandoffResolvedWebhookWebhookRequest | HandoffTransferredWebhookWebhookRequest | KnowledgeSourceFailedWebhookWebhookRequest | KnowledgeSourceSyncedWebhookWebhookRequest | LeadCapturedWebhookWebhookRequest | MessageCreatedWebhookWebhookRequest | PaymentDisputedWebhookWebhookRequest | PaymentExpiredWebhookWebhookRequest | PaymentFailedWebhookWebhookRequest | PaymentInvoicePaidWebhookWebhookRequest | PaymentInvoiceSentWebhookWebhookRequest | PaymentPaidWebhookWebhookRequest | PaymentRefundedWebhookWebhookRequest | PaymentRequestedWebhookWebhookRequest | WebhookEndpointDisabledWebhookWebhookRequest | WebhookTestWebhookWebhookRequest;
/**
 * AcceptResult
 */
export type AcceptResult = {
    access_token: string;
    expires_in: number;
    refresh_token: string;
    token_type: string;
    tokens: Tokens;
    user: Member;
};
/**
 * AdHocRange
 */
export type AdHocRange = {
    /**
     * ISO 4217 code, lower case
     */
    currency: string;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    max_amount: number;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    min_amount: number;
};
/**
 * AiSettings
 */
export type AiSettings = {
    base_url: string | null;
    has_api_key: boolean;
    max_tokens: number;
    model: string;
    provider: 'offline' | 'anthropic' | 'openai';
    temperature: number;
};
/**
 * AiSettingsInput
 */
export type AiSettingsInput = {
    api_key?: string | null;
    base_url?: string | null;
    max_tokens?: number;
    model?: string;
    provider?: 'offline' | 'anthropic' | 'openai';
    temperature?: number;
};
/**
 * AnalyticsAnomaly
 */
export type AnalyticsAnomaly = {
    metric: string;
    period: string;
    robust_z: number;
    usual: number;
    value: number;
};
/**
 * AnalyticsBreakdownRow
 */
export type AnalyticsBreakdownRow = {
    average_rating: number | null;
    conversations: number;
    handoff_rate: number | null;
    handoffs: number;
    key: string;
    label: string | null;
    ratings: number;
    resolution_rate: number | null;
    resolved: number;
    resolved_by_ai: number;
};
/**
 * AnalyticsChange
 */
export type AnalyticsChange = {
    delta: number | null;
    percent: number | null;
};
/**
 * AnalyticsFigures
 */
export type AnalyticsFigures = {
    abandoned: number;
    ai_first_response_ms: number | null;
    ai_resolution_rate: number | null;
    average_duration_s: number | null;
    average_rating: number | null;
    average_response_ms?: number | null;
    bookings: number;
    conversations: number;
    credits: number;
    csat: number | null;
    declined_answers: number;
    estimated_savings?: number | null;
    handoff_rate: number | null;
    handoffs: number;
    human_first_response_ms: number | null;
    leads: number;
    messages_ai: number;
    messages_human: number;
    messages_visitor: number;
    open: number;
    payments: number;
    ratings: number;
    resolution_rate: number | null;
    resolved: number;
    resolved_by_ai: number;
    resolved_by_human: number;
    started: number;
    unresolved: number;
};
/**
 * AnalyticsFunnel
 */
export type AnalyticsFunnel = {
    bookings: number;
    first_messages: number;
    from: string;
    payments: number;
    steps: Array<AnalyticsFunnelStep>;
    to: string;
    top_pages: Array<WidgetPageCount>;
};
/**
 * AnalyticsFunnelStep
 */
export type AnalyticsFunnelStep = {
    count: number;
    rate: number | null;
    step: string;
};
/**
 * AnalyticsKnowledgeGap
 */
export type AnalyticsKnowledgeGap = {
    count: number;
    example: string;
    examples: Array<string>;
    reasons: {
        [key: string]: number;
    };
    suggested_article: string;
};
/**
 * AnalyticsOverview
 */
export type AnalyticsOverview = {
    change: {
        [key: string]: AnalyticsChange;
    };
    figures: AnalyticsFigures;
    from: string;
    previous: AnalyticsFigures;
    previous_from: string;
    previous_to: string;
    time_zone: string;
    to: string;
};
/**
 * AnalyticsPageRow
 */
export type AnalyticsPageRow = {
    first_messages: number;
    loads: number;
    message_rate: number | null;
    open_rate: number | null;
    opens: number;
    page: string;
};
/**
 * AnalyticsReport
 */
export type AnalyticsReport = {
    attempts: number;
    chatbot_id: string | null;
    created_at: string;
    csv_bytes: number | null;
    csv_url: string | null;
    error: string | null;
    finished_at: string | null;
    from: string;
    id: string;
    kind: 'on_demand' | 'weekly' | 'monthly';
    pdf_bytes: number | null;
    pdf_url: string | null;
    status: 'pending' | 'ready' | 'failed';
    time_zone: string;
    to: string;
};
/**
 * AnalyticsReportRequest
 */
export type AnalyticsReportRequest = {
    chatbot_id?: string | null;
    from?: string | null;
    time_zone?: string | null;
    to?: string | null;
};
/**
 * AnalyticsSeriesPoint
 */
export type AnalyticsSeriesPoint = {
    abandoned: number;
    ai_first_response_ms: number | null;
    ai_resolution_rate: number | null;
    average_duration_s: number | null;
    average_rating: number | null;
    average_response_ms?: number | null;
    bookings: number;
    conversations: number;
    credits: number;
    csat: number | null;
    declined_answers: number;
    estimated_savings?: number | null;
    handoff_rate: number | null;
    handoffs: number;
    human_first_response_ms: number | null;
    leads: number;
    messages_ai: number;
    messages_human: number;
    messages_visitor: number;
    open: number;
    payments: number;
    period: string;
    ratings: number;
    resolution_rate: number | null;
    resolved: number;
    resolved_by_ai: number;
    resolved_by_human: number;
    started: number;
    unresolved: number;
};
/**
 * AnalyticsSettings
 */
export type AnalyticsSettings = {
    credit_cost: number | null;
    follow_up_hours: number;
    human_conversation_cost: number | null;
    last_report_week: string | null;
    report_recipients: Array<string>;
    time_zone: string;
};
/**
 * AnalyticsSettingsUpdate
 */
export type AnalyticsSettingsUpdate = {
    credit_cost?: number | null;
    follow_up_hours?: number;
    human_conversation_cost?: number | null;
    report_recipients?: Array<string>;
    time_zone?: string;
};
/**
 * AnalyticsTrend
 */
export type AnalyticsTrend = {
    direction: 'rising' | 'falling' | 'no trend' | 'too few points';
    metric: string;
    p_value: number | null;
    points: number;
    slope_per_period: number | null;
};
/**
 * AnalyticsTrends
 */
export type AnalyticsTrends = {
    anomalies: Array<AnalyticsAnomaly>;
    from: string;
    granularity: string;
    to: string;
    trends: Array<AnalyticsTrend>;
};
/**
 * ApiKey
 */
export type ApiKey = {
    created_at: string;
    created_by: ApiKeyCreator | null;
    effective_scopes: Array<'analytics:read' | 'analytics:write' | 'bookings:write' | 'chatbots:read' | 'chatbots:write' | 'conversations:read' | 'conversations:write' | 'handoff:read' | 'handoff:work' | 'knowledge:read' | 'knowledge:write' | 'payments:read' | 'payments:refund' | 'payments:request' | 'payments:write' | 'scheduling:read' | 'scheduling:write' | 'webhooks:read' | 'webhooks:write'>;
    expires_at: string | null;
    id: string;
    last_used_at: string | null;
    name: string;
    prefix: string;
    revoked_at: string | null;
    scopes: Array<'analytics:read' | 'analytics:write' | 'bookings:write' | 'chatbots:read' | 'chatbots:write' | 'conversations:read' | 'conversations:write' | 'handoff:read' | 'handoff:work' | 'knowledge:read' | 'knowledge:write' | 'payments:read' | 'payments:refund' | 'payments:request' | 'payments:write' | 'scheduling:read' | 'scheduling:write' | 'webhooks:read' | 'webhooks:write'>;
};
/**
 * ApiKeyCreate
 */
export type ApiKeyCreate = {
    expires_at?: string | null;
    name: string;
    scopes: Array<'analytics:read' | 'analytics:write' | 'bookings:write' | 'chatbots:read' | 'chatbots:write' | 'conversations:read' | 'conversations:write' | 'handoff:read' | 'handoff:work' | 'knowledge:read' | 'knowledge:write' | 'payments:read' | 'payments:refund' | 'payments:request' | 'payments:write' | 'scheduling:read' | 'scheduling:write' | 'webhooks:read' | 'webhooks:write'>;
};
/**
 * ApiKeyCreator
 */
export type ApiKeyCreator = {
    id: string;
    name: string;
};
/**
 * Appearance
 */
export type Appearance = {
    avatar_url: string | null;
    launcher_text: string;
    position: 'bottom-right' | 'bottom-left';
    primary_color: string;
    text_color: string;
    theme: 'light' | 'dark' | 'auto';
};
/**
 * AppearanceInput
 */
export type AppearanceInput = {
    avatar_url?: string | null;
    launcher_text?: string;
    position?: 'bottom-right' | 'bottom-left';
    primary_color?: string;
    text_color?: string;
    theme?: 'light' | 'dark' | 'auto';
};
/**
 * AssistantSettings
 */
export type AssistantSettings = {
    answer_while_queued?: boolean;
    available_tools?: Array<string>;
    custom_intents?: Array<CustomIntent>;
    decline_policy?: 'decline' | 'general';
    disabled_tools?: Array<string>;
    faq_cache?: boolean;
    faq_threshold?: number;
    handoff_on_negative?: boolean;
    intent_threshold?: number;
    negative_threshold?: number;
    remember_past_sessions?: boolean;
};
/**
 * Attachment
 */
export type Attachment = {
    content_type?: string;
    id?: string | null;
    name?: string;
    size?: number | null;
    url: string;
};
/**
 * AttachmentOut
 */
export type AttachmentOut = {
    content_type: string;
    id?: string | null;
    name: string;
    size: number | null;
    url: string;
};
/**
 * AttachmentPolicy
 */
export type AttachmentPolicy = {
    content_types: Array<string>;
    max_bytes: number;
};
/**
 * AttachmentRef
 */
export type AttachmentRef = {
    content_type?: string;
    id?: string | null;
    name?: string;
    size?: number | null;
    url?: string;
};
/**
 * AttachmentUpload
 */
export type AttachmentUpload = {
    file: Blob | File;
};
/**
 * Booking
 */
export type Booking = {
    calendar_event_uid: string | null;
    chatbot_id: string;
    conversation_id: string | null;
    created_at: string | null;
    email: string;
    end: string;
    id: string;
    language?: string;
    meeting_url: string;
    name: string;
    no_show?: boolean;
    notes: string;
    schedule_id: string;
    source?: string;
    start: string;
    status: string;
    time_zone: string;
    updated_at: string | null;
};
/**
 * BookingCancelledData
 */
export type BookingCancelledData = {
    booking_id: string;
    by: string;
    chatbot_id: string;
    schedule_id: string;
    start: string;
};
/**
 * BookingCancelledWebhook
 */
export type BookingCancelledWebhook = {
    data: BookingCancelledData;
    timestamp: string;
    type: 'booking.cancelled';
};
/**
 * BookingCreate
 */
export type BookingCreate = {
    conversation_id?: string | null;
    duration_minutes?: number | null;
    email: string;
    /**
     * The e-mails' language (en, de, es, fr, it, pt, nl)
     */
    language?: string;
    name: string;
    notes?: string;
    start: string;
    /**
     * An IANA time zone
     */
    time_zone?: string;
};
/**
 * BookingCreatedData
 */
export type BookingCreatedData = {
    booking_id: string;
    chatbot_id: string;
    contact_name: string;
    conversation_id: string | null;
    email: string;
    end: string;
    meeting_url: string;
    schedule_id: string;
    start: string;
    time_zone: string;
};
/**
 * BookingCreatedWebhook
 */
export type BookingCreatedWebhook = {
    data: BookingCreatedData;
    timestamp: string;
    type: 'booking.created';
};
/**
 * BookingRescheduledData
 */
export type BookingRescheduledData = {
    booking_id: string;
    by: string;
    chatbot_id: string;
    end: string;
    previous_start: string;
    schedule_id: string;
    start: string;
};
/**
 * BookingRescheduledWebhook
 */
export type BookingRescheduledWebhook = {
    data: BookingRescheduledData;
    timestamp: string;
    type: 'booking.rescheduled';
};
/**
 * Breach
 */
export type Breach = {
    action: string | null;
    conversation_id: string;
    created_at: string | null;
    handoff_id: string;
    id: string;
    kind: string;
    operator_id: string | null;
    rule: string;
    target_seconds: number;
    team_id: string | null;
    waited_seconds: number;
};
/**
 * BreachKind
 */
export type BreachKind = 'first_response' | 'queued';
/**
 * BreachList
 */
export type BreachList = {
    items: Array<Breach>;
    next_cursor?: string | null;
};
/**
 * BusinessHours
 */
export type BusinessHours = {
    away_message?: string;
    timezone: string;
    weekly: {
        [key: string]: Array<Array<string>>;
    };
};
/**
 * Calendar
 */
export type Calendar = {
    created_at: string | null;
    id: string;
    kind: string;
    name: string;
    url: string;
    username: string;
    webhook_url?: string | null;
};
/**
 * CalendarCreate
 */
export type CalendarCreate = {
    /**
     * caldav, calendly or calcom (google and microsoft: the OAuth flow)
     */
    kind?: string;
    name?: string;
    /**
     * CalDAV: the password; calendly / calcom: the webhook signing key
     */
    password: string;
    /**
     * CalDAV: the calendar collection URL; calendly / calcom: the owner's scheduling link offered in chat
     */
    url: string;
    username?: string;
    /**
     * Check the calendar answers before saving (503 when it does not)
     */
    verify?: boolean;
};
/**
 * CalendarUnavailableData
 */
export type CalendarUnavailableData = {
    chatbot_id: string;
    reason: string;
    schedule_id: string;
};
/**
 * CalendarUnavailableWebhook
 */
export type CalendarUnavailableWebhook = {
    data: CalendarUnavailableData;
    timestamp: string;
    type: 'calendar.unavailable';
};
/**
 * Canned
 */
export type Canned = {
    body: string;
    created_at: string | null;
    id: string;
    owner_user_id: string | null;
    shortcut: string;
    team_id: string | null;
    title: string;
};
/**
 * CannedCreate
 */
export type CannedCreate = {
    body: string;
    personal?: boolean;
    shortcut: string;
    team_id?: string | null;
    title?: string;
};
/**
 * CannedList
 */
export type CannedList = {
    items: Array<Canned>;
};
/**
 * Catalogue
 */
export type Catalogue = {
    ad_hoc: Array<AdHocRange>;
    prices: Array<CataloguePrice>;
};
/**
 * CataloguePrice
 */
export type CataloguePrice = {
    currency: string;
    id: string;
    name: string;
    product: string;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    unit_amount: number;
};
/**
 * CatalogueUpdate
 */
export type CatalogueUpdate = {
    /**
     * Ad-hoc amounts allowed, per currency
     */
    ad_hoc?: Array<AdHocRange>;
    /**
     * Stripe prices the assistant may ask for
     */
    price_ids?: Array<string>;
};
/**
 * Chatbot
 */
export type Chatbot = {
    ai_settings: AiSettings;
    allowed_origins: Array<string>;
    appearance: Appearance;
    business_hours: BusinessHours | null;
    company_profile: CompanyProfile;
    created_at: string;
    id: string;
    instructions: string;
    languages: Array<string>;
    name: string;
    persona: string;
    pre_chat_form: Array<PreChatField>;
    proactive_messages: Array<ProactiveMessage>;
    public_id: string;
    status: ChatbotStatus;
    updated_at: string;
    welcome_message: string;
};
/**
 * ChatbotCreate
 */
export type ChatbotCreate = {
    ai_settings?: AiSettingsInput;
    allowed_origins?: Array<string>;
    appearance?: AppearanceInput;
    business_hours?: BusinessHours | null;
    company_profile?: CompanyProfileInput;
    instructions?: string;
    languages?: Array<string>;
    name: string;
    persona?: string;
    pre_chat_form?: Array<PreChatField>;
    proactive_messages?: Array<ProactiveMessage>;
    status?: ChatbotStatus;
    welcome_message?: string;
};
/**
 * ChatbotStatus
 *
 * A chatbot's status (draft: not served yet). An enum, so the spec names it once for fields and filters.
 */
export type ChatbotStatus = 'draft' | 'active' | 'paused';
/**
 * ChatbotUpdate
 */
export type ChatbotUpdate = {
    ai_settings?: AiSettingsInput;
    allowed_origins?: Array<string>;
    appearance?: AppearanceInput;
    business_hours?: BusinessHours | null;
    company_profile?: CompanyProfileInput;
    instructions?: string;
    languages?: Array<string>;
    name?: string;
    persona?: string;
    pre_chat_form?: Array<PreChatField>;
    proactive_messages?: Array<ProactiveMessage>;
    status?: ChatbotStatus;
    welcome_message?: string;
};
/**
 * Citation
 */
export type Citation = {
    document_id: string;
    heading_path: Array<string>;
    source_id: string;
    title: string;
    url: string | null;
};
/**
 * Classification
 */
export type Classification = {
    alternatives: Array<IntentScore>;
    confidence: number;
    custom: boolean;
    detected_language: string | null;
    intent: string;
    language: string;
    language_confidence: number;
    sentiment: SentimentOut;
    source: 'offline' | 'model';
};
/**
 * ClassifyRequest
 */
export type ClassifyRequest = {
    language?: string | null;
    mode?: 'offline' | 'model';
    text: string;
};
/**
 * CompanyProfile
 */
export type CompanyProfile = {
    description: string;
    industry: string;
    name: string;
    support_email: string;
    website: string;
};
/**
 * CompanyProfileInput
 */
export type CompanyProfileInput = {
    description?: string;
    industry?: string;
    name?: string;
    support_email?: string;
    website?: string;
};
/**
 * ContactLeave
 */
export type ContactLeave = {
    email: string;
    name?: string | null;
    note?: string | null;
};
/**
 * ContactLeft
 */
export type ContactLeft = {
    conversation_id: string;
    email: string;
};
/**
 * ConversationAssignedData
 */
export type ConversationAssignedData = {
    assigned_user_id: string | null;
    chatbot_id: string;
    conversation_id: string;
};
/**
 * ConversationAssignedWebhook
 */
export type ConversationAssignedWebhook = {
    data: ConversationAssignedData;
    timestamp: string;
    type: 'conversation.assigned';
};
/**
 * ConversationClosedData
 */
export type ConversationClosedData = {
    by: string;
    chatbot_id: string;
    conversation_id: string;
};
/**
 * ConversationClosedWebhook
 */
export type ConversationClosedWebhook = {
    data: ConversationClosedData;
    timestamp: string;
    type: 'conversation.closed';
};
/**
 * ConversationQueuedData
 */
export type ConversationQueuedData = {
    by: string;
    chatbot_id: string;
    conversation_id: string;
};
/**
 * ConversationQueuedWebhook
 */
export type ConversationQueuedWebhook = {
    data: ConversationQueuedData;
    timestamp: string;
    type: 'conversation.queued';
};
/**
 * ConversationStartedData
 */
export type ConversationStartedData = {
    chatbot_id: string;
    conversation_id: string;
    language: string | null;
    visitor_id: string;
};
/**
 * ConversationStartedWebhook
 */
export type ConversationStartedWebhook = {
    data: ConversationStartedData;
    timestamp: string;
    type: 'conversation.started';
};
/**
 * CrawlSourceCreate
 */
export type CrawlSourceCreate = {
    kind: 'crawl';
    language?: string | null;
    max_depth?: number;
    max_pages?: number;
    name?: string | null;
    /**
     * Seconds between scheduled re-syncs
     */
    resync_interval_seconds?: number | null;
    url: string;
};
/**
 * CreditsThresholdReachedData
 */
export type CreditsThresholdReachedData = {
    allowance: number;
    period: string;
    plan: string;
    threshold: number;
    used: number;
};
/**
 * CreditsThresholdReachedWebhook
 */
export type CreditsThresholdReachedWebhook = {
    data: CreditsThresholdReachedData;
    timestamp: string;
    type: 'credits.threshold_reached';
};
/**
 * CustomIntent
 */
export type CustomIntent = {
    description?: string;
    examples: Array<string>;
    name: string;
};
/**
 * DeliveryAttempt
 */
export type DeliveryAttempt = {
    created_at: string;
    error: string | null;
    id: string;
    latency_ms: number;
    /**
     * The first 2 KB of the receiver's answer
     */
    response_body: string;
    status_code: number | null;
};
/**
 * DeliveryPage
 */
export type DeliveryPage = {
    items: Array<WebhookDelivery>;
    next_cursor: string | null;
};
/**
 * DeliveryStatus
 *
 * A delivery's state. An enum, so the spec names it once for the field and the log's filter.
 */
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';
/**
 * EarlierConversation
 */
export type EarlierConversation = {
    csat_rating: number | null;
    ended_at: string | null;
    id: string;
    message_count: number;
    started_at: string | null;
    status: string;
};
/**
 * EmbedCode
 */
export type EmbedCode = {
    bundle_bytes: number;
    bundle_gzip_bytes: number;
    instructions: Array<string>;
    integrity: string;
    preview_origin_allowed: boolean;
    preview_url: string;
    public_id: string;
    script_url: string;
    snippet: string;
};
/**
 * EmbedderSettings
 */
export type EmbedderSettings = {
    base_url: string | null;
    embedder: 'hashing' | 'local' | 'openai' | 'voyage';
    has_api_key: boolean;
    model: string;
};
/**
 * EmbedderSettingsUpdate
 */
export type EmbedderSettingsUpdate = {
    api_key?: string | null;
    base_url?: string | null;
    embedder: 'hashing' | 'local' | 'openai' | 'voyage';
    model?: string;
};
/**
 * EscalationRule
 */
export type EscalationRule = {
    action: 'notify_lead' | 'reassign' | 'hand_back';
    after_minutes: number;
    message?: string;
    to_team_id?: string | null;
};
/**
 * Event
 */
export type Event = {
    attachments?: Array<Attachment>;
    client_id?: string | null;
    content?: string | null;
    created_at: string;
    data?: {
        [key: string]: unknown;
    };
    delivered_at?: string | null;
    id: string;
    kind: 'message' | 'status' | 'read';
    read_at?: string | null;
    sender: 'ai' | 'human' | 'customer' | 'system';
    sender_user_id?: string | null;
    seq: number;
};
/**
 * EventBatch
 */
export type EventBatch = {
    events: Array<MessageEvent | StatusEvent | ReadEvent>;
    last_seq: number;
    status: SessionStatus;
};
/**
 * Expand
 */
export type Expand = {
    content: string;
};
/**
 * Expanded
 */
export type Expanded = {
    content: string;
};
/**
 * FaqPair
 */
export type FaqPair = {
    answer: string;
    question: string;
};
/**
 * FaqSourceCreate
 */
export type FaqSourceCreate = {
    faq: Array<FaqPair>;
    kind: 'faq';
    language?: string | null;
    name: string;
};
/**
 * FeedbackReceivedData
 */
export type FeedbackReceivedData = {
    chatbot_id: string;
    comment: string | null;
    conversation_id: string;
    rating: number;
};
/**
 * FeedbackReceivedWebhook
 */
export type FeedbackReceivedWebhook = {
    data: FeedbackReceivedData;
    timestamp: string;
    type: 'feedback.received';
};
/**
 * FieldError
 */
export type FieldError = {
    field: string;
    message: string;
};
/**
 * FileUpload
 */
export type FileUpload = {
    file: Blob | File;
    language?: string | null;
    name?: string | null;
};
/**
 * Handoff
 */
export type Handoff = {
    assigned_at: string | null;
    assigned_by: string | null;
    chatbot_id: string;
    conversation_id: string;
    id: string;
    language: string | null;
    operator_id: string | null;
    priority: number;
    reason: string | null;
    requested_at: string | null;
    resolution: string | null;
    resolved_at: string | null;
    status: string;
    team_id: string | null;
    trigger: string;
};
/**
 * HandoffBreachedData
 */
export type HandoffBreachedData = {
    action: string | null;
    conversation_id: string;
    handoff_id: string;
    kind: string;
    rule: string;
    target_seconds: number;
    team_id: string | null;
    waited_seconds: number;
};
/**
 * HandoffBreachedWebhook
 */
export type HandoffBreachedWebhook = {
    data: HandoffBreachedData;
    timestamp: string;
    type: 'handoff.breached';
};
/**
 * HandoffContactLeftData
 */
export type HandoffContactLeftData = {
    chatbot_id: string;
    conversation_id: string;
    handoff_id: string;
    lead_id: string;
};
/**
 * HandoffContactLeftWebhook
 */
export type HandoffContactLeftWebhook = {
    data: HandoffContactLeftData;
    timestamp: string;
    type: 'handoff.contact_left';
};
/**
 * HandoffList
 */
export type HandoffList = {
    items: Array<Handoff>;
};
/**
 * HandoffRequestedData
 */
export type HandoffRequestedData = {
    by: string;
    chatbot_id: string;
    conversation_id: string;
};
/**
 * HandoffRequestedWebhook
 */
export type HandoffRequestedWebhook = {
    data: HandoffRequestedData;
    timestamp: string;
    type: 'handoff.requested';
};
/**
 * HandoffResolvedData
 */
export type HandoffResolvedData = {
    chatbot_id: string;
    conversation_id: string;
    handle_seconds: number | null;
    handoff_id: string;
    operator_id: string | null;
    resolution: string;
    wait_seconds: number | null;
};
/**
 * HandoffResolvedWebhook
 */
export type HandoffResolvedWebhook = {
    data: HandoffResolvedData;
    timestamp: string;
    type: 'handoff.resolved';
};
/**
 * HandoffSettings
 */
export type HandoffSettings = {
    ai_failures?: number;
    away_message?: string;
    csat?: boolean;
    enabled?: boolean;
    /**
     * e.g. billing_dispute, cancellation, complaint
     */
    intents?: Array<string>;
    max_ai_turns?: number | null;
    negative_sentiment?: SentimentRule | null;
    person_intent?: boolean;
    phrases?: Array<string>;
    priority?: number;
    team_id?: string | null;
    vip?: VipRule | null;
};
/**
 * HandoffStatus
 */
export type HandoffStatus = 'queued' | 'assigned' | 'resolved';
/**
 * HandoffTransferredData
 */
export type HandoffTransferredData = {
    chatbot_id: string;
    conversation_id: string;
    from_user_id: string | null;
    handoff_id: string;
    to_team_id: string | null;
    to_user_id: string | null;
};
/**
 * HandoffTransferredWebhook
 */
export type HandoffTransferredWebhook = {
    data: HandoffTransferredData;
    timestamp: string;
    type: 'handoff.transferred';
};
/**
 * IntegrationList
 */
export type IntegrationList = {
    items: Array<StripeIntegration>;
};
/**
 * IntentScore
 */
export type IntentScore = {
    confidence: number;
    intent: string;
};
/**
 * Invitation
 */
export type Invitation = {
    accepted_at: string | null;
    created_at: string;
    email: string;
    expires_at: string;
    id: string;
    revoked_at: string | null;
    role: 'owner' | 'admin' | 'operator';
};
/**
 * InvitationAccept
 */
export type InvitationAccept = {
    name: string;
    password: string;
    token: string;
};
/**
 * InvitationCreate
 */
export type InvitationCreate = {
    email: string;
    role: 'owner' | 'admin' | 'operator';
};
/**
 * Invoice
 */
export type Invoice = {
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount_due: number;
    chatbot_id: string;
    conversation_id: string;
    created_at: string;
    currency: string;
    description: string;
    hosted_invoice_url: string | null;
    id: string;
    integration_id: string;
    invoice_pdf: string | null;
    number: string | null;
    /**
     * Stripe's: open, paid, void, uncollectible
     */
    status: string;
    stripe_invoice_id: string;
    updated_at: string;
};
/**
 * InvoiceCreate
 */
export type InvoiceCreate = {
    conversation_id: string;
    days_until_due?: number;
    /**
     * Where Stripe e-mails the invoice (not kept by Parley)
     */
    email: string;
    lines: Array<InvoiceLineIn>;
};
/**
 * InvoiceLineIn
 */
export type InvoiceLineIn = {
    amount?: number | null;
    /**
     * ISO 4217 code, lower case
     */
    currency?: string | null;
    description: string;
    price_id?: string | null;
};
/**
 * IssuedApiKey
 */
export type IssuedApiKey = {
    api_key: ApiKey;
    secret: string;
};
/**
 * IssuedInvitation
 */
export type IssuedInvitation = {
    invitation: Invitation;
    token: string;
};
/**
 * KnowledgeGap
 */
export type KnowledgeGap = {
    created_at: string;
    id: string;
    language: string;
    question: string;
    reason: string;
    session_id: string | null;
};
/**
 * KnowledgeSourceFailedData
 */
export type KnowledgeSourceFailedData = {
    chatbot_id: string;
    kind: string;
    reason: string;
    source_id: string;
};
/**
 * KnowledgeSourceFailedWebhook
 */
export type KnowledgeSourceFailedWebhook = {
    data: KnowledgeSourceFailedData;
    timestamp: string;
    type: 'knowledge.source.failed';
};
/**
 * KnowledgeSourceSyncedData
 */
export type KnowledgeSourceSyncedData = {
    chatbot_id: string;
    chunk_count: number;
    document_count: number;
    kind: string;
    source_id: string;
};
/**
 * KnowledgeSourceSyncedWebhook
 */
export type KnowledgeSourceSyncedWebhook = {
    data: KnowledgeSourceSyncedData;
    timestamp: string;
    type: 'knowledge.source.synced';
};
/**
 * Lead
 */
export type Lead = {
    created_at: string;
    email: string | null;
    id: string;
    name: string | null;
    note: string | null;
    phone: string | null;
    session_id: string | null;
};
/**
 * LeadCapturedData
 */
export type LeadCapturedData = {
    chatbot_id: string;
    contact_name: string | null;
    conversation_id: string | null;
    email: string | null;
    lead_id: string;
    note: string | null;
    phone: string | null;
};
/**
 * LeadCapturedWebhook
 */
export type LeadCapturedWebhook = {
    data: LeadCapturedData;
    timestamp: string;
    type: 'lead.captured';
};
/**
 * Login
 */
export type Login = {
    email: string;
    password: string;
};
/**
 * Member
 */
export type Member = {
    avatar_url?: string | null;
    created_at: string;
    email: string;
    id: string;
    name: string;
    role: 'owner' | 'admin' | 'operator';
};
/**
 * MemberUpdate
 */
export type MemberUpdate = {
    role: 'owner' | 'admin' | 'operator';
};
/**
 * MessageAck
 */
export type MessageAck = {
    client_id: string;
    created_at: string;
    duplicate: boolean;
    message_id: string;
    seq: number;
    session_id: string;
};
/**
 * MessageCreatedData
 */
export type MessageCreatedData = {
    attachment_count: number;
    chatbot_id: string;
    content: string;
    conversation_id: string;
    message_id: string;
    sender: string;
    sender_user_id: string | null;
    seq: number;
};
/**
 * MessageCreatedWebhook
 */
export type MessageCreatedWebhook = {
    data: MessageCreatedData;
    timestamp: string;
    type: 'message.created';
};
/**
 * MessageEvent
 */
export type MessageEvent = {
    attachments: Array<AttachmentOut>;
    client_id: string | null;
    content: string;
    created_at: string;
    data?: {
        [key: string]: unknown;
    } | null;
    id: string;
    sender: 'ai' | 'human' | 'customer' | 'system';
    sender_user_id: string | null;
    seq: number;
    session_id: string;
    type: 'message';
};
/**
 * NoShow
 */
export type NoShow = {
    no_show?: boolean;
};
/**
 * Note
 */
export type Note = {
    author_user_id: string | null;
    body: string;
    conversation_id: string;
    created_at: string | null;
    id: string;
};
/**
 * NoteCreate
 */
export type NoteCreate = {
    body: string;
};
/**
 * NoteList
 */
export type NoteList = {
    items: Array<Note>;
};
/**
 * OAuthConsent
 */
export type OAuthConsent = {
    /**
     * Send the owner's browser here to grant access
     */
    authorize_url: string;
    redirect_uri: string;
};
/**
 * OAuthStart
 */
export type OAuthStart = {
    /**
     * The calendar's id at the provider ('primary': the main one)
     */
    calendar?: string;
    /**
     * google or microsoft
     */
    kind: string;
    name?: string;
};
/**
 * Operator
 */
export type Operator = {
    active: number;
    auto_away?: boolean;
    away_after_seconds?: number | null;
    capacity: number;
    languages: Array<string>;
    last_active_at?: string | null;
    last_assigned_at: string | null;
    skills: Array<string>;
    status: string;
    status_changed_at: string | null;
    user_id: string;
};
/**
 * OperatorContext
 */
export type OperatorContext = {
    citations: Array<{
        [key: string]: unknown;
    }>;
    conversation_id: string;
    earlier_conversations: Array<EarlierConversation>;
    handoff: Handoff | null;
    intents: Array<{
        [key: string]: unknown;
    }>;
    language: string | null;
    notes: Array<Note>;
    sentiment_trend: Array<{
        [key: string]: unknown;
    }>;
    status: string;
    summary: string;
    summary_source?: 'extractive' | 'model';
    transcript: Array<TranscriptEvent>;
    transfers: Array<{
        [key: string]: unknown;
    }>;
    visitor: VisitorSidebar | null;
};
/**
 * OperatorDay
 */
export type OperatorDay = {
    average_response_seconds: number | null;
    chats_handled: number;
    csat: number | null;
    day: string;
    first_response_seconds: number | null;
    handle_seconds: number | null;
    operator_id: string;
    ratings: number;
    resolutions: number;
};
/**
 * OperatorLoad
 */
export type OperatorLoad = {
    active: number;
    capacity: number;
    status: string;
    teams: Array<string>;
    user_id: string;
};
/**
 * OperatorStatus
 *
 * One named schema per status (the SDKs get one enum, not an inline union per field).
 */
export type OperatorStatus = 'online' | 'away' | 'offline';
/**
 * OperatorUpdate
 */
export type OperatorUpdate = {
    /**
     * Idle seconds before auto-away (0: never; null: the server's default)
     */
    away_after_seconds?: number | null;
    capacity?: number;
    languages?: Array<string>;
    skills?: Array<string>;
    status?: OperatorStatus;
};
/**
 * Page[AnalyticsReport]
 */
export type PageApiV1AnalyticsSchemasAnalyticsReport = {
    items: Array<AnalyticsReport>;
    next_cursor?: string | null;
};
/**
 * Page[KnowledgeGap]
 */
export type PageApiV1AssistantSchemasKnowledgeGap = {
    items: Array<KnowledgeGap>;
    next_cursor?: string | null;
};
/**
 * Page[Lead]
 */
export type PageApiV1AssistantSchemasLead = {
    items: Array<Lead>;
    next_cursor?: string | null;
};
/**
 * Page[Chatbot]
 */
export type PageApiV1ChatbotsSchemasChatbot = {
    items: Array<Chatbot>;
    next_cursor?: string | null;
};
/**
 * Page[Session]
 */
export type PageApiV1ConversationsSchemasSession = {
    items: Array<Session>;
    next_cursor?: string | null;
};
/**
 * Page[Source]
 */
export type PageApiV1KnowledgeSchemasSource = {
    items: Array<Source>;
    next_cursor?: string | null;
};
/**
 * Page[Invoice]
 */
export type PageApiV1PaymentsSchemasInvoice = {
    items: Array<Invoice>;
    next_cursor?: string | null;
};
/**
 * Page[PaymentRequest]
 */
export type PageApiV1PaymentsSchemasPaymentRequest = {
    items: Array<PaymentRequest>;
    next_cursor?: string | null;
};
/**
 * Page[Booking]
 */
export type PageApiV1SchedulingSchemasBooking = {
    items: Array<Booking>;
    next_cursor?: string | null;
};
/**
 * Page[Calendar]
 */
export type PageApiV1SchedulingSchemasCalendar = {
    items: Array<Calendar>;
    next_cursor?: string | null;
};
/**
 * Page[Schedule]
 */
export type PageApiV1SchedulingSchemasSchedule = {
    items: Array<Schedule>;
    next_cursor?: string | null;
};
/**
 * Page[ApiKey]
 */
export type PageApiV1TenancySchemasApiKey = {
    items: Array<ApiKey>;
    next_cursor?: string | null;
};
/**
 * Page[Invitation]
 */
export type PageApiV1TenancySchemasInvitation = {
    items: Array<Invitation>;
    next_cursor?: string | null;
};
/**
 * Page[Member]
 */
export type PageApiV1TenancySchemasMember = {
    items: Array<Member>;
    next_cursor?: string | null;
};
/**
 * Page[SecurityEvent]
 */
export type PageApiV1TenancySchemasSecurityEvent = {
    items: Array<SecurityEvent>;
    next_cursor?: string | null;
};
/**
 * Page[WebhookEndpoint]
 */
export type PageApiV1WebhooksSchemasWebhookEndpoint = {
    items: Array<WebhookEndpoint>;
    next_cursor?: string | null;
};
/**
 * Passage
 */
export type Passage = {
    chunk_id: string;
    citation: Citation;
    dense_rank: number | null;
    dense_score: number | null;
    language: string;
    score: number;
    text: string;
    text_rank: number | null;
    text_score: number | null;
};
/**
 * PasswordChange
 */
export type PasswordChange = {
    current_password: string;
    new_password: string;
};
/**
 * PaymentCreate
 */
export type PaymentCreate = {
    amount?: number | null;
    conversation_id: string;
    /**
     * ISO 4217 code, lower case
     */
    currency?: string | null;
    description: string;
    price_id?: string | null;
};
/**
 * PaymentDisputedData
 */
export type PaymentDisputedData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentDisputedWebhook
 */
export type PaymentDisputedWebhook = {
    data: PaymentDisputedData;
    timestamp: string;
    type: 'payment.disputed';
};
/**
 * PaymentExpiredData
 */
export type PaymentExpiredData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentExpiredWebhook
 */
export type PaymentExpiredWebhook = {
    data: PaymentExpiredData;
    timestamp: string;
    type: 'payment.expired';
};
/**
 * PaymentFailedData
 */
export type PaymentFailedData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentFailedWebhook
 */
export type PaymentFailedWebhook = {
    data: PaymentFailedData;
    timestamp: string;
    type: 'payment.failed';
};
/**
 * PaymentFigures
 */
export type PaymentFigures = {
    avg_seconds_to_pay: number | null;
    chatbot_id: string;
    /**
     * paid / requests
     */
    conversion: number;
    currency: string;
    day: string;
    median_seconds_to_pay: number | null;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    net_revenue: number;
    paid: number;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    refunded: number;
    refunds: number;
    requests: number;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    revenue: number;
};
/**
 * PaymentFiguresList
 */
export type PaymentFiguresList = {
    items: Array<PaymentFigures>;
};
/**
 * PaymentInvoicePaidData
 */
export type PaymentInvoicePaidData = {
    amount_due: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    hosted_invoice_url: string | null;
    invoice_id: string;
    invoice_pdf: string | null;
    number: string | null;
    status: string;
};
/**
 * PaymentInvoicePaidWebhook
 */
export type PaymentInvoicePaidWebhook = {
    data: PaymentInvoicePaidData;
    timestamp: string;
    type: 'payment.invoice.paid';
};
/**
 * PaymentInvoiceSentData
 */
export type PaymentInvoiceSentData = {
    amount_due: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    hosted_invoice_url: string | null;
    invoice_id: string;
    invoice_pdf: string | null;
    number: string | null;
    status: string;
};
/**
 * PaymentInvoiceSentWebhook
 */
export type PaymentInvoiceSentWebhook = {
    data: PaymentInvoiceSentData;
    timestamp: string;
    type: 'payment.invoice.sent';
};
/**
 * PaymentPaidData
 */
export type PaymentPaidData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentPaidWebhook
 */
export type PaymentPaidWebhook = {
    data: PaymentPaidData;
    timestamp: string;
    type: 'payment.paid';
};
/**
 * PaymentRefundedData
 */
export type PaymentRefundedData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentRefundedWebhook
 */
export type PaymentRefundedWebhook = {
    data: PaymentRefundedData;
    timestamp: string;
    type: 'payment.refunded';
};
/**
 * PaymentRequest
 */
export type PaymentRequest = {
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount: number;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    created_at: string;
    currency: string;
    description: string;
    expires_at: string | null;
    id: string;
    integration_id: string;
    paid_at: string | null;
    payment_url: string | null;
    price_id: string | null;
    requested_by: string;
    status: PaymentStatus;
    stripe_session_id: string | null;
    updated_at: string;
};
/**
 * PaymentRequestedData
 */
export type PaymentRequestedData = {
    amount: number;
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    currency: string;
    description: string;
    paid_at: string | null;
    payment_request_id: string;
    payment_url: string | null;
    requested_by: string;
    status: string;
};
/**
 * PaymentRequestedWebhook
 */
export type PaymentRequestedWebhook = {
    data: PaymentRequestedData;
    timestamp: string;
    type: 'payment.requested';
};
/**
 * PaymentStatus
 *
 * A payment request's state; Stripe's verified events move it.
 */
export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded' | 'disputed';
/**
 * PaymentWithRefunds
 */
export type PaymentWithRefunds = {
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount: number;
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount_refunded: number;
    chatbot_id: string;
    conversation_id: string;
    created_at: string;
    currency: string;
    description: string;
    expires_at: string | null;
    id: string;
    integration_id: string;
    paid_at: string | null;
    payment_url: string | null;
    price_id: string | null;
    refunds: Array<Refund>;
    requested_by: string;
    status: PaymentStatus;
    stripe_session_id: string | null;
    updated_at: string;
};
/**
 * PerformanceReport
 */
export type PerformanceReport = {
    items: Array<OperatorDay>;
};
/**
 * PopularQuestion
 */
export type PopularQuestion = {
    count: number;
    example: string;
    examples: Array<string>;
    handed_off: number;
    languages: Array<string>;
    resolved: number;
};
/**
 * PreChatField
 */
export type PreChatField = {
    key: string;
    kind?: 'name' | 'email' | 'phone' | 'text';
    label: string;
    required?: boolean;
};
/**
 * PriceList
 */
export type PriceList = {
    items: Array<CataloguePrice>;
};
/**
 * Priority
 */
export type Priority = {
    priority: number;
};
/**
 * ProactiveMessage
 */
export type ProactiveMessage = {
    delay_seconds?: number;
    message: string;
    path: string;
};
/**
 * Problem
 */
export type Problem = {
    detail?: string | null;
    errors?: Array<FieldError> | null;
    instance?: string | null;
    request_id?: string | null;
    status: number;
    title: string;
    type: string;
};
/**
 * ProfileUpdate
 */
export type ProfileUpdate = {
    avatar_url?: string | null;
    name?: string;
};
/**
 * Rating
 */
export type Rating = {
    comment?: string | null;
    rating: number;
};
/**
 * ReadEvent
 */
export type ReadEvent = {
    created_at: string;
    id: string;
    reader: 'visitor' | 'operator';
    seq: number;
    session_id: string;
    type: 'read';
    up_to_seq: number;
};
/**
 * RecoverRequest
 */
export type RecoverRequest = {
    /**
     * Deliver again every failed message created since then
     */
    since: string;
};
/**
 * Recovered
 */
export type Recovered = {
    deliveries: number;
};
/**
 * RefreshRequest
 */
export type RefreshRequest = {
    refresh_token: string;
};
/**
 * Refund
 */
export type Refund = {
    /**
     * In the currency's minor unit (cents): 1500 is 15.00 EUR
     */
    amount: number;
    created_at: string | null;
    id: string;
    reason: string;
    stripe_refund_id: string;
};
/**
 * RefundCreate
 */
export type RefundCreate = {
    /**
     * Omit to refund all that is left
     */
    amount?: number | null;
    reason: RefundReason;
};
/**
 * RefundReason
 */
export type RefundReason = 'requested_by_customer' | 'duplicate' | 'fraudulent';
/**
 * Replied
 */
export type Replied = {
    content: string;
    seq: number;
};
/**
 * Reply
 */
export type Reply = {
    client_id?: string | null;
    content: string;
};
/**
 * ReportSubscription
 */
export type ReportSubscription = {
    monthly: boolean;
    weekly: boolean;
};
/**
 * ReportSubscriptionUpdate
 */
export type ReportSubscriptionUpdate = {
    monthly?: boolean | null;
    weekly?: boolean | null;
};
/**
 * Reschedule
 */
export type Reschedule = {
    start: string;
};
/**
 * Rules
 */
export type Rules = {
    buffer_after_minutes?: number;
    buffer_before_minutes?: number;
    daily_cap?: number | null;
    horizon_days?: number;
    min_notice_minutes?: number;
    /**
     * YYYY-MM-DD -> windows ([] closes the day: a holiday)
     */
    overrides?: {
        [key: string]: Array<Array<string>>;
    };
    slot_minutes?: number;
    /**
     * An IANA time zone
     */
    time_zone?: string;
    /**
     * mon..sun -> windows (a missing day is closed)
     */
    weekly?: {
        [key: string]: Array<Array<string>>;
    };
};
/**
 * Schedule
 */
export type Schedule = {
    calendar_ids: Array<string>;
    chatbot_id: string;
    created_at: string | null;
    enabled: boolean;
    id: string;
    name: string;
    reminder_offsets_minutes: Array<number>;
    resource: string;
    rules: Rules;
};
/**
 * ScheduleCreate
 */
export type ScheduleCreate = {
    /**
     * Busy time is read from each; events go to the first
     */
    calendar_ids?: Array<string>;
    chatbot_id: string;
    enabled?: boolean;
    name: string;
    /**
     * Reminder e-mails, minutes before
     */
    reminder_offsets_minutes?: Array<number>;
    /**
     * 'chatbot', 'operator:<id>' or 'team:<id>'
     */
    resource?: string;
    rules?: Rules;
};
/**
 * ScheduleUpdate
 */
export type ScheduleUpdate = {
    calendar_ids?: Array<string>;
    enabled?: boolean;
    name?: string;
    reminder_offsets_minutes?: Array<number>;
    resource?: string;
    rules?: Rules;
};
/**
 * SchedulingFigures
 */
export type SchedulingFigures = {
    booked: number;
    cancelled: number;
    chatbot_id: string;
    conversations_booked: number;
    conversations_offered: number;
    conversion: number;
    day: string;
    no_shows: number;
    rescheduled: number;
};
/**
 * SchedulingFiguresList
 */
export type SchedulingFiguresList = {
    items: Array<SchedulingFigures>;
};
/**
 * SearchRequest
 */
export type SearchRequest = {
    k?: number;
    mode?: 'hybrid' | 'dense' | 'text';
    query: string;
    source_ids?: Array<string> | null;
};
/**
 * SearchResult
 */
export type SearchResult = {
    mode: 'hybrid' | 'dense' | 'text';
    query: string;
    results: Array<Passage>;
};
/**
 * SecurityEvent
 */
export type SecurityEvent = {
    client_address: string;
    created_at: string;
    id: string;
    kind: 'login_throttled' | 'login_locked';
};
/**
 * SentimentOut
 */
export type SentimentOut = {
    label: 'negative' | 'neutral' | 'positive';
    score: number;
};
/**
 * SentimentRule
 */
export type SentimentRule = {
    messages?: number;
    threshold?: number;
};
/**
 * Session
 */
export type Session = {
    assigned_user_id: string | null;
    chatbot_id: string;
    csat_comment: string | null;
    csat_rating: number | null;
    ended_at: string | null;
    id: string;
    language: string | null;
    last_event_at: string | null;
    last_seq: number;
    message_count: number;
    rated_at: string | null;
    review_comment: string | null;
    review_rating: number | null;
    reviewed_at: string | null;
    started_at: string;
    status: SessionStatus;
    visitor_id: string;
};
/**
 * SessionStatus
 *
 * A conversation's status. An enum, so the spec names it once for fields and filters.
 */
export type SessionStatus = 'open' | 'queued' | 'assigned' | 'closed';
/**
 * SignUp
 */
export type SignUp = {
    company: string;
    email: string;
    name: string;
    password: string;
};
/**
 * SignUpResult
 */
export type SignUpResult = {
    access_token: string;
    expires_in: number;
    refresh_token: string;
    tenant: Tenant;
    token_type: string;
    tokens: Tokens;
    user: Member;
};
/**
 * Sla
 */
export type Sla = {
    first_response_seconds?: number | null;
    lead_user_id?: string | null;
    rules?: Array<EscalationRule>;
};
/**
 * Slots
 */
export type Slots = {
    duration_minutes: number;
    slots: Array<string>;
    time_zone: string;
};
/**
 * SnoozeRequest
 */
export type SnoozeRequest = {
    until: string;
};
/**
 * Snoozed
 */
export type Snoozed = {
    conversation_id: string;
    until: string;
};
/**
 * Source
 */
export type Source = {
    chatbot_id: string;
    chunk_count: number;
    content_hash: string | null;
    created_at: string;
    document_count: number;
    failure_reason: string | null;
    filename: string | null;
    id: string;
    kind: 'text' | 'faq' | 'file' | 'url' | 'crawl';
    language: string | null;
    last_synced_at: string | null;
    max_depth?: number | null;
    max_pages?: number | null;
    name: string;
    next_sync_at: string | null;
    resync_interval_seconds: number | null;
    status: 'queued' | 'processing' | 'ready' | 'failed';
    updated_at: string;
    url: string | null;
};
/**
 * SourceUpdate
 */
export type SourceUpdate = {
    name?: string;
    /**
     * Seconds between scheduled re-syncs
     */
    resync_interval_seconds?: number | null;
};
/**
 * StatusEvent
 */
export type StatusEvent = {
    by: 'visitor' | 'operator' | 'ai' | 'system';
    created_at: string;
    id: string;
    seq: number;
    session_id: string;
    status: 'open' | 'queued' | 'assigned' | 'closed';
    type: 'status';
};
/**
 * StripeConnect
 */
export type StripeConnect = {
    chatbot_id: string;
    /**
     * A restricted key (`rk_…`) with write access to Checkout Sessions and Refunds and read access to Products and Prices
     */
    secret_key: string;
    /**
     * The endpoint's signing secret (`whsec_…`)
     */
    webhook_secret: string;
};
/**
 * StripeIntegration
 */
export type StripeIntegration = {
    active: boolean;
    catalogue: Catalogue;
    chatbot_id: string;
    created_at: string;
    id: string;
    /**
     * The key's first and last characters; the key is never returned
     */
    key_hint: string;
    livemode: boolean;
    type: string;
    updated_at: string;
    /**
     * Give Stripe this path (on this API's host) as the webhook endpoint
     */
    webhook_path: string;
};
/**
 * SuggestedReply
 */
export type SuggestedReply = {
    answered: boolean;
    citations: Array<{
        [key: string]: unknown;
    }>;
    content: string;
    model: string;
    provider: string;
};
/**
 * Tags
 */
export type Tags = {
    tags: Array<string>;
};
/**
 * TagsAdd
 */
export type TagsAdd = {
    tags: Array<string>;
};
/**
 * Team
 */
export type Team = {
    business_hours: BusinessHours | null;
    created_at: string | null;
    id: string;
    members: Array<string>;
    name: string;
    routing: string;
    sla?: Sla | null;
};
/**
 * TeamCreate
 */
export type TeamCreate = {
    business_hours?: BusinessHours | null;
    members?: Array<string>;
    name: string;
    routing?: 'round_robin' | 'least_busy' | 'manual';
    sla?: Sla | null;
};
/**
 * TeamUpdate
 */
export type TeamUpdate = {
    business_hours?: BusinessHours | null;
    members?: Array<string>;
    name?: string;
    routing?: 'round_robin' | 'least_busy' | 'manual';
    sla?: Sla | null;
};
/**
 * Tenant
 */
export type Tenant = {
    created_at: string;
    credits: number;
    id: string;
    name: string;
    plan: string;
};
/**
 * TestSent
 */
export type TestSent = {
    delivery_id: string;
};
/**
 * TextSourceCreate
 */
export type TextSourceCreate = {
    kind: 'text';
    language?: string | null;
    name: string;
    text: string;
};
/**
 * Tokens
 */
export type Tokens = {
    access_token: string;
    expires_in: number;
    refresh_token: string;
    token_type: string;
};
/**
 * Transcript
 */
export type Transcript = {
    events: Array<Event>;
    next_after_seq: number | null;
    session: Session;
};
/**
 * TranscriptEvent
 */
export type TranscriptEvent = {
    attachments?: Array<Attachment>;
    content: string | null;
    created_at: string | null;
    data: {
        [key: string]: unknown;
    };
    kind: string;
    sender: string;
    seq: number;
};
/**
 * TranscriptExport
 */
export type TranscriptExport = {
    events: Array<Event>;
    session: Session;
    text: string;
    visitor: Visitor | null;
};
/**
 * TranscriptRequest
 */
export type TranscriptRequest = {
    email: string;
};
/**
 * Transfer
 */
export type Transfer = {
    note?: string | null;
    to_team_id?: string | null;
    to_user_id?: string | null;
};
/**
 * UploadedAttachment
 */
export type UploadedAttachment = {
    content_type: string;
    created_at: string;
    id: string;
    name: string;
    size: number;
    url: string;
};
/**
 * UrlSourceCreate
 */
export type UrlSourceCreate = {
    kind: 'url';
    language?: string | null;
    name?: string | null;
    /**
     * Seconds between scheduled re-syncs
     */
    resync_interval_seconds?: number | null;
    url: string;
};
/**
 * VipRule
 */
export type VipRule = {
    attribute?: string;
    priority?: number;
    values?: Array<string>;
};
/**
 * Visitor
 */
export type Visitor = {
    created_at: string;
    email: string | null;
    id: string;
    last_seen_at: string | null;
    metadata: {
        [key: string]: unknown;
    };
    name: string | null;
};
/**
 * VisitorDetails
 */
export type VisitorDetails = {
    values: {
        [key: string]: string;
    };
};
/**
 * VisitorSidebar
 */
export type VisitorSidebar = {
    attributes: {
        [key: string]: unknown;
    };
    email: string | null;
    first_seen_at: string | null;
    id: string;
    last_seen_at: string | null;
    name: string | null;
    pages: Array<string>;
    user_agent: string | null;
};
/**
 * WebhookAck
 */
export type WebhookAck = {
    outcome: string;
    received: boolean;
};
/**
 * WebhookCreate
 */
export type WebhookCreate = {
    chatbot_id?: string | null;
    /**
     * At most 500 characters
     */
    description?: string;
    enabled?: boolean;
    /**
     * Event types to receive (at most 50): a name (`message.created`), a prefix wildcard (`conversation.*`) or `*`
     */
    event_types?: Array<string>;
    /**
     * https URL (at most 2048 characters)
     */
    url: string;
};
/**
 * WebhookDelivery
 */
export type WebhookDelivery = {
    attempt_log: Array<DeliveryAttempt>;
    attempts: number;
    created_at: string;
    endpoint_id: string;
    /**
     * Sent as `webhook-id`: the same for every attempt
     */
    event_id: string;
    event_type: string;
    id: string;
    next_attempt_at: string | null;
    status: DeliveryStatus;
};
/**
 * WebhookEndpoint
 */
export type WebhookEndpoint = {
    chatbot_id: string | null;
    created_at: string;
    description: string;
    disabled_reason: string | null;
    enabled: boolean;
    event_types: Array<string>;
    failing_since: string | null;
    id: string;
    previous_secret_expires_at: string | null;
    updated_at: string;
    url: string;
};
/**
 * WebhookEndpointDisabledData
 */
export type WebhookEndpointDisabledData = {
    endpoint_id: string;
    reason: string;
};
/**
 * WebhookEndpointDisabledWebhook
 */
export type WebhookEndpointDisabledWebhook = {
    data: WebhookEndpointDisabledData;
    timestamp: string;
    type: 'webhook.endpoint.disabled';
};
/**
 * WebhookTestData
 */
export type WebhookTestData = {
    endpoint_id: string;
};
/**
 * WebhookTestWebhook
 */
export type WebhookTestWebhook = {
    data: WebhookTestData;
    timestamp: string;
    type: 'webhook.test';
};
/**
 * WebhookUpdate
 */
export type WebhookUpdate = {
    chatbot_id?: string | null;
    /**
     * At most 500 characters
     */
    description?: string;
    enabled?: boolean;
    /**
     * Event types to receive (at most 50): a name (`message.created`), a prefix wildcard (`conversation.*`) or `*`
     */
    event_types?: Array<string>;
    /**
     * https URL (at most 2048 characters)
     */
    url?: string;
};
/**
 * WebhookWithSecret
 */
export type WebhookWithSecret = {
    chatbot_id: string | null;
    created_at: string;
    description: string;
    disabled_reason: string | null;
    enabled: boolean;
    event_types: Array<string>;
    failing_since: string | null;
    id: string;
    previous_secret_expires_at: string | null;
    /**
     * The signing secret (`whsec_…`): shown only in this answer
     */
    secret: string;
    updated_at: string;
    url: string;
};
/**
 * WidgetConfig
 */
export type WidgetConfig = {
    appearance: Appearance;
    away_message: string;
    languages: Array<string>;
    name: string;
    online: boolean;
    open_now: boolean;
    pre_chat_form: Array<PreChatField>;
    proactive_messages: Array<ProactiveMessage>;
    public_id: string;
    transcript_by_email: boolean;
    welcome_message: string;
};
/**
 * WidgetMessage
 */
export type WidgetMessage = {
    attachments?: Array<AttachmentRef>;
    client_id: string;
    content?: string;
};
/**
 * WidgetPageCount
 */
export type WidgetPageCount = {
    loads: number;
    opens: number;
    page: string;
};
/**
 * WidgetSession
 */
export type WidgetSession = {
    attachments: AttachmentPolicy;
    history: Array<Event>;
    returning: boolean;
    session: WidgetSessionView;
    visitor_id: string;
    visitor_token: string;
    websocket_path: string;
};
/**
 * WidgetSessionCreate
 */
export type WidgetSessionCreate = {
    details?: {
        [key: string]: string;
    } | null;
    email?: string | null;
    language?: string | null;
    metadata?: {
        [key: string]: unknown;
    } | null;
    name?: string | null;
    visitor_token?: string | null;
};
/**
 * WidgetSessionView
 */
export type WidgetSessionView = {
    id: string;
    language: string | null;
    last_seq: number;
    started_at: string;
    status: SessionStatus;
};
/**
 * WidgetTrackingEvent
 */
export type WidgetTrackingEvent = {
    kind: 'load' | 'open' | 'first_message';
    page_url?: string | null;
};
/**
 * WorkloadReport
 */
export type WorkloadReport = {
    items: Array<OperatorLoad>;
};
export type GetAnalyticsBreakdownData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        /**
         * chatbot, language, intent or operator (a member's id: the conversations they wrote in)
         */
        by?: string;
    };
    url: '/v1/analytics/breakdown';
};
export type GetAnalyticsBreakdownErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsBreakdownError = GetAnalyticsBreakdownErrors[keyof GetAnalyticsBreakdownErrors];
export type GetAnalyticsBreakdownResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<AnalyticsBreakdownRow>;
};
export type GetAnalyticsBreakdownResponse = GetAnalyticsBreakdownResponses[keyof GetAnalyticsBreakdownResponses];
export type ExportAnalyticsBreakdownData = {
    body?: never;
    path?: never;
    query?: {
        format?: 'csv' | 'jsonl';
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        /**
         * chatbot, language, intent or operator (a member's id: the conversations they wrote in)
         */
        by?: string;
    };
    url: '/v1/analytics/exports/breakdown';
};
export type ExportAnalyticsBreakdownErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExportAnalyticsBreakdownError = ExportAnalyticsBreakdownErrors[keyof ExportAnalyticsBreakdownErrors];
export type ExportAnalyticsBreakdownResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type ExportAnalyticsBreakdownResponse = ExportAnalyticsBreakdownResponses[keyof ExportAnalyticsBreakdownResponses];
export type ExportAnalyticsPagesData = {
    body?: never;
    path?: never;
    query?: {
        format?: 'csv' | 'jsonl';
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
    };
    url: '/v1/analytics/exports/pages';
};
export type ExportAnalyticsPagesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExportAnalyticsPagesError = ExportAnalyticsPagesErrors[keyof ExportAnalyticsPagesErrors];
export type ExportAnalyticsPagesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type ExportAnalyticsPagesResponse = ExportAnalyticsPagesResponses[keyof ExportAnalyticsPagesResponses];
export type ExportAnalyticsSeriesData = {
    body?: never;
    path?: never;
    query?: {
        format?: 'csv' | 'jsonl';
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        /**
         * day, week (ISO, from Monday) or month
         */
        granularity?: string;
    };
    url: '/v1/analytics/exports/series';
};
export type ExportAnalyticsSeriesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExportAnalyticsSeriesError = ExportAnalyticsSeriesErrors[keyof ExportAnalyticsSeriesErrors];
export type ExportAnalyticsSeriesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type ExportAnalyticsSeriesResponse = ExportAnalyticsSeriesResponses[keyof ExportAnalyticsSeriesResponses];
export type GetAnalyticsFunnelData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
    };
    url: '/v1/analytics/funnel';
};
export type GetAnalyticsFunnelErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsFunnelError = GetAnalyticsFunnelErrors[keyof GetAnalyticsFunnelErrors];
export type GetAnalyticsFunnelResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsFunnel;
};
export type GetAnalyticsFunnelResponse = GetAnalyticsFunnelResponses[keyof GetAnalyticsFunnelResponses];
export type GetAnalyticsKnowledgeGapsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        limit?: number;
    };
    url: '/v1/analytics/knowledge-gaps';
};
export type GetAnalyticsKnowledgeGapsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsKnowledgeGapsError = GetAnalyticsKnowledgeGapsErrors[keyof GetAnalyticsKnowledgeGapsErrors];
export type GetAnalyticsKnowledgeGapsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<AnalyticsKnowledgeGap>;
};
export type GetAnalyticsKnowledgeGapsResponse = GetAnalyticsKnowledgeGapsResponses[keyof GetAnalyticsKnowledgeGapsResponses];
export type GetAnalyticsOverviewData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
    };
    url: '/v1/analytics/overview';
};
export type GetAnalyticsOverviewErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsOverviewError = GetAnalyticsOverviewErrors[keyof GetAnalyticsOverviewErrors];
export type GetAnalyticsOverviewResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsOverview;
};
export type GetAnalyticsOverviewResponse = GetAnalyticsOverviewResponses[keyof GetAnalyticsOverviewResponses];
export type GetAnalyticsPagesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        limit?: number;
    };
    url: '/v1/analytics/pages';
};
export type GetAnalyticsPagesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsPagesError = GetAnalyticsPagesErrors[keyof GetAnalyticsPagesErrors];
export type GetAnalyticsPagesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<AnalyticsPageRow>;
};
export type GetAnalyticsPagesResponse = GetAnalyticsPagesResponses[keyof GetAnalyticsPagesResponses];
export type GetPopularQuestionsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        limit?: number;
    };
    url: '/v1/analytics/popular-questions';
};
export type GetPopularQuestionsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetPopularQuestionsError = GetPopularQuestionsErrors[keyof GetPopularQuestionsErrors];
export type GetPopularQuestionsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<PopularQuestion>;
};
export type GetPopularQuestionsResponse = GetPopularQuestionsResponses[keyof GetPopularQuestionsResponses];
export type DownloadAnalyticsReportByLinkData = {
    body?: never;
    path?: never;
    query: {
        token: string;
    };
    url: '/v1/analytics/report-links';
};
export type DownloadAnalyticsReportByLinkErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DownloadAnalyticsReportByLinkError = DownloadAnalyticsReportByLinkErrors[keyof DownloadAnalyticsReportByLinkErrors];
export type DownloadAnalyticsReportByLinkResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Blob | File;
};
export type DownloadAnalyticsReportByLinkResponse = DownloadAnalyticsReportByLinkResponses[keyof DownloadAnalyticsReportByLinkResponses];
export type GetReportSubscriptionData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/analytics/report-subscription';
};
export type GetReportSubscriptionErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetReportSubscriptionError = GetReportSubscriptionErrors[keyof GetReportSubscriptionErrors];
export type GetReportSubscriptionResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: ReportSubscription;
};
export type GetReportSubscriptionResponse = GetReportSubscriptionResponses[keyof GetReportSubscriptionResponses];
export type PutReportSubscriptionData = {
    body: ReportSubscriptionUpdate;
    path?: never;
    query?: never;
    url: '/v1/analytics/report-subscription';
};
export type PutReportSubscriptionErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PutReportSubscriptionError = PutReportSubscriptionErrors[keyof PutReportSubscriptionErrors];
export type PutReportSubscriptionResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: ReportSubscription;
};
export type PutReportSubscriptionResponse = PutReportSubscriptionResponses[keyof PutReportSubscriptionResponses];
export type ListAnalyticsReportsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/analytics/reports';
};
export type ListAnalyticsReportsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListAnalyticsReportsError = ListAnalyticsReportsErrors[keyof ListAnalyticsReportsErrors];
export type ListAnalyticsReportsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1AnalyticsSchemasAnalyticsReport;
};
export type ListAnalyticsReportsResponse = ListAnalyticsReportsResponses[keyof ListAnalyticsReportsResponses];
export type CreateAnalyticsReportData = {
    body: AnalyticsReportRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/analytics/reports';
};
export type CreateAnalyticsReportErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateAnalyticsReportError = CreateAnalyticsReportErrors[keyof CreateAnalyticsReportErrors];
export type CreateAnalyticsReportResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: AnalyticsReport;
};
export type CreateAnalyticsReportResponse = CreateAnalyticsReportResponses[keyof CreateAnalyticsReportResponses];
export type GetAnalyticsReportData = {
    body?: never;
    path: {
        report_id: string;
    };
    query?: never;
    url: '/v1/analytics/reports/{report_id}';
};
export type GetAnalyticsReportErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsReportError = GetAnalyticsReportErrors[keyof GetAnalyticsReportErrors];
export type GetAnalyticsReportResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsReport;
};
export type GetAnalyticsReportResponse = GetAnalyticsReportResponses[keyof GetAnalyticsReportResponses];
export type DownloadAnalyticsReportCsvData = {
    body?: never;
    path: {
        report_id: string;
    };
    query?: never;
    url: '/v1/analytics/reports/{report_id}/csv';
};
export type DownloadAnalyticsReportCsvErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DownloadAnalyticsReportCsvError = DownloadAnalyticsReportCsvErrors[keyof DownloadAnalyticsReportCsvErrors];
export type DownloadAnalyticsReportCsvResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type DownloadAnalyticsReportCsvResponse = DownloadAnalyticsReportCsvResponses[keyof DownloadAnalyticsReportCsvResponses];
export type DownloadAnalyticsReportPdfData = {
    body?: never;
    path: {
        report_id: string;
    };
    query?: never;
    url: '/v1/analytics/reports/{report_id}/pdf';
};
export type DownloadAnalyticsReportPdfErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DownloadAnalyticsReportPdfError = DownloadAnalyticsReportPdfErrors[keyof DownloadAnalyticsReportPdfErrors];
export type DownloadAnalyticsReportPdfResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Blob | File;
};
export type DownloadAnalyticsReportPdfResponse = DownloadAnalyticsReportPdfResponses[keyof DownloadAnalyticsReportPdfResponses];
export type GetAnalyticsSeriesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        /**
         * day, week (ISO, from Monday) or month
         */
        granularity?: string;
    };
    url: '/v1/analytics/series';
};
export type GetAnalyticsSeriesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsSeriesError = GetAnalyticsSeriesErrors[keyof GetAnalyticsSeriesErrors];
export type GetAnalyticsSeriesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<AnalyticsSeriesPoint>;
};
export type GetAnalyticsSeriesResponse = GetAnalyticsSeriesResponses[keyof GetAnalyticsSeriesResponses];
export type GetAnalyticsSettingsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/analytics/settings';
};
export type GetAnalyticsSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsSettingsError = GetAnalyticsSettingsErrors[keyof GetAnalyticsSettingsErrors];
export type GetAnalyticsSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsSettings;
};
export type GetAnalyticsSettingsResponse = GetAnalyticsSettingsResponses[keyof GetAnalyticsSettingsResponses];
export type PutAnalyticsSettingsData = {
    body: AnalyticsSettingsUpdate;
    path?: never;
    query?: never;
    url: '/v1/analytics/settings';
};
export type PutAnalyticsSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PutAnalyticsSettingsError = PutAnalyticsSettingsErrors[keyof PutAnalyticsSettingsErrors];
export type PutAnalyticsSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsSettings;
};
export type PutAnalyticsSettingsResponse = PutAnalyticsSettingsResponses[keyof PutAnalyticsSettingsResponses];
export type GetAnalyticsTrendsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First day (inclusive), in the workspace's time zone; default: 29 days before `to`
         */
        from?: string | null;
        /**
         * Last day (inclusive); default: today in the workspace's time zone
         */
        to?: string | null;
        /**
         * Only this chatbot
         */
        chatbot_id?: string | null;
        /**
         * Must be the workspace's time zone (days are kept in it)
         */
        time_zone?: string | null;
        /**
         * day, week (ISO, from Monday) or month
         */
        granularity?: string;
    };
    url: '/v1/analytics/trends';
};
export type GetAnalyticsTrendsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAnalyticsTrendsError = GetAnalyticsTrendsErrors[keyof GetAnalyticsTrendsErrors];
export type GetAnalyticsTrendsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AnalyticsTrends;
};
export type GetAnalyticsTrendsResponse = GetAnalyticsTrendsResponses[keyof GetAnalyticsTrendsResponses];
export type ListApiKeysData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/api-keys';
};
export type ListApiKeysErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListApiKeysError = ListApiKeysErrors[keyof ListApiKeysErrors];
export type ListApiKeysResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1TenancySchemasApiKey;
};
export type ListApiKeysResponse = ListApiKeysResponses[keyof ListApiKeysResponses];
export type CreateApiKeyData = {
    body: ApiKeyCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/api-keys';
};
export type CreateApiKeyErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateApiKeyError = CreateApiKeyErrors[keyof CreateApiKeyErrors];
export type CreateApiKeyResponses = {
    /**
     * Document created, URL follows
     */
    201: IssuedApiKey;
};
export type CreateApiKeyResponse = CreateApiKeyResponses[keyof CreateApiKeyResponses];
export type RevokeApiKeyData = {
    body?: never;
    path: {
        api_key_id: string;
    };
    query?: never;
    url: '/v1/api-keys/{api_key_id}';
};
export type RevokeApiKeyErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RevokeApiKeyError = RevokeApiKeyErrors[keyof RevokeApiKeyErrors];
export type RevokeApiKeyResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type RevokeApiKeyResponse = RevokeApiKeyResponses[keyof RevokeApiKeyResponses];
export type GetApiKeyData = {
    body?: never;
    path: {
        api_key_id: string;
    };
    query?: never;
    url: '/v1/api-keys/{api_key_id}';
};
export type GetApiKeyErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetApiKeyError = GetApiKeyErrors[keyof GetApiKeyErrors];
export type GetApiKeyResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: ApiKey;
};
export type GetApiKeyResponse = GetApiKeyResponses[keyof GetApiKeyResponses];
export type LogInData = {
    body: Login;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/auth/login';
};
export type LogInErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type LogInError = LogInErrors[keyof LogInErrors];
export type LogInResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tokens;
};
export type LogInResponse = LogInResponses[keyof LogInResponses];
export type LogOutData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/auth/logout';
};
export type LogOutErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type LogOutError = LogOutErrors[keyof LogOutErrors];
export type LogOutResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type LogOutResponse = LogOutResponses[keyof LogOutResponses];
export type ChangePasswordData = {
    body: PasswordChange;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/auth/password';
};
export type ChangePasswordErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ChangePasswordError = ChangePasswordErrors[keyof ChangePasswordErrors];
export type ChangePasswordResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tokens;
};
export type ChangePasswordResponse = ChangePasswordResponses[keyof ChangePasswordResponses];
export type RefreshData = {
    body: RefreshRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/auth/refresh';
};
export type RefreshErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RefreshError = RefreshErrors[keyof RefreshErrors];
export type RefreshResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tokens;
};
export type RefreshResponse = RefreshResponses[keyof RefreshResponses];
export type SignUpData = {
    body: SignUp;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/auth/signup';
};
export type SignUpErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SignUpError = SignUpErrors[keyof SignUpErrors];
export type SignUpResponses = {
    /**
     * Document created, URL follows
     */
    201: SignUpResult;
};
export type SignUpResponse = SignUpResponses[keyof SignUpResponses];
export type GetBookingData = {
    body?: never;
    path: {
        booking_id: string;
    };
    query?: never;
    url: '/v1/bookings/{booking_id}';
};
export type GetBookingErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetBookingError = GetBookingErrors[keyof GetBookingErrors];
export type GetBookingResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Booking;
};
export type GetBookingResponse = GetBookingResponses[keyof GetBookingResponses];
export type CancelBookingData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        booking_id: string;
    };
    query?: never;
    url: '/v1/bookings/{booking_id}/cancel';
};
export type CancelBookingErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type CancelBookingError = CancelBookingErrors[keyof CancelBookingErrors];
export type CancelBookingResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Booking;
};
export type CancelBookingResponse = CancelBookingResponses[keyof CancelBookingResponses];
export type MarkNoShowData = {
    body: NoShow;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        booking_id: string;
    };
    query?: never;
    url: '/v1/bookings/{booking_id}/no-show';
};
export type MarkNoShowErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type MarkNoShowError = MarkNoShowErrors[keyof MarkNoShowErrors];
export type MarkNoShowResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Booking;
};
export type MarkNoShowResponse = MarkNoShowResponses[keyof MarkNoShowResponses];
export type RescheduleBookingData = {
    body: Reschedule;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        booking_id: string;
    };
    query?: never;
    url: '/v1/bookings/{booking_id}/reschedule';
};
export type RescheduleBookingErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type RescheduleBookingError = RescheduleBookingErrors[keyof RescheduleBookingErrors];
export type RescheduleBookingResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Booking;
};
export type RescheduleBookingResponse = RescheduleBookingResponses[keyof RescheduleBookingResponses];
export type ListCalendarsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/calendars';
};
export type ListCalendarsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListCalendarsError = ListCalendarsErrors[keyof ListCalendarsErrors];
export type ListCalendarsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1SchedulingSchemasCalendar;
};
export type ListCalendarsResponse = ListCalendarsResponses[keyof ListCalendarsResponses];
export type ConnectCalendarData = {
    body: CalendarCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/calendars';
};
export type ConnectCalendarErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type ConnectCalendarError = ConnectCalendarErrors[keyof ConnectCalendarErrors];
export type ConnectCalendarResponses = {
    /**
     * Document created, URL follows
     */
    201: Calendar;
};
export type ConnectCalendarResponse = ConnectCalendarResponses[keyof ConnectCalendarResponses];
export type StartOauthData = {
    body: OAuthStart;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/calendars/oauth';
};
export type StartOauthErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type StartOauthError = StartOauthErrors[keyof StartOauthErrors];
export type StartOauthResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: OAuthConsent;
};
export type StartOauthResponse = StartOauthResponses[keyof StartOauthResponses];
export type OauthCallbackData = {
    body?: never;
    path: {
        kind: string;
    };
    query?: {
        code?: string | null;
        error?: string | null;
        state?: string | null;
    };
    url: '/v1/calendars/oauth/{kind}/callback';
};
export type OauthCallbackErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type OauthCallbackError = OauthCallbackErrors[keyof OauthCallbackErrors];
export type OauthCallbackResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type OauthCallbackResponse = OauthCallbackResponses[keyof OauthCallbackResponses];
export type DisconnectCalendarData = {
    body?: never;
    path: {
        calendar_id: string;
    };
    query?: never;
    url: '/v1/calendars/{calendar_id}';
};
export type DisconnectCalendarErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DisconnectCalendarError = DisconnectCalendarErrors[keyof DisconnectCalendarErrors];
export type DisconnectCalendarResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DisconnectCalendarResponse = DisconnectCalendarResponses[keyof DisconnectCalendarResponses];
export type GetCalendarData = {
    body?: never;
    path: {
        calendar_id: string;
    };
    query?: never;
    url: '/v1/calendars/{calendar_id}';
};
export type GetCalendarErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetCalendarError = GetCalendarErrors[keyof GetCalendarErrors];
export type GetCalendarResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Calendar;
};
export type GetCalendarResponse = GetCalendarResponses[keyof GetCalendarResponses];
export type ListChatbotsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        /**
         * Only chatbots in this status
         */
        status?: ChatbotStatus | null;
    };
    url: '/v1/chatbots';
};
export type ListChatbotsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListChatbotsError = ListChatbotsErrors[keyof ListChatbotsErrors];
export type ListChatbotsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1ChatbotsSchemasChatbot;
};
export type ListChatbotsResponse = ListChatbotsResponses[keyof ListChatbotsResponses];
export type CreateChatbotData = {
    body: ChatbotCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/chatbots';
};
export type CreateChatbotErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateChatbotError = CreateChatbotErrors[keyof CreateChatbotErrors];
export type CreateChatbotResponses = {
    /**
     * Document created, URL follows
     */
    201: Chatbot;
};
export type CreateChatbotResponse = CreateChatbotResponses[keyof CreateChatbotResponses];
export type DeleteChatbotData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}';
};
export type DeleteChatbotErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteChatbotError = DeleteChatbotErrors[keyof DeleteChatbotErrors];
export type DeleteChatbotResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteChatbotResponse = DeleteChatbotResponses[keyof DeleteChatbotResponses];
export type GetChatbotData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}';
};
export type GetChatbotErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetChatbotError = GetChatbotErrors[keyof GetChatbotErrors];
export type GetChatbotResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Chatbot;
};
export type GetChatbotResponse = GetChatbotResponses[keyof GetChatbotResponses];
export type UpdateChatbotData = {
    body: ChatbotUpdate;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}';
};
export type UpdateChatbotErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateChatbotError = UpdateChatbotErrors[keyof UpdateChatbotErrors];
export type UpdateChatbotResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Chatbot;
};
export type UpdateChatbotResponse = UpdateChatbotResponses[keyof UpdateChatbotResponses];
export type GetAssistantSettingsData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/assistant';
};
export type GetAssistantSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetAssistantSettingsError = GetAssistantSettingsErrors[keyof GetAssistantSettingsErrors];
export type GetAssistantSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AssistantSettings;
};
export type GetAssistantSettingsResponse = GetAssistantSettingsResponses[keyof GetAssistantSettingsResponses];
export type PutAssistantSettingsData = {
    body: AssistantSettings;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/assistant';
};
export type PutAssistantSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PutAssistantSettingsError = PutAssistantSettingsErrors[keyof PutAssistantSettingsErrors];
export type PutAssistantSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: AssistantSettings;
};
export type PutAssistantSettingsResponse = PutAssistantSettingsResponses[keyof PutAssistantSettingsResponses];
export type GetEmbedCodeData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/embed';
};
export type GetEmbedCodeErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type GetEmbedCodeError = GetEmbedCodeErrors[keyof GetEmbedCodeErrors];
export type GetEmbedCodeResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: EmbedCode;
};
export type GetEmbedCodeResponse = GetEmbedCodeResponses[keyof GetEmbedCodeResponses];
export type ClassifyIntentData = {
    body: ClassifyRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/intents:classify';
};
export type ClassifyIntentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ClassifyIntentError = ClassifyIntentErrors[keyof ClassifyIntentErrors];
export type ClassifyIntentResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Classification;
};
export type ClassifyIntentResponse = ClassifyIntentResponses[keyof ClassifyIntentResponses];
export type ListKnowledgeGapsData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: {
        /**
         * How many, newest first
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/chatbots/{chatbot_id}/knowledge-gaps';
};
export type ListKnowledgeGapsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListKnowledgeGapsError = ListKnowledgeGapsErrors[keyof ListKnowledgeGapsErrors];
export type ListKnowledgeGapsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1AssistantSchemasKnowledgeGap;
};
export type ListKnowledgeGapsResponse = ListKnowledgeGapsResponses[keyof ListKnowledgeGapsResponses];
export type GetEmbedderData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/embedder';
};
export type GetEmbedderErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetEmbedderError = GetEmbedderErrors[keyof GetEmbedderErrors];
export type GetEmbedderResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: EmbedderSettings;
};
export type GetEmbedderResponse = GetEmbedderResponses[keyof GetEmbedderResponses];
export type SetEmbedderData = {
    body: EmbedderSettingsUpdate;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/embedder';
};
export type SetEmbedderErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SetEmbedderError = SetEmbedderErrors[keyof SetEmbedderErrors];
export type SetEmbedderResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: EmbedderSettings;
};
export type SetEmbedderResponse = SetEmbedderResponses[keyof SetEmbedderResponses];
export type SearchData = {
    body: SearchRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/search';
};
export type SearchErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SearchError = SearchErrors[keyof SearchErrors];
export type SearchResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: SearchResult;
};
export type SearchResponse = SearchResponses[keyof SearchResponses];
export type ListSourcesData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources';
};
export type ListSourcesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListSourcesError = ListSourcesErrors[keyof ListSourcesErrors];
export type ListSourcesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1KnowledgeSchemasSource;
};
export type ListSourcesResponse = ListSourcesResponses[keyof ListSourcesResponses];
export type CreateSourceData = {
    body: TextSourceCreate | FaqSourceCreate | UrlSourceCreate | CrawlSourceCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources';
};
export type CreateSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateSourceError = CreateSourceErrors[keyof CreateSourceErrors];
export type CreateSourceResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: Source;
};
export type CreateSourceResponse = CreateSourceResponses[keyof CreateSourceResponses];
export type UploadSourceData = {
    body: FileUpload;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources/upload';
};
export type UploadSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UploadSourceError = UploadSourceErrors[keyof UploadSourceErrors];
export type UploadSourceResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: Source;
};
export type UploadSourceResponse = UploadSourceResponses[keyof UploadSourceResponses];
export type DeleteSourceData = {
    body?: never;
    path: {
        chatbot_id: string;
        source_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources/{source_id}';
};
export type DeleteSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteSourceError = DeleteSourceErrors[keyof DeleteSourceErrors];
export type DeleteSourceResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteSourceResponse = DeleteSourceResponses[keyof DeleteSourceResponses];
export type GetSourceData = {
    body?: never;
    path: {
        chatbot_id: string;
        source_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources/{source_id}';
};
export type GetSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetSourceError = GetSourceErrors[keyof GetSourceErrors];
export type GetSourceResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Source;
};
export type GetSourceResponse = GetSourceResponses[keyof GetSourceResponses];
export type UpdateSourceData = {
    body: SourceUpdate;
    path: {
        chatbot_id: string;
        source_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources/{source_id}';
};
export type UpdateSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateSourceError = UpdateSourceErrors[keyof UpdateSourceErrors];
export type UpdateSourceResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Source;
};
export type UpdateSourceResponse = UpdateSourceResponses[keyof UpdateSourceResponses];
export type ResyncSourceData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        chatbot_id: string;
        source_id: string;
    };
    query?: never;
    url: '/v1/chatbots/{chatbot_id}/knowledge/sources/{source_id}/resync';
};
export type ResyncSourceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ResyncSourceError = ResyncSourceErrors[keyof ResyncSourceErrors];
export type ResyncSourceResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: Source;
};
export type ResyncSourceResponse = ResyncSourceResponses[keyof ResyncSourceResponses];
export type ListLeadsData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: {
        /**
         * How many, newest first
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/chatbots/{chatbot_id}/leads';
};
export type ListLeadsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListLeadsError = ListLeadsErrors[keyof ListLeadsErrors];
export type ListLeadsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1AssistantSchemasLead;
};
export type ListLeadsResponse = ListLeadsResponses[keyof ListLeadsResponses];
export type ListConversationsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        /**
         * Only in this status
         */
        status?: SessionStatus | null;
        chatbot_id?: string | null;
        visitor_id?: string | null;
        /**
         * Exact email
         */
        visitor_email?: string | null;
        /**
         * Started at or after (ISO 8601)
         */
        started_after?: string | null;
        /**
         * Started before (ISO 8601)
         */
        started_before?: string | null;
        /**
         * Only rated (true) or unrated (false)
         */
        rated?: boolean | null;
    };
    url: '/v1/conversations';
};
export type ListConversationsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListConversationsError = ListConversationsErrors[keyof ListConversationsErrors];
export type ListConversationsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1ConversationsSchemasSession;
};
export type ListConversationsResponse = ListConversationsResponses[keyof ListConversationsResponses];
export type GetConversationData = {
    body?: never;
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}';
};
export type GetConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetConversationError = GetConversationErrors[keyof GetConversationErrors];
export type GetConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Session;
};
export type GetConversationResponse = GetConversationResponses[keyof GetConversationResponses];
export type UploadAttachmentData = {
    body: AttachmentUpload;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/attachments';
};
export type UploadAttachmentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * The content type is not allowed, or the content is not what it claims to be
     */
    415: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UploadAttachmentError = UploadAttachmentErrors[keyof UploadAttachmentErrors];
export type UploadAttachmentResponses = {
    /**
     * Document created, URL follows
     */
    201: UploadedAttachment;
};
export type UploadAttachmentResponse = UploadAttachmentResponses[keyof UploadAttachmentResponses];
export type DownloadAttachmentData = {
    body?: never;
    path: {
        session_id: string;
        /**
         * An uploaded file's id
         */
        attachment_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/attachments/{attachment_id}';
};
export type DownloadAttachmentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DownloadAttachmentError = DownloadAttachmentErrors[keyof DownloadAttachmentErrors];
export type DownloadAttachmentResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Blob | File;
};
export type DownloadAttachmentResponse = DownloadAttachmentResponses[keyof DownloadAttachmentResponses];
export type CloseConversationData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/close';
};
export type CloseConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CloseConversationError = CloseConversationErrors[keyof CloseConversationErrors];
export type CloseConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Session;
};
export type CloseConversationResponse = CloseConversationResponses[keyof CloseConversationResponses];
export type ExportConversationData = {
    body?: never;
    path: {
        session_id: string;
    };
    query?: {
        /**
         * json or text
         */
        format?: 'json' | 'text';
    };
    url: '/v1/conversations/{session_id}/export';
};
export type ExportConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExportConversationError = ExportConversationErrors[keyof ExportConversationErrors];
export type ExportConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: TranscriptExport;
};
export type ExportConversationResponse = ExportConversationResponses[keyof ExportConversationResponses];
export type ExportConversationTextData = {
    body?: never;
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/export.txt';
};
export type ExportConversationTextErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExportConversationTextError = ExportConversationTextErrors[keyof ExportConversationTextErrors];
export type ExportConversationTextResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type ExportConversationTextResponse = ExportConversationTextResponses[keyof ExportConversationTextResponses];
export type GetTranscriptData = {
    body?: never;
    path: {
        session_id: string;
    };
    query?: {
        /**
         * Only events with a greater seq
         */
        after_seq?: number;
        limit?: number;
    };
    url: '/v1/conversations/{session_id}/messages';
};
export type GetTranscriptErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetTranscriptError = GetTranscriptErrors[keyof GetTranscriptErrors];
export type GetTranscriptResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Transcript;
};
export type GetTranscriptResponse = GetTranscriptResponses[keyof GetTranscriptResponses];
export type RateConversationData = {
    body: Rating;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/rating';
};
export type RateConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RateConversationError = RateConversationErrors[keyof RateConversationErrors];
export type RateConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Session;
};
export type RateConversationResponse = RateConversationResponses[keyof RateConversationResponses];
export type GetVisitorDetailsData = {
    body?: never;
    path: {
        session_id: string;
    };
    query?: never;
    url: '/v1/conversations/{session_id}/visitor-details';
};
export type GetVisitorDetailsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetVisitorDetailsError = GetVisitorDetailsErrors[keyof GetVisitorDetailsErrors];
export type GetVisitorDetailsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: VisitorDetails;
};
export type GetVisitorDetailsResponse = GetVisitorDetailsResponses[keyof GetVisitorDetailsResponses];
export type ListBreachesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        team_id?: string | null;
        kind?: BreachKind | null;
    };
    url: '/v1/handoff/breaches';
};
export type ListBreachesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListBreachesError = ListBreachesErrors[keyof ListBreachesErrors];
export type ListBreachesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: BreachList;
};
export type ListBreachesResponse = ListBreachesResponses[keyof ListBreachesResponses];
export type ListCannedResponsesData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/handoff/canned-responses';
};
export type ListCannedResponsesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListCannedResponsesError = ListCannedResponsesErrors[keyof ListCannedResponsesErrors];
export type ListCannedResponsesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: CannedList;
};
export type ListCannedResponsesResponse = ListCannedResponsesResponses[keyof ListCannedResponsesResponses];
export type CreateCannedResponseData = {
    body: CannedCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/handoff/canned-responses';
};
export type CreateCannedResponseErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateCannedResponseError = CreateCannedResponseErrors[keyof CreateCannedResponseErrors];
export type CreateCannedResponseResponses = {
    /**
     * Document created, URL follows
     */
    201: Canned;
};
export type CreateCannedResponseResponse = CreateCannedResponseResponses[keyof CreateCannedResponseResponses];
export type DeleteCannedResponseData = {
    body?: never;
    path: {
        canned_id: string;
    };
    query?: never;
    url: '/v1/handoff/canned-responses/{canned_id}';
};
export type DeleteCannedResponseErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteCannedResponseError = DeleteCannedResponseErrors[keyof DeleteCannedResponseErrors];
export type DeleteCannedResponseResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteCannedResponseResponse = DeleteCannedResponseResponses[keyof DeleteCannedResponseResponses];
export type CloseHandedOffConversationData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/close';
};
export type CloseHandedOffConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CloseHandedOffConversationError = CloseHandedOffConversationErrors[keyof CloseHandedOffConversationErrors];
export type CloseHandedOffConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff | null;
};
export type CloseHandedOffConversationResponse = CloseHandedOffConversationResponses[keyof CloseHandedOffConversationResponses];
export type GetOperatorContextData = {
    body?: never;
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/context';
};
export type GetOperatorContextErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetOperatorContextError = GetOperatorContextErrors[keyof GetOperatorContextErrors];
export type GetOperatorContextResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: OperatorContext;
};
export type GetOperatorContextResponse = GetOperatorContextResponses[keyof GetOperatorContextResponses];
export type ExpandCannedResponseData = {
    body: Expand;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/expand';
};
export type ExpandCannedResponseErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ExpandCannedResponseError = ExpandCannedResponseErrors[keyof ExpandCannedResponseErrors];
export type ExpandCannedResponseResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Expanded;
};
export type ExpandCannedResponseResponse = ExpandCannedResponseResponses[keyof ExpandCannedResponseResponses];
export type HandBackConversationData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/hand-back';
};
export type HandBackConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type HandBackConversationError = HandBackConversationErrors[keyof HandBackConversationErrors];
export type HandBackConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type HandBackConversationResponse = HandBackConversationResponses[keyof HandBackConversationResponses];
export type ListPrivateNotesData = {
    body?: never;
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/notes';
};
export type ListPrivateNotesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListPrivateNotesError = ListPrivateNotesErrors[keyof ListPrivateNotesErrors];
export type ListPrivateNotesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: NoteList;
};
export type ListPrivateNotesResponse = ListPrivateNotesResponses[keyof ListPrivateNotesResponses];
export type AddPrivateNoteData = {
    body: NoteCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/notes';
};
export type AddPrivateNoteErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type AddPrivateNoteError = AddPrivateNoteErrors[keyof AddPrivateNoteErrors];
export type AddPrivateNoteResponses = {
    /**
     * Document created, URL follows
     */
    201: Note;
};
export type AddPrivateNoteResponse = AddPrivateNoteResponses[keyof AddPrivateNoteResponses];
export type SetConversationPriorityData = {
    body: Priority;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/priority';
};
export type SetConversationPriorityErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SetConversationPriorityError = SetConversationPriorityErrors[keyof SetConversationPriorityErrors];
export type SetConversationPriorityResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type SetConversationPriorityResponse = SetConversationPriorityResponses[keyof SetConversationPriorityResponses];
export type ReplyToConversationData = {
    body: Reply;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/reply';
};
export type ReplyToConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ReplyToConversationError = ReplyToConversationErrors[keyof ReplyToConversationErrors];
export type ReplyToConversationResponses = {
    /**
     * Document created, URL follows
     */
    201: Replied;
};
export type ReplyToConversationResponse = ReplyToConversationResponses[keyof ReplyToConversationResponses];
export type UnsnoozeConversationData = {
    body?: never;
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/snooze';
};
export type UnsnoozeConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UnsnoozeConversationError = UnsnoozeConversationErrors[keyof UnsnoozeConversationErrors];
export type UnsnoozeConversationResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type UnsnoozeConversationResponse = UnsnoozeConversationResponses[keyof UnsnoozeConversationResponses];
export type SnoozeConversationData = {
    body: SnoozeRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/snooze';
};
export type SnoozeConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SnoozeConversationError = SnoozeConversationErrors[keyof SnoozeConversationErrors];
export type SnoozeConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Snoozed;
};
export type SnoozeConversationResponse = SnoozeConversationResponses[keyof SnoozeConversationResponses];
export type SuggestConversationReplyData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/suggest-reply';
};
export type SuggestConversationReplyErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SuggestConversationReplyError = SuggestConversationReplyErrors[keyof SuggestConversationReplyErrors];
export type SuggestConversationReplyResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: SuggestedReply;
};
export type SuggestConversationReplyResponse = SuggestConversationReplyResponses[keyof SuggestConversationReplyResponses];
export type ListConversationTagsData = {
    body?: never;
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/tags';
};
export type ListConversationTagsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListConversationTagsError = ListConversationTagsErrors[keyof ListConversationTagsErrors];
export type ListConversationTagsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tags;
};
export type ListConversationTagsResponse = ListConversationTagsResponses[keyof ListConversationTagsResponses];
export type AddConversationTagsData = {
    body: TagsAdd;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/tags';
};
export type AddConversationTagsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type AddConversationTagsError = AddConversationTagsErrors[keyof AddConversationTagsErrors];
export type AddConversationTagsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tags;
};
export type AddConversationTagsResponse = AddConversationTagsResponses[keyof AddConversationTagsResponses];
export type RemoveConversationTagData = {
    body?: never;
    path: {
        conversation_id: string;
        tag: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/tags/{tag}';
};
export type RemoveConversationTagErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RemoveConversationTagError = RemoveConversationTagErrors[keyof RemoveConversationTagErrors];
export type RemoveConversationTagResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type RemoveConversationTagResponse = RemoveConversationTagResponses[keyof RemoveConversationTagResponses];
export type TakeConversationData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/take';
};
export type TakeConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type TakeConversationError = TakeConversationErrors[keyof TakeConversationErrors];
export type TakeConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type TakeConversationResponse = TakeConversationResponses[keyof TakeConversationResponses];
export type TransferConversationData = {
    body: Transfer;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/transfer';
};
export type TransferConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type TransferConversationError = TransferConversationErrors[keyof TransferConversationErrors];
export type TransferConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type TransferConversationResponse = TransferConversationResponses[keyof TransferConversationResponses];
export type UnassignConversationData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        conversation_id: string;
    };
    query?: never;
    url: '/v1/handoff/conversations/{conversation_id}/unassign';
};
export type UnassignConversationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UnassignConversationError = UnassignConversationErrors[keyof UnassignConversationErrors];
export type UnassignConversationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type UnassignConversationResponse = UnassignConversationResponses[keyof UnassignConversationResponses];
export type ListHandoffsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        status?: HandoffStatus | null;
        /**
         * Only those assigned to me
         */
        mine?: boolean;
        /**
         * Only conversations with this tag
         */
        tag?: string | null;
        /**
         * Only snoozed conversations (else they are left out until their time)
         */
        snoozed?: boolean;
    };
    url: '/v1/handoff/handoffs';
};
export type ListHandoffsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListHandoffsError = ListHandoffsErrors[keyof ListHandoffsErrors];
export type ListHandoffsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: HandoffList;
};
export type ListHandoffsResponse = ListHandoffsResponses[keyof ListHandoffsResponses];
export type GetHandoffData = {
    body?: never;
    path: {
        handoff_id: string;
    };
    query?: never;
    url: '/v1/handoff/handoffs/{handoff_id}';
};
export type GetHandoffErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetHandoffError = GetHandoffErrors[keyof GetHandoffErrors];
export type GetHandoffResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Handoff;
};
export type GetHandoffResponse = GetHandoffResponses[keyof GetHandoffResponses];
export type ListOperatorsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/handoff/operators';
};
export type ListOperatorsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListOperatorsError = ListOperatorsErrors[keyof ListOperatorsErrors];
export type ListOperatorsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<Operator>;
};
export type ListOperatorsResponse = ListOperatorsResponses[keyof ListOperatorsResponses];
export type UpdateMyOperatorStatusData = {
    body: OperatorUpdate;
    path?: never;
    query?: never;
    url: '/v1/handoff/operators/me';
};
export type UpdateMyOperatorStatusErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateMyOperatorStatusError = UpdateMyOperatorStatusErrors[keyof UpdateMyOperatorStatusErrors];
export type UpdateMyOperatorStatusResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Operator;
};
export type UpdateMyOperatorStatusResponse = UpdateMyOperatorStatusResponses[keyof UpdateMyOperatorStatusResponses];
export type OperatorHeartbeatData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/handoff/operators/me/heartbeat';
};
export type OperatorHeartbeatErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type OperatorHeartbeatError = OperatorHeartbeatErrors[keyof OperatorHeartbeatErrors];
export type OperatorHeartbeatResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type OperatorHeartbeatResponse = OperatorHeartbeatResponses[keyof OperatorHeartbeatResponses];
export type OperatorPerformanceData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * First UTC day (default: 6 days before `to`)
         */
        from?: string | null;
        /**
         * Last UTC day, included (default: today)
         */
        to?: string | null;
        operator_id?: string | null;
    };
    url: '/v1/handoff/performance';
};
export type OperatorPerformanceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type OperatorPerformanceError = OperatorPerformanceErrors[keyof OperatorPerformanceErrors];
export type OperatorPerformanceResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PerformanceReport;
};
export type OperatorPerformanceResponse = OperatorPerformanceResponses[keyof OperatorPerformanceResponses];
export type GetHandoffSettingsData = {
    body?: never;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/handoff/settings/{chatbot_id}';
};
export type GetHandoffSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetHandoffSettingsError = GetHandoffSettingsErrors[keyof GetHandoffSettingsErrors];
export type GetHandoffSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: HandoffSettings;
};
export type GetHandoffSettingsResponse = GetHandoffSettingsResponses[keyof GetHandoffSettingsResponses];
export type PutHandoffSettingsData = {
    body: HandoffSettings;
    path: {
        chatbot_id: string;
    };
    query?: never;
    url: '/v1/handoff/settings/{chatbot_id}';
};
export type PutHandoffSettingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PutHandoffSettingsError = PutHandoffSettingsErrors[keyof PutHandoffSettingsErrors];
export type PutHandoffSettingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: HandoffSettings;
};
export type PutHandoffSettingsResponse = PutHandoffSettingsResponses[keyof PutHandoffSettingsResponses];
export type ListTeamsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/handoff/teams';
};
export type ListTeamsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListTeamsError = ListTeamsErrors[keyof ListTeamsErrors];
export type ListTeamsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Array<Team>;
};
export type ListTeamsResponse = ListTeamsResponses[keyof ListTeamsResponses];
export type CreateTeamData = {
    body: TeamCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/handoff/teams';
};
export type CreateTeamErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateTeamError = CreateTeamErrors[keyof CreateTeamErrors];
export type CreateTeamResponses = {
    /**
     * Document created, URL follows
     */
    201: Team;
};
export type CreateTeamResponse = CreateTeamResponses[keyof CreateTeamResponses];
export type DeleteTeamData = {
    body?: never;
    path: {
        team_id: string;
    };
    query?: never;
    url: '/v1/handoff/teams/{team_id}';
};
export type DeleteTeamErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteTeamError = DeleteTeamErrors[keyof DeleteTeamErrors];
export type DeleteTeamResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteTeamResponse = DeleteTeamResponses[keyof DeleteTeamResponses];
export type GetTeamData = {
    body?: never;
    path: {
        team_id: string;
    };
    query?: never;
    url: '/v1/handoff/teams/{team_id}';
};
export type GetTeamErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetTeamError = GetTeamErrors[keyof GetTeamErrors];
export type GetTeamResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Team;
};
export type GetTeamResponse = GetTeamResponses[keyof GetTeamResponses];
export type UpdateTeamData = {
    body: TeamUpdate;
    path: {
        team_id: string;
    };
    query?: never;
    url: '/v1/handoff/teams/{team_id}';
};
export type UpdateTeamErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateTeamError = UpdateTeamErrors[keyof UpdateTeamErrors];
export type UpdateTeamResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Team;
};
export type UpdateTeamResponse = UpdateTeamResponses[keyof UpdateTeamResponses];
export type OperatorWorkloadData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/handoff/workload';
};
export type OperatorWorkloadErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type OperatorWorkloadError = OperatorWorkloadErrors[keyof OperatorWorkloadErrors];
export type OperatorWorkloadResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WorkloadReport;
};
export type OperatorWorkloadResponse = OperatorWorkloadResponses[keyof OperatorWorkloadResponses];
export type CalcomWebhookData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        calendar_id: string;
    };
    query?: never;
    url: '/v1/integrations/calcom/{calendar_id}/webhook';
};
export type CalcomWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CalcomWebhookError = CalcomWebhookErrors[keyof CalcomWebhookErrors];
export type CalcomWebhookResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookAck;
};
export type CalcomWebhookResponse = CalcomWebhookResponses[keyof CalcomWebhookResponses];
export type CalendlyWebhookData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        calendar_id: string;
    };
    query?: never;
    url: '/v1/integrations/calendly/{calendar_id}/webhook';
};
export type CalendlyWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CalendlyWebhookError = CalendlyWebhookErrors[keyof CalendlyWebhookErrors];
export type CalendlyWebhookResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookAck;
};
export type CalendlyWebhookResponse = CalendlyWebhookResponses[keyof CalendlyWebhookResponses];
export type ListStripeIntegrationsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only this chatbot's
         */
        chatbot_id?: string | null;
    };
    url: '/v1/integrations/stripe';
};
export type ListStripeIntegrationsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListStripeIntegrationsError = ListStripeIntegrationsErrors[keyof ListStripeIntegrationsErrors];
export type ListStripeIntegrationsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: IntegrationList;
};
export type ListStripeIntegrationsResponse = ListStripeIntegrationsResponses[keyof ListStripeIntegrationsResponses];
export type ConnectStripeData = {
    body: StripeConnect;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/integrations/stripe';
};
export type ConnectStripeErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type ConnectStripeError = ConnectStripeErrors[keyof ConnectStripeErrors];
export type ConnectStripeResponses = {
    /**
     * Document created, URL follows
     */
    201: StripeIntegration;
};
export type ConnectStripeResponse = ConnectStripeResponses[keyof ConnectStripeResponses];
export type DisconnectStripeData = {
    body?: never;
    path: {
        integration_id: string;
    };
    query?: never;
    url: '/v1/integrations/stripe/{integration_id}';
};
export type DisconnectStripeErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DisconnectStripeError = DisconnectStripeErrors[keyof DisconnectStripeErrors];
export type DisconnectStripeResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DisconnectStripeResponse = DisconnectStripeResponses[keyof DisconnectStripeResponses];
export type GetStripeIntegrationData = {
    body?: never;
    path: {
        integration_id: string;
    };
    query?: never;
    url: '/v1/integrations/stripe/{integration_id}';
};
export type GetStripeIntegrationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetStripeIntegrationError = GetStripeIntegrationErrors[keyof GetStripeIntegrationErrors];
export type GetStripeIntegrationResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: StripeIntegration;
};
export type GetStripeIntegrationResponse = GetStripeIntegrationResponses[keyof GetStripeIntegrationResponses];
export type SetPaymentCatalogueData = {
    body: CatalogueUpdate;
    path: {
        integration_id: string;
    };
    query?: never;
    url: '/v1/integrations/stripe/{integration_id}/catalogue';
};
export type SetPaymentCatalogueErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type SetPaymentCatalogueError = SetPaymentCatalogueErrors[keyof SetPaymentCatalogueErrors];
export type SetPaymentCatalogueResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Catalogue;
};
export type SetPaymentCatalogueResponse = SetPaymentCatalogueResponses[keyof SetPaymentCatalogueResponses];
export type ListStripePricesData = {
    body?: never;
    path: {
        integration_id: string;
    };
    query?: never;
    url: '/v1/integrations/stripe/{integration_id}/prices';
};
export type ListStripePricesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type ListStripePricesError = ListStripePricesErrors[keyof ListStripePricesErrors];
export type ListStripePricesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PriceList;
};
export type ListStripePricesResponse = ListStripePricesResponses[keyof ListStripePricesResponses];
export type StripeWebhookData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        integration_id: string;
    };
    query?: never;
    url: '/v1/integrations/stripe/{integration_id}/webhook';
};
export type StripeWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type StripeWebhookError = StripeWebhookErrors[keyof StripeWebhookErrors];
export type StripeWebhookResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookAck;
};
export type StripeWebhookResponse = StripeWebhookResponses[keyof StripeWebhookResponses];
export type ListInvitationsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/invitations';
};
export type ListInvitationsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListInvitationsError = ListInvitationsErrors[keyof ListInvitationsErrors];
export type ListInvitationsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1TenancySchemasInvitation;
};
export type ListInvitationsResponse = ListInvitationsResponses[keyof ListInvitationsResponses];
export type InviteData = {
    body: InvitationCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/invitations';
};
export type InviteErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type InviteError = InviteErrors[keyof InviteErrors];
export type InviteResponses = {
    /**
     * Document created, URL follows
     */
    201: IssuedInvitation;
};
export type InviteResponse = InviteResponses[keyof InviteResponses];
export type AcceptInvitationData = {
    body: InvitationAccept;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/invitations/accept';
};
export type AcceptInvitationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type AcceptInvitationError = AcceptInvitationErrors[keyof AcceptInvitationErrors];
export type AcceptInvitationResponses = {
    /**
     * Document created, URL follows
     */
    201: AcceptResult;
};
export type AcceptInvitationResponse = AcceptInvitationResponses[keyof AcceptInvitationResponses];
export type RevokeInvitationData = {
    body?: never;
    path: {
        invitation_id: string;
    };
    query?: never;
    url: '/v1/invitations/{invitation_id}';
};
export type RevokeInvitationErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RevokeInvitationError = RevokeInvitationErrors[keyof RevokeInvitationErrors];
export type RevokeInvitationResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type RevokeInvitationResponse = RevokeInvitationResponses[keyof RevokeInvitationResponses];
export type ListInvoicesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        conversation_id?: string | null;
    };
    url: '/v1/invoices';
};
export type ListInvoicesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListInvoicesError = ListInvoicesErrors[keyof ListInvoicesErrors];
export type ListInvoicesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1PaymentsSchemasInvoice;
};
export type ListInvoicesResponse = ListInvoicesResponses[keyof ListInvoicesResponses];
export type SendInvoiceData = {
    body: InvoiceCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/invoices';
};
export type SendInvoiceErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type SendInvoiceError = SendInvoiceErrors[keyof SendInvoiceErrors];
export type SendInvoiceResponses = {
    /**
     * Document created, URL follows
     */
    201: Invoice;
};
export type SendInvoiceResponse = SendInvoiceResponses[keyof SendInvoiceResponses];
export type MeData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/me';
};
export type MeErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type MeError = MeErrors[keyof MeErrors];
export type MeResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Member;
};
export type MeResponse = MeResponses[keyof MeResponses];
export type UpdateMeData = {
    body: ProfileUpdate;
    path?: never;
    query?: never;
    url: '/v1/me';
};
export type UpdateMeErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateMeError = UpdateMeErrors[keyof UpdateMeErrors];
export type UpdateMeResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Member;
};
export type UpdateMeResponse = UpdateMeResponses[keyof UpdateMeResponses];
export type ListMySecurityEventsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/me/security-events';
};
export type ListMySecurityEventsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListMySecurityEventsError = ListMySecurityEventsErrors[keyof ListMySecurityEventsErrors];
export type ListMySecurityEventsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1TenancySchemasSecurityEvent;
};
export type ListMySecurityEventsResponse = ListMySecurityEventsResponses[keyof ListMySecurityEventsResponses];
export type ListMembersData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/members';
};
export type ListMembersErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListMembersError = ListMembersErrors[keyof ListMembersErrors];
export type ListMembersResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1TenancySchemasMember;
};
export type ListMembersResponse = ListMembersResponses[keyof ListMembersResponses];
export type RemoveMemberData = {
    body?: never;
    path: {
        member_id: string;
    };
    query?: never;
    url: '/v1/members/{member_id}';
};
export type RemoveMemberErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RemoveMemberError = RemoveMemberErrors[keyof RemoveMemberErrors];
export type RemoveMemberResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type RemoveMemberResponse = RemoveMemberResponses[keyof RemoveMemberResponses];
export type GetMemberData = {
    body?: never;
    path: {
        member_id: string;
    };
    query?: never;
    url: '/v1/members/{member_id}';
};
export type GetMemberErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetMemberError = GetMemberErrors[keyof GetMemberErrors];
export type GetMemberResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Member;
};
export type GetMemberResponse = GetMemberResponses[keyof GetMemberResponses];
export type UpdateMemberData = {
    body: MemberUpdate;
    path: {
        member_id: string;
    };
    query?: never;
    url: '/v1/members/{member_id}';
};
export type UpdateMemberErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateMemberError = UpdateMemberErrors[keyof UpdateMemberErrors];
export type UpdateMemberResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Member;
};
export type UpdateMemberResponse = UpdateMemberResponses[keyof UpdateMemberResponses];
export type ListPaymentsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        status?: PaymentStatus | null;
        conversation_id?: string | null;
    };
    url: '/v1/payments';
};
export type ListPaymentsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListPaymentsError = ListPaymentsErrors[keyof ListPaymentsErrors];
export type ListPaymentsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1PaymentsSchemasPaymentRequest;
};
export type ListPaymentsResponse = ListPaymentsResponses[keyof ListPaymentsResponses];
export type CreatePaymentData = {
    body: PaymentCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/payments';
};
export type CreatePaymentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type CreatePaymentError = CreatePaymentErrors[keyof CreatePaymentErrors];
export type CreatePaymentResponses = {
    /**
     * Document created, URL follows
     */
    201: PaymentRequest;
};
export type CreatePaymentResponse = CreatePaymentResponses[keyof CreatePaymentResponses];
export type PaymentFiguresData = {
    body?: never;
    path?: never;
    query: {
        /**
         * From (inclusive)
         */
        since: string;
        /**
         * To (exclusive)
         */
        until: string;
    };
    url: '/v1/payments/figures';
};
export type PaymentFiguresErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PaymentFiguresError = PaymentFiguresErrors[keyof PaymentFiguresErrors];
export type PaymentFiguresResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PaymentFiguresList;
};
export type PaymentFiguresResponse = PaymentFiguresResponses[keyof PaymentFiguresResponses];
export type GetPaymentData = {
    body?: never;
    path: {
        payment_id: string;
    };
    query?: never;
    url: '/v1/payments/{payment_id}';
};
export type GetPaymentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetPaymentError = GetPaymentErrors[keyof GetPaymentErrors];
export type GetPaymentResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PaymentWithRefunds;
};
export type GetPaymentResponse = GetPaymentResponses[keyof GetPaymentResponses];
export type RefundPaymentData = {
    body: RefundCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        payment_id: string;
    };
    query?: never;
    url: '/v1/payments/{payment_id}/refunds';
};
export type RefundPaymentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type RefundPaymentError = RefundPaymentErrors[keyof RefundPaymentErrors];
export type RefundPaymentResponses = {
    /**
     * Document created, URL follows
     */
    201: PaymentWithRefunds;
};
export type RefundPaymentResponse = RefundPaymentResponses[keyof RefundPaymentResponses];
export type ListSchedulesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/schedules';
};
export type ListSchedulesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListSchedulesError = ListSchedulesErrors[keyof ListSchedulesErrors];
export type ListSchedulesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1SchedulingSchemasSchedule;
};
export type ListSchedulesResponse = ListSchedulesResponses[keyof ListSchedulesResponses];
export type CreateScheduleData = {
    body: ScheduleCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/schedules';
};
export type CreateScheduleErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateScheduleError = CreateScheduleErrors[keyof CreateScheduleErrors];
export type CreateScheduleResponses = {
    /**
     * Document created, URL follows
     */
    201: Schedule;
};
export type CreateScheduleResponse = CreateScheduleResponses[keyof CreateScheduleResponses];
export type DeleteScheduleData = {
    body?: never;
    path: {
        schedule_id: string;
    };
    query?: never;
    url: '/v1/schedules/{schedule_id}';
};
export type DeleteScheduleErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteScheduleError = DeleteScheduleErrors[keyof DeleteScheduleErrors];
export type DeleteScheduleResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteScheduleResponse = DeleteScheduleResponses[keyof DeleteScheduleResponses];
export type GetScheduleData = {
    body?: never;
    path: {
        schedule_id: string;
    };
    query?: never;
    url: '/v1/schedules/{schedule_id}';
};
export type GetScheduleErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetScheduleError = GetScheduleErrors[keyof GetScheduleErrors];
export type GetScheduleResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Schedule;
};
export type GetScheduleResponse = GetScheduleResponses[keyof GetScheduleResponses];
export type UpdateScheduleData = {
    body: ScheduleUpdate;
    path: {
        schedule_id: string;
    };
    query?: never;
    url: '/v1/schedules/{schedule_id}';
};
export type UpdateScheduleErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateScheduleError = UpdateScheduleErrors[keyof UpdateScheduleErrors];
export type UpdateScheduleResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Schedule;
};
export type UpdateScheduleResponse = UpdateScheduleResponses[keyof UpdateScheduleResponses];
export type ListBookingsData = {
    body?: never;
    path: {
        schedule_id: string;
    };
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/schedules/{schedule_id}/bookings';
};
export type ListBookingsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListBookingsError = ListBookingsErrors[keyof ListBookingsErrors];
export type ListBookingsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1SchedulingSchemasBooking;
};
export type ListBookingsResponse = ListBookingsResponses[keyof ListBookingsResponses];
export type CreateBookingData = {
    body: BookingCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        schedule_id: string;
    };
    query?: never;
    url: '/v1/schedules/{schedule_id}/bookings';
};
export type CreateBookingErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type CreateBookingError = CreateBookingErrors[keyof CreateBookingErrors];
export type CreateBookingResponses = {
    /**
     * Document created, URL follows
     */
    201: Booking;
};
export type CreateBookingResponse = CreateBookingResponses[keyof CreateBookingResponses];
export type FindSlotsData = {
    body?: never;
    path: {
        schedule_id: string;
    };
    query?: {
        start?: string | null;
        end?: string | null;
        duration_minutes?: number | null;
        /**
         * Show the slots in this IANA zone
         */
        time_zone?: string | null;
    };
    url: '/v1/schedules/{schedule_id}/slots';
};
export type FindSlotsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type FindSlotsError = FindSlotsErrors[keyof FindSlotsErrors];
export type FindSlotsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Slots;
};
export type FindSlotsResponse = FindSlotsResponses[keyof FindSlotsResponses];
export type SchedulingFiguresData = {
    body?: never;
    path?: never;
    query: {
        /**
         * From (inclusive)
         */
        since: string;
        /**
         * To (exclusive)
         */
        until: string;
    };
    url: '/v1/scheduling/figures';
};
export type SchedulingFiguresErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type SchedulingFiguresError = SchedulingFiguresErrors[keyof SchedulingFiguresErrors];
export type SchedulingFiguresResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: SchedulingFiguresList;
};
export type SchedulingFiguresResponse = SchedulingFiguresResponses[keyof SchedulingFiguresResponses];
export type DeleteTenantData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The workspace name, to confirm
         */
        confirm_name: string;
    };
    url: '/v1/tenant';
};
export type DeleteTenantErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteTenantError = DeleteTenantErrors[keyof DeleteTenantErrors];
export type DeleteTenantResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteTenantResponse = DeleteTenantResponses[keyof DeleteTenantResponses];
export type GetTenantData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/tenant';
};
export type GetTenantErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetTenantError = GetTenantErrors[keyof GetTenantErrors];
export type GetTenantResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Tenant;
};
export type GetTenantResponse = GetTenantResponses[keyof GetTenantResponses];
export type ListWebhooksData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
    };
    url: '/v1/webhooks';
};
export type ListWebhooksErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListWebhooksError = ListWebhooksErrors[keyof ListWebhooksErrors];
export type ListWebhooksResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: PageApiV1WebhooksSchemasWebhookEndpoint;
};
export type ListWebhooksResponse = ListWebhooksResponses[keyof ListWebhooksResponses];
export type CreateWebhookData = {
    body: WebhookCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/webhooks';
};
export type CreateWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type CreateWebhookError = CreateWebhookErrors[keyof CreateWebhookErrors];
export type CreateWebhookResponses = {
    /**
     * Document created, URL follows
     */
    201: WebhookWithSecret;
};
export type CreateWebhookResponse = CreateWebhookResponses[keyof CreateWebhookResponses];
export type DeleteWebhookData = {
    body?: never;
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}';
};
export type DeleteWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DeleteWebhookError = DeleteWebhookErrors[keyof DeleteWebhookErrors];
export type DeleteWebhookResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type DeleteWebhookResponse = DeleteWebhookResponses[keyof DeleteWebhookResponses];
export type GetWebhookData = {
    body?: never;
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}';
};
export type GetWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type GetWebhookError = GetWebhookErrors[keyof GetWebhookErrors];
export type GetWebhookResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookEndpoint;
};
export type GetWebhookResponse = GetWebhookResponses[keyof GetWebhookResponses];
export type UpdateWebhookData = {
    body: WebhookUpdate;
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}';
};
export type UpdateWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UpdateWebhookError = UpdateWebhookErrors[keyof UpdateWebhookErrors];
export type UpdateWebhookResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookEndpoint;
};
export type UpdateWebhookResponse = UpdateWebhookResponses[keyof UpdateWebhookResponses];
export type ListWebhookDeliveriesData = {
    body?: never;
    path: {
        webhook_id: string;
    };
    query?: {
        /**
         * Page size
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page's next_cursor
         */
        cursor?: string | null;
        /**
         * Only deliveries in this status
         */
        status?: DeliveryStatus | null;
        /**
         * Only this event type
         */
        event_type?: string | null;
        /**
         * Only deliveries created since
         */
        since?: string | null;
    };
    url: '/v1/webhooks/{webhook_id}/deliveries';
};
export type ListWebhookDeliveriesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ListWebhookDeliveriesError = ListWebhookDeliveriesErrors[keyof ListWebhookDeliveriesErrors];
export type ListWebhookDeliveriesResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: DeliveryPage;
};
export type ListWebhookDeliveriesResponse = ListWebhookDeliveriesResponses[keyof ListWebhookDeliveriesResponses];
export type ResendWebhookDeliveryData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        webhook_id: string;
        delivery_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/resend';
};
export type ResendWebhookDeliveryErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type ResendWebhookDeliveryError = ResendWebhookDeliveryErrors[keyof ResendWebhookDeliveryErrors];
export type ResendWebhookDeliveryResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: unknown;
};
export type RecoverWebhookDeliveriesData = {
    body: RecoverRequest;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}/recover';
};
export type RecoverWebhookDeliveriesErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RecoverWebhookDeliveriesError = RecoverWebhookDeliveriesErrors[keyof RecoverWebhookDeliveriesErrors];
export type RecoverWebhookDeliveriesResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: Recovered;
};
export type RecoverWebhookDeliveriesResponse = RecoverWebhookDeliveriesResponses[keyof RecoverWebhookDeliveriesResponses];
export type RotateWebhookSecretData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}/rotate-secret';
};
export type RotateWebhookSecretErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RotateWebhookSecretError = RotateWebhookSecretErrors[keyof RotateWebhookSecretErrors];
export type RotateWebhookSecretResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WebhookWithSecret;
};
export type RotateWebhookSecretResponse = RotateWebhookSecretResponses[keyof RotateWebhookSecretResponses];
export type TestWebhookData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        webhook_id: string;
    };
    query?: never;
    url: '/v1/webhooks/{webhook_id}/test';
};
export type TestWebhookErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type TestWebhookError = TestWebhookErrors[keyof TestWebhookErrors];
export type TestWebhookResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: TestSent;
};
export type TestWebhookResponse = TestWebhookResponses[keyof TestWebhookResponses];
export type BookingPageData = {
    body?: never;
    path: {
        /**
         * The signed token from the booking e-mail
         */
        token: string;
    };
    query?: never;
    url: '/v1/widget/bookings/{token}';
};
export type BookingPageErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type BookingPageError = BookingPageErrors[keyof BookingPageErrors];
export type BookingPageResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type BookingPageResponse = BookingPageResponses[keyof BookingPageResponses];
export type CancelByLinkData = {
    body?: never;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * The signed token from the booking e-mail
         */
        token: string;
    };
    query?: never;
    url: '/v1/widget/bookings/{token}/cancel';
};
export type CancelByLinkErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type CancelByLinkError = CancelByLinkErrors[keyof CancelByLinkErrors];
export type CancelByLinkResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type CancelByLinkResponse = CancelByLinkResponses[keyof CancelByLinkResponses];
export type RescheduleByLinkData = {
    body: {
        [key: string]: string;
    };
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * The signed token from the booking e-mail
         */
        token: string;
    };
    query?: never;
    url: '/v1/widget/bookings/{token}/reschedule';
};
export type RescheduleByLinkErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type RescheduleByLinkError = RescheduleByLinkErrors[keyof RescheduleByLinkErrors];
export type RescheduleByLinkResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: string;
};
export type RescheduleByLinkResponse = RescheduleByLinkResponses[keyof RescheduleByLinkResponses];
export type DownloadWidgetAttachmentData = {
    body?: never;
    headers: {
        'X-Visitor-Token': string;
    };
    path: {
        public_id: string;
        /**
         * An uploaded file's id
         */
        attachment_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/attachments/{attachment_id}';
};
export type DownloadWidgetAttachmentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type DownloadWidgetAttachmentError = DownloadWidgetAttachmentErrors[keyof DownloadWidgetAttachmentErrors];
export type DownloadWidgetAttachmentResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: Blob | File;
};
export type DownloadWidgetAttachmentResponse = DownloadWidgetAttachmentResponses[keyof DownloadWidgetAttachmentResponses];
export type WidgetConfigData = {
    body?: never;
    path: {
        public_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/config';
};
export type WidgetConfigErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type WidgetConfigError = WidgetConfigErrors[keyof WidgetConfigErrors];
export type WidgetConfigResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: WidgetConfig;
};
export type WidgetConfigResponse = WidgetConfigResponses[keyof WidgetConfigResponses];
export type StartWidgetSessionData = {
    body: WidgetSessionCreate;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions';
};
export type StartWidgetSessionErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * This Idempotency-Key was already used with a different request body
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type StartWidgetSessionError = StartWidgetSessionErrors[keyof StartWidgetSessionErrors];
export type StartWidgetSessionResponses = {
    /**
     * Document created, URL follows
     */
    201: WidgetSession;
};
export type StartWidgetSessionResponse = StartWidgetSessionResponses[keyof StartWidgetSessionResponses];
export type UploadWidgetAttachmentData = {
    body: AttachmentUpload;
    headers: {
        'X-Visitor-Token': string;
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions/{session_id}/attachments';
};
export type UploadWidgetAttachmentErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request body is too large
     */
    413: Problem;
    /**
     * The content type is not allowed, or the content is not what it claims to be
     */
    415: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type UploadWidgetAttachmentError = UploadWidgetAttachmentErrors[keyof UploadWidgetAttachmentErrors];
export type UploadWidgetAttachmentResponses = {
    /**
     * Document created, URL follows
     */
    201: UploadedAttachment;
};
export type UploadWidgetAttachmentResponse = UploadWidgetAttachmentResponses[keyof UploadWidgetAttachmentResponses];
export type LeaveWidgetContactData = {
    body: ContactLeave;
    headers: {
        'X-Visitor-Token': string;
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions/{session_id}/contact';
};
export type LeaveWidgetContactErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type LeaveWidgetContactError = LeaveWidgetContactErrors[keyof LeaveWidgetContactErrors];
export type LeaveWidgetContactResponses = {
    /**
     * Document created, URL follows
     */
    201: ContactLeft;
};
export type LeaveWidgetContactResponse = LeaveWidgetContactResponses[keyof LeaveWidgetContactResponses];
export type PollWidgetEventsData = {
    body?: never;
    headers: {
        'X-Visitor-Token': string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: {
        /**
         * Only events with a greater seq
         */
        after_seq?: number;
        /**
         * Seconds to wait for a new event
         */
        wait?: number;
    };
    url: '/v1/widget/{public_id}/sessions/{session_id}/events';
};
export type PollWidgetEventsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PollWidgetEventsError = PollWidgetEventsErrors[keyof PollWidgetEventsErrors];
export type PollWidgetEventsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: EventBatch;
};
export type PollWidgetEventsResponse = PollWidgetEventsResponses[keyof PollWidgetEventsResponses];
export type PostWidgetMessageData = {
    body: WidgetMessage;
    headers: {
        'X-Visitor-Token': string;
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions/{session_id}/messages';
};
export type PostWidgetMessageErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * The request conflicts with the current state
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type PostWidgetMessageError = PostWidgetMessageErrors[keyof PostWidgetMessageErrors];
export type PostWidgetMessageResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: MessageAck;
};
export type PostWidgetMessageResponse = PostWidgetMessageResponses[keyof PostWidgetMessageResponses];
export type RateWidgetSessionData = {
    body: Rating;
    headers: {
        'X-Visitor-Token': string;
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions/{session_id}/rating';
};
export type RateWidgetSessionErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type RateWidgetSessionError = RateWidgetSessionErrors[keyof RateWidgetSessionErrors];
export type RateWidgetSessionResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: null;
};
export type RateWidgetSessionResponse = RateWidgetSessionResponses[keyof RateWidgetSessionResponses];
export type StreamWidgetEventsData = {
    body?: never;
    headers?: {
        'Last-Event-ID'?: string | null;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query: {
        /**
         * The visitor token (EventSource cannot send headers)
         */
        token: string;
        /**
         * Only events with a greater seq
         */
        after_seq?: number;
    };
    url: '/v1/widget/{public_id}/sessions/{session_id}/stream';
};
export type StreamWidgetEventsErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type StreamWidgetEventsError = StreamWidgetEventsErrors[keyof StreamWidgetEventsErrors];
export type StreamWidgetEventsResponses = {
    /**
     * Request fulfilled, document follows
     */
    200: unknown;
};
export type EmailWidgetTranscriptData = {
    body: TranscriptRequest;
    headers: {
        'X-Visitor-Token': string;
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
        session_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/sessions/{session_id}/transcript';
};
export type EmailWidgetTranscriptErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * Missing, expired, forged or revoked credentials
     */
    401: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
    /**
     * A service this operation needs is not set up or not reachable (the detail says which)
     */
    503: Problem;
};
export type EmailWidgetTranscriptError = EmailWidgetTranscriptErrors[keyof EmailWidgetTranscriptErrors];
export type EmailWidgetTranscriptResponses = {
    /**
     * Request accepted, processing continues off-line
     */
    202: null;
};
export type EmailWidgetTranscriptResponse = EmailWidgetTranscriptResponses[keyof EmailWidgetTranscriptResponses];
export type TrackWidgetData = {
    body: WidgetTrackingEvent;
    headers?: {
        /**
         * Makes a retry safe: a repeat with the same key and body gets the first response again (`Idempotent-Replayed: true`); the same key with another body is refused (422).
         */
        'Idempotency-Key'?: string;
    };
    path: {
        public_id: string;
    };
    query?: never;
    url: '/v1/widget/{public_id}/track';
};
export type TrackWidgetErrors = {
    /**
     * The request is malformed or fails validation
     */
    400: Problem;
    /**
     * The caller lacks the permission this operation needs
     */
    403: Problem;
    /**
     * No such object in the caller's workspace
     */
    404: Problem;
    /**
     * A request with this Idempotency-Key is still being processed
     */
    409: Problem;
    /**
     * The request is well-formed but breaks a rule
     */
    422: Problem;
    /**
     * Too many requests; retry after Retry-After seconds
     */
    429: Problem;
};
export type TrackWidgetError = TrackWidgetErrors[keyof TrackWidgetErrors];
export type TrackWidgetResponses = {
    /**
     * Request fulfilled, nothing follows
     */
    204: void;
};
export type TrackWidgetResponse = TrackWidgetResponses[keyof TrackWidgetResponses];
export type BookingCancelledWebhookWebhookPayload = BookingCancelledWebhook;
export type BookingCancelledWebhookWebhookRequest = {
    body: BookingCancelledWebhookWebhookPayload;
    key: 'booking.cancelled';
    path?: never;
    query?: never;
};
export type BookingCreatedWebhookWebhookPayload = BookingCreatedWebhook;
export type BookingCreatedWebhookWebhookRequest = {
    body: BookingCreatedWebhookWebhookPayload;
    key: 'booking.created';
    path?: never;
    query?: never;
};
export type BookingRescheduledWebhookWebhookPayload = BookingRescheduledWebhook;
export type BookingRescheduledWebhookWebhookRequest = {
    body: BookingRescheduledWebhookWebhookPayload;
    key: 'booking.rescheduled';
    path?: never;
    query?: never;
};
export type CalendarUnavailableWebhookWebhookPayload = CalendarUnavailableWebhook;
export type CalendarUnavailableWebhookWebhookRequest = {
    body: CalendarUnavailableWebhookWebhookPayload;
    key: 'calendar.unavailable';
    path?: never;
    query?: never;
};
export type ConversationAssignedWebhookWebhookPayload = ConversationAssignedWebhook;
export type ConversationAssignedWebhookWebhookRequest = {
    body: ConversationAssignedWebhookWebhookPayload;
    key: 'conversation.assigned';
    path?: never;
    query?: never;
};
export type ConversationClosedWebhookWebhookPayload = ConversationClosedWebhook;
export type ConversationClosedWebhookWebhookRequest = {
    body: ConversationClosedWebhookWebhookPayload;
    key: 'conversation.closed';
    path?: never;
    query?: never;
};
export type ConversationQueuedWebhookWebhookPayload = ConversationQueuedWebhook;
export type ConversationQueuedWebhookWebhookRequest = {
    body: ConversationQueuedWebhookWebhookPayload;
    key: 'conversation.queued';
    path?: never;
    query?: never;
};
export type ConversationStartedWebhookWebhookPayload = ConversationStartedWebhook;
export type ConversationStartedWebhookWebhookRequest = {
    body: ConversationStartedWebhookWebhookPayload;
    key: 'conversation.started';
    path?: never;
    query?: never;
};
export type CreditsThresholdReachedWebhookWebhookPayload = CreditsThresholdReachedWebhook;
export type CreditsThresholdReachedWebhookWebhookRequest = {
    body: CreditsThresholdReachedWebhookWebhookPayload;
    key: 'credits.threshold_reached';
    path?: never;
    query?: never;
};
export type FeedbackReceivedWebhookWebhookPayload = FeedbackReceivedWebhook;
export type FeedbackReceivedWebhookWebhookRequest = {
    body: FeedbackReceivedWebhookWebhookPayload;
    key: 'feedback.received';
    path?: never;
    query?: never;
};
export type HandoffBreachedWebhookWebhookPayload = HandoffBreachedWebhook;
export type HandoffBreachedWebhookWebhookRequest = {
    body: HandoffBreachedWebhookWebhookPayload;
    key: 'handoff.breached';
    path?: never;
    query?: never;
};
export type HandoffContactLeftWebhookWebhookPayload = HandoffContactLeftWebhook;
export type HandoffContactLeftWebhookWebhookRequest = {
    body: HandoffContactLeftWebhookWebhookPayload;
    key: 'handoff.contact_left';
    path?: never;
    query?: never;
};
export type HandoffRequestedWebhookWebhookPayload = HandoffRequestedWebhook;
export type HandoffRequestedWebhookWebhookRequest = {
    body: HandoffRequestedWebhookWebhookPayload;
    key: 'handoff.requested';
    path?: never;
    query?: never;
};
export type HandoffResolvedWebhookWebhookPayload = HandoffResolvedWebhook;
export type HandoffResolvedWebhookWebhookRequest = {
    body: HandoffResolvedWebhookWebhookPayload;
    key: 'handoff.resolved';
    path?: never;
    query?: never;
};
export type HandoffTransferredWebhookWebhookPayload = HandoffTransferredWebhook;
export type HandoffTransferredWebhookWebhookRequest = {
    body: HandoffTransferredWebhookWebhookPayload;
    key: 'handoff.transferred';
    path?: never;
    query?: never;
};
export type KnowledgeSourceFailedWebhookWebhookPayload = KnowledgeSourceFailedWebhook;
export type KnowledgeSourceFailedWebhookWebhookRequest = {
    body: KnowledgeSourceFailedWebhookWebhookPayload;
    key: 'knowledge.source.failed';
    path?: never;
    query?: never;
};
export type KnowledgeSourceSyncedWebhookWebhookPayload = KnowledgeSourceSyncedWebhook;
export type KnowledgeSourceSyncedWebhookWebhookRequest = {
    body: KnowledgeSourceSyncedWebhookWebhookPayload;
    key: 'knowledge.source.synced';
    path?: never;
    query?: never;
};
export type LeadCapturedWebhookWebhookPayload = LeadCapturedWebhook;
export type LeadCapturedWebhookWebhookRequest = {
    body: LeadCapturedWebhookWebhookPayload;
    key: 'lead.captured';
    path?: never;
    query?: never;
};
export type MessageCreatedWebhookWebhookPayload = MessageCreatedWebhook;
export type MessageCreatedWebhookWebhookRequest = {
    body: MessageCreatedWebhookWebhookPayload;
    key: 'message.created';
    path?: never;
    query?: never;
};
export type PaymentDisputedWebhookWebhookPayload = PaymentDisputedWebhook;
export type PaymentDisputedWebhookWebhookRequest = {
    body: PaymentDisputedWebhookWebhookPayload;
    key: 'payment.disputed';
    path?: never;
    query?: never;
};
export type PaymentExpiredWebhookWebhookPayload = PaymentExpiredWebhook;
export type PaymentExpiredWebhookWebhookRequest = {
    body: PaymentExpiredWebhookWebhookPayload;
    key: 'payment.expired';
    path?: never;
    query?: never;
};
export type PaymentFailedWebhookWebhookPayload = PaymentFailedWebhook;
export type PaymentFailedWebhookWebhookRequest = {
    body: PaymentFailedWebhookWebhookPayload;
    key: 'payment.failed';
    path?: never;
    query?: never;
};
export type PaymentInvoicePaidWebhookWebhookPayload = PaymentInvoicePaidWebhook;
export type PaymentInvoicePaidWebhookWebhookRequest = {
    body: PaymentInvoicePaidWebhookWebhookPayload;
    key: 'payment.invoice.paid';
    path?: never;
    query?: never;
};
export type PaymentInvoiceSentWebhookWebhookPayload = PaymentInvoiceSentWebhook;
export type PaymentInvoiceSentWebhookWebhookRequest = {
    body: PaymentInvoiceSentWebhookWebhookPayload;
    key: 'payment.invoice.sent';
    path?: never;
    query?: never;
};
export type PaymentPaidWebhookWebhookPayload = PaymentPaidWebhook;
export type PaymentPaidWebhookWebhookRequest = {
    body: PaymentPaidWebhookWebhookPayload;
    key: 'payment.paid';
    path?: never;
    query?: never;
};
export type PaymentRefundedWebhookWebhookPayload = PaymentRefundedWebhook;
export type PaymentRefundedWebhookWebhookRequest = {
    body: PaymentRefundedWebhookWebhookPayload;
    key: 'payment.refunded';
    path?: never;
    query?: never;
};
export type PaymentRequestedWebhookWebhookPayload = PaymentRequestedWebhook;
export type PaymentRequestedWebhookWebhookRequest = {
    body: PaymentRequestedWebhookWebhookPayload;
    key: 'payment.requested';
    path?: never;
    query?: never;
};
export type WebhookEndpointDisabledWebhookWebhookPayload = WebhookEndpointDisabledWebhook;
export type WebhookEndpointDisabledWebhookWebhookRequest = {
    body: WebhookEndpointDisabledWebhookWebhookPayload;
    key: 'webhook.endpoint.disabled';
    path?: never;
    query?: never;
};
export type WebhookTestWebhookWebhookPayload = WebhookTestWebhook;
export type WebhookTestWebhookWebhookRequest = {
    body: WebhookTestWebhookWebhookPayload;
    key: 'webhook.test';
    path?: never;
    query?: never;
};
