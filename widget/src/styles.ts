// All styles live in the shadow root: the host page cannot restyle the widget and the widget
// cannot restyle the host page. Colours come from the chatbot's appearance (CSS variables).

export const CSS = `
:host{all:initial}
*{box-sizing:border-box}
[hidden]{display:none!important}
.root{--pc:#2563eb;--tc:#fff;--bg:#fff;--fg:#111827;--muted:#4b5563;--bubble:#f3f4f6;--border:#d1d5db;
position:fixed;z-index:2147483000;bottom:20px;right:20px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
.root.left{right:auto;left:20px}
.root.dark{--bg:#111827;--fg:#f9fafb;--muted:#d1d5db;--bubble:#1f2937;--border:#374151}
@media (prefers-color-scheme:dark){.root.auto{--bg:#111827;--fg:#f9fafb;--muted:#d1d5db;--bubble:#1f2937;--border:#374151}}
button{font:inherit;cursor:pointer}
.launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:999px;padding:12px 18px;background:var(--pc);color:var(--tc);
box-shadow:0 4px 14px rgba(0,0,0,.25);font-weight:600}
.launcher img{width:24px;height:24px;border-radius:50%}
.badge{min-width:20px;padding:0 6px;border-radius:999px;background:#dc2626;color:#fff;font-size:12px;line-height:20px;text-align:center}
.proactive{position:absolute;bottom:60px;right:0;display:flex;align-items:flex-start;gap:4px;width:max-content;max-width:280px;padding:10px;
background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:12px;box-shadow:0 4px 14px rgba(0,0,0,.2)}
.left .proactive{right:auto;left:0}
.proactive button{border:0;background:transparent;color:inherit;text-align:start;padding:2px}
.prechat,.mailto{display:flex;flex-direction:column;gap:8px;padding:12px 14px;border-top:1px solid var(--border)}
.mailto{flex-direction:row}
.prechat p{margin:0}.prechat .error{color:#b91c1c}
.prechat label{display:flex;flex-direction:column;gap:2px;font-size:13px;font-weight:600}
.prechat input,.mailto input{flex:1;padding:8px;border:1px solid var(--border);border-radius:8px;font:inherit;font-weight:400;background:var(--bg);color:var(--fg)}
.prechat button,.mailto button{border:0;border-radius:8px;padding:8px 12px;background:var(--pc);color:var(--tc);font-weight:600}
header .mute[aria-pressed=true]{text-decoration:line-through}
.msg.away{background:#fef3c7;color:#78350f}
.launcher:focus-visible,.panel button:focus-visible,.panel textarea:focus-visible,.panel input:focus-visible,.panel a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.panel{position:absolute;bottom:64px;right:0;width:370px;height:min(600px,calc(100vh - 100px));display:flex;flex-direction:column;
background:var(--bg);border:1px solid var(--border);border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}
.left .panel{right:auto;left:0}
header{display:flex;align-items:center;gap:10px;padding:12px 14px;background:var(--pc);color:var(--tc)}
header h2{flex:1;margin:0;font-size:16px;font-weight:600}
header img{width:32px;height:32px;border-radius:50%}
header button{background:transparent;border:1px solid currentColor;color:inherit;border-radius:8px;padding:4px 8px;font-size:13px}
.notice{padding:8px 14px;background:#fef3c7;color:#78350f;font-size:13px}
.queue{padding:8px 14px;background:var(--bubble);font-size:13px}
.notice.error{background:#fee2e2;color:#7f1d1d}
.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:8px}
.msg{max-width:85%;text-align:start;padding:8px 12px;border-radius:12px;background:var(--bubble);word-wrap:break-word;overflow-wrap:anywhere}
.msg.me{align-self:flex-end;background:var(--pc);color:var(--tc)}
.msg.me a{color:inherit}
.msg.system{align-self:center;background:transparent;color:var(--muted);font-size:12px}
.msg p{margin:0 0 6px}.msg p:last-child{margin:0}
.msg pre{white-space:pre-wrap;background:rgba(0,0,0,.08);padding:6px;border-radius:6px;margin:4px 0}
.msg ul,.msg ol{margin:4px 0;padding-inline-start:20px}
.msg a{color:#1d4ed8}
.dark .msg:not(.me) a{color:#93c5fd}
.state{display:block;font-size:11px;opacity:.85;margin-top:2px;text-align:end}
.sources{margin-top:6px;font-size:12px}
.msg.payment{background:var(--bubble);color:var(--fg);font-size:13px}
.pay{display:flex;flex-direction:column;gap:4px;margin-top:6px;padding:8px;border:1px solid var(--border);border-radius:10px}
.pay-amount{font-size:16px}.pay-status{font-weight:600;color:#15803d}.pay-status:empty{display:none}
.pay-btn{align-self:flex-start;padding:6px 14px;border-radius:8px;background:var(--pc);color:var(--tc)!important;text-decoration:none;font-weight:600}
.sources ol{margin:2px 0;padding-inline-start:18px}
.typing{padding:0 14px 6px;color:var(--muted);font-size:12px;min-height:18px}
form{display:flex;gap:8px;padding:10px;border-top:1px solid var(--border)}
textarea{flex:1;resize:none;height:42px;max-height:120px;padding:10px;border:1px solid var(--border);border-radius:10px;font:inherit;
background:var(--bg);color:var(--fg)}
form button{border:0;border-radius:10px;padding:0 14px;background:var(--pc);color:var(--tc);font-weight:600}
.who{display:flex;align-items:center;gap:6px;font-size:11px;font-weight:600;color:var(--muted);margin-bottom:2px}
.av{width:22px;height:22px;border-radius:50%;object-fit:cover;display:inline-flex;align-items:center;justify-content:center;
background:var(--pc);color:var(--tc);font-size:10px}
.av::before{content:attr(data-i)}
.files{display:flex;flex-direction:column;align-items:flex-start;gap:4px;margin-top:4px}
.thumb{display:block;max-width:100%;max-height:180px;border-radius:8px}
.file{padding:4px 8px;border:1px solid currentColor;border-radius:8px;text-decoration:none}
.msg.me .file{color:inherit}
.upload{display:flex;align-items:center;gap:8px;padding:6px 14px;font-size:12px;color:var(--muted)}
.upload span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:60%}
.upload progress{flex:1;height:8px}
form .attach{background:transparent;color:var(--fg);border:1px solid var(--border);padding:0 10px;font-size:18px}
form .attach:disabled{opacity:.5}
form .attach svg{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;vertical-align:middle}
form .emoji{background:transparent;color:var(--fg);border:1px solid var(--border);padding:0 10px;font-size:18px}
.emojis{display:grid;grid-template-columns:repeat(8,1fr);gap:2px;padding:6px 10px;border-top:1px solid var(--border)}
.emojis button{border:0;background:transparent;font-size:20px;padding:4px;border-radius:6px}
.emojis button:hover{background:var(--bubble)}
.csat{padding:10px 14px;border-top:1px solid var(--border)}
.csat p{margin:0 0 6px;font-weight:600}
.stars{display:flex;gap:4px;margin-bottom:6px}
.stars button{border:1px solid var(--border);background:var(--bg);color:var(--fg);border-radius:8px;padding:4px 10px;font-size:16px}
.stars button[aria-pressed=true]{background:var(--pc);color:var(--tc)}
.csat textarea{width:100%;height:50px;margin-bottom:6px}
.csat .go{border:0;border-radius:8px;padding:6px 12px;background:var(--pc);color:var(--tc)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.root.open{inset:0}.root.open .launcher{display:none}
.root.open .panel{position:fixed;inset:0;width:100%;height:100%;border-radius:0;border:0}}
`;
