// The Parley chat widget. One <script> tag:
//   <script src="https://api.example.com/widget/parley-widget.<hash>.js" data-public-id="cb_…" async></script>
// renders a launcher and a chat panel in a shadow root and exposes one global, `window.Parley`
// (open, close, toggle, identify, on, off). REST calls go through the generated TypeScript SDK;
// live chat uses the WebSocket protocol (typed frames from the same SDK), with a long-polling fallback.

import { createClient } from "../../clients/typescript/src/client";
import {
  emailWidgetTranscript,
  pollWidgetEvents,
  postWidgetMessage,
  rateWidgetSession,
  startWidgetSession,
  widgetConfig,
} from "../../clients/typescript/src/sdk.gen";
import type { Event as HistoryEvent, WidgetConfig, WidgetSession } from "../../clients/typescript/src/types.gen";
import type { ClientFrame, MessageEvent, ServerFrame } from "../../clients/typescript/src/ws-frames.gen";
import { awayForm } from "./away";
import { format, pickLanguage, RTL, STRINGS, type Strings } from "./i18n";
import { renderMarkdown, safeUrl } from "./markdown";
import { slotButtons } from "./slots";
import { Store, type FileRef } from "./store";
import { CSS } from "./styles";
import { tracker } from "./tracking";

declare const __VERSION__: string;

const MAX_CHARS = 8000;
// What the file picker offers; the server checks every file's bytes against its own allow-list.
const ACCEPT = "image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.txt,.csv,.pdf,.docx,.xlsx,.pptx";
const IMAGE = /^image\/(png|jpeg|gif|webp)$/;

// A file on a message: uploaded (id; fetched with the visitor token) or a link (url).
interface FileView {
  id?: string | null;
  url?: string;
  name?: string;
  content_type?: string;
}
type Listener = (detail: any) => void;
type DeliveryState = "queued" | "sending" | "sent" | "delivered" | "read" | "failed";

interface Entry {
  el: HTMLElement;
  body?: HTMLElement;
  stateEl?: HTMLElement;
  seq?: number;
  mine: boolean;
  state?: DeliveryState;
}

interface Identity {
  name?: string;
  email?: string;
  metadata?: Record<string, unknown>;
}

const script = document.currentScript as HTMLScriptElement | null;

function uid(): string {
  const c = (globalThis as any).crypto;
  if (c && c.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function clip(): SVGElement {
  // a paperclip drawn inline: emoji fonts are not everywhere
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M21 11l-8.5 8.5a5 5 0 01-7-7L14 4a3.5 3.5 0 015 5l-8.5 8.5a2 2 0 01-3-3L15 7");
  svg.append(path);
  return svg;
}

class Widget {
  private publicId: string;
  private api: string;
  private client;
  private store: Store;
  private listeners = new Map<string, Set<Listener>>();
  private t: Strings = STRINGS.en;
  private config?: WidgetConfig;
  private session?: WidgetSession;
  private identity: Identity = {};
  private entries = new Map<string, Entry>(); // by client_id (own) or event id
  private streams = new Map<string, { entry: Entry; parts: string[] }>(); // AI replies being streamed, by reply_id
  private payments = new Map<string, HTMLElement>(); // payment request id -> its latest card
  private lastSeq = 0;
  private ws?: WebSocket;
  private connected = false;
  private attempts = 0;
  private everOpened = false;
  private polling = false;
  private retryTimer?: number;
  private typingTimer?: number;
  private typingSent = false;
  private peerTypingTimer?: number;
  private fatal = false;
  private starting?: Promise<void>;
  private closedSession = false;
  private ready: Promise<void>;
  private blobs = new Map<string, Promise<string | null>>(); // uploaded file id → object URL
  private unread = 0; // replies that arrived while the panel was closed
  private audio?: AudioContext; // made in a click, so the browser's autoplay policy lets it play

  // DOM
  private root!: HTMLElement;
  private launcher!: HTMLButtonElement;
  private launcherLabel!: HTMLElement;
  private panel!: HTMLElement;
  private titleEl!: HTMLElement;
  private log!: HTMLElement;
  private notice!: HTMLElement;
  private queueEl!: HTMLElement;
  private typingEl!: HTMLElement;
  private input!: HTMLTextAreaElement;
  private sendBtn!: HTMLButtonElement;
  private endBtn!: HTMLButtonElement;
  private closeBtn!: HTMLButtonElement;
  private emojiBtn!: HTMLButtonElement;
  private attachBtn!: HTMLButtonElement;
  private fileInput!: HTMLInputElement;
  private upload!: HTMLElement;
  private uploadLabel!: HTMLElement;
  private uploadBar!: HTMLProgressElement;
  private emojiGrid?: HTMLElement;
  private badge!: HTMLElement;
  private muteBtn!: HTMLButtonElement;
  private transcriptBtn!: HTMLButtonElement;
  private form!: HTMLFormElement;
  private preChat?: HTMLFormElement;
  private proactive?: HTMLElement;
  private csat!: HTMLElement;
  private live!: HTMLElement;

  private track: ReturnType<typeof tracker>;

  constructor(publicId: string, api: string, private forcedLanguage: string | null) {
    this.publicId = publicId;
    this.api = api.replace(/\/+$/, "");
    this.client = createClient({ baseUrl: this.api });
    this.track = tracker(this.api, publicId);
    this.store = new Store(publicId);
    this.render();
    this.ready = this.loadConfig();
    this.track("load");
    window.addEventListener("online", () => this.onOnline());
    window.addEventListener("offline", () => this.onOffline());
    document.addEventListener("visibilitychange", () => this.markRead());
  }

  // --- public API ---------------------------------------------------------------------------------

  on(name: string, fn: Listener): () => void {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name)!.add(fn);
    return () => this.off(name, fn);
  }

  off(name: string, fn: Listener): void {
    this.listeners.get(name)?.delete(fn);
  }

  private emit(name: string, detail?: unknown): void {
    for (const fn of this.listeners.get(name) || []) {
      try {
        fn(detail);
      } catch (e) {
        console.error("[parley] listener failed", e);
      }
    }
  }

  open(): void {
    if (!this.panel.hidden) return;
    this.panel.hidden = false;
    this.root.classList.add("open");
    this.launcher.setAttribute("aria-expanded", "true");
    this.setUnread(0);
    this.dismissProactive();
    if (this.preChat && !this.preChat.hidden) (this.preChat.querySelector("input") as HTMLElement | null)?.focus();
    else this.input.focus();
    this.emit("open");
    this.track("open");
    void this.ready.then(() => this.ensureSession()).then(() => this.markRead());
  }

  close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.showEmoji(false); // a reopened panel starts without the picker
    this.root.classList.remove("open");
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.focus();
    this.emit("close");
  }

  toggle(): void {
    this.panel.hidden ? this.open() : this.close();
  }

  identify(identity: Identity): void {
    this.identity = { ...this.identity, ...identity };
    this.emit("identify", this.identity);
  }

  get state() {
    return {
      connected: this.connected,
      polling: this.polling,
      session_id: this.session?.session.id,
      last_seq: this.lastSeq,
      outbox: this.store.data.outbox.length,
    };
  }

  // --- rendering -------------------------------------------------------------------------------------

  private render(): void {
    const host = h("div", { "data-parley-widget": "" });
    const shadow = host.attachShadow({ mode: "open" });
    const style = h("style");
    style.textContent = CSS;
    this.root = h("div", { class: "root auto" });
    this.launcher = h("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "parley-panel" });
    this.launcherLabel = h("span", {}, this.t.open);
    this.badge = h("span", { class: "badge" });
    this.badge.hidden = true;
    this.launcher.append(this.launcherLabel, this.badge);
    this.launcher.addEventListener("click", () => this.toggle());
    this.root.addEventListener("pointerdown", () => this.unlockAudio());
    this.root.addEventListener("keydown", () => this.unlockAudio());

    this.panel = h("section", { id: "parley-panel", class: "panel", role: "dialog", "aria-modal": "false" });
    this.panel.hidden = true;
    const header = h("header");
    this.titleEl = h("h2", { id: "parley-title" }, this.t.title);
    this.panel.setAttribute("aria-labelledby", "parley-title");
    this.endBtn = h("button", { type: "button" }, this.t.end);
    this.endBtn.addEventListener("click", () => this.endChat());
    this.closeBtn = h("button", { type: "button", "aria-label": this.t.close }, "✕");
    this.closeBtn.addEventListener("click", () => this.close());
    this.muteBtn = h("button", { type: "button", class: "mute", "aria-pressed": String(!!this.store.data.muted) }, "♪");
    this.muteBtn.addEventListener("click", () => {
      this.store.update({ muted: !this.store.data.muted });
      this.muteBtn.setAttribute("aria-pressed", String(!!this.store.data.muted));
    });
    this.transcriptBtn = h("button", { type: "button", class: "mail" }, "✉");
    this.transcriptBtn.hidden = true;
    this.transcriptBtn.addEventListener("click", () => void this.askTranscript());
    header.append(this.titleEl, this.transcriptBtn, this.muteBtn, this.endBtn, this.closeBtn);

    this.notice = h("div", { class: "notice", role: "status" });
    this.notice.hidden = true;
    this.queueEl = h("div", { class: "queue", role: "status" });
    this.queueEl.hidden = true;
    this.log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": this.t.messages, tabindex: "0" });
    this.typingEl = h("div", { class: "typing", "aria-live": "polite" });
    this.csat = h("div", { class: "csat" });
    this.csat.hidden = true;

    const form = (this.form = h("form"));
    this.input = h("textarea", { dir: "auto", rows: "1", maxlength: String(MAX_CHARS), "aria-label": this.t.placeholder, placeholder: this.t.placeholder });
    this.sendBtn = h("button", { type: "submit" }, this.t.send);
    this.emojiBtn = h("button", { type: "button", class: "emoji", "aria-haspopup": "true", "aria-expanded": "false", "aria-label": this.t.emoji }, "☺");
    this.emojiBtn.addEventListener("click", () => this.toggleEmoji());
    this.attachBtn = h("button", { type: "button", class: "attach", "aria-label": this.t.attach });
    this.attachBtn.append(clip());
    this.fileInput = h("input", { type: "file", accept: ACCEPT, hidden: "", tabindex: "-1" });
    this.attachBtn.addEventListener("click", () => this.fileInput.click());
    this.fileInput.addEventListener("change", () => {
      const file = this.fileInput.files?.[0];
      this.fileInput.value = "";
      if (file) void this.sendFile(file);
    });
    form.append(this.emojiBtn, this.attachBtn, this.fileInput, this.input, this.sendBtn);
    this.upload = h("div", { class: "upload" });
    this.uploadLabel = h("span");
    this.uploadBar = h("progress", { max: "100", value: "0" });
    this.upload.append(this.uploadLabel, this.uploadBar);
    this.upload.hidden = true;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.submit();
    });
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener("input", () => this.typing());
    this.input.addEventListener("paste", (e) => {
      const file = e.clipboardData?.files?.[0];
      if (file) {
        e.preventDefault();
        void this.sendFile(file);
        return;
      }
      const pasted = e.clipboardData?.getData("text") || "";
      if (pasted.length + this.input.value.length > MAX_CHARS) this.showNotice(format(this.t.tooLong, MAX_CHARS));
    });
    this.panel.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      if (this.emojiGrid && !this.emojiGrid.hidden && this.emojiGrid.contains(e.composedPath()[0] as Node)) {
        this.showEmoji(false); // Escape in the picker closes the picker only
        this.emojiBtn.focus();
      } else this.close();
    });
    this.panel.addEventListener("dragover", (e) => e.preventDefault());
    this.panel.addEventListener("drop", (e) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void this.sendFile(file);
    });

    this.live = h("div", { class: "sr", role: "status", "aria-live": "polite" });
    this.panel.append(header, this.notice, this.queueEl, this.log, this.typingEl, this.csat, this.upload, form);
    this.root.append(this.panel, this.launcher, this.live);
    shadow.append(style, this.root);
    (document.body || document.documentElement).appendChild(host);
  }

  private toggleEmoji(): void {
    // the emoji set is built on first use only
    if (!this.emojiGrid) {
      const grid = (this.emojiGrid = h("div", { class: "emojis", role: "group", "aria-label": this.t.emoji }));
      for (const e of "😀 😂 😊 😍 🤔 😅 😢 😮 😡 👍 👎 👏 🙏 👋 🙌 💪 ❤️ 🎉 ✅ ❌ ⭐ 🔥 💡 📦 🚚 💳 📅 ⏰ 📞 📧 🛒 🎁".split(" ")) {
        const b = h("button", { type: "button", "aria-label": e }, e);
        b.addEventListener("click", () => {
          const at = this.input.selectionStart ?? this.input.value.length;
          this.input.setRangeText(e, at, this.input.selectionEnd ?? at, "end");
          this.toggleEmoji();
          this.input.focus();
        });
        grid.append(b);
      }
      grid.hidden = true;
      this.input.parentElement!.before(grid);
    }
    this.showEmoji(this.emojiGrid.hidden);
    if (!this.emojiGrid.hidden) (this.emojiGrid.firstElementChild as HTMLElement | null)?.focus();
  }

  private showEmoji(show: boolean): void {
    if (!this.emojiGrid) return;
    this.emojiGrid.hidden = !show;
    this.emojiBtn.setAttribute("aria-expanded", String(show));
  }

  // --- unread badge and sound ------------------------------------------------------------------------

  private setUnread(n: number): void {
    this.unread = n;
    this.badge.hidden = n === 0;
    this.badge.textContent = n > 99 ? "99+" : String(n);
    const label = this.config?.appearance.launcher_text || this.t.open;
    this.launcher.setAttribute("aria-label", n ? `${label} (${format(this.t.unread, n)})` : label);
  }

  private unlockAudio(): void {
    // browsers let a page play sound only after the visitor interacted with it: make the context then
    const Ctx = window.AudioContext || (window as any).webkitAudioContext;
    if (!Ctx) return;
    try {
      if (!this.audio) this.audio = new Ctx();
      if (this.audio.state === "suspended") void this.audio.resume();
    } catch {
      /* no audio on this device */
    }
  }

  private chime(): void {
    const ctx = this.audio;
    if (this.store.data.muted || !ctx || ctx.state !== "running") return;
    // two short falling tones, generated: no sound file to download
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    const at = ctx.currentTime;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.15, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
    const tone = ctx.createOscillator();
    tone.type = "sine";
    tone.frequency.setValueAtTime(880, at);
    tone.frequency.setValueAtTime(660, at + 0.12);
    tone.connect(gain);
    tone.start(at);
    tone.stop(at + 0.3);
    this.emit("chime");
  }

  private applyStrings(): void {
    const t = this.t;
    // the owner's own launcher text wins; without one the widget speaks the visitor's language
    this.launcherLabel.textContent = this.config?.appearance.launcher_text || t.open;
    this.setUnread(this.unread);
    this.muteBtn.setAttribute("aria-label", t.mute);
    this.muteBtn.title = t.mute;
    this.transcriptBtn.setAttribute("aria-label", t.transcript);
    this.transcriptBtn.title = t.transcript;
    this.titleEl.textContent = this.config?.name || t.title;
    this.endBtn.textContent = t.end;
    this.closeBtn.setAttribute("aria-label", t.close);
    this.input.placeholder = t.placeholder;
    this.input.setAttribute("aria-label", t.placeholder);
    this.sendBtn.textContent = t.send;
    this.emojiBtn.setAttribute("aria-label", t.emoji);
    this.attachBtn.setAttribute("aria-label", t.attach);
    this.log.setAttribute("aria-label", t.messages);
  }

  private setLanguage(language: string): void {
    // the widget's own lang and dir: an Arabic widget on an English page still reads right to left
    this.t = STRINGS[language];
    this.root.lang = language;
    this.root.dir = RTL.includes(language) ? "rtl" : "ltr";
  }

  private showNotice(text: string, error = false): void {
    this.notice.textContent = text;
    this.notice.classList.toggle("error", error);
    this.notice.hidden = !text;
    if (text) this.live.textContent = text;
  }

  private disable(reason: string): void {
    this.fatal = true;
    this.input.disabled = true;
    this.sendBtn.disabled = true;
    this.endBtn.hidden = true;
    this.showNotice(reason, true);
    this.emit("error", { message: reason });
  }

  // --- pre-chat form, proactive message, transcript by e-mail ----------------------------------------

  private showPreChat(error?: string): void {
    // the chatbot's questions replace the composer until they are answered; the server checks them again
    const fields = this.config?.pre_chat_form || [];
    const form = this.preChat || (this.preChat = h("form", { class: "prechat", novalidate: "" }));
    const previous = new Map(Array.from(form.querySelectorAll("input"), (i) => [i.name, i.value])); // asked again: keep the answers
    form.replaceChildren(h("p", {}, this.t.details));
    if (error) form.append(h("p", { class: "error", role: "alert" }, error));
    const types: Record<string, string> = { name: "text", email: "email", phone: "tel", text: "text" };
    const auto: Record<string, string> = { name: "name", email: "email", phone: "tel", text: "off" };
    for (const f of fields) {
      const label = h("label", {}, f.required ? `${f.label} *` : f.label);
      const kind = f.kind || "text";
      const input = h("input", { name: f.key, type: types[kind], autocomplete: auto[kind], maxlength: "500" });
      if (f.required) input.required = true;
      input.value = previous.get(f.key) || "";
      label.append(input);
      form.append(label);
    }
    form.append(h("button", { type: "submit" }, this.t.startChat));
    form.onsubmit = (e) => {
      e.preventDefault();
      if (!form.reportValidity()) return;
      const details: Record<string, string> = {};
      for (const input of Array.from(form.querySelectorAll("input"))) if (input.value.trim()) details[input.name] = input.value.trim();
      this.store.update({ details });
      form.hidden = true;
      this.form.hidden = false;
      this.input.focus();
      void this.ready.then(() => this.ensureSession());
    };
    form.hidden = false;
    this.form.hidden = true;
    if (!form.isConnected) this.form.before(form);
    if (!this.panel.hidden) (form.querySelector("input") as HTMLElement | null)?.focus();
  }

  private scheduleProactive(): void {
    const key = `parley:${this.publicId}:proactive`;
    let dismissed = false;
    try {
      dismissed = !!window.sessionStorage.getItem(key);
    } catch {
      /* storage blocked: show it once per page */
    }
    const path = location.pathname;
    const rule = (this.config?.proactive_messages || []).find((m) =>
      m.path === "*" || m.path === path || (m.path.endsWith("*") && path.startsWith(m.path.slice(0, -1))),
    );
    if (!rule || dismissed) return;
    window.setTimeout(() => {
      if (!this.panel.hidden || this.proactive) return;
      const bubble = (this.proactive = h("div", { class: "proactive", role: "status" }));
      const text = h("button", { type: "button", class: "say" }, rule.message);
      text.addEventListener("click", () => this.open());
      const x = h("button", { type: "button", class: "x", "aria-label": this.t.dismiss }, "✕");
      x.addEventListener("click", () => this.dismissProactive());
      bubble.append(text, x);
      this.launcher.before(bubble);
      this.emit("proactive", { message: rule.message });
    }, (rule.delay_seconds ?? 10) * 1000);
  }

  private dismissProactive(): void {
    if (!this.proactive) return;
    this.proactive.remove();
    try {
      window.sessionStorage.setItem(`parley:${this.publicId}:proactive`, "1"); // not again in this visit
    } catch {
      /* storage blocked */
    }
  }

  private async askTranscript(): Promise<void> {
    await this.ready.then(() => this.ensureSession());
    const s = this.session;
    if (!s) return this.showNotice(this.t.transcriptFailed, true);
    const box = h("form", { class: "mailto" });
    const input = h("input", { type: "email", required: "", autocomplete: "email", "aria-label": this.t.emailAddress, placeholder: this.t.emailAddress });
    input.value = this.store.data.details?.email || this.identity.email || "";
    box.append(input, h("button", { type: "submit" }, this.t.send));
    box.onsubmit = async (e) => {
      e.preventDefault();
      if (!box.reportValidity()) return;
      const email = input.value.trim();
      const r = await emailWidgetTranscript({
        client: this.client,
        path: { public_id: this.publicId, session_id: s.session.id },
        headers: { "X-Visitor-Token": s.visitor_token },
        body: { email },
      }).catch(() => undefined);
      box.remove();
      const ok = r?.response.status === 202;
      this.showNotice(ok ? format(this.t.transcriptSent, email) : this.t.transcriptFailed, !ok);
    };
    this.panel.querySelector(".mailto")?.remove();
    this.form.before(box);
    input.focus();
  }

  // --- configuration and session ------------------------------------------------------------------

  private async loadConfig(): Promise<void> {
    let result;
    try {
      result = await widgetConfig({ client: this.client, path: { public_id: this.publicId } });
    } catch {
      this.setLanguage(pickLanguage([], this.forcedLanguage));
      this.applyStrings();
      this.disable(this.t.unavailable);
      return;
    }
    if (!result.data) {
      const status = result.response?.status;
      this.setLanguage(pickLanguage([], this.forcedLanguage));
      this.applyStrings();
      this.disable(status === 404 ? this.t.notFound : status === 403 ? this.t.forbidden : this.t.unavailable);
      console.warn(`[parley] chat unavailable (${status}): ${(result.error as any)?.detail || ""}`);
      return;
    }
    const config = (this.config = result.data);
    this.setLanguage(pickLanguage(config.languages, this.forcedLanguage));
    const a = config.appearance;
    this.root.style.setProperty("--pc", a.primary_color);
    this.root.style.setProperty("--tc", a.text_color);
    this.root.classList.toggle("left", a.position === "bottom-left");
    this.root.classList.remove("auto", "dark", "light");
    this.root.classList.add(a.theme);
    const avatar = a.avatar_url && safeUrl(a.avatar_url);
    if (avatar) {
      const img = h("img", { src: avatar, alt: "" });
      this.launcher.prepend(img);
      this.titleEl.before(h("img", { src: avatar, alt: "" }));
    }
    this.applyStrings();
    if (!this.store.persistent) this.showNotice(this.t.storage);
    if (config.welcome_message) this.addSystemBubble(config.welcome_message, "welcome");
    if (!config.open_now) this.addBubble("away", config.away_message || this.t.away, "system").el.classList.add("away");
    this.transcriptBtn.hidden = !config.transcript_by_email;
    if (config.pre_chat_form.length && !this.store.data.visitor_token && !this.store.data.details) this.showPreChat();
    this.scheduleProactive();
    this.emit("ready", { config });
    if (this.store.data.outbox.length || this.store.data.visitor_token) void this.ensureSession();
  }

  private ensureSession(): Promise<void> {
    if (this.fatal || this.session || (this.preChat && !this.preChat.hidden)) return Promise.resolve();
    if (!this.starting) {
      this.starting = this.startSession().finally(() => {
        this.starting = undefined;
      });
    }
    return this.starting;
  }

  private async startSession(): Promise<void> {
    if (!navigator.onLine) {
      this.showNotice(this.t.offline);
      return;
    }
    const saved = this.store.data;
    const body: Record<string, unknown> = { language: pickLanguage(this.config?.languages || [], this.forcedLanguage) };
    if (saved.visitor_token) body.visitor_token = saved.visitor_token;
    if (this.identity.name) body.name = this.identity.name.slice(0, 120);
    if (this.identity.email) body.email = this.identity.email;
    let tz: string | undefined;
    try {
      tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {}
    if (this.identity.metadata || tz) body.metadata = { ...this.identity.metadata, ...(tz ? { time_zone: tz } : {}) };
    if (saved.details) body.details = saved.details;
    let result;
    try {
      result = await startWidgetSession({ client: this.client, path: { public_id: this.publicId }, body: body as any });
    } catch {
      this.scheduleReconnect();
      return;
    }
    if (!result.data) {
      const status = result.response?.status;
      if (status === 401 && saved.visitor_token) {
        this.store.update({ visitor_token: undefined, session_id: undefined, last_seq: 0 });
        return this.startSession();
      }
      if (status === 422 && this.config?.pre_chat_form.length) {
        // the server refused the pre-chat answers: ask again, saying why
        this.store.update({ details: undefined });
        this.showPreChat((result.error as any)?.detail || this.t.checkForm);
        return;
      }
      this.disable(status === 404 ? this.t.notFound : status === 403 ? this.t.forbidden : this.t.unavailable);
      return;
    }
    const session = (this.session = result.data);
    if (saved.session_id !== session.session.id) this.store.update({ last_seq: 0 });
    this.store.update({ visitor_token: session.visitor_token, session_id: session.session.id });
    this.lastSeq = this.store.data.last_seq || 0;
    for (const e of session.history) this.renderHistory(e);
    for (const o of this.store.data.outbox) this.renderOwn(o.client_id, o.content, "queued", o.attachments);
    this.closedSession = session.session.status === "closed";
    this.emit("session", { session_id: session.session.id, returning: session.returning });
    this.connect();
  }

  // --- transport ---------------------------------------------------------------------------------------

  private connect(): void {
    if (!this.session || this.fatal || this.polling) return;
    if (!navigator.onLine) {
      this.showNotice(this.t.offline);
      return;
    }
    window.clearTimeout(this.retryTimer);
    const s = this.session;
    const params = new URLSearchParams({
      token: s.visitor_token,
      session_id: s.session.id,
      after_seq: String(this.lastSeq),
      public_id: this.publicId,
    });
    let ws: WebSocket;
    try {
      ws = new WebSocket(`${this.api.replace(/^http/, "ws")}/v1/ws/visitor?${params}`);
    } catch {
      this.startPolling();
      return;
    }
    this.ws = ws;
    ws.onmessage = (m) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(m.data));
      } catch {
        return;
      }
      this.onFrame(frame);
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      this.connected = false;
      this.emit("disconnected", { code: ev.code });
      if (ev.code === 4401) {
        // the visitor token expired: enter again with it (history stays) and reconnect
        this.session = undefined;
        void this.ensureSession();
        return;
      }
      if (ev.code === 4403 || ev.code === 4404) {
        this.disable(ev.code === 4403 ? this.t.forbidden : this.t.notFound);
        return;
      }
      if (!this.everOpened && this.attempts >= 2) {
        this.startPolling(); // WebSockets seem blocked on this network
        return;
      }
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.fatal) return;
    if (!navigator.onLine) {
      this.showNotice(this.t.offline);
      return;
    }
    this.attempts += 1;
    const delay = Math.min(15000, 500 * 2 ** Math.min(this.attempts, 5)) * (0.75 + Math.random() * 0.5);
    this.showNotice(this.t.reconnecting);
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => (this.session ? this.connect() : void this.ensureSession()), delay);
  }

  private onOffline(): void {
    this.showNotice(this.t.offline);
    this.connected = false;
    const ws = this.ws;
    this.ws = undefined;
    ws?.close();
    this.emit("offline");
  }

  private onOnline(): void {
    this.showNotice("");
    this.attempts = 0;
    if (this.session) this.connect();
    else void this.ensureSession();
    this.emit("online");
  }

  private sendFrame(frame: ClientFrame): boolean {
    if (this.ws && this.connected && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  private flushOutbox(): void {
    for (const item of this.store.data.outbox) this.transmit(item.client_id, item.content, item.attachments);
  }

  private transmit(clientId: string, content: string, files?: FileRef[]): boolean {
    const attachments = (files || []).map((f) => ({ id: f.id }));
    if (this.polling) void this.postOverHttp(clientId, content, attachments);
    else if (this.sendFrame({ type: "message", client_id: clientId, content, attachments })) this.setState(clientId, "sending");
    else return false;
    return true;
  }

  // --- long-polling fallback ---------------------------------------------------------------------

  private startPolling(): void {
    if (this.polling || !this.session) return;
    this.polling = true;
    this.emit("polling");
    this.showNotice("");
    this.flushOutbox();
    void this.pollLoop();
  }

  private async pollLoop(): Promise<void> {
    while (this.polling && this.session && !this.fatal) {
      const s = this.session;
      try {
        const r = await pollWidgetEvents({
          client: this.client,
          path: { public_id: this.publicId, session_id: s.session.id },
          query: { after_seq: this.lastSeq, wait: 25 },
          headers: { "X-Visitor-Token": s.visitor_token },
        });
        if (r.data) {
          for (const f of r.data.events) this.onFrame(f as ServerFrame);
          this.connected = true;
        } else await new Promise((ok) => setTimeout(ok, 3000));
      } catch {
        await new Promise((ok) => setTimeout(ok, 3000));
      }
    }
  }

  private async postOverHttp(clientId: string, content: string, attachments: { id: string }[]): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.setState(clientId, "sending");
    try {
      const r = await postWidgetMessage({
        client: this.client,
        path: { public_id: this.publicId, session_id: s.session.id },
        headers: { "X-Visitor-Token": s.visitor_token },
        body: { client_id: clientId, content, attachments },
      });
      if (r.data) this.onAck(clientId, r.data.seq);
      else this.setState(clientId, "failed");
    } catch {
      this.setState(clientId, "queued");
    }
  }

  // --- frames --------------------------------------------------------------------------------------

  private onStream(f: { type: string; reply_id?: string; index?: number; delta?: string; ok?: boolean }): void {
    // AI replies stream as ephemeral frames before the stored `message` (same reply_id in its data)
    if (!f.reply_id) return;
    if (f.type === "ai_typing") this.peerTyping(true);
    else if (f.type === "ai_delta" && typeof f.delta === "string") {
      let stream = this.streams.get(f.reply_id);
      if (!stream) {
        const entry = this.addBubble(`reply:${f.reply_id}`, "", "them");
        entry.el.setAttribute("aria-busy", "true");
        stream = { entry, parts: [] };
        this.streams.set(f.reply_id, stream);
      }
      stream.parts[f.index || 0] = f.delta;
      this.peerTyping(false);
      stream.entry.body!.replaceChildren(renderMarkdown(document, stream.parts.join("")));
      this.log.scrollTop = this.log.scrollHeight;
    } else if (f.type === "ai_done" && !f.ok) {
      const stream = this.streams.get(f.reply_id);
      stream?.entry.el.remove();
      this.streams.delete(f.reply_id);
      this.peerTyping(false);
    }
  }

  private onFrame(f: ServerFrame): void {
    if (String(f.type).startsWith("ai_")) return this.onStream(f as any);
    // An ack's seq counts too: the server sends everything before it first, and the sender's own
    // message reaches it only as the ack.
    if ("seq" in f && typeof f.seq === "number") {
      if (f.seq > this.lastSeq) {
        this.lastSeq = f.seq;
        this.store.update({ last_seq: f.seq });
      }
    }
    switch (f.type) {
      case "ready":
        this.connected = true;
        this.everOpened = true;
        this.attempts = 0;
        this.showNotice(this.store.persistent ? "" : this.t.storage);
        if (f.status === "closed") this.sessionEnded();
        if (f.status !== "queued") this.queueEl.hidden = true;
        this.emit("connected", { session_id: f.session_id });
        break;
      case "caught_up":
        this.flushOutbox();
        this.markRead();
        break;
      case "ack":
        this.onAck(f.client_id, f.seq);
        break;
      case "message":
        this.onMessage(f);
        break;
      case "delivered":
      case "read": {
        const who = f.type === "read" ? f.reader : f.by;
        if (who !== "visitor") this.markOwn(f.up_to_seq, f.type);
        break;
      }
      case "typing":
        if (f.role === "operator") this.peerTyping(f.state === "start");
        break;
      case "status":
        this.emit("status", { status: f.status });
        if (f.status !== "queued") this.queueEl.hidden = true;
        if (f.status === "assigned") this.addBubble(f.id, this.t.joined, "system");
        if (f.status === "closed") this.sessionEnded();
        break;
      case "queue": {
        // waiting for a person: place in line and expected wait, or the away message
        const q = f as any;
        this.queueEl.textContent = q.away
          ? String(q.message || this.t.away)
          : `${format(this.t.inLine, q.position)}, ${format(this.t.wait, Math.max(1, Math.ceil(q.expected_wait_seconds / 60)))}`;
        this.queueEl.hidden = false;
        break;
      }
      case "ping":
        this.sendFrame({ type: "pong" });
        break;
      case "error":
        if (f.client_id) {
          this.setState(f.client_id, "failed");
          this.store.dequeue(f.client_id);
        }
        if (f.code === "session_closed") this.sessionEnded();
        console.warn(`[parley] ${f.code}: ${f.message}`);
        this.emit("error", { code: f.code, message: f.message });
        break;
    }
  }

  private onAck(clientId: string, seq: number): void {
    this.store.dequeue(clientId);
    const entry = this.entries.get(clientId);
    if (entry) {
      entry.seq = seq;
      if (entry.state !== "delivered" && entry.state !== "read") this.setState(clientId, "sent");
    }
    this.emit("sent", { client_id: clientId, seq });
  }

  private onMessage(f: MessageEvent): void {
    const mine = f.sender === "customer";
    if (mine && f.client_id) {
      const entry = this.entries.get(f.client_id);
      this.store.dequeue(f.client_id);
      if (entry) {
        entry.seq = f.seq;
        if (entry.state === "queued" || entry.state === "sending") this.setState(f.client_id, "sent");
        return;
      }
    }
    if (this.entries.has(f.id)) return;
    const data = (f as any).data || {};
    const citations = (f as any).citations || data.citations;
    const stream = data.reply_id ? this.streams.get(data.reply_id) : undefined;
    if (stream) {
      this.streams.delete(data.reply_id);
      stream.entry.el.remove();
      this.entries.delete(`reply:${data.reply_id}`);
    }
    const entry = this.addBubble(
      mine ? f.client_id || f.id : f.id, f.content, mine ? "me" : f.sender === "system" ? "system" : "them", citations, f.attachments,
    );
    if (f.sender === "human") entry.el.prepend(this.who(data));
    if (f.sender === "ai") slotButtons(entry.el, data, (t) => this.send(t), this.root.lang);
    if (f.sender === "system") {
      this.paymentCard(entry, data);
      this.rateCard(f.id, entry, data);
      const s = this.session; // the away message: a form to leave an e-mail address (away.ts)
      if (s) awayForm(entry.el, data, { client: this.client, publicId: this.publicId, sessionId: s.session.id, token: s.visitor_token,
        language: this.root.lang, email: this.store.data.details?.email || this.identity.email, announce: (t) => (this.live.textContent = t) });
    }
    entry.seq = f.seq;
    if (mine) this.setState(f.client_id || f.id, "sent");
    else {
      this.peerTyping(false);
      this.sendFrame({ type: "receipt", status: "delivered", up_to_seq: f.seq });
      this.markRead();
      if (this.panel.hidden) {
        this.setUnread(this.unread + 1);
        this.chime();
      }
      this.emit("message", { sender: f.sender, content: f.content, seq: f.seq, attachments: f.attachments });
    }
  }

  private markRead(): void {
    if (this.panel.hidden || document.visibilityState === "hidden" || !this.connected) return;
    let upTo = 0;
    for (const e of this.entries.values()) if (!e.mine && e.seq && e.seq > upTo) upTo = e.seq;
    if (upTo > 0) this.sendFrame({ type: "receipt", status: "read", up_to_seq: upTo });
  }

  private markOwn(upTo: number, state: "delivered" | "read"): void {
    for (const [key, e] of this.entries) {
      if (e.mine && e.seq && e.seq <= upTo && e.state !== "read") this.setState(key, state);
    }
  }

  private peerTyping(on: boolean): void {
    window.clearTimeout(this.peerTypingTimer);
    this.typingEl.textContent = on ? `${this.config?.name || ""} ${this.t.typing}`.trim() : "";
    if (on) this.peerTypingTimer = window.setTimeout(() => this.peerTyping(false), 8000);
  }

  private typing(): void {
    if (!this.typingSent && this.input.value) {
      this.typingSent = this.sendFrame({ type: "typing", state: "start" });
    }
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(() => {
      if (this.typingSent) this.sendFrame({ type: "typing", state: "stop" });
      this.typingSent = false;
    }, 2500);
  }

  // --- messages ------------------------------------------------------------------------------------

  private submit(): void {
    if (this.fatal || (this.preChat && !this.preChat.hidden)) return;
    let content = this.input.value.trim();
    if (!content) return;
    if (content.length > MAX_CHARS) {
      content = content.slice(0, MAX_CHARS);
      this.showNotice(format(this.t.tooLong, MAX_CHARS));
    }
    this.input.value = "";
    if (this.typingSent) this.sendFrame({ type: "typing", state: "stop" });
    this.typingSent = false;
    this.send(content);
  }

  private send(content: string, files?: FileRef[], local?: File): void {
    if (this.closedSession) this.newConversation();
    const clientId = uid();
    this.store.enqueue({ client_id: clientId, content, created_at: new Date().toISOString(), attachments: files });
    this.renderOwn(clientId, content, "queued", files, local);
    if (!this.transmit(clientId, content, files)) void this.ready.then(() => this.ensureSession());
    this.emit("send", { client_id: clientId, content, attachments: files });
    this.track("first_message");
  }

  private renderOwn(clientId: string, content: string, state: DeliveryState, files?: FileRef[], local?: File): void {
    if (this.entries.has(clientId)) return;
    this.addBubble(clientId, content, "me", undefined, files, local);
    this.setState(clientId, state);
  }

  // --- files -----------------------------------------------------------------------------------------

  private async sendFile(file: File): Promise<void> {
    if (this.fatal) return;
    if (this.closedSession) this.newConversation();
    await this.ready;
    await this.ensureSession();
    const s = this.session;
    if (!s) return this.showNotice(this.t.uploadFailed, true);
    const tooBig = format(this.t.tooBig, Math.floor(s.attachments.max_bytes / 1048576));
    if (file.size > s.attachments.max_bytes) return this.showNotice(tooBig, true);
    this.showNotice("");
    this.uploadLabel.textContent = format(this.t.uploading, file.name);
    this.uploadBar.value = 0;
    this.upload.hidden = false;
    this.attachBtn.disabled = true;
    const body = new FormData();
    body.append("file", file, file.name);
    // XMLHttpRequest, not fetch: only it reports upload progress
    const { status, data } = await new Promise<{ status: number; data?: any }>((done) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `${this.api}/v1/widget/${encodeURIComponent(this.publicId)}/sessions/${s.session.id}/attachments`);
      xhr.setRequestHeader("X-Visitor-Token", s.visitor_token);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) this.uploadBar.value = Math.round((100 * e.loaded) / e.total);
      };
      xhr.onload = () => {
        let data;
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          /* not JSON: a proxy's error page */
        }
        done({ status: xhr.status, data });
      };
      xhr.onerror = xhr.onabort = () => done({ status: 0 });
      xhr.send(body);
    });
    this.upload.hidden = true;
    this.attachBtn.disabled = false;
    if (status !== 201 || !data) {
      this.showNotice(status === 413 ? tooBig : status === 415 ? this.t.badType : this.t.uploadFailed, true);
      if (data?.detail) console.warn(`[parley] upload refused (${status}): ${data.detail}`);
      this.emit("error", { code: "upload", status, message: data?.detail });
      return;
    }
    const ref: FileRef = { id: data.id, name: data.name, content_type: data.content_type, size: data.size };
    this.live.textContent = format(this.t.uploaded, ref.name);
    this.emit("uploaded", ref);
    this.send("", [ref], file);
  }

  private fileUrl(id: string): Promise<string | null> {
    let url = this.blobs.get(id);
    const s = this.session;
    if (!url && s) {
      url = fetch(`${this.api}/v1/widget/${encodeURIComponent(this.publicId)}/attachments/${encodeURIComponent(id)}`, {
        headers: { "X-Visitor-Token": s.visitor_token },
      })
        .then((r) => (r.ok ? r.blob() : null))
        .then((b) => (b ? URL.createObjectURL(b) : null))
        .catch(() => null);
      this.blobs.set(id, url);
      void url.then((u) => u || this.blobs.delete(id));
    }
    return url || Promise.resolve(null);
  }

  private files(list: FileView[], local?: File): HTMLElement {
    // names are text nodes and attributes only, never markup
    const box = h("div", { class: "files" });
    for (const f of list.slice(0, 10)) {
      const name = String(f.name || f.url || "file").slice(0, 255);
      if (f.id && IMAGE.test(f.content_type || "")) {
        const img = h("img", { class: "thumb", alt: name });
        box.append(img);
        void (local ? Promise.resolve(URL.createObjectURL(local)) : this.fileUrl(f.id)).then((u) => {
          if (u) img.src = u;
          else img.replaceWith(document.createTextNode(name));
        });
      } else if (f.id) {
        const id = f.id;
        const link = h("a", { href: "#", class: "file", download: name, "aria-label": format(this.t.download, name) }, name);
        link.addEventListener("click", async (e) => {
          if (link.dataset.ready) return;
          e.preventDefault();
          const u = await this.fileUrl(id);
          if (!u) return this.showNotice(this.t.uploadFailed, true);
          link.href = u;
          link.dataset.ready = "1";
          link.click();
        });
        box.append(link);
      } else {
        const href = f.url ? safeUrl(f.url) : null;
        box.append(href ? h("a", { href, class: "file", target: "_blank", rel: "noopener noreferrer nofollow" }, name) : document.createTextNode(name));
      }
    }
    return box;
  }

  private who(data: Record<string, unknown>): HTMLElement {
    // the operator's picture (https only) or their initials, then their name
    const name = String(data.sender_name || this.t.agent);
    const who = h("span", { class: "who" });
    const initials = h("span", { class: "av", "aria-hidden": "true" });
    initials.dataset.i = name.split(/\s+/).map((w) => w.charAt(0)).join("").slice(0, 2).toUpperCase();
    const url = typeof data.sender_avatar_url === "string" && /^https:\/\//i.test(data.sender_avatar_url) ? safeUrl(data.sender_avatar_url) : null;
    if (url) {
      const img = h("img", { class: "av", src: url, alt: name, referrerpolicy: "no-referrer" });
      img.addEventListener("error", () => img.replaceWith(initials));
      who.append(img);
    } else who.append(initials);
    who.append(document.createTextNode(name));
    return who;
  }

  private renderHistory(e: HistoryEvent): void {
    if (e.kind !== "message" || (!e.content && !e.attachments?.length)) return;
    const mine = e.sender === "customer";
    const key = mine && e.client_id ? e.client_id : e.id;
    if (this.entries.has(key) || this.entries.has(e.id)) return;
    const entry = this.addBubble(key, e.content || "", mine ? "me" : e.sender === "system" ? "system" : "them", (e.data as any)?.citations, e.attachments);
    if (e.sender === "human") entry.el.prepend(this.who(e.data || {}));
    if (e.sender === "ai") slotButtons(entry.el, e.data || {}, (t) => this.send(t), this.root.lang);
    if (e.sender === "system") {
      this.paymentCard(entry, e.data || {});
      this.rateCard(e.id, entry, e.data || {});
    }
    if (mine) this.setState(key, e.read_at ? "read" : e.delivered_at ? "delivered" : "sent");
    entry.seq = undefined; // seqs of earlier conversations do not compare with this one's
  }

  // A payment request's card (system message data.payment): amount, what for, and a Pay button opening
  // Stripe's hosted page in a new tab while it is pending. A later status of the same payment updates
  // the earlier card (its button goes), so the card the visitor looked at never offers a stale Pay.
  private paymentCard(entry: Entry, data: any): void {
    const p = data && data.payment;
    if (!p || typeof p !== "object" || typeof p.id !== "string" || typeof p.amount !== "number" || typeof p.currency !== "string") return;
    const status = String(p.status || "");
    const earlier = this.payments.get(p.id);
    if (earlier && earlier !== entry.el) {
      earlier.querySelector(".pay-btn")?.remove();
      earlier.dataset.paymentStatus = status;
      const label = earlier.querySelector(".pay-status");
      if (label) label.textContent = status === "paid" ? this.t.paid : "";
    }
    entry.el.classList.add("payment");
    entry.el.dataset.paymentStatus = status;
    const card = h("div", { class: "pay" });
    card.append(h("strong", { class: "pay-amount" }, money(p.amount, p.currency, this.root.lang || "en")));
    if (typeof p.description === "string") card.append(h("span", { class: "pay-for" }, p.description.slice(0, 200)));
    card.append(h("span", { class: "pay-status" }, status === "paid" ? this.t.paid : ""));
    const href = status === "pending" && typeof p.url === "string" ? safeUrl(p.url) : null;
    if (href) card.append(h("a", { class: "pay-btn", href, target: "_blank", rel: "noopener noreferrer" }, this.t.pay));
    entry.el.append(card);
    if (!earlier || status !== "pending") this.payments.set(p.id, entry.el);
  }

  // A rating request (system message data.csat_request, after a person hands back or closes): 1-5
  // buttons posting the visitor's CSAT; each request is answered once (remembered per message id).
  private rateCard(id: string, entry: Entry, data: any): void {
    const s = this.session;
    if (!data?.csat_request || !s || this.store.data.rated?.includes(id)) return;
    const box = h("div", { class: "stars", role: "group", "aria-label": this.t.rate });
    for (let n = 1; n <= 5; n++) {
      const b = h("button", { type: "button", "aria-label": format(this.t.star, n) }, String(n));
      b.addEventListener("click", async () => {
        box.querySelectorAll("button").forEach((x) => (x.disabled = true));
        const r = await rateWidgetSession({
          client: this.client,
          path: { public_id: this.publicId, session_id: s.session.id },
          headers: { "X-Visitor-Token": s.visitor_token },
          body: { rating: n, comment: null },
        }).catch(() => undefined);
        if (r && r.response.ok) {
          this.store.update({ rated: [...(this.store.data.rated || []), id].slice(-20) });
          box.replaceWith(h("p", { class: "rated" }, this.t.thanks));
          this.live.textContent = this.t.thanks;
          this.emit("rated", { rating: n });
        } else box.querySelectorAll("button").forEach((x) => (x.disabled = false));
      });
      box.append(b);
    }
    entry.el.append(box);
  }

  private addSystemBubble(text: string, key: string): void {
    if (!this.entries.has(key)) this.addBubble(key, text, "them");
  }

  private addBubble(key: string, content: string, who: "me" | "them" | "system", citations?: unknown, attached?: FileView[], local?: File): Entry {
    const el = h("div", { class: `msg ${who}` });
    const label = h("span", { class: "sr" }, who === "me" ? `${this.t.you}: ` : `${this.config?.name || ""}: `);
    const body = h("div", { dir: "auto" }); // each message reads in its own script's direction
    body.append(renderMarkdown(document, content));
    el.append(label, body);
    if (attached?.length) el.append(this.files(attached, local));
    if (Array.isArray(citations) && citations.length) {
      const box = h("div", { class: "sources" }, `${this.t.sources}:`);
      const list = h("ol");
      const seen = new Set<string>();
      for (const c of citations.slice(0, 10)) {
        if (!c || typeof c !== "object") continue;
        const href = typeof c.url === "string" ? safeUrl(c.url) : null;
        const title = String(c.title || href || "").slice(0, 200);
        if (!title || seen.has(title + href)) continue;
        seen.add(title + href);
        const li = h("li");
        li.append(href ? h("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, title) : document.createTextNode(title));
        list.append(li);
      }
      box.append(list);
      if (seen.size) el.append(box);
    }
    const entry: Entry = { el, body, mine: who === "me" };
    this.entries.set(key, entry);
    this.log.append(el);
    this.log.scrollTop = this.log.scrollHeight;
    return entry;
  }

  private setState(key: string, state: DeliveryState): void {
    const entry = this.entries.get(key);
    if (!entry || !entry.mine) return;
    entry.state = state;
    if (!entry.stateEl) {
      entry.stateEl = h("span", { class: "state" });
      entry.el.append(entry.stateEl);
    }
    entry.el.dataset.state = state;
    entry.stateEl.textContent = this.t[state];
  }

  // --- ending and CSAT -------------------------------------------------------------------------------

  private endChat(): void {
    if (!this.sendFrame({ type: "status", status: "closed" })) this.sessionEnded();
  }

  private sessionEnded(): void {
    if (this.closedSession && !this.csat.hidden) return;
    this.closedSession = true;
    this.csat.replaceChildren();
    const s = this.session;
    const p = h("p", { id: "parley-csat" }, `${this.t.ended} ${this.t.rate}`);
    const stars = h("div", { class: "stars", role: "group", "aria-labelledby": "parley-csat" });
    let rating = 0;
    const buttons: HTMLButtonElement[] = [];
    for (let n = 1; n <= 5; n++) {
      const b = h("button", { type: "button", "aria-pressed": "false", "aria-label": format(this.t.star, n) }, "★");
      b.addEventListener("click", () => {
        rating = n;
        buttons.forEach((x, i) => x.setAttribute("aria-pressed", String(i < n)));
      });
      buttons.push(b);
      stars.append(b);
    }
    const comment = h("textarea", { "aria-label": this.t.comment, placeholder: this.t.comment, maxlength: "2000" });
    const go = h("button", { type: "button", class: "go" }, this.t.submit);
    go.addEventListener("click", async () => {
      if (!rating || !s) return;
      go.disabled = true;
      const r = await rateWidgetSession({
        client: this.client,
        path: { public_id: this.publicId, session_id: s.session.id },
        headers: { "X-Visitor-Token": s.visitor_token },
        body: { rating, comment: comment.value.trim() || null },
      }).catch(() => undefined);
      if (r && r.response.ok) {
        this.csat.replaceChildren(h("p", {}, this.t.thanks));
        this.live.textContent = this.t.thanks;
        this.emit("rated", { rating });
      } else go.disabled = false;
    });
    this.csat.append(p, stars, comment, go);
    this.csat.hidden = false;
    this.endBtn.hidden = true;
  }

  private newConversation(): void {
    // the next message starts a new conversation for the same visitor (history stays)
    const ws = this.ws;
    this.ws = undefined;
    ws?.close();
    this.polling = false;
    this.connected = false;
    this.session = undefined;
    this.closedSession = false;
    this.csat.hidden = true;
    this.endBtn.hidden = false;
    this.store.update({ session_id: undefined, last_seq: 0 });
    this.lastSeq = 0;
  }
}

function boot(): void {
  const w = window as any;
  if (w.Parley && w.Parley.__widget) return; // the script was included twice
  const el = script || (document.querySelector("script[data-public-id]") as HTMLScriptElement | null);
  const publicId = el?.dataset.publicId;
  if (!publicId) {
    console.error("[parley] the widget script needs a data-public-id attribute");
    return;
  }
  const api = el?.dataset.api || new URL(el!.src, location.href).origin;
  const widget = new Widget(publicId, api, el?.dataset.language || null);
  const ns = {
    __widget: widget,
    version: __VERSION__,
    open: () => widget.open(),
    close: () => widget.close(),
    toggle: () => widget.toggle(),
    identify: (who: Identity) => widget.identify(who),
    on: (name: string, fn: Listener) => widget.on(name, fn),
    off: (name: string, fn: Listener) => widget.off(name, fn),
    get state() {
      return widget.state;
    },
  };
  w.Parley = ns;
  if (el?.dataset.open === "true") widget.open();
}

try {
  if (document.body) boot();
  else document.addEventListener("DOMContentLoaded", boot, { once: true });
} catch (e) {
  console.error("[parley] the chat widget failed to start", e); // never break the host page
}

/** An amount in the currency's minor unit, written the visitor's way (15,00 €; ¥1,500). */
function money(minor: number, currency: string, language: string): string {
  const code = currency.toUpperCase();
  try {
    const digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(language, { style: "currency", currency: code }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 100).toFixed(2)} ${code}`;
  }
}
