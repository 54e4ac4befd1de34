// Meeting slots the assistant offered (an AI message's data.slots: {time_zone, duration_minutes, slots:
// [{start, end, label}]}, in the visitor's zone) as buttons under the message. A click sends the choice as the
// visitor's next message (its wall-clock label and the exact slot, which book_meeting takes); the assistant
// then confirms and books. An offer's buttons are disabled once one is chosen, a newer offer arrives or the
// assistant reports a booking (data.booking; also when the history is shown again after a reload).

const STYLE = `.slots{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.slots .slot{border:1px solid var(--pc);border-radius:999px;padding:4px 10px;background:var(--bg);color:var(--fg);font-size:13px}
.slots .slot[aria-pressed=true]{background:var(--pc);color:var(--tc)}
.slots .slot:disabled{cursor:default;opacity:.6}.slots .slot[aria-pressed=true]:disabled{opacity:1}
.slots .slot:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.slots .tz{flex-basis:100%;font-size:12px;color:var(--muted)}`;

let current: HTMLElement | null = null; // the newest offer's buttons

function ensureStyle(el: HTMLElement): void {
  const root = el.getRootNode() as ShadowRoot | Document;
  if (!("querySelector" in root) || root.querySelector("style[data-slots]")) return;
  const style = document.createElement("style");
  style.dataset.slots = "";
  style.textContent = STYLE;
  (root instanceof ShadowRoot ? root : document.head).append(style);
}

function label(start: string, tz: string, lang: string, fallback: unknown): string {
  const when = new Date(start);
  if (Number.isNaN(when.getTime())) return typeof fallback === "string" ? fallback : start;
  try {
    return new Intl.DateTimeFormat(lang || undefined, {
      weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: tz,
    }).format(when);
  } catch {
    return typeof fallback === "string" ? fallback : start;
  }
}

/** Adds the offer's buttons to `bubble` (nothing when `data` offers no slots). */
export function slotButtons(bubble: HTMLElement, data: any, send: (text: string) => void, lang = "en"): void {
  if (data && data.booking) current?.querySelectorAll("button").forEach((x) => (x.disabled = true)); // booked: done
  const offer = data && data.slots;
  if (!offer || typeof offer !== "object" || !Array.isArray(offer.slots) || !offer.slots.length) return;
  const tz = typeof offer.time_zone === "string" ? offer.time_zone : "UTC";
  if (bubble.isConnected) ensureStyle(bubble);
  const box = document.createElement("div");
  box.className = "slots";
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", tz);
  for (const s of offer.slots.slice(0, 8)) {
    if (!s || typeof s.start !== "string") continue;
    const text = label(s.start, tz, lang, s.label);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "slot";
    b.dataset.start = s.start;
    b.setAttribute("aria-pressed", "false");
    b.textContent = text;
    b.addEventListener("click", () => {
      box.querySelectorAll("button").forEach((x) => (x.disabled = true));
      b.setAttribute("aria-pressed", "true");
      send(`${text} (${tz}) — ${s.start}`);
    });
    box.append(b);
  }
  if (!box.childElementCount) return;
  const zone = document.createElement("span");
  zone.className = "tz";
  zone.textContent = tz.replace(/_/g, " ");
  box.append(zone);
  current?.querySelectorAll("button").forEach((x) => (x.disabled = true)); // an older offer is stale now
  current = box;
  bubble.append(box);
  ensureStyle(bubble);
}
