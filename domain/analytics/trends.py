"""Trends and anomalies of a daily series, in pure Python: the Mann-Kendall test (normal approximation with the tie
correction) for a monotonic trend and its two-sided p-value, Sen's slope for its size, and robust z-scores
(median and MAD, Iglewicz-Hoaglin) for days far off the usual."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

SIGNIFICANCE = 0.05
ANOMALY_Z = 3.5
MIN_POINTS = 4


@dataclass(frozen=True)
class Trend:
    direction: str  # rising | falling | no trend | too few points
    p_value: float | None
    sen_slope: float | None  # change per step (per day for a daily series)
    points: int


def mann_kendall(values: list[float]) -> Trend:
    """Known values in order (None dropped by the caller). Significant at 5 % two-sided."""
    n = len(values)
    if n < MIN_POINTS:
        return Trend("too few points", None, None, n)
    s = 0
    slopes: list[float] = []
    for i in range(n - 1):
        for j in range(i + 1, n):
            d = values[j] - values[i]
            s += (d > 0) - (d < 0)
            slopes.append(d / (j - i))
    ties: dict[float, int] = {}
    for v in values:
        ties[v] = ties.get(v, 0) + 1
    variance = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties.values())) / 18
    if variance <= 0:
        return Trend("no trend", 1.0, 0.0, n)
    z = (s - 1) / math.sqrt(variance) if s > 0 else (s + 1) / math.sqrt(variance) if s < 0 else 0.0
    p = math.erfc(abs(z) / math.sqrt(2))
    slope = median(slopes)
    direction = "no trend" if p >= SIGNIFICANCE else ("rising" if s > 0 else "falling")
    return Trend(direction, float(f"{p:.4g}"), round(slope, 6), n)


def anomalies(values: list[float]) -> list[tuple[int, float]]:
    """(index, robust z) of the points whose modified z-score exceeds 3.5."""
    if len(values) < MIN_POINTS:
        return []
    mid = median(values)
    mad = median(abs(v - mid) for v in values)
    if mad == 0:
        return []
    return [(i, round(0.6745 * (v - mid) / mad, 2)) for i, v in enumerate(values) if abs(0.6745 * (v - mid) / mad) > ANOMALY_Z]
