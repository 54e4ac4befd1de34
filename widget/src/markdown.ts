// A small Markdown subset rendered straight to DOM nodes: text only ever becomes text nodes, so no
// message or knowledge passage can inject HTML or script. Links are kept only for http(s)/mailto.
// Supported: paragraphs, line breaks, - / 1. lists, **bold**, *italic*, `code`, ```code blocks```,
// [text](url) and bare https:// links.

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : null;
}

function link(doc: Document, href: string, text: string): HTMLElement {
  const a = doc.createElement("a");
  a.href = href;
  a.textContent = text;
  a.target = "_blank";
  a.rel = "noopener noreferrer nofollow";
  return a;
}

const INLINE = /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\*[^*\n]+\*|_[^_\n]+_)|(\[[^\]\n]{1,500}\]\([^)\s]{1,2048}\))|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/;

export function inline(doc: Document, parent: Node, text: string): void {
  let rest = text;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) {
      parent.appendChild(doc.createTextNode(rest));
      return;
    }
    if (m.index > 0) parent.appendChild(doc.createTextNode(rest.slice(0, m.index)));
    const token = m[0];
    if (m[1]) {
      const code = doc.createElement("code");
      code.textContent = token.slice(1, -1);
      parent.appendChild(code);
    } else if (m[2]) {
      const b = doc.createElement("strong");
      inline(doc, b, token.slice(2, -2));
      parent.appendChild(b);
    } else if (m[3]) {
      const i = doc.createElement("em");
      inline(doc, i, token.slice(1, -1));
      parent.appendChild(i);
    } else if (m[4]) {
      const close = token.indexOf("](");
      const label = token.slice(1, close);
      const href = safeUrl(token.slice(close + 2, -1));
      parent.appendChild(href ? link(doc, href, label) : doc.createTextNode(label));
    } else {
      const href = safeUrl(token);
      parent.appendChild(href ? link(doc, href, token) : doc.createTextNode(token));
    }
    rest = rest.slice(m.index + token.length);
  }
}

export function renderMarkdown(doc: Document, source: string): DocumentFragment {
  const out = doc.createDocumentFragment();
  const blocks = source.replace(/\r\n?/g, "\n").split(/```/);
  blocks.forEach((block, index) => {
    if (index % 2 === 1) {
      const pre = doc.createElement("pre");
      const code = doc.createElement("code");
      code.textContent = block.replace(/^[a-z0-9-]*\n/i, "");
      pre.appendChild(code);
      out.appendChild(pre);
      return;
    }
    for (const para of block.split(/\n{2,}/)) {
      const lines = para.split("\n").filter((l) => l.trim() !== "");
      if (!lines.length) continue;
      const bullets = lines.every((l) => /^\s*[-*] /.test(l));
      const numbered = lines.every((l) => /^\s*\d+[.)] /.test(l));
      if (bullets || numbered) {
        const list = doc.createElement(bullets ? "ul" : "ol");
        for (const l of lines) {
          const li = doc.createElement("li");
          inline(doc, li, l.replace(/^\s*([-*]|\d+[.)]) /, ""));
          list.appendChild(li);
        }
        out.appendChild(list);
        continue;
      }
      const p = doc.createElement("p");
      lines.forEach((l, i) => {
        if (i) p.appendChild(doc.createElement("br"));
        inline(doc, p, l);
      });
      out.appendChild(p);
    }
  });
  return out;
}
