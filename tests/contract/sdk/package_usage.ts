// Uses the TypeScript SDK as its README says, from another folder: `import … from "@parley/client"` (the
// package's compiled dist/ through its `exports`), compiled by tsc with Node's module resolution and run
// by plain node (no bundler). Prints a JSON report; tests/contract/test_sdks.py checks it.
import {
  ProblemError,
  connectWebSocket,
  createChatbot,
  createClient,
  getChatbot,
  listChatbots,
  me,
  paginate,
  pollWidgetEvents,
  postWidgetMessage,
  signUp,
  startWidgetSession,
  streamConversationEvents,
  useTokenRefresh,
  type ChatbotStatus,
  type ConversationEvent,
  type Tokens,
} from "@parley/client";
import type { ServerFrame } from "@parley/client/ws";

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const baseUrl = process.env.PARLEY_API!;
const origin = "https://ts.example";

async function main() {
  const client = createClient({ baseUrl });
  const email = `ts-pkg-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const signed = (await signUp({ client, body: { company: "TS Co", name: "Ts", email, password: "a long passphrase" }, throwOnError: true })).data;
  client.setConfig({ auth: signed.tokens.access_token });

  const body = { name: "Once", allowed_origins: [origin] };
  const first = await createChatbot({ client, body, headers: { "Idempotency-Key": "ts-bot-1" }, throwOnError: true });
  const again = await createChatbot({ client, body, headers: { "Idempotency-Key": "ts-bot-1" }, throwOnError: true });
  const bot = first.data;

  let thrown: unknown;
  try {
    await getChatbot({ client, path: { chatbot_id: "00000000-0000-7000-8000-000000000000" }, throwOnError: true });
  } catch (error) {
    thrown = error;
  }

  await createChatbot({ client, body: { name: "Two" } });
  const names: string[] = [];
  for await (const b of paginate((cursor) => listChatbots({ client, query: { limit: 1, cursor } }))) names.push(b.name);
  const status: ChatbotStatus = bot.status;

  const visitorClient = createClient({ baseUrl, headers: { Origin: origin } });
  const entered = (await startWidgetSession({ client: visitorClient, path: { public_id: bot.public_id }, body: {} })).data!;
  const sessionPath = { public_id: bot.public_id, session_id: entered.session.id };
  const visitorHeaders = { "X-Visitor-Token": entered.visitor_token };
  await postWidgetMessage({ client: visitorClient, path: sessionPath, headers: visitorHeaders, body: { client_id: "m1", content: "Where is my parcel?" } });
  const polled = (await pollWidgetEvents({ client: visitorClient, path: sessionPath, headers: visitorHeaders, query: { wait: 0 } })).data!;
  const firstPolled = polled.events[0];
  const polledContent = firstPolled.type === "message" ? firstPolled.content : null; // typed: narrowed by `type`

  const abort = new AbortController();
  let streamed: ConversationEvent | undefined;
  for await (const event of streamConversationEvents({ baseUrl, publicId: bot.public_id, sessionId: entered.session.id, visitorToken: entered.visitor_token, signal: abort.signal, headers: { Origin: origin } })) {
    streamed = event;
    abort.abort();
    break; // the first event only: the AI's reply may already sit in the same buffered chunk
  }

  const refreshing = createClient({ baseUrl });
  const renewed: Tokens[] = [];
  useTokenRefresh(refreshing, { ...signed.tokens, access_token: "expired" }, (t) => renewed.push(t));
  const member = (await me({ client: refreshing })).data;

  const ws = await connectWebSocket(baseUrl, { token: signed.tokens.access_token });
  const ready: ServerFrame = await ws.next();
  ws.close();

  console.log(JSON.stringify({
    same_bot_on_retry: again.data.id === bot.id,
    replayed: again.response.headers.get("idempotent-replayed"),
    thrown_is_error: thrown instanceof Error && thrown instanceof ProblemError,
    thrown_status: thrown instanceof ProblemError ? thrown.status : null,
    names: names.sort(),
    status,
    polled_content: polledContent,
    streamed_type: streamed?.type,
    streamed_seq: streamed && "seq" in streamed ? streamed.seq : null,
    refreshed: renewed.length === 1 && member?.email === email,
    ws_ready: ready.type === "ready" ? ready.role : null,
  }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
