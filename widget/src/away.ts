// While nobody can take the chat: a small form under the away message (the system message the server writes
// once with data.handoff.away) where the visitor leaves an e-mail address. It posts to the widget's public
// contact route with the visitor token; the server stores it on the visitor, records a lead and tells the team.
// Shown once per away message; after a success the form is replaced by a thank-you line.

import type { Client } from "../../clients/typescript/src/client";
import { leaveWidgetContact } from "../../clients/typescript/src/sdk.gen";

type Words = { label: string; send: string; thanks: string; failed: string };

const WORDS: Record<string, Words> = {
  en: { label: "Your email address", send: "Send", thanks: "Thank you, we will answer you by email.", failed: "That did not work. Please check the address." },
  fr: { label: "Votre adresse e-mail", send: "Envoyer", thanks: "Merci, nous vous répondrons par e-mail.", failed: "Cela n'a pas fonctionné. Vérifiez l'adresse." },
  de: { label: "Ihre E-Mail-Adresse", send: "Senden", thanks: "Danke, wir antworten Ihnen per E-Mail.", failed: "Das hat nicht geklappt. Bitte prüfen Sie die Adresse." },
  es: { label: "Su correo electrónico", send: "Enviar", thanks: "Gracias, le responderemos por correo.", failed: "No ha funcionado. Compruebe la dirección." },
  it: { label: "Il tuo indirizzo email", send: "Invia", thanks: "Grazie, ti risponderemo via email.", failed: "Non ha funzionato. Controlla l'indirizzo." },
  pt: { label: "O seu e-mail", send: "Enviar", thanks: "Obrigado, responderemos por e-mail.", failed: "Não funcionou. Verifique o endereço." },
  nl: { label: "Uw e-mailadres", send: "Versturen", thanks: "Bedankt, we antwoorden u per e-mail.", failed: "Dat lukte niet. Controleer het adres." },
};

export interface AwayContext {
  client: Client;
  publicId: string;
  sessionId: string;
  token: string;
  language: string;
  email?: string; // prefilled (identified visitor, pre-chat form)
  announce: (text: string) => void; // the widget's live region
  left?: () => void; // after a success
}

/** Under an away message (`data.handoff.away`), the e-mail form. Returns true when it was added. */
export function awayForm(bubble: HTMLElement, data: any, ctx: AwayContext): boolean {
  if (!data?.handoff?.away || bubble.querySelector(".away-contact")) return false;
  const words = WORDS[(ctx.language || "en").split("-")[0]] || WORDS.en;
  const form = document.createElement("form");
  form.className = "mailto away-contact";
  const input = document.createElement("input");
  Object.assign(input, { type: "email", required: true, autocomplete: "email", placeholder: words.label, value: ctx.email || "" });
  input.setAttribute("aria-label", words.label);
  input.maxLength = 254;
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = words.send;
  form.append(input, button);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    button.disabled = true;
    const r = await leaveWidgetContact({
      client: ctx.client,
      path: { public_id: ctx.publicId, session_id: ctx.sessionId },
      headers: { "X-Visitor-Token": ctx.token },
      body: { email: input.value.trim() },
    }).catch(() => undefined);
    if (r?.response.status === 201) {
      const done = document.createElement("p");
      done.className = "rated away-left";
      done.textContent = words.thanks;
      form.replaceWith(done);
      ctx.announce(words.thanks);
      ctx.left?.();
    } else {
      button.disabled = false;
      input.setAttribute("aria-invalid", "true");
      ctx.announce(words.failed);
    }
  });
  bubble.append(form);
  return true;
}
