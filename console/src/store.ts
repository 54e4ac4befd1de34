// The console's state and what changes it: REST calls through the generated SDK, live frames from the operator
// socket, and browser notifications. Components re-render on `emit()`.
import { createClient, ProblemError, useTokenRefresh } from "../../clients/typescript/src/parley";
import {
  addPrivateNote,
  closeHandedOffConversation,
  expandCannedResponse,
  getAnalyticsOverview,
  getOperatorContext,
  handBackConversation,
  listCannedResponses,
  listHandoffs,
  listMembers,
  listOperators,
  listTeams,
  logIn,
  logOut,
  me as getMe,
  replyToConversation,
  takeConversation,
  transferConversation,
  updateMyOperatorStatus,
  uploadAttachment,
} from "../../clients/typescript/src/sdk.gen";
import type {
  AnalyticsOverview,
  Canned,
  Handoff,
  Member,
  OperatorContext,
  Operator,
  OperatorStatus,
  Team,
  Tokens,
  UploadedAttachment,
} from "../../clients/typescript/src/types.gen";
import type { MessageEvent, ServerFrame } from "../../clients/typescript/src/ws-frames.gen";
import { Live, type LiveState } from "./live";

export const client = createClient({ baseUrl: location.origin, throwOnError: true });

export function problemText(e: unknown): string {
  if (e instanceof ProblemError) return e.detail || e.title;
  return e instanceof Error ? e.message : String(e);
}

export interface FileRef {
  name: string;
  url: string;
  content_type: string;
}

export interface Msg {
  seq: number;
  sender: string;
  content: string;
  data: Record<string, unknown>;
  attachments: FileRef[];
  at: string | null;
}

export interface Chat {
  id: string;
  ctx: OperatorContext | null;
  messages: Map<number, Msg>;
  unread: number;
  error: string;
}

let clientIds = 0;
const newClientId = () => `console-${Date.now().toString(36)}-${(clientIds++).toString(36)}`;

export class Store {
  me: Member | null = null;
  token = "";
  status: OperatorStatus = "online";
  queue: Handoff[] = [];
  mine: Handoff[] = [];
  others: Handoff[] = [];
  chats = new Map<string, Chat>();
  tabs: string[] = [];
  active: string | null = null;
  canned: Canned[] = [];
  operators: Operator[] = [];
  teams: Team[] = [];
  names = new Map<string, string>();
  overview: AnalyticsOverview | null = null;
  live: LiveState = "offline";
  toast = "";
  loginError = "";
  private socket: Live | null = null;
  private listeners = new Set<() => void>();
  private seenQueue: Set<string> | null = null;
  private seenMine: Set<string> | null = null;
  private listsTimer: ReturnType<typeof setTimeout> | null = null;
  private teamTimer: ReturnType<typeof setTimeout> | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private taken = new Set<string>(); // chats this console took: no "assigned to you" for them
  private pending = new Map<string, { session: string; content: string; attachments: FileRef[] }>(); // sent over the socket, by client_id

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(): void {
    const unread = [...this.chats.values()].reduce((n, c) => n + c.unread, 0);
    document.title = `${unread ? `(${unread}) ` : ""}Parley operator console`;
    for (const fn of this.listeners) fn();
  }

  get role(): string | null {
    return this.me?.role ?? null;
  }

  // --- logging in ----------------------------------------------------------------------------------

  async login(email: string, password: string): Promise<void> {
    this.loginError = "";
    try {
      const tokens = (await logIn({ client, body: { email, password } })).data as Tokens;
      this.token = tokens.access_token;
      useTokenRefresh(client, tokens, (fresh) => {
        this.token = fresh.access_token;
        this.socket?.setToken(fresh.access_token);
      });
      this.me = (await getMe({ client })).data as Member;
      this.names.set(this.me.id, this.me.name);
      const op = (await updateMyOperatorStatus({ client, body: { status: "online" } })).data as Operator;
      this.status = op.status as OperatorStatus;
      this.socket = new Live(this.token, (f) => this.onFrame(f), (s) => {
        const was = this.live;
        this.live = s;
        if (s === "live" && was !== "live") void this.refreshAll();  // (re)connected: catch up on what was missed
        this.emit();
      }, async () => {
        await getMe({ client }); // a 401 makes useTokenRefresh trade the refresh token for new tokens
        return this.token;
      });
      this.socket.start();
      // The socket pushes every change; a slow re-read covers a frame lost on the way (Redis pub/sub is best effort).
      setInterval(() => {
        if (this.live === "live") void this.refreshLists();
      }, 30_000);
      await this.refreshAll();
      void this.loadCanned();
    } catch (e) {
      this.me = null;
      this.loginError = problemText(e);
    }
    this.emit();
  }

  private async refreshAll(): Promise<void> {
    await this.refreshLists();
    await this.refreshTeam();
    for (const id of this.tabs) void this.loadChat(id);
  }

  private async loadCanned(): Promise<void> {
    try {
      this.canned = ((await listCannedResponses({ client })).data?.items ?? []) as Canned[];
      this.emit();
    } catch {
      this.canned = [];
    }
  }

  // --- lists ---------------------------------------------------------------------------------------

  async refreshLists(): Promise<void> {
    if (!this.me) return;
    try {
      const [queue, mine, assigned] = await Promise.all([
        listHandoffs({ client, query: { status: "queued", limit: 100 } }),
        listHandoffs({ client, query: { status: "assigned", mine: true, limit: 100 } }),
        listHandoffs({ client, query: { status: "assigned", limit: 100 } }),
      ]);
      this.queue = queue.data?.items ?? [];
      this.mine = mine.data?.items ?? [];
      this.others = (assigned.data?.items ?? []).filter((h) => h.operator_id !== this.me?.id);
    } catch (e) {
      this.say(problemText(e));
      this.emit();
      return;
    }
    const first = this.seenQueue === null;
    const queued = new Set(this.queue.map((h) => h.conversation_id));
    const mine = new Set(this.mine.map((h) => h.conversation_id));
    if (!first) {
      for (const h of this.queue) {
        if (!this.seenQueue!.has(h.conversation_id)) this.notify("A visitor is waiting", describe(h), h.conversation_id);
      }
      for (const h of this.mine) {
        if (!this.seenMine!.has(h.conversation_id) && !this.taken.has(h.conversation_id)) this.notify("A chat was assigned to you", describe(h), h.conversation_id);
      }
    }
    for (const h of this.mine) if (!this.tabs.includes(h.conversation_id)) this.open(h.conversation_id, !this.active);
    this.seenQueue = queued;
    this.seenMine = mine;
    this.emit();
  }

  private soon(kind: "lists" | "team"): void {
    if (kind === "lists") {
      if (this.listsTimer) return;
      this.listsTimer = setTimeout(() => {
        this.listsTimer = null;
        void this.refreshLists();
      }, 60);
    } else {
      if (this.teamTimer) return;
      this.teamTimer = setTimeout(() => {
        this.teamTimer = null;
        void this.refreshTeam();
      }, 300);
    }
  }

  async refreshTeam(): Promise<void> {
    try {
      this.operators = ((await listOperators({ client })).data ?? []) as Operator[];
    } catch {
      this.operators = [];
    }
    if (this.names.size <= 1) {
      try {
        for (const m of ((await listMembers({ client, query: { limit: 100 } })).data?.items ?? []) as Member[]) this.names.set(m.id, m.name);
      } catch {
        /* members:read is not every role's: ids stand in for names */
      }
      try {
        this.teams = ((await listTeams({ client })).data ?? []) as Team[];
      } catch {
        this.teams = [];
      }
    }
    try {
      this.overview = ((await getAnalyticsOverview({ client })).data ?? null) as AnalyticsOverview | null;
    } catch {
      this.overview = null; // analytics:read is not every role's
    }
    this.emit();
  }

  name(userId: string | null | undefined): string {
    if (!userId) return "nobody";
    return this.names.get(userId) ?? `operator ${userId.slice(0, 8)}`;
  }

  // --- chats ---------------------------------------------------------------------------------------

  open(id: string, activate = true): void {
    if (!this.tabs.includes(id)) this.tabs = [...this.tabs, id];
    if (!this.chats.has(id)) {
      this.chats.set(id, { id, ctx: null, messages: new Map(), unread: 0, error: "" });
      void this.loadChat(id);
    }
    if (activate) {
      this.active = id;
      this.chats.get(id)!.unread = 0;
    }
    this.emit();
  }

  closeTab(id: string): void {
    this.tabs = this.tabs.filter((t) => t !== id);
    if (!this.mine.some((h) => h.conversation_id === id)) {
      this.chats.delete(id);
      this.socket?.unfollow(id);
    }
    if (this.active === id) this.active = this.tabs[this.tabs.length - 1] ?? null;
    this.emit();
  }

  async loadChat(id: string): Promise<void> {
    const chat = this.chats.get(id);
    if (!chat) return;
    try {
      const ctx = (await getOperatorContext({ client, path: { conversation_id: id } })).data as OperatorContext;
      chat.ctx = ctx;
      let last = 0;
      for (const e of ctx.transcript) {
        last = Math.max(last, e.seq);
        if (e.kind !== "message") continue;
        chat.messages.set(e.seq, {
          seq: e.seq, sender: e.sender, content: e.content ?? "", data: (e.data ?? {}) as Record<string, unknown>, at: e.created_at,
          attachments: (e.attachments ?? []).map((a) => ({ name: a.name ?? "", url: a.url, content_type: a.content_type ?? "" })),
        });
      }
      this.socket?.follow(id, last);
    } catch (e) {
      chat.error = problemText(e);
    }
    this.emit();
  }

  private onFrame(f: ServerFrame): void {
    switch (f.type) {
      case "session": {
        this.soon("lists");
        this.soon("team");
        if (this.chats.has(f.session.id)) void this.loadChat(f.session.id);
        break;
      }
      case "message":
        this.onMessage(f);
        break;
      case "ack": {
        // the sender's own message comes back as an ack: shown at once, as the visitor sees it
        const sent = this.pending.get(f.client_id);
        const chat = this.chats.get(f.session_id);
        this.pending.delete(f.client_id);
        if (sent && chat && !chat.messages.has(f.seq)) {
          const first = (this.me?.name ?? "").split(/\s+/)[0];
          chat.messages.set(f.seq, { seq: f.seq, sender: "human", content: sent.content, data: { sender_name: first }, at: f.created_at,
            attachments: sent.attachments });
          this.emit();
        }
        break;
      }
      case "presence":
        if (f.role === "operator") this.soon("team");
        break;
      case "error": {
        // a refused message (a closed conversation…) shows in its chat; anything else in the status line
        const refused = f.client_id ? this.pending.get(f.client_id) : undefined;
        const chat = refused && this.chats.get(refused.session);
        if (f.client_id) this.pending.delete(f.client_id);
        if (chat) chat.error = f.message;
        else this.say(f.message);
        this.emit();
        break;
      }
      default:
        break;
    }
  }

  private onMessage(f: MessageEvent): void {
    const chat = this.chats.get(f.session_id);
    if (!chat) return;
    if (chat.messages.has(f.seq)) return;
    chat.messages.set(f.seq, {
      seq: f.seq, sender: f.sender, content: f.content, data: (f.data ?? {}) as Record<string, unknown>, at: f.created_at,
      attachments: f.attachments.map((a) => ({ name: a.name, url: a.url, content_type: a.content_type })),
    });
    if (f.sender === "customer") {
      const hidden = document.visibilityState === "hidden";
      if (this.active !== f.session_id || hidden) {
        if (this.active !== f.session_id) chat.unread += 1;
        this.notify(`${chat.ctx?.visitor?.name || "A visitor"} wrote`, f.content || "(an attachment)", f.session_id);
      }
    }
    this.emit();
  }

  // --- notifications --------------------------------------------------------------------------------

  say(text: string): void {
    this.toast = text;
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toast = "";
      this.emit();
    }, 8000);
  }

  notify(title: string, body: string, conversationId: string): void {
    this.say(`${title}: ${body}`);
    if (document.visibilityState === "hidden" && "Notification" in window && Notification.permission === "granted") {
      const n = new Notification(title, { body: body.slice(0, 200), tag: `${conversationId}:${title}` });
      n.onclick = () => {
        window.focus();
        this.open(conversationId);
        n.close();
      };
    }
    this.emit();
  }

  async enableNotifications(): Promise<void> {
    if ("Notification" in window) await Notification.requestPermission();
    this.emit();
  }

  // --- actions -------------------------------------------------------------------------------------

  private async act(id: string, run: () => Promise<unknown>): Promise<boolean> {
    const chat = this.chats.get(id);
    if (chat) chat.error = "";
    try {
      await run();
      return true;
    } catch (e) {
      if (chat) chat.error = problemText(e);
      return false;
    } finally {
      this.soon("team");
      await Promise.all([this.refreshLists(), this.loadChat(id)]);
    }
  }

  take(id: string) {
    this.taken.add(id);
    return this.act(id, () => takeConversation({ client, path: { conversation_id: id } }));
  }

  handBack(id: string) {
    return this.act(id, () => handBackConversation({ client, path: { conversation_id: id } }));
  }

  close(id: string) {
    return this.act(id, () => closeHandedOffConversation({ client, path: { conversation_id: id } }));
  }

  transfer(id: string, to: { user?: string; team?: string }, note: string) {
    return this.act(id, () => transferConversation({
      client, path: { conversation_id: id }, body: { to_user_id: to.user ?? null, to_team_id: to.team ?? null, note: note || null },
    }));
  }

  note(id: string, body: string) {
    return this.act(id, () => addPrivateNote({ client, path: { conversation_id: id }, body: { body } }));
  }

  async expand(id: string, text: string): Promise<string> {
    return ((await expandCannedResponse({ client, path: { conversation_id: id }, body: { content: text } })).data as { content: string }).content;
  }

  /** To the visitor: over the socket (the visitor sees the operator's name and picture), or REST when it is down;
   * a `/shortcut` is expanded first. Files are uploaded to the conversation, then sent with the message. */
  async reply(id: string, text: string, files: File[]): Promise<boolean> {
    const chat = this.chats.get(id);
    if (chat) chat.error = "";
    try {
      let content = text.trim();
      if (content.startsWith("/")) content = await this.expand(id, content);
      const attachments = [];
      const shown: FileRef[] = [];
      for (const file of files) {
        const up = (await uploadAttachment({ client, path: { session_id: id }, body: { file } })).data as UploadedAttachment;
        attachments.push({ id: up.id });
        shown.push({ name: up.name, url: up.url, content_type: up.content_type });
      }
      const clientId = newClientId();
      this.pending.set(clientId, { session: id, content, attachments: shown });
      const sent = this.socket?.connected && this.socket.send({ type: "message", session_id: id, client_id: clientId, content, attachments });
      if (!sent) {
        if (attachments.length) throw new Error("Files need the live connection; try again in a moment");
        await replyToConversation({ client, path: { conversation_id: id }, body: { content } });
        await this.loadChat(id);
      }
      return true;
    } catch (e) {
      if (chat) chat.error = problemText(e);
      this.emit();
      return false;
    }
  }

  /** A file of the conversation: the API serves it to members only, so it is fetched with the token. */
  async download(file: FileRef): Promise<void> {
    try {
      const r = await fetch(new URL(file.url, location.origin), { headers: { Authorization: `Bearer ${this.token}` } });
      if (!r.ok) throw new Error(`The file could not be fetched (HTTP ${r.status})`);
      const href = URL.createObjectURL(await r.blob());
      const a = document.createElement("a");
      a.href = href;
      a.download = file.name || "file";
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 30_000);
    } catch (e) {
      this.say(problemText(e));
    }
  }

  async logout(): Promise<void> {
    try {
      await updateMyOperatorStatus({ client, body: { status: "offline" } });
      await logOut({ client });
    } catch {
      /* logged out locally either way */
    }
    this.socket?.stop();
    location.reload();
  }

  async setStatus(status: OperatorStatus): Promise<void> {
    try {
      const op = (await updateMyOperatorStatus({ client, body: { status } })).data as Operator;
      this.status = op.status as OperatorStatus;
      this.socket?.send({ type: "presence", status });
    } catch (e) {
      this.say(problemText(e));
    }
    await this.refreshTeam();
  }
}

export function describe(h: Handoff): string {
  return [h.reason || h.trigger, h.language, h.priority ? `priority ${h.priority}` : ""].filter(Boolean).join(" · ");
}

/** "waiting 3 min" since the handoff was requested (queued) or assigned. */
export function since(h: Handoff, now = Date.now()): string {
  const at = Date.parse((h.status === "queued" ? h.requested_at : h.assigned_at) ?? "");
  if (Number.isNaN(at)) return "";
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  const span = minutes < 1 ? "under a minute" : minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return h.status === "queued" ? `waiting ${span}` : `for ${span}`;
}

export const store = new Store();
