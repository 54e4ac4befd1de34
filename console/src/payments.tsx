// Payments in the conversation: request one (a catalogue price or an ad-hoc amount), follow its status, and (owners
// and admins, who hold payments:refund) refund it in full or in part. The API's problem detail shows on a refusal.
import { useEffect, useState } from "preact/hooks";
import { createPayment, listPayments, listStripeIntegrations, refundPayment } from "../../clients/typescript/src/sdk.gen";
import type { PaymentRequest, StripeIntegration } from "../../clients/typescript/src/types.gen";
import { formatMinor, toMinor } from "./money";
import { client, problemText, store } from "./store";

type Payment = PaymentRequest;

export function Payments({ conversationId, chatbotId }: { conversationId: string; chatbotId: string | null }) {
  const [payments, setPayments] = useState<Payment[]>([]);
  const [error, setError] = useState("");
  const [prices, setPrices] = useState<Array<{ id: string; label: string }>>([]);
  const [price, setPrice] = useState("");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("eur");
  const [description, setDescription] = useState("");
  const [refundFor, setRefundFor] = useState<Payment | null>(null);
  const [refundAmount, setRefundAmount] = useState("");
  const [reason, setReason] = useState("requested_by_customer");
  const canRefund = store.role === "owner" || store.role === "admin"; // payments:refund is not an operator's

  const refresh = async () => {
    try {
      const page = await listPayments({ client, query: { conversation_id: conversationId, limit: 50 } });
      setPayments((page.data?.items ?? []) as Payment[]);
    } catch (e) {
      setError(problemText(e));
    }
  };

  useEffect(() => {
    setPayments([]);
    setError("");
    setRefundFor(null);
    void refresh();
    const timer = setInterval(refresh, 2000); // a payment's status changes at Stripe: followed by polling
    return () => clearInterval(timer);
  }, [conversationId]);

  useEffect(() => {
    if (!chatbotId) return;
    (async () => {
      try {
        const found = await listStripeIntegrations({ client, query: { chatbot_id: chatbotId } });
        const active = ((found.data?.items ?? []) as StripeIntegration[]).find((i) => i.active);
        if (active) {
          setPrices(active.catalogue.prices.map((p) => ({ id: p.id, label: `${p.name} · ${formatMinor(p.unit_amount, p.currency)}` })));
          if (active.catalogue.ad_hoc.length) setCurrency(active.catalogue.ad_hoc[0].currency);
        }
      } catch (e) {
        setError(problemText(e));
      }
    })();
  }, [chatbotId]);

  const request = async (ev: Event) => {
    ev.preventDefault();
    setError("");
    try {
      const body: Record<string, unknown> = { conversation_id: conversationId, description: description.trim() };
      if (price) body.price_id = price;
      else {
        const cur = currency.trim().toLowerCase();
        body.currency = cur;
        body.amount = toMinor(amount, cur);
      }
      await createPayment({ client, body: body as never });
      setAmount("");
      setDescription("");
    } catch (e) {
      setError(problemText(e));
    }
    await refresh();
  };

  const refund = async (ev: Event) => {
    ev.preventDefault();
    const p = refundFor;
    if (!p) return;
    setError("");
    try {
      const body: Record<string, unknown> = { reason };
      if (refundAmount.trim()) body.amount = toMinor(refundAmount, p.currency);
      await refundPayment({ client, path: { payment_id: p.id }, body: body as never });
      setRefundFor(null);
    } catch (e) {
      setError(problemText(e));
    }
    await refresh();
  };

  const adHoc = price === "";
  return (
    <section id="payments-panel" aria-labelledby="payments-heading">
      <h3 id="payments-heading">Payments</h3>
      <ul id="payments">
        {payments.map((p) => (
          <li class="payment" key={p.id} data-payment={p.id} data-status={p.status}>
            <span class="pay-description">{p.description}</span> <span class="pay-amount">{formatMinor(p.amount, p.currency)}</span>{" "}
            <span class={`pay-status ${p.status}`}>{p.status}</span>
            {p.amount_refunded ? <span class="pay-refunded"> refunded {formatMinor(p.amount_refunded, p.currency)}</span> : null}
            {canRefund && (p.status === "paid" || p.status === "refunded") && p.amount_refunded < p.amount ? (
              <button type="button" class="refund" onClick={() => { setRefundFor(p); setRefundAmount(""); setError(""); }}>Refund</button>
            ) : null}
          </li>
        ))}
      </ul>
      {refundFor ? (
        <form id="refund-form" aria-label="Refund" onSubmit={refund}>
          <h4>Refund {refundFor.description} (up to {formatMinor(refundFor.amount - refundFor.amount_refunded, refundFor.currency)})</h4>
          <label for="refund-amount">Amount (empty: all that is left)</label>
          <input id="refund-amount" inputMode="decimal" value={refundAmount} onInput={(e) => setRefundAmount(e.currentTarget.value)} />
          <label for="refund-reason">Reason</label>
          <select id="refund-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            <option value="requested_by_customer">Requested by customer</option>
            <option value="duplicate">Duplicate</option>
            <option value="fraudulent">Fraudulent</option>
          </select>
          <button type="submit">Confirm refund</button>
          <button type="button" onClick={() => setRefundFor(null)}>Cancel</button>
        </form>
      ) : null}
      <form id="pay-form" aria-label="Request payment" onSubmit={request}>
        <h4>Request payment</h4>
        <label for="pay-price">What</label>
        <select id="pay-price" value={price} onChange={(e) => setPrice(e.currentTarget.value)}>
          <option value="">Ad-hoc amount</option>
          {prices.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
        <label for="pay-amount">Amount</label>
        <input id="pay-amount" inputMode="decimal" placeholder="42.50" disabled={!adHoc} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
        <label for="pay-currency">Currency</label>
        <input id="pay-currency" maxLength={3} disabled={!adHoc} value={currency} onInput={(e) => setCurrency(e.currentTarget.value)} />
        <label for="pay-description">Description</label>
        <input id="pay-description" maxLength={1000} required value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        <button type="submit">Request payment</button>
      </form>
      <p id="pay-error" role="alert">{error}</p>
    </section>
  );
}
