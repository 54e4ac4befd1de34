// The minimal operator console: log in, go online, see the queue and your chats, take one, read its context,
// answer (with /shortcuts), hand back or close; request a payment in the conversation and follow its status, and
// (owners and admins, who hold payments:refund) refund it in full or in part. Plain JavaScript over the REST API,
// refreshed every second; the API's problem+json detail is shown on any refusal.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { token: null, me: null, role: null, selected: null, timer: null, catalogueFor: null, refundFor: null, payments: [] };
  // Stripe's zero-decimal currencies (as domain/payments/model.py ZERO_DECIMAL); the others Parley takes have cents.
  const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
  const decimals = (currency) => (ZERO_DECIMAL.has(currency) ? 0 : 2);
  const canRefund = () => state.role === "owner" || state.role === "admin";  // payments:refund is not an operator's

  async function api(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    const data = text ? JSON.parse(text) : null;
    if (!r.ok) throw new Error((data && (data.detail || data.title)) || `HTTP ${r.status}`);
    return data;
  }

  // "42.5" EUR -> 4250, "1500" JPY -> 1500: exact string arithmetic, no floating point.
  function toMinor(text, currency) {
    const d = decimals(currency);
    const m = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text);
    if (!m) throw new Error("Enter the amount as a number, like 42.50");
    const frac = m[2] || "";
    if (frac.replace(/0+$/, "").length > d) throw new Error(d ? `${currency.toUpperCase()} has ${d} decimals` : `${currency.toUpperCase()} has no decimals`);
    return Number(m[1] + frac.padEnd(d, "0").slice(0, d));
  }

  function formatMinor(amount, currency) {
    const d = decimals(currency);
    const s = String(amount).padStart(d + 1, "0");
    const major = d ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
    return `${major} ${currency.toUpperCase()}`;
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
    const [queue, mine, assigned] = await Promise.all([
      api("GET", "/v1/handoff/handoffs?status=queued&limit=50"),
      api("GET", "/v1/handoff/handoffs?status=assigned&mine=true&limit=50"),
      api("GET", "/v1/handoff/handoffs?status=assigned&limit=50"),
    ]);
    $("queue").replaceChildren(...queue.items.map(chatButton));
    $("mine").replaceChildren(...mine.items.map(chatButton));
    $("queue-count").textContent = String(queue.items.length);
    $("mine-count").textContent = String(mine.items.length);
    const others = assigned.items.filter((h) => h.operator_id !== state.me);
    $("assigned").replaceChildren(...others.map(chatButton));
    $("assigned-count").textContent = String(others.length);
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
    if (c.handoff && state.catalogueFor !== c.handoff.chatbot_id) await loadCatalogue(c.handoff.chatbot_id);
    await refreshPayments();
  }

  // The chatbot's Stripe catalogue: its prices become choices; ad-hoc amounts stay possible.
  async function loadCatalogue(chatbotId) {
    state.catalogueFor = chatbotId;
    const options = [new Option("Ad-hoc amount", "")];
    try {
      const integrations = await api("GET", `/v1/integrations/stripe?chatbot_id=${chatbotId}`);
      const active = integrations.items.find((i) => i.active);
      if (active) {
        for (const p of active.catalogue.prices) options.push(new Option(`${p.name} · ${formatMinor(p.unit_amount, p.currency)}`, p.id));
        if (active.catalogue.ad_hoc.length) $("pay-currency").value = active.catalogue.ad_hoc[0].currency;
      }
    } catch (e) {
      $("pay-error").textContent = e.message;
    }
    $("pay-price").replaceChildren(...options);
    syncPayForm();
  }

  function syncPayForm() {
    const adHoc = $("pay-price").value === "";
    $("pay-amount").disabled = !adHoc;
    $("pay-currency").disabled = !adHoc;
  }

  function paymentItem(p) {
    const li = el("li", null, "payment");
    li.dataset.payment = p.id;
    li.dataset.status = p.status;
    li.append(el("span", p.description, "pay-description"), el("span", formatMinor(p.amount, p.currency), "pay-amount"),
      el("span", p.status, `pay-status ${p.status}`));
    if (p.amount_refunded) li.append(el("span", `refunded ${formatMinor(p.amount_refunded, p.currency)}`, "pay-refunded"));
    if (canRefund() && (p.status === "paid" || p.status === "refunded") && p.amount_refunded < p.amount) {
      const b = el("button", "Refund", "refund");
      b.type = "button";
      b.addEventListener("click", () => openRefund(p));
      li.append(b);
    }
    return li;
  }

  async function refreshPayments() {
    if (!state.selected) return;
    try {
      const page = await api("GET", `/v1/payments?conversation_id=${state.selected}&limit=50`);
      state.payments = page.items;
      $("payments").replaceChildren(...page.items.map(paymentItem));
    } catch (e) {
      $("pay-error").textContent = e.message;
    }
  }

  function openRefund(p) {
    state.refundFor = p;
    $("refund-title").textContent = `Refund ${p.description} (up to ${formatMinor(p.amount - p.amount_refunded, p.currency)})`;
    $("refund-amount").value = "";
    $("refund-form").hidden = false;
    $("pay-error").textContent = "";
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
    if (state.selected !== id) {
      state.refundFor = null;
      $("refund-form").hidden = true;
      $("payments").replaceChildren();
      $("pay-error").textContent = "";
    }
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
      state.role = me.role || (me.user && me.user.role) || null;
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
  $("pay-price").addEventListener("change", syncPayForm);
  $("pay-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!state.selected) return;
    $("pay-error").textContent = "";
    try {
      const body = { conversation_id: state.selected, description: $("pay-description").value.trim() };
      if ($("pay-price").value) body.price_id = $("pay-price").value;
      else {
        body.currency = $("pay-currency").value.trim().toLowerCase();
        body.amount = toMinor($("pay-amount").value, body.currency);
      }
      await api("POST", "/v1/payments", body);
      $("pay-amount").value = "";
      $("pay-description").value = "";
    } catch (e) {
      $("pay-error").textContent = e.message;
    }
    await refreshPayments();
  });
  $("refund-cancel").addEventListener("click", () => {
    state.refundFor = null;
    $("refund-form").hidden = true;
  });
  $("refund-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const p = state.refundFor;
    if (!p) return;
    $("pay-error").textContent = "";
    try {
      const body = { reason: $("refund-reason").value };
      if ($("refund-amount").value.trim()) body.amount = toMinor($("refund-amount").value, p.currency);
      await api("POST", `/v1/payments/${p.id}/refunds`, body);
      state.refundFor = null;
      $("refund-form").hidden = true;
    } catch (e) {
      $("pay-error").textContent = e.message;
    }
    await refreshPayments();
  });
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
