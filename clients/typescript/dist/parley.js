// The package's entry point (written by clients/generator, not generated): every operation and type of the
// API, `createClient` (whose errors are `ProblemError`s, thrown with `throwOnError: true`), and helpers for
// pagination, token refresh, the Server-Sent Events stream and the WebSocket.
import { createClient as createFetchClient } from "./client/index.js";
export * from "./index.js";
/** An error answer of the API (RFC 9457 problem+json) as an `Error`: `instanceof ProblemError` works. */
export class ProblemError extends Error {
    response;
    type;
    title;
    status;
    detail;
    errors;
    instance;
    request_id;
    constructor(problem, response) {
        super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
        this.response = response;
        this.name = "ProblemError";
        this.type = problem.type;
        this.title = problem.title;
        this.status = problem.status;
        this.detail = problem.detail;
        this.errors = problem.errors;
        this.instance = problem.instance;
        this.request_id = problem.request_id;
    }
}
function asProblem(error, response) {
    if (error instanceof ProblemError)
        return error;
    const body = error && typeof error === "object" ? error : {};
    const status = body.status ?? response?.status ?? 0;
    const title = body.title ?? (error instanceof Error ? error.message : response?.statusText || "Request failed");
    return new ProblemError({ ...body, type: body.type ?? "about:blank", title, status }, response);
}
/** A client of the API; its errors are `ProblemError`s (in `{ error }`, or thrown with `throwOnError: true`). */
export function createClient(config = {}) {
    const client = createFetchClient(config);
    client.interceptors.error.use((error, response) => asProblem(error, response));
    return client;
}
/** Every item of a cursor-paginated list, page after page: `for await (const bot of paginate((cursor) => listChatbots({ client, query: { cursor } })))`. */
export async function* paginate(fetchPage) {
    let cursor;
    do {
        const page = await fetchPage(cursor);
        if (page.data === undefined)
            throw asProblem(page.error, page.response);
        yield* page.data.items;
        cursor = page.data.next_cursor ?? undefined;
    } while (cursor);
}
/** Keeps a member's session alive: sends the access token, and on a 401 trades the refresh token for new
 * tokens once and retries. `onTokens` hears of every new pair (to store it). */
export function useTokenRefresh(client, tokens, onTokens) {
    let current = tokens;
    let refreshing;
    const baseFetch = client.getConfig().fetch ?? globalThis.fetch;
    const refresh = async (url) => {
        const answer = await baseFetch(new Request(new URL("/v1/auth/refresh", url), {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ refresh_token: current.refresh_token }),
        }));
        if (!answer.ok)
            return false;
        current = (await answer.json());
        onTokens?.(current);
        return true;
    };
    client.setConfig({
        auth: () => current.access_token,
        fetch: async (input, init) => {
            const request = new Request(input, init); // the generated client passes a Request
            const retry = request.clone();
            const response = await baseFetch(request);
            if (response.status !== 401 || new URL(request.url).pathname === "/v1/auth/refresh")
                return response;
            const sent = request.headers.get("Authorization");
            if (sent !== `Bearer ${current.access_token}` || (await (refreshing ??= refresh(new URL(request.url)).finally(() => (refreshing = undefined))))) {
                retry.headers.set("Authorization", `Bearer ${current.access_token}`);
                return baseFetch(retry);
            }
            return response;
        },
    });
}
/** The visitor's events as Server-Sent Events (`…/stream`), typed; ends when `signal` aborts. Unlike the
 * generated `streamWidgetEvents`, it yields each event as it arrives instead of waiting for the response's end. */
export async function* streamConversationEvents(options) {
    const url = new URL(`/v1/widget/${encodeURIComponent(options.publicId)}/sessions/${options.sessionId}/stream`, options.baseUrl);
    url.searchParams.set("token", options.visitorToken);
    url.searchParams.set("after_seq", String(options.afterSeq ?? 0));
    const response = await (options.fetch ?? globalThis.fetch)(url, { headers: { ...options.headers, Accept: "text/event-stream" }, signal: options.signal });
    if (!response.ok || !response.body) {
        throw asProblem(await response.json().catch(() => undefined), response);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
        for (;;) {
            const { value, done } = await reader.read();
            if (done)
                return;
            buffer += value.replace(/\r\n?/g, "\n");
            let end;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
                const block = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = block.split("\n").filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trimStart());
                if (data.length)
                    yield JSON.parse(data.join("\n"));
            }
        }
    }
    catch (error) {
        if (options.signal?.aborted)
            return;
        throw error;
    }
    finally {
        reader.releaseLock();
    }
}
/** Opens `/v1/ws/operator` (credentials: an access token or an API key) or `/v1/ws/visitor` (a visitor token
 * and session id). Node 22+ and browsers have a global WebSocket; on Node 20 pass one (e.g. from `ws`). */
export function connectWebSocket(baseUrl, who, WebSocketImpl = globalThis.WebSocket) {
    const url = new URL("token" in who ? "/v1/ws/operator" : "/v1/ws/visitor", baseUrl.replace(/^http/, "ws"));
    if ("token" in who)
        url.searchParams.set("token", who.token);
    else {
        url.searchParams.set("token", who.visitorToken);
        url.searchParams.set("session_id", who.sessionId);
        if (who.afterSeq !== undefined)
            url.searchParams.set("after_seq", String(who.afterSeq));
    }
    const socket = new WebSocketImpl(url);
    const frames = [];
    const waiting = [];
    let closed;
    socket.addEventListener("message", (m) => {
        const frame = JSON.parse(String(m.data));
        const waiter = waiting.shift();
        if (waiter)
            waiter.ok(frame);
        else
            frames.push(frame);
    });
    socket.addEventListener("close", (c) => {
        closed = new Error(`WebSocket closed (${c.code}${c.reason ? `: ${c.reason}` : ""})`);
        for (const waiter of waiting.splice(0))
            waiter.fail(closed);
    });
    const next = () => new Promise((ok, fail) => {
        const frame = frames.shift();
        if (frame)
            ok(frame);
        else if (closed)
            fail(closed);
        else
            waiting.push({ ok, fail });
    });
    const frameSocket = {
        socket,
        send: (frame) => socket.send(JSON.stringify(frame)),
        next,
        close: () => socket.close(),
        async *[Symbol.asyncIterator]() {
            for (;;) {
                try {
                    yield await next();
                }
                catch {
                    return;
                }
            }
        },
    };
    return new Promise((ok, fail) => {
        socket.addEventListener("open", () => ok(frameSocket), { once: true });
        socket.addEventListener("error", () => fail(new Error(`cannot connect to ${url.origin}${url.pathname}`)), { once: true });
    });
}
