// The minimal operator console: log in, go online, see the queue and your chats, take one, read its context,
// answer (with /shortcuts), hand back or close. Plain JavaScript over the REST API, refreshed every second.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { token: null, me: null, selected: null, timer: null };

  async function api(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    const data = text ? JSON.parse(text) : null;
    if (!r.ok) throw new Error((data && (data.detail || data.title)) || `HTTP ${r.status}`);
    return data;
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function chatButton(h) {
    const li = el("li");
    const b = el("button", `${h.reason || h.trigger} · ${h.language || "?"}${h.priority ? " · priority " + h.priority : ""}`);
    b.type = "button";
    b.dataset.conversation = h.conversation_id;
    b.setAttribute("aria-current", String(state.selected === h.conversation_id));
    b.addEventListener("click", () => select(h.conversation_id));
    li.append(b);
    return li;
  }

  async function refreshLists() {
    const [queue, mine] = await Promise.all([
      api("GET", "/v1/handoff/handoffs?status=queued&limit=50"),
      api("GET", "/v1/handoff/handoffs?status=assigned&mine=true&limit=50"),
    ]);
    $("queue").replaceChildren(...queue.items.map(chatButton));
    $("mine").replaceChildren(...mine.items.map(chatButton));
    $("queue-count").textContent = String(queue.items.length);
    $("mine-count").textContent = String(mine.items.length);
  }

  async function refreshChat() {
    if (!state.selected) return;
    const c = await api("GET", `/v1/handoff/conversations/${state.selected}/context`);
    $("chat").hidden = false;
    $("sidebar").hidden = false;
    $("chat-title").textContent = `${c.visitor && c.visitor.name ? c.visitor.name : "Visitor"} · ${c.status}`;
    $("summary").textContent = c.summary ? `Summary: ${c.summary}` : "";
    const mine = c.handoff && c.handoff.status === "assigned" && c.handoff.operator_id === state.me;
    $("take").hidden = mine || c.status === "closed";
    $("hand-back").hidden = !mine;
    $("close").hidden = c.status === "closed";
    const items = c.transcript.filter((e) => e.kind === "message").map((e) => {
      const who = { customer: "Visitor", ai: "AI", human: (e.data && e.data.sender_name) || "Operator", system: "System" }[e.sender];
      return el("li", `${who}: ${e.content || ""}`, e.sender);
    });
    const box = $("transcript");
    const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 4;
    box.replaceChildren(...items);
    if (atEnd) box.scrollTop = box.scrollHeight;
    const dl = $("customer");
    dl.replaceChildren();
    const v = c.visitor || {};
    const rows = [["Name", v.name], ["Email", v.email], ["Language", c.language], ["Browser", v.user_agent],
      ["Pages", (v.pages || []).join(", ")], ["Earlier chats", c.earlier_conversations.length],
      ...Object.entries(v.attributes || {}).map(([k, val]) => [k, typeof val === "object" ? JSON.stringify(val) : val])];
    for (const [k, val] of rows) if (val !== undefined && val !== null && val !== "") dl.append(el("dt", k), el("dd", val));
    $("notes").replaceChildren(...c.notes.map((n) => el("li", n.body)));
  }

  async function tick() {
    try {
      await refreshLists();
      await refreshChat();
    } catch (e) {
      $("chat-error").textContent = e.message;
    }
  }

  async function select(id) {
    state.selected = id;
    $("chat-error").textContent = "";
    await tick();
  }

  async function act(path) {
    $("chat-error").textContent = "";
    try {
      await api("POST", `/v1/handoff/conversations/${state.selected}/${path}`);
    } catch (e) {
      $("chat-error").textContent = e.message;
    }
    await tick();
  }

  $("login").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const tokens = await api("POST", "/v1/auth/login", { email: $("email").value, password: $("password").value });
      state.token = tokens.access_token;
      const me = await api("GET", "/v1/me");
      state.me = me.id || (me.user && me.user.id);
      $("who").textContent = me.name || (me.user && me.user.name) || "";
      await api("PATCH", "/v1/handoff/operators/me", { status: "online" });
      $("login").hidden = true;
      $("workspace").hidden = false;
      $("me").hidden = false;
      await tick();
      state.timer = setInterval(tick, 1000);
    } catch (e) {
      $("login-error").textContent = e.message;
    }
  });
  $("status").addEventListener("change", () => api("PATCH", "/v1/handoff/operators/me", { status: $("status").value }).then(tick));
  $("take").addEventListener("click", () => act("take"));
  $("hand-back").addEventListener("click", () => act("hand-back"));
  $("close").addEventListener("click", () => act("close"));
  $("composer").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("reply").value.trim();
    if (!text || !state.selected) return;
    try {
      const path = $("as-note").checked ? "notes" : "reply";
      await api("POST", `/v1/handoff/conversations/${state.selected}/${path}`, path === "notes" ? { body: text } : { content: text });
      $("reply").value = "";
      $("chat-error").textContent = "";
    } catch (e) {
      $("chat-error").textContent = e.message;
    }
    await tick();
  });
})();
