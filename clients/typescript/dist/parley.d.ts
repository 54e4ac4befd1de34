import type { Client, Config } from "./client/index.js";
import type { FieldError, MessageEvent, Problem, ReadEvent, StatusEvent, Tokens } from "./types.gen.js";
import type { ClientFrame, ServerFrame } from "./ws-frames.gen.js";
export * from "./index.js";
export type { Client, Config } from "./client/index.js";
/** An error answer of the API (RFC 9457 problem+json) as an `Error`: `instanceof ProblemError` works. */
export declare class ProblemError extends Error implements Problem {
    readonly response?: Response | undefined;
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly detail?: string | null;
    readonly errors?: Array<FieldError> | null;
    readonly instance?: string | null;
    readonly request_id?: string | null;
    constructor(problem: Problem, response?: Response | undefined);
}
/** A client of the API; its errors are `ProblemError`s (in `{ error }`, or thrown with `throwOnError: true`). */
export declare function createClient(config?: Config): Client;
type Page<T> = {
    items: Array<T>;
    next_cursor?: string | null;
};
type PageResult<T> = {
    data?: Page<T>;
    error?: unknown;
    response?: Response;
};
/** Every item of a cursor-paginated list, page after page: `for await (const bot of paginate((cursor) => listChatbots({ client, query: { cursor } })))`. */
export declare function paginate<T>(fetchPage: (cursor: string | undefined) => Promise<PageResult<T>>): AsyncGenerator<T>;
/** Keeps a member's session alive: sends the access token, and on a 401 trades the refresh token for new
 * tokens once and retries. `onTokens` hears of every new pair (to store it). */
export declare function useTokenRefresh(client: Client, tokens: Tokens, onTokens?: (tokens: Tokens) => void): void;
/** A durable event of a conversation, as the WebSocket, long polling and the SSE stream deliver it. */
export type ConversationEvent = MessageEvent | StatusEvent | ReadEvent;
export type WidgetStreamOptions = {
    baseUrl: string;
    publicId: string;
    sessionId: string;
    visitorToken: string;
    afterSeq?: number;
    signal?: AbortSignal;
    fetch?: typeof fetch;
    headers?: Record<string, string>;
};
/** The visitor's events as Server-Sent Events (`…/stream`), typed; ends when `signal` aborts. Unlike the
 * generated `streamWidgetEvents`, it yields each event as it arrives instead of waiting for the response's end. */
export declare function streamConversationEvents(options: WidgetStreamOptions): AsyncGenerator<ConversationEvent>;
/** A WebSocket of the API with typed frames: `send` takes a ClientFrame, iterating yields ServerFrames. */
export type FrameSocket = AsyncIterable<ServerFrame> & {
    socket: WebSocket;
    send(frame: ClientFrame): void;
    next(): Promise<ServerFrame>;
    close(): void;
};
/** Opens `/v1/ws/operator` (credentials: an access token or an API key) or `/v1/ws/visitor` (a visitor token
 * and session id). Node 22+ and browsers have a global WebSocket; on Node 20 pass one (e.g. from `ws`). */
export declare function connectWebSocket(baseUrl: string, who: {
    token: string;
} | {
    visitorToken: string;
    sessionId: string;
    afterSeq?: number;
}, WebSocketImpl?: typeof WebSocket): Promise<FrameSocket>;
