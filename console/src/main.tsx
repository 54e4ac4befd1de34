// The Parley operator console, served by the API at /console: log in, see the queue and your chats update live
// over the operator WebSocket, work several chats at once (unread badges), read each one's transcript with the
// AI's summary, intents, language, sentiment, citations and the customer sidebar, answer with canned responses
// (/shortcut), files and private notes, take / transfer / hand back / close, switch your status, see the team's
// workload and figures, and get browser notifications while the tab is hidden. Built on clients/typescript.
import { render } from "preact";
import { useEffect, useReducer, useRef, useState } from "preact/hooks";
import type { Canned, Handoff } from "../../clients/typescript/src/types.gen";
import { Payments } from "./payments";
import { type Chat, describe, type Msg, since, store } from "./store";

function useStore(): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => bump(0)), []);
  useEffect(() => {
    const timer = setInterval(() => bump(0), 30_000); // waiting times move on
    return () => clearInterval(timer);
  }, []);
}

const SENDER: Record<string, string> = { customer: "Visitor", ai: "AI", system: "System" };

function Login() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <main id="main">
      <form id="login" aria-labelledby="login-heading" onSubmit={async (ev) => {
        ev.preventDefault();
        setBusy(true);
        await store.login(email, password);
        setBusy(false);
      }}>
        <h2 id="login-heading">Log in</h2>
        <label for="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        <label for="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password}
          onInput={(e) => setPassword(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>Log in</button>
        <p id="login-error" role="alert">{store.loginError}</p>
      </form>
    </main>
  );
}

function Header() {
  const canNotify = "Notification" in window;
  return (
    <header>
      <h1>Parley operators</h1>
      {store.me ? (
        <div id="me">
          <label for="status">Status</label>
          <select id="status" value={store.status} onChange={(e) => store.setStatus(e.currentTarget.value as never)}>
            <option value="online">Online</option>
            <option value="away">Away</option>
            <option value="offline">Offline</option>
          </select>
          <span id="who">{store.me.name}</span>
          <span id="live" class={`live ${store.live}`}>{store.live === "live" ? "Live" : store.live === "connecting" ? "Connecting…" : "Offline, reconnecting"}</span>
          {canNotify && Notification.permission === "default" ? (
            <button type="button" id="enable-notifications" onClick={() => store.enableNotifications()}>Enable notifications</button>
          ) : null}
          <button type="button" id="logout" onClick={() => store.logout()}>Log out</button>
        </div>
      ) : null}
    </header>
  );
}

function ChatList({ id, title, items }: { id: string; title: string; items: Handoff[] }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title} <span id={`${id}-count`} class="badge">{items.length}</span></h2>
      <ul id={id}>
        {items.map((h) => {
          const chat = store.chats.get(h.conversation_id);
          const unread = chat?.unread ?? 0;
          return (
            <li key={h.id}>
              <button type="button" data-conversation={h.conversation_id} aria-current={store.active === h.conversation_id ? "true" : undefined}
                onClick={() => store.open(h.conversation_id)}>
                <span class="who">{chat?.ctx?.visitor?.name || "Visitor"}</span> <span class="why">{describe(h)}</span>{" "}
                <span class="since">{since(h)}</span>
                {id === "assigned" ? <span class="op"> · {store.name(h.operator_id)}</span> : null}
                {unread ? <span class="badge unread" aria-label={`${unread} unread`}>{unread}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Tabs() {
  if (!store.tabs.length) return null;
  return (
    <nav id="tabs" aria-label="Open chats (Alt+1 to Alt+9)">
      <ul>
        {store.tabs.map((id) => {
          const chat = store.chats.get(id);
          return (
            <li key={id} class={store.active === id ? "tab active" : "tab"}>
              <button type="button" class="tab-open" data-conversation={id} aria-current={store.active === id ? "page" : undefined}
                onClick={() => store.open(id)}>
                {chat?.ctx?.visitor?.name || "Visitor"}
                {chat?.unread ? <span class="badge unread" aria-label={`${chat.unread} unread`}>{chat.unread}</span> : null}
              </button>
              <button type="button" class="tab-close" aria-label={`Close the tab of ${chat?.ctx?.visitor?.name || "this visitor"}`}
                onClick={() => store.closeTab(id)}>×</button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Message({ m }: { m: Msg }) {
  const who = m.sender === "human" ? String(m.data.sender_name || "Operator") : SENDER[m.sender] ?? m.sender;
  const files = m.attachments ?? [];
  return (
    <li class={m.sender} data-seq={m.seq}>
      <span class="from">{who}</span>
      <span class="text">{m.content}</span>
      {files.length ? (
        <span class="files">
          {files.map((f) => f.url.startsWith("/")
            ? <a key={f.url} href={f.url} onClick={(e) => { e.preventDefault(); void store.download(f); }}>{f.name || "file"}</a>
            : /^https?:\/\//.test(f.url) ? <a key={f.url} href={f.url} target="_blank" rel="noopener noreferrer nofollow">{f.name || f.url}</a> : null)}
        </span>
      ) : null}
    </li>
  );
}

function Transfer({ chat, onDone }: { chat: Chat; onDone: () => void }) {
  const [target, setTarget] = useState("");
  const [note, setNote] = useState("");
  const others = store.operators.filter((o) => o.user_id !== store.me?.id);
  return (
    <form id="transfer-form" aria-label="Transfer" onSubmit={async (ev) => {
      ev.preventDefault();
      if (!target) return;
      const [kind, id] = target.split(":");
      if (await store.transfer(chat.id, kind === "team" ? { team: id } : { user: id }, note)) onDone();
    }}>
      <label for="transfer-to">Transfer to</label>
      <select id="transfer-to" required value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
        <option value="">Choose…</option>
        {others.map((o) => <option key={o.user_id} value={`user:${o.user_id}`}>{store.name(o.user_id)} ({o.status}, {o.active}/{o.capacity})</option>)}
        {store.teams.map((t) => <option key={t.id} value={`team:${t.id}`}>Team {t.name}</option>)}
      </select>
      <label for="transfer-note">Note for them</label>
      <textarea id="transfer-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit">Transfer</button>
      <button type="button" onClick={onDone}>Cancel</button>
    </form>
  );
}

function Composer({ chat }: { chat: Chat }) {
  const [text, setText] = useState("");
  const [asNote, setAsNote] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [pick, setPick] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const slash = /^\/(\S*)$/.exec(text);
  const matches: Canned[] = slash ? store.canned.filter((c) => c.shortcut.startsWith(slash[1].toLowerCase())).slice(0, 8) : [];
  const choose = async (c: Canned) => {
    try {
      setText(await store.expand(chat.id, `/${c.shortcut}`));
    } catch {
      setText(`/${c.shortcut}`);
    }
  };
  const send = async () => {
    const body = text.trim();
    if (!body && !files.length) return;
    const ok = asNote ? await store.note(chat.id, body) : await store.reply(chat.id, body, files);
    if (ok) {
      setText("");
      setFiles([]);
      if (fileInput.current) fileInput.current.value = "";
    }
  };
  return (
    <form id="composer" aria-label="Reply" onSubmit={(ev) => { ev.preventDefault(); void send(); }}>
      <label for="reply">{asNote ? "Private note (never shown to the visitor)" : "Reply (type /shortcut for a canned response; Enter sends, Shift+Enter for a new line)"}</label>
      <textarea id="reply" rows={3} value={text} class={asNote ? "note" : ""}
        aria-autocomplete="list" aria-controls={matches.length ? "canned-list" : undefined}
        aria-activedescendant={matches.length ? `canned-${matches[Math.min(pick, matches.length - 1)].id}` : undefined}
        onInput={(e) => { setText(e.currentTarget.value); setPick(0); }}
        onKeyDown={(e) => {
          if (matches.length && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
            e.preventDefault();
            setPick((p) => (p + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
          } else if (matches.length && e.key === "Tab" && !e.shiftKey) {
            e.preventDefault();
            void choose(matches[Math.min(pick, matches.length - 1)]);
          } else if (e.key === "Escape" && matches.length) {
            setText("");
          } else if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            void send();
          }
        }} />
      {matches.length ? (
        <ul id="canned-list" role="listbox" aria-label="Canned responses (Tab inserts, arrows choose)">
          {matches.map((c, i) => (
            <li key={c.id} id={`canned-${c.id}`} role="option" aria-selected={i === Math.min(pick, matches.length - 1)}
              onMouseDown={(e) => { e.preventDefault(); void choose(c); }}>
              <strong>/{c.shortcut}</strong> {c.title || c.body.slice(0, 60)}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="composer-row">
        <label class="inline"><input id="as-note" type="checkbox" checked={asNote} onChange={(e) => setAsNote(e.currentTarget.checked)} /> Private note</label>
        {!asNote ? (
          <>
            <label for="attach">Attach files</label>
            <input id="attach" ref={fileInput} type="file" multiple onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))} />
          </>
        ) : null}
        <button type="submit">{asNote ? "Add note" : "Send"}</button>
      </div>
    </form>
  );
}

function Sidebar({ chat }: { chat: Chat }) {
  const c = chat.ctx;
  if (!c) return null;
  const v = c.visitor;
  const rows: Array<[string, unknown]> = [
    ["Name", v?.name], ["Email", v?.email], ["Language", c.language], ["Browser", v?.user_agent],
    ["Pages", (v?.pages ?? []).join(", ")], ["Earlier chats", c.earlier_conversations.length],
    ...Object.entries(v?.attributes ?? {}).map(([k, val]): [string, unknown] => [k, typeof val === "object" ? JSON.stringify(val) : val]),
  ];
  const intents = c.intents
    .filter((i) => typeof i.intent === "string" && i.intent)
    .map((i) => `${i.intent}${typeof i.confidence === "number" ? ` (${Math.round(i.confidence * 100)} %)` : ""}`);
  const sentiment = c.sentiment_trend
    .filter((x) => typeof x.sentiment === "number")
    .map((x) => `${(x.sentiment as number).toFixed(1)}${x.label ? ` ${x.label}` : ""}`);
  const citations = c.citations;
  return (
    <aside id="sidebar" aria-labelledby="sidebar-heading">
      <h2 id="sidebar-heading">Context</h2>
      <section aria-labelledby="summary-heading">
        <h3 id="summary-heading">Summary</h3>
        <p id="summary" class="summary">{c.summary ? `Summary: ${c.summary}` : "No summary yet."}</p>
      </section>
      <section aria-labelledby="signals-heading">
        <h3 id="signals-heading">Signals</h3>
        <dl id="signals">
          <dt>Language</dt><dd id="language">{c.language || "unknown"}</dd>
          <dt>Intents</dt><dd id="intents">{intents.length ? intents.join(", ") : "none detected"}</dd>
          <dt>Sentiment</dt><dd id="sentiment">{sentiment.length ? sentiment.join(" → ") : "no data"}</dd>
        </dl>
        {citations.length ? (
          <>
            <h4>Citations the AI used</h4>
            <ul id="citations">
              {citations.map((x, i) => {
                const title = String(x.title || x.url || "source");
                const url = typeof x.url === "string" && /^https?:\/\//.test(x.url) ? x.url : null;
                return <li key={i}>{url ? <a href={url} target="_blank" rel="noopener noreferrer">{title}</a> : title}</li>;
              })}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="customer-heading">
        <h3 id="customer-heading">Customer</h3>
        <dl id="customer">
          {rows.filter(([, val]) => val !== undefined && val !== null && val !== "").map(([k, val]) => [<dt key={`t-${k}`}>{k}</dt>, <dd key={`d-${k}`}>{String(val)}</dd>])}
        </dl>
      </section>
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">Private notes</h3>
        <ul id="notes">{c.notes.map((n) => <li key={n.id}>{n.body} <span class="by">— {store.name(n.author_user_id)}</span></li>)}</ul>
      </section>
      <Payments conversationId={chat.id} chatbotId={c.handoff?.chatbot_id ?? null} />
    </aside>
  );
}

function ChatPane({ chat }: { chat: Chat }) {
  const [transferring, setTransferring] = useState(false);
  const box = useRef<HTMLOListElement>(null);
  const c = chat.ctx;
  const messages = [...chat.messages.values()].sort((a, b) => a.seq - b.seq);
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, chat.id]);
  const h = c?.handoff;
  const mine = !!h && h.status === "assigned" && h.operator_id === store.me?.id;
  const closed = c?.status === "closed";
  return (
    <div class="chat-area">
      <section id="chat" aria-labelledby="chat-title">
        <div class="toolbar">
          <h2 id="chat-title">{c?.visitor?.name || "Visitor"} · {c?.status ?? "loading"}{h && h.status === "assigned" && !mine ? ` · with ${store.name(h.operator_id)}` : ""}</h2>
          {!mine && !closed && h && h.status !== "resolved" ? <button id="take" type="button" onClick={() => store.take(chat.id)}>Take</button> : null}
          {mine ? <button id="transfer" type="button" aria-expanded={transferring} onClick={() => setTransferring(!transferring)}>Transfer…</button> : null}
          {mine ? <button id="hand-back" type="button" onClick={() => store.handBack(chat.id)}>Hand back to AI</button> : null}
          {!closed ? <button id="close" type="button" onClick={() => store.close(chat.id)}>Close</button> : null}
        </div>
        {transferring && mine ? <Transfer chat={chat} onDone={() => setTransferring(false)} /> : null}
        <p id="chat-error" role="alert">{chat.error}</p>
        <ol id="transcript" ref={box} aria-label="Transcript" tabIndex={0}>
          {messages.map((m) => <Message key={m.seq} m={m} />)}
        </ol>
        {!closed ? <Composer chat={chat} /> : <p>This conversation is closed.</p>}
      </section>
      <Sidebar chat={chat} />
    </div>
  );
}

function Team() {
  const overview = store.overview;
  const o = overview?.figures;
  return (
    <section id="team" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <ul id="operators">
        {store.operators.map((op) => (
          <li key={op.user_id} data-user={op.user_id}>
            <span class={`dot ${op.status}`} aria-hidden="true" /> {store.name(op.user_id)}: {op.status}, {op.active}/{op.capacity} chats
          </li>
        ))}
      </ul>
      {o ? <h3 id="metrics-heading">Figures {overview!.from} to {overview!.to}</h3> : null}
      {o ? (
        <dl id="metrics" aria-labelledby="metrics-heading">
          <dt>Conversations</dt><dd>{o.conversations}</dd>
          <dt>Handoffs</dt><dd id="metric-handoffs">{o.handoffs}</dd>
          <dt>Resolved by people</dt><dd>{o.resolved_by_human}</dd>
          <dt>First response (people)</dt><dd>{o.human_first_response_ms == null ? "–" : `${Math.round(o.human_first_response_ms / 1000)} s`}</dd>
          <dt>CSAT</dt><dd>{o.csat == null ? "–" : `${Math.round(o.csat * 100)} %`}</dd>
        </dl>
      ) : null}
    </section>
  );
}

function Workspace() {
  const chat = store.active ? store.chats.get(store.active) : undefined;
  return (
    <main id="workspace">
      <nav id="lists" aria-label="Conversations">
        <ChatList id="queue" title="Queue" items={store.queue} />
        <ChatList id="mine" title="Mine" items={store.mine} />
        <ChatList id="assigned" title="Assigned to others" items={store.others} />
        <Team />
      </nav>
      <div class="work">
        <Tabs />
        {chat ? <ChatPane key={chat.id} chat={chat} /> : <p class="empty">Choose a conversation from the queue or your chats.</p>}
      </div>
    </main>
  );
}

function App() {
  useStore();
  return (
    <>
      <Header />
      {store.me ? <Workspace /> : <Login />}
      <p id="toast" role="status" aria-live="polite">{store.toast}</p>
    </>
  );
}

// Alt+1 … Alt+9: the first … ninth open chat.
document.addEventListener("keydown", (e) => {
  if (!e.altKey || e.ctrlKey || e.metaKey || !/^Digit[1-9]$/.test(e.code)) return;
  const id = store.tabs[Number(e.code.slice(5)) - 1];
  if (!id) return;
  e.preventDefault();
  store.open(id);
  setTimeout(() => document.getElementById("reply")?.focus(), 0); // after the chat is rendered
});

render(<App />, document.getElementById("app")!);
