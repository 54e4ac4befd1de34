// Exercises the generated TypeScript SDK against a running API (PARLEY_API); prints a JSON report.
// Type-checked with tsc and run with node by tests/contract/test_sdks.py.
import { createClient } from "../../../clients/typescript/src/client";
import * as sdk from "../../../clients/typescript/src/sdk.gen";
import type { ClientFrame, ServerFrame } from "../../../clients/typescript/src/ws-frames.gen";

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const api = process.env.PARLEY_API!;
const client = createClient({ baseUrl: api });

function must<T>(result: { data?: T; error?: unknown }, what: string): T {
  if (result.data === undefined) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

// typed frames: a wrong `type` or field would not compile
const hello: ClientFrame = { type: "message", client_id: "c-1", content: "hi", session_id: null };
const describe = (f: ServerFrame): string => (f.type === "ack" ? `ack ${f.seq}` : f.type === "message" ? f.content : f.type);

async function main() {
  const email = `ts-sdk-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const signed = must(await sdk.signUp({ client, body: { company: "SDK Co", name: "Ts", email, password: "a long passphrase" } }), "sign up");
  client.setConfig({ auth: signed.tokens.access_token }); // sent to every operation declaring BearerToken security
  const bot = must(await sdk.createChatbot({ client, body: { name: "TS bot", allowed_origins: ["https://ts.example"] } }), "create chatbot");
  const embed = must(await sdk.getEmbedCode({ client, path: { chatbot_id: bot.id } }), "embed code");
  if (!embed.snippet.includes(bot.public_id)) throw new Error("snippet lacks the public id");
  const missing = await sdk.getChatbot({ client, path: { chatbot_id: "00000000-0000-7000-8000-000000000000" } });
  const report: Record<string, unknown> = {
    chatbot: bot.name,
    problem_status: missing.error && "status" in missing.error ? missing.error.status : null,
    frame: describe({ type: "ack", client_id: hello.type, session_id: bot.id, seq: 1, message_id: bot.id, created_at: "", duplicate: false }),
  };
  if (process.env.PARLEY_KNOWLEDGE === "1") {
    const k = sdk as any; // the knowledge operations may not exist in every spec this test compiles against
    const path = { chatbot_id: bot.id };
    const text = "Parcels to Iceland travel by ferry and arrive within nine days.";
    const source = must<any>(await k.createSource({ client, path, body: { kind: "text", name: "Shipping", text } }), "add source");
    const deadline = Date.now() + 60000;
    for (;;) {
      const current = must<any>(await k.getSource({ client, path: { ...path, source_id: source.id } }), "get source");
      if (current.status === "ready") break;
      if (current.status === "failed" || Date.now() > deadline) throw new Error(`source ${current.status}`);
      await new Promise((ok) => setTimeout(ok, 300));
    }
    const hits = must<any>(await k.search({ client, path, body: { query: "how long to Iceland?" } }), "search");
    report.top_passage = hits.results[0]?.text ?? "";
  }
  console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
