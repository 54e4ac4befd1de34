// Widget analytics: a load, the first open and the first message of each page view are counted by the API
// (POST /v1/widget/{public_id}/track, kind + page URL without query or fragment). No third-party script, no cookie,
// no visitor id; a fire-and-forget `fetch` with `keepalive` (survives the page unloading, costs nothing to wait for).
// Nothing is sent when the browser says Do Not Track or Global Privacy Control (the API drops those too).

export type TrackKind = "load" | "open" | "first_message";

export function privacyOptOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean; msDoNotTrack?: string };
  const dnt = nav.doNotTrack ?? (window as unknown as { doNotTrack?: string }).doNotTrack ?? nav.msDoNotTrack;
  return dnt === "1" || dnt === "yes" || nav.globalPrivacyControl === true;
}

export function tracker(api: string, publicId: string): (kind: TrackKind) => void {
  const sent = new Set<TrackKind>();
  const url = `${api}/v1/widget/${encodeURIComponent(publicId)}/track`;
  return (kind) => {
    if (sent.has(kind) || privacyOptOut()) return;
    sent.add(kind); // once per page view
    const page = location.origin + location.pathname;
    try {
      void fetch(url, {
        method: "POST",
        keepalive: true,
        credentials: "omit",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind, page_url: page }),
      }).catch(() => undefined); // analytics never disturbs the chat
    } catch {
      /* a browser without fetch keepalive: nothing counted */
    }
  };
}
