"""The operations dashboard and alert rules in deploy/ only use metrics the app really exports at /metrics, and the
rules pass `promtool check rules` and their unit tests (`promtool test rules`) where promtool is installed
(Debian package `prometheus`)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import sign_up

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
DASHBOARD = DEPLOY / "grafana" / "parley.json"
RULES = DEPLOY / "prometheus" / "parley-alerts.yml"
METRIC = re.compile(r"\b((?:parley|process|python)_[a-z0-9_]+)")
PROMQL_ONLY = {"up"}


def _expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    rules = yaml.safe_load(RULES.read_text())
    exprs += [r["expr"] for g in rules["groups"] for r in g["rules"]]
    return exprs


async def test_dashboard_and_rules_use_exported_metrics(client):
    # An authenticated call first: a session whose only calls are unauthenticated hangs at teardown, cancelling
    # the revocation mirror's task (pre-existing, infrastructure/security/tokens.py; reported).
    await sign_up(client)
    assert (await client.get("/health")).status_code == 200
    r = await client.get("/metrics")
    assert r.status_code == 200
    exported = {s.name for family in text_string_to_metric_families(r.text) for s in family.samples}
    used = {m for e in _expressions() for m in METRIC.findall(e)}
    assert used, "no metric found in the dashboard"
    assert used - exported == set(), f"not exported by /metrics: {sorted(used - exported)}"


def test_dashboard_shape():
    d = json.loads(DASHBOARD.read_text())
    ids = [p["id"] for p in d["panels"]]
    assert len(ids) == len(set(ids)) and d["uid"] == "parley-ops"
    for p in d["panels"]:
        assert p["targets"] and all(t["datasource"]["uid"] == "${DS_PROMETHEUS}" for t in p["targets"]), p["title"]
        assert {"x", "y", "w", "h"} <= set(p["gridPos"])


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool not installed (apt-get install prometheus)")
def test_promtool_checks_and_unit_tests_the_rules():
    check = subprocess.run(["promtool", "check", "rules", str(RULES)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "SUCCESS: 7 rules found" in check.stdout
    tested = subprocess.run(["promtool", "test", "rules", RULES.with_name("parley-alerts.test.yml").name], cwd=RULES.parent,
                            capture_output=True, text=True, timeout=60)
    assert tested.returncode == 0, tested.stdout + tested.stderr
