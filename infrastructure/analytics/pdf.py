"""The report's PDF: reportlab (platypus) pages with matplotlib charts (Agg, `Figure` not pyplot: no global state
shared between jobs). Charts: volume against the previous period, resolution per period, ratings, top intents;
tables: the summary with its changes, named trends, anomalies, knowledge gaps, operators. Text is set in DejaVu
Sans (shipped with matplotlib), so visitors' questions in most scripts print."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from domain.analytics.reports import SUMMARY, ReportContent, change_shown, shown, trend_sentence

_FONT = "ParleySans"
_FONT_BOLD = "ParleySans-Bold"
_registered = False

BLUE, GREEN, ORANGE, RED, GREY = "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#9ca3af"


def _fonts() -> None:
    global _registered
    if _registered:
        return
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(_FONT, str(ttf / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_FONT_BOLD, str(ttf / "DejaVuSans-Bold.ttf")))
    _registered = True


def _label(day: date, granularity: str) -> str:
    if granularity == "month":
        return day.strftime("%b %Y")
    return day.strftime("%d %b")


def _figure(width: float = 7.2, height: float = 2.6) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100)
    return figure


def _png(figure: Any, left: float = 0.06, right: float = 0.98) -> bytes:
    # fixed margins, not tight_layout (which draws the figure once more just to measure it: ~40 % of a chart's time)
    figure.subplots_adjust(left=left, right=right, top=0.9, bottom=0.11)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _ticks(ax: Any, labels: list[str]) -> None:
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step), [labels[i] for i in range(0, len(labels), step)], fontsize=7, rotation=0)
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)


def volume_chart(c: ReportContent) -> bytes:
    figure = _figure()
    ax = figure.subplots()
    labels = [_label(p["period"], c.granularity) for p in c.series]
    current = [p["conversations"] for p in c.series]
    previous = [p["conversations"] for p in c.previous_series][: len(current)]
    ax.bar(range(len(current)), current, color=BLUE, label="conversations", width=0.8)
    if previous:
        ax.plot(range(len(previous)), previous, color=GREY, linestyle="--", linewidth=1.4, label="previous period")
    odd = {a["period"] for a in c.anomalies}
    for i, p in enumerate(c.series):
        if p["period"] in odd:
            ax.plot([i], [p["conversations"]], marker="o", color=RED, markersize=7, linestyle="none",
                    label="anomaly" if i == next(j for j, q in enumerate(c.series) if q["period"] in odd) else None)
    ax.set_title(f"Conversations per {c.granularity}", fontsize=9)
    _ticks(ax, labels)
    ax.legend(loc="upper left", fontsize=7, frameon=False)
    return _png(figure)


def resolution_chart(c: ReportContent) -> bytes:
    figure = _figure()
    ax = figure.subplots()
    labels = [_label(p["period"], c.granularity) for p in c.series]
    bottom = [0.0] * len(c.series)
    for key, name, color in (("resolved_by_ai", "resolved by AI", GREEN), ("resolved_by_human", "resolved by a person", BLUE),
                             ("unresolved", "unresolved", ORANGE), ("abandoned", "abandoned", GREY)):
        values = [float(p[key]) for p in c.series]
        top = [b + v for b, v in zip(bottom, values, strict=True)]
        if len(values) > 31:  # one stepped band per outcome: four polygons draw much faster than hundreds of bars
            ax.fill_between(range(len(values)), bottom, top, step="mid", color=color, label=name, linewidth=0)
        else:
            ax.bar(range(len(values)), values, bottom=bottom, color=color, label=name, width=0.8)
        bottom = top
    ax.set_title("How conversations ended", fontsize=9)
    _ticks(ax, labels)
    ax.legend(loc="upper left", fontsize=7, frameon=False, ncols=4)
    return _png(figure)


def ratings_chart(c: ReportContent) -> bytes:
    figure = _figure()
    ax = figure.subplots()
    labels = [_label(p["period"], c.granularity) for p in c.series]
    xs = [i for i, p in enumerate(c.series) if p["average_rating"] is not None]
    ax.plot(xs, [c.series[i]["average_rating"] for i in xs], color=BLUE, marker="o", markersize=3, label="average rating (1-5)")
    ax.set_ylim(0, 5.2)
    ax2 = ax.twinx()
    ax2.bar([i for i, p in enumerate(c.series)], [p["ratings"] for p in c.series], color=GREY, alpha=0.35, width=0.8,
            label="ratings given")
    ax2.tick_params(axis="y", labelsize=7)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.set_title("Ratings", fontsize=9)
    _ticks(ax, labels)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles, [str(h.get_label()) for h in handles], loc="lower left", fontsize=7, frameon=False)
    return _png(figure, right=0.94)


def intents_chart(c: ReportContent) -> bytes:
    rows = c.intents[:8][::-1]
    figure = _figure(7.2, 0.6 + 0.28 * max(1, len(rows)))
    ax = figure.subplots()
    ax.barh([r["key"] for r in rows], [r["conversations"] for r in rows], color=BLUE)
    ax.set_title("Top intents (conversations)", fontsize=9)
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    longest = max((len(r["key"]) for r in rows), default=4)
    return _png(figure, left=min(0.45, 0.03 + 0.0105 * longest))


def render_pdf(c: ReportContent) -> bytes:
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName=_FONT, fontSize=8.5, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#4b5563"))
    h1 = ParagraphStyle("h1", fontName=_FONT_BOLD, fontSize=16, leading=20, spaceAfter=2)
    h2 = ParagraphStyle("h2", fontName=_FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    width = A4[0] - 30 * mm

    def para(text: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(str(text)), style)

    def table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        data = [[para(h, ParagraphStyle("th", parent=body, fontName=_FONT_BOLD)) for h in header]]
        data += [[para(v) for v in r] for r in rows]
        t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d1d5db")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return t

    def chart(png: bytes, height_mm: float) -> Image:
        return Image(io.BytesIO(png), width=width, height=height_mm * mm)

    story: list[Any] = [
        para(c.title, h1),
        para(f"{c.time_zone}; compared with {c.previous.start.isoformat()} to {c.previous.end.isoformat()}"
             + (f"; chatbot {c.chatbot}" if c.chatbot else "; all chatbots")
             + f". Generated {c.generated_at.strftime('%Y-%m-%d %H:%M UTC')}.", small),
        Spacer(1, 4 * mm),
        para("Summary", h2),
        table(["Figure", "This period", "Previous period", "Change"],
              [[label, shown(c.figures.get(key), kind), shown(c.previous_figures.get(key), kind),
                change_shown(c.change.get(key, {}), kind)] for label, key, kind in SUMMARY],
              [0.34, 0.2, 0.2, 0.26]),
        para("Volume", h2),
        chart(volume_chart(c), 62),
    ]
    trend_lines = [trend_sentence(t, c.granularity) for t in c.trends]
    story += [para("Trends", h2), *[para("• " + line) for line in trend_lines]]
    if c.anomalies:
        story += [para("Anomalies", h2), table(
            ["Period", "Figure", "Value", "Usual", "Robust z"],
            [[a["period"].isoformat(), a["metric"], f"{a['value']:,.0f}", f"{a['usual']:,.0f}", f"{a['robust_z']:+.1f}"]
             for a in c.anomalies], [0.22, 0.26, 0.16, 0.16, 0.2])]
    else:
        story += [para("Anomalies", h2), para("No period far off the usual (robust z-score above 3.5).")]
    story += [
        KeepTogether([para("Resolution", h2), chart(resolution_chart(c), 62)]),
        KeepTogether([para("Ratings", h2), chart(ratings_chart(c), 62)]),
    ]
    if c.intents:
        rows = c.intents[:8]
        story.append(KeepTogether([para("Top intents", h2), chart(intents_chart(c), 16 + 7.5 * len(rows)), table(
            ["Intent", "Conversations", "Resolution rate", "Handoff rate"],
            [[r["key"], f"{r['conversations']:,}", shown(r["resolution_rate"], "%"), shown(r["handoff_rate"], "%")] for r in rows],
            [0.4, 0.2, 0.2, 0.2])]))
    story.append(para("Knowledge gaps", h2))
    if c.gaps:
        story.append(table(["Article to write", "Questions", "Example"],
                           [[g["suggested_article"], str(g["count"]), g["example"]] for g in c.gaps], [0.36, 0.12, 0.52]))
    else:
        story.append(para("No unanswered questions in this period."))
    story.append(para("Operators", h2))
    if c.operators:
        story.append(table(["Operator", "Conversations", "Resolved", "Resolution rate", "Average rating"],
                           [[r.get("label") or r["key"], f"{r['conversations']:,}", f"{r['resolved']:,}",
                             shown(r["resolution_rate"], "%"), shown(r["average_rating"], "x")] for r in c.operators],
                           [0.36, 0.16, 0.16, 0.16, 0.16]))
    else:
        story.append(para("No operator wrote in a conversation in this period."))

    out = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(_FONT, 7)
        canvas.setFillColor(colors.HexColor("#6b7280"))
        canvas.drawString(15 * mm, 8 * mm, f"Parley · {c.period.start.isoformat()} to {c.period.end.isoformat()}")
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title=c.title, author="Parley")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


class PdfReports:
    """The ReportRenderer port."""

    def pdf(self, content: ReportContent) -> bytes:
        return render_pdf(content)
