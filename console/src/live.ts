// The operator WebSocket (/v1/ws/operator): authenticates with an `auth` frame (the token never goes in the URL),
// answers the server's heartbeat, follows the conversations the console has open (resuming after the last seq it
// saw when it reconnects) and hands every server frame to the console. Reconnects with backoff.
import type { ClientFrame, ServerFrame } from "../../clients/typescript/src/ws-frames.gen";

export type LiveState = "connecting" | "live" | "offline";

export class Live {
  private ws: WebSocket | null = null;
  private ready = false;
  private stopped = false;
  private backoff = 500;
  private follows = new Map<string, number>(); // conversation -> last seq seen
  private expired = false; // the server closed for an expired credential: renew before reconnecting

  constructor(
    private token: string,
    private onFrame: (frame: ServerFrame) => void,
    private onState: (state: LiveState) => void,
    private renew: () => Promise<string>,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }

  setToken(token: string): void {
    this.token = token;
    if (this.ready) this.send({ type: "auth", token });
  }

  follow(sessionId: string, afterSeq: number): void {
    const known = this.follows.get(sessionId);
    if (known !== undefined && known >= afterSeq) return;
    this.follows.set(sessionId, afterSeq);
    if (this.ready) this.send({ type: "subscribe", session_id: sessionId, after_seq: afterSeq });
  }

  unfollow(sessionId: string): void {
    if (!this.follows.delete(sessionId)) return;
    if (this.ready) this.send({ type: "unsubscribe", session_id: sessionId });
  }

  seen(sessionId: string, seq: number): void {
    const known = this.follows.get(sessionId);
    if (known !== undefined && seq > known) this.follows.set(sessionId, seq);
  }

  get connected(): boolean {
    return this.ready;
  }

  send(frame: ClientFrame): boolean {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  private async connect(): Promise<void> {
    this.onState("connecting");
    if (this.expired) {
      this.expired = false;
      try {
        this.token = await this.renew();
      } catch {
        /* the next attempt tries again */
      }
    }
    const url = new URL("/v1/ws/operator", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(url.toString());
    this.ws = ws;
    ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "auth", token: this.token } satisfies ClientFrame)));
    ws.addEventListener("message", (m) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(m.data)) as ServerFrame;
      } catch {
        return;
      }
      if (frame.type === "ping") this.send({ type: "pong" });
      if (frame.type === "error" && frame.code === "token_expired") this.expired = true;
      if (frame.type === "ready") {
        this.ready = true;
        this.backoff = 500;
        for (const [sessionId, afterSeq] of this.follows) this.send({ type: "subscribe", session_id: sessionId, after_seq: afterSeq });
        this.onState("live");
      }
      if (frame.type === "message" || frame.type === "status" || frame.type === "read") this.seen(frame.session_id, frame.seq);
      this.onFrame(frame);
    });
    ws.addEventListener("close", (c) => {
      if (this.ws !== ws) return;
      if (c.code === 4401) this.expired = true;
      this.ready = false;
      this.ws = null;
      this.onState("offline");
      if (this.stopped) return;
      setTimeout(() => void this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 15_000);
    });
  }
}
