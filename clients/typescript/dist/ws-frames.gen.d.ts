/**
 * A frame the client sends.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ClientFrame".
 */
export type ClientFrame = Auth | Resume | Subscribe | Unsubscribe | SendMessage | Typing | SetPresence | Receipt | SetStatus | Ping | Pong;
/**
 * A frame the server sends.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ServerFrame".
 */
export type ServerFrame = Ready | Ack | MessageEvent | StatusEvent | ReadEvent | CaughtUp | Unsubscribed | TypingEvent | PresenceEvent | DeliveredEvent | SessionEvent | AiTyping | AiDelta | AiDone | QueueStatus | ServerPing | ServerPong | ErrorFrame;
/**
 * Frames of /v1/ws/visitor and /v1/ws/operator (see docs/websocket-protocol.md).
 */
export interface ParleyWebSocketFrames {
    client?: ClientFrame;
    server?: ServerFrame;
}
/**
 * Operator: authenticate (first frame) or refresh an expiring access token.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Auth".
 */
export interface Auth {
    type: "auth";
    token: string;
}
/**
 * Receive every durable event of the session with seq > after_seq, then live events.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Resume".
 */
export interface Resume {
    type: "resume";
    after_seq?: number;
    session_id?: string | null;
}
/**
 * Operator: follow a session (same as resume).
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Subscribe".
 */
export interface Subscribe {
    type: "subscribe";
    session_id: string;
    after_seq?: number;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Unsubscribe".
 */
export interface Unsubscribe {
    type: "unsubscribe";
    session_id: string;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "SendMessage".
 */
export interface SendMessage {
    type: "message";
    /**
     * Unique per session; a retry reuses it
     */
    client_id: string;
    content?: string;
    /**
     * @maxItems 10
     */
    attachments?: AttachmentIn[];
    session_id?: string | null;
}
/**
 * `id` of a file uploaded to the session (POST …/attachments; the server fills in the rest), or a link.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "AttachmentIn".
 */
export interface AttachmentIn {
    id?: string | null;
    url?: string;
    name?: string;
    content_type?: string;
    size?: number | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Typing".
 */
export interface Typing {
    type: "typing";
    state: "start" | "stop";
    session_id?: string | null;
}
/**
 * Operator: online, away or offline.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "SetPresence".
 */
export interface SetPresence {
    type: "presence";
    status: "away" | "offline" | "online";
}
/**
 * The other side's messages up to `up_to_seq` were delivered (or read).
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Receipt".
 */
export interface Receipt {
    type: "receipt";
    status: "delivered" | "read";
    up_to_seq: number;
    session_id?: string | null;
}
/**
 * Operators: queued, assigned (to themselves) or closed. Visitors: closed.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "SetStatus".
 */
export interface SetStatus {
    type: "status";
    status: "assigned" | "closed" | "queued";
    session_id?: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Ping".
 */
export interface Ping {
    type: "ping";
    nonce?: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Pong".
 */
export interface Pong {
    type: "pong";
    nonce?: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Ready".
 */
export interface Ready {
    type: "ready";
    connection_id: string;
    role: "operator" | "visitor";
    heartbeat_seconds: number;
    session_id: string | null;
    visitor_id: string | null;
    user_id: string | null;
    status: string | null;
    last_seq: number | null;
}
/**
 * The message is durably stored (sent after the database commit).
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Ack".
 */
export interface Ack {
    type: "ack";
    client_id: string;
    session_id: string;
    seq: number;
    message_id: string;
    created_at: string;
    duplicate: boolean;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "MessageEvent".
 */
export interface MessageEvent {
    type: "message";
    session_id: string;
    seq: number;
    id: string;
    created_at: string;
    sender: "ai" | "customer" | "human" | "system";
    content: string;
    attachments: AttachmentOut[];
    client_id: string | null;
    sender_user_id: string | null;
    data: {} | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "AttachmentOut".
 */
export interface AttachmentOut {
    url: string;
    name: string;
    content_type: string;
    size: number | null;
    id: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "StatusEvent".
 */
export interface StatusEvent {
    type: "status";
    session_id: string;
    seq: number;
    id: string;
    created_at: string;
    status: "assigned" | "closed" | "open" | "queued";
    by: "ai" | "operator" | "system" | "visitor";
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ReadEvent".
 */
export interface ReadEvent {
    type: "read";
    session_id: string;
    seq: number;
    id: string;
    created_at: string;
    reader: "operator" | "visitor";
    up_to_seq: number;
}
/**
 * Every stored event up to last_seq was sent; live events follow.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "CaughtUp".
 */
export interface CaughtUp {
    type: "caught_up";
    session_id: string;
    last_seq: number;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "Unsubscribed".
 */
export interface Unsubscribed {
    type: "unsubscribed";
    session_id: string;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "TypingEvent".
 */
export interface TypingEvent {
    type: "typing";
    session_id: string;
    role: "operator" | "visitor";
    state: "start" | "stop";
    user_id: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "PresenceEvent".
 */
export interface PresenceEvent {
    type: "presence";
    role: "operator" | "visitor";
    status: "away" | "offline" | "online";
    session_id: string | null;
    user_id: string | null;
    visitor_id: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "DeliveredEvent".
 */
export interface DeliveredEvent {
    type: "delivered";
    session_id: string;
    by: "operator" | "visitor";
    up_to_seq: number;
}
/**
 * Operators: a conversation started or changed status in the workspace.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "SessionEvent".
 */
export interface SessionEvent {
    type: "session";
    session: SessionSummary;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "SessionSummary".
 */
export interface SessionSummary {
    id: string;
    chatbot_id: string;
    visitor_id: string;
    status: "assigned" | "closed" | "open" | "queued";
    assigned_user_id: string | null;
    language: string | null;
    started_at: string | null;
    ended_at: string | null;
    last_seq: number;
}
/**
 * The assistant started a reply; `ai_delta` frames with the same `reply_id` follow.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "AiTyping".
 */
export interface AiTyping {
    type: "ai_typing";
    session_id: string;
    reply_id: string;
}
/**
 * A streamed piece of the assistant's reply; `index` orders the pieces of one reply.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "AiDelta".
 */
export interface AiDelta {
    type: "ai_delta";
    session_id: string;
    reply_id: string;
    index: number;
    delta: string;
}
/**
 * The reply is over; when `ok`, the stored `message` (with this `reply_id` in its data) came first.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "AiDone".
 */
export interface AiDone {
    type: "ai_done";
    session_id: string;
    reply_id: string;
    ok: boolean;
}
/**
 * Visitors: the conversation waits for a person. `position` 1 is next; `expected_wait_seconds` is an
 * estimate; `away` when nobody can take the chat now (outside business hours, nobody online), with the
 * away message. Sent again whenever the queue changes.
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "QueueStatus".
 */
export interface QueueStatus {
    type: "queue";
    session_id: string;
    position: number;
    expected_wait_seconds: number;
    away: boolean;
    message: string | null;
}
/**
 * Heartbeat: answer with any frame (a pong is customary).
 *
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ServerPing".
 */
export interface ServerPing {
    type: "ping";
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ServerPong".
 */
export interface ServerPong {
    type: "pong";
    nonce: string | null;
}
/**
 * This interface was referenced by `ParleyWebSocketFrames`'s JSON-Schema
 * via the `definition` "ErrorFrame".
 */
export interface ErrorFrame {
    type: "error";
    code: "conflict" | "forbidden" | "frame_too_large" | "internal" | "invalid_frame" | "invalid_json" | "invalid_utf8" | "not_found" | "not_subscribed" | "rate_limited" | "session_closed" | "token_expired" | "unauthenticated" | "unknown_type";
    message: string;
    client_id: string | null;
    ref_type: string | null;
    retry_after_ms: number | null;
}
