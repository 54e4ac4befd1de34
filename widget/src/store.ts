// Persistence per chatbot in localStorage: the visitor token (history for returning visitors), the
// last seq seen (resume), and the outbox (messages typed while offline, sent once on reconnect).
// When the browser blocks storage everything lives in memory and the UI says so.

export interface FileRef {
  id: string;
  name: string;
  content_type: string;
  size: number;
}

export interface Outgoing {
  client_id: string;
  content: string;
  created_at: string;
  attachments?: FileRef[]; // already uploaded: the message only refers to them
}

export interface Saved {
  visitor_token?: string;
  session_id?: string;
  last_seq?: number;
  outbox: Outgoing[];
  muted?: boolean; // the visitor turned the new-message sound off
  rated?: string[]; // rating requests (message ids) the visitor answered
  details?: Record<string, string>; // answers to the pre-chat form, sent when a conversation starts
}

export class Store {
  readonly persistent: boolean;
  private key: string;
  private memory: Saved = { outbox: [] };

  constructor(publicId: string) {
    this.key = `parley:${publicId}`;
    let ok = false;
    try {
      const probe = `${this.key}:probe`;
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      ok = true;
    } catch {
      ok = false;
    }
    this.persistent = ok;
    if (ok) {
      try {
        const raw = window.localStorage.getItem(this.key);
        if (raw) this.memory = { outbox: [], ...JSON.parse(raw) };
      } catch {
        /* corrupt entry: start afresh */
      }
    }
  }

  get data(): Saved {
    return this.memory;
  }

  update(change: Partial<Saved>): void {
    this.memory = { ...this.memory, ...change };
    if (!this.persistent) return;
    try {
      window.localStorage.setItem(this.key, JSON.stringify(this.memory));
    } catch {
      /* quota: keep going in memory */
    }
  }

  enqueue(item: Outgoing): void {
    this.update({ outbox: [...this.memory.outbox.filter((o) => o.client_id !== item.client_id), item] });
  }

  dequeue(clientId: string): void {
    if (this.memory.outbox.some((o) => o.client_id === clientId)) {
      this.update({ outbox: this.memory.outbox.filter((o) => o.client_id !== clientId) });
    }
  }
}
