"""The bench's verdicts (tui/bench/report.py): a large store of a million is judged by
issue #14's targets under its own names, a smaller one by the earlier targets."""
from __future__ import annotations

from commitments.tui.bench.report import table, targets
from commitments.tui.bench.suite import size_tag

COMMON = {"docs": 3, "commitments_small": 100, "bare_first_frame_s": 0.3, "bare_rss_mb": 40.0,
          "search_p95_ms": 40.0, "scan_p95_ms": 250.0}


def test_a_million_is_judged_by_the_million_targets():
    assert size_tag(1_000_000) == "1m" and size_tag(999_999) == "100k"
    result = {**COMMON, "commitments": 1_000_000, "first_frame_s_1m": 0.9, "first_frame_ratio_1m": 3.0,
              "search_p95_ms_1m": 40.0, "rss_mb_1m": 900.0, "cold_open_s_1m": 14.0}
    verdict = targets(result)
    assert verdict == {"first_frame_s_1m": True, "search_p95_ms": True, "search_p95_ms_1m": False, "rss_mb_1m": True,
                       "cold_open_s_1m": False}
    assert table(result).row_count == 5  # only the figures this run measured


def test_a_hundred_thousand_keeps_the_earlier_targets():
    result = {**COMMON, "commitments": 100_000, "first_frame_s_100k": 0.9, "first_frame_ratio_100k": 3.2,
              "rss_mb_100k": 900.0}
    assert targets(result) == {"first_frame_s_100k": False, "search_p95_ms": True, "rss_mb_100k": False}
