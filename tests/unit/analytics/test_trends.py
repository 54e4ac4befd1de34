"""Mann-Kendall, Sen's slope and robust anomalies, against values worked out by hand."""

from __future__ import annotations

import math

from domain.analytics.trends import anomalies, mann_kendall


def test_a_steady_rise_is_significant():
    t = mann_kendall([float(v) for v in range(1, 11)])
    # S = 45 (every pair rises), Var = 10·9·25/18 = 125, z = (45 − 1)/√125 = 3.9355, p = erfc(z/√2)
    assert t.direction == "rising" and t.sen_slope == 1.0 and t.points == 10
    assert math.isclose(t.p_value, math.erfc(44 / math.sqrt(125) / math.sqrt(2)), rel_tol=1e-3)
    assert t.p_value < 0.001


def test_noise_and_short_series():
    assert mann_kendall([5, 3, 6, 4, 5, 3, 6, 4]).direction == "no trend"
    assert mann_kendall([3, 2, 1]).direction == "too few points"
    falling = mann_kendall([9, 8, 8, 7, 5, 5, 4, 2])
    # ties (8, 8) and (5, 5): Var = (8·7·21 − 2·(2·1·9))/18 = 1140/18 = 63.33; S = −26; z = −25/√63.33 = −3.1414
    assert falling.direction == "falling"
    assert math.isclose(falling.p_value, math.erfc(25 / math.sqrt(1140 / 18) / math.sqrt(2)), rel_tol=1e-3)


def test_anomalies():
    days = [10, 12, 11, 9, 10, 11, 60, 10, 12]
    # median 11, MAD = median(|x − 11|) = 1: day 6 has z = 0.6745·49 = 33.05
    assert anomalies(days) == [(6, 33.05)]
    assert anomalies([5, 5, 5, 5, 9]) == []  # MAD 0: nothing to compare against
