"""The pure parts of reports: granularity by length, the periods of scheduled reports, credit thresholds, trends in
words, and the CSV's sections."""

from __future__ import annotations

from datetime import UTC, date, datetime

from domain.analytics.model import Period, comparison, figures
from domain.analytics.reports import (
    ReportContent,
    change_shown,
    credit_period,
    crossed,
    granularity_for,
    last_complete,
    report_csv,
    trend_sentence,
)


def test_granularity_follows_the_length():
    assert granularity_for(Period(date(2026, 1, 1), date(2026, 3, 31))) == "day"  # 90 days
    assert granularity_for(Period(date(2026, 1, 1), date(2026, 12, 31))) == "week"
    assert granularity_for(Period(date(2025, 1, 1), date(2026, 12, 31))) == "month"


def test_scheduled_periods_are_the_last_complete_week_and_month():
    assert last_complete("weekly", date(2026, 12, 5)) == Period(date(2026, 11, 23), date(2026, 11, 29))  # a Saturday
    assert last_complete("weekly", date(2026, 11, 30)) == Period(date(2026, 11, 23), date(2026, 11, 29))  # a Monday
    assert last_complete("monthly", date(2026, 3, 1)) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert last_complete("monthly", date(2026, 1, 15)) == Period(date(2025, 12, 1), date(2025, 12, 31))


def test_credit_thresholds():
    assert crossed(399, 500) == [] and crossed(400, 500) == [80] and crossed(500, 500) == [80, 100]
    assert crossed(10, 0) == []
    assert credit_period(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == date(2026, 12, 1)


def test_trends_in_words():
    t = {"metric": "conversations", "direction": "rising", "p_value": 0.000155, "slope_per_period": 1.0, "points": 14}
    assert trend_sentence(t, "day") == "Conversations: rising, significant (p = 0.000155), +1 per day"
    flat = {"metric": "csat", "direction": "no trend", "p_value": 0.4, "slope_per_period": 0.0, "points": 14}
    assert trend_sentence(flat, "week") == "CSAT: no trend, not significant (p = 0.4), +0 per week"
    few = {"metric": "csat", "direction": "too few points", "p_value": None, "slope_per_period": None, "points": 2}
    assert trend_sentence(few, "day") == "CSAT: too few points for a trend (2)"
    assert change_shown({"delta": -0.05, "percent": -10.0}, "%") == "-5.0 pts (-10.0 %)"
    assert change_shown({"delta": None, "percent": None}, "n") == "no comparison"


def test_csv_has_its_sections():
    period = Period(date(2026, 11, 1), date(2026, 11, 2))
    now, before = figures({"conversations": 3, "resolved_ai": 2, "abandoned": 1}), figures({"conversations": 2})
    content = ReportContent(
        period=period, previous=period.previous(), time_zone="UTC", granularity="day", chatbot=None, figures=now,
        previous_figures=before, change=comparison(now, before),
        series=[{"period": date(2026, 11, 1), **now}, {"period": date(2026, 11, 2), **figures({})}], previous_series=[],
        trends=[], anomalies=[], intents=[], gaps=[{"suggested_article": "Bitcoin: what to know", "count": 2, "example": "bitcoin?"}],
        operators=[], generated_at=datetime(2026, 11, 3, tzinfo=UTC),
    )
    text = report_csv(content)
    assert text.startswith("# report\nfrom,to,time_zone,previous_from,previous_to,chatbot,granularity\n"
                           "2026-11-01,2026-11-02,UTC,2026-10-30,2026-10-31,,day\n\n# summary\n")
    assert "conversations,3,2,1,50.0\n" in text
    assert "# series\nperiod,conversations," in text and "\n2026-11-01,3,2,0,0,1," in text
    assert "# knowledge_gaps\nsuggested_article,count,example\nBitcoin: what to know,2,bitcoin?\n" in text


def test_page_of_a_url_keeps_scheme_host_port_and_path_only():
    from domain.analytics.services import page_of_url

    assert page_of_url("https://shop.example/p/1?email=a@b.c#x") == "https://shop.example/p/1"
    assert page_of_url("http://localhost:8080/x.html?q=1") == "http://localhost:8080/x.html"
    assert page_of_url("https://user:pw@shop.example:443") == "https://shop.example/"
    assert page_of_url("http://[::1]:81/a") == "http://[::1]:81/a"
    assert page_of_url("javascript:alert(1)") is None and page_of_url("http://x:99999/") is None


def test_average_response_time_counts_every_reply_once_per_wait():
    from uuid import uuid4

    from domain.analytics.folding import message
    from domain.analytics.model import ConversationMetrics

    m = ConversationMetrics(uuid4(), uuid4())
    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def at(seconds):
        from datetime import timedelta

        return t0 + timedelta(seconds=seconds)

    message(m, "customer", at(0), "hello")
    message(m, "ai", at(3), "hi")  # 3 s
    message(m, "ai", at(4), "anything else?")  # no visitor waiting: not a response
    message(m, "customer", at(60), "yes, my order")
    message(m, "customer", at(70), "number 42")  # the wait runs from the older one
    message(m, "human", at(90), "found it", user_id=uuid4())  # 30 s
    message(m, "customer", at(100), "thanks")  # never answered: no response counted
    assert (m.response_ms_sum, m.response_n) == (33_000, 2)
    c = m.contribution()
    assert (c["response_ms_sum"], c["response_n"]) == (33_000, 2)
    assert figures(dict(c))["average_response_ms"] == 16_500.0
