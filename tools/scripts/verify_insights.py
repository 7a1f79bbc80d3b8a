#!/usr/bin/env python3
"""Checks insights-service against totals computed here, independently of the Java code.

Reads the events a season posted (`./goji demo --out season.ndjson` writes them: one request body
per line plus its eventType), computes docs/CONTRACT.md's /summary and /demand for every dimension and
bucket with exact decimals, and compares with what a running insights-service answers:
revenue to the cent, feKg and volumes to 1e-6, counts exactly.

    python3 tools/scripts/verify_insights.py season.ndjson [--insights-url http://127.0.0.1:8084]

It sends the analyst key (docs/CONTRACT.md section 5): GOJI_ANALYST_KEY from the environment, else
from .goji/keys.env (which ./goji up writes).

Exit status 0 when everything matches, 1 when something differs (each difference is printed).
Standard library only, so it runs on any machine with Python 3.8+.
"""

import argparse
import datetime as dt
import json
import os
import sys
import urllib.parse
import urllib.request
from collections import defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

# docs/CONTRACT.md section 3 defaults.
FE_FACTORS = {"fresh": Decimal("1.0"), "dried": Decimal("4.5"), "nfc_juice": Decimal("1.3"), "pulp": Decimal("1.15")}
DIMENSIONS = ("productForm", "channel", "region", "sku")
BUCKETS = ("day", "week", "month")
TOLERANCE = Decimal("0.000001")


def load_events(path):
    """Distinct events in file order; the first line with an eventId wins, as in the contract."""
    seen = set()
    events = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            event = json.loads(line, parse_float=Decimal)
            if event["eventId"] in seen:
                continue
            seen.add(event["eventId"])
            events.append(event)
    return events


def local_date(event, zone):
    instant = dt.datetime.fromisoformat(event["eventTime"].replace("Z", "+00:00"))
    return instant.astimezone(zone).date()


def bucket_start(day, bucket):
    if bucket == "day":
        return day
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())  # ISO week: Monday
    return day.replace(day=1)


def key_of(sold, dimension):
    if dimension == "region":
        return sold["buyerRegion"]["province"]
    return sold[dimension]


def expected_summary(events):
    counts = defaultdict(int)
    harvested_kg = Decimal(0)
    input_kg = defaultdict(Decimal)
    output = {"dried": Decimal(0), "nfc_juice": Decimal(0), "pulp": Decimal(0)}
    units = 0
    revenue = defaultdict(Decimal)
    for e in events:
        kind = e["eventType"]
        counts[kind] += 1
        if kind == "harvested":
            harvested_kg += Decimal(e["quantityKg"])
        elif kind in ("dried", "juiced"):
            input_kg[kind] += sum(Decimal(i["quantityKg"]) for i in e["inputs"])
            if kind == "dried":
                output["dried"] += Decimal(e["outputKg"])
            else:
                output[e["product"]] += Decimal(e["outputLiters"])
        elif kind == "sold":
            units += e["quantity"]
            revenue[e.get("currency", "CNY")] += e["quantity"] * Decimal(e["unitPrice"])
    return counts, harvested_kg, input_kg, output, units, revenue


def expected_demand(events, dimension, bucket, zone):
    rows = defaultdict(lambda: {"orders": 0, "units": 0, "feKg": Decimal(0), "revenue": defaultdict(Decimal)})
    for e in events:
        if e["eventType"] != "sold":
            continue
        row = rows[(bucket_start(local_date(e, zone), bucket).isoformat(), key_of(e, dimension))]
        row["orders"] += 1
        row["units"] += e["quantity"]
        row["feKg"] += e["quantity"] * Decimal(e["packSize"]) * FE_FACTORS[e["productForm"]]
        row["revenue"][e.get("currency", "CNY")] += e["quantity"] * Decimal(e["unitPrice"])
    return rows


KEYS_ENV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".goji", "keys.env")


def analyst_key(env=os.environ, keys_env=KEYS_ENV):
    """GOJI_ANALYST_KEY from the environment, else from .goji/keys.env (`export NAME=value` lines)."""
    if env.get("GOJI_ANALYST_KEY"):
        return env["GOJI_ANALYST_KEY"]
    try:
        with open(keys_env, encoding="utf-8") as lines:
            for line in lines:
                text = line.strip()
                text = text[len("export "):] if text.startswith("export ") else text
                name, _, value = text.partition("=")
                if name == "GOJI_ANALYST_KEY":
                    return value.strip().strip("'\"")
    except FileNotFoundError:
        pass
    return None


def get_json(base, path, **params):
    url = base.rstrip("/") + path + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(url)
    key = analyst_key()
    if key:
        request.add_header("Authorization", "Bearer " + key)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read(), parse_float=Decimal)


class Comparison:
    def __init__(self):
        self.checked = 0
        self.differences = []

    def same(self, what, expected, actual, exact=True):
        self.checked += 1
        if actual is None:
            ok = False
        elif exact:
            ok = expected == actual
        else:
            ok = abs(Decimal(expected) - Decimal(actual)) <= TOLERANCE
        if not ok:
            self.differences.append(f"{what}: expected {expected}, insights says {actual}")

    def money(self, what, expected, actual):
        """Revenue maps compared to the cent, as decimal strings (currencies with 0 may be left out)."""
        actual = actual or {}
        for currency in sorted(set(expected) | set(actual)):
            want = expected.get(currency, Decimal(0)).quantize(Decimal("0.01"))
            got = actual.get(currency)
            self.same(f"{what} revenue {currency}", want, None if got is None else Decimal(got).quantize(Decimal("0.01")))
            if got is not None and not isinstance(got, str):
                self.differences.append(f"{what} revenue {currency}: {got!r} is not a decimal string")


def check_summary(base, events, cmp):
    counts, harvested_kg, input_kg, output, units, revenue = expected_summary(events)
    actual = get_json(base, "/api/v1/insights/summary")
    for kind in ("harvested", "dried", "juiced", "sold"):
        cmp.same(f"summary events.{kind}", counts[kind], actual["events"].get(kind))
    cmp.same("summary harvestedKg", harvested_kg, actual["harvestedKg"], exact=False)
    for kind in ("dried", "juiced"):
        cmp.same(f"summary processedInputKg.{kind}", input_kg[kind], actual["processedInputKg"].get(kind), exact=False)
    cmp.same("summary producedOutput.dried.kg", output["dried"], actual["producedOutput"]["dried"]["kg"], exact=False)
    for product in ("nfc_juice", "pulp"):
        cmp.same(f"summary producedOutput.{product}.L", output[product], actual["producedOutput"][product]["L"], exact=False)
    cmp.same("summary unitsSold", units, actual["unitsSold"])
    cmp.money("summary", revenue, actual["revenue"])


def check_demand(base, events, zone, cmp):
    sold_days = sorted({local_date(e, zone) for e in events if e["eventType"] == "sold"})
    first, last = sold_days[0], sold_days[-1]
    rows_checked = 0
    for dimension in DIMENSIONS:
        for bucket in BUCKETS:
            what = f"demand {dimension}/{bucket}"
            expected = expected_demand(events, dimension, bucket, zone)
            actual = get_json(base, "/api/v1/insights/demand", dimension=dimension, bucket=bucket,
                              **{"from": first.isoformat(), "to": last.isoformat()})
            cmp.same(f"{what} dimension", dimension, actual.get("dimension"))
            cmp.same(f"{what} zone", str(zone), actual.get("zone"))
            keys = [(r["bucketStart"], r["key"]) for r in actual["rows"]]
            cmp.same(f"{what} row order", sorted(keys), keys)
            cmp.same(f"{what} row keys", sorted(expected), sorted(keys))
            by_key = {(r["bucketStart"], r["key"]): r for r in actual["rows"]}
            for key in sorted(expected):
                want, got = expected[key], by_key.get(key)
                if got is None:
                    continue  # already reported by "row keys"
                label = f"{what} {key[0]} {key[1]}"
                cmp.same(f"{label} orders", want["orders"], got["orders"])
                cmp.same(f"{label} units", want["units"], got["units"])
                cmp.same(f"{label} feKg", want["feKg"], got["feKg"], exact=False)
                cmp.money(label, want["revenue"], got["revenue"])
                rows_checked += 1
    return first, last, rows_checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ndjson", help="events as written by ./goji demo --out FILE")
    parser.add_argument("--insights-url", default="http://127.0.0.1:8084")
    parser.add_argument("--zone", default="Asia/Shanghai", help="the insights zone (default Asia/Shanghai)")
    args = parser.parse_args()

    zone = ZoneInfo(args.zone)
    events = load_events(args.ndjson)
    cmp = Comparison()
    check_summary(args.insights_url, events, cmp)
    first, last, rows = check_demand(args.insights_url, events, zone, cmp)

    print(f"{len(events)} distinct events; /demand {first}..{last}: {len(DIMENSIONS)} dimensions x "
          f"{len(BUCKETS)} buckets, {rows} rows; {cmp.checked} values compared")
    if cmp.differences:
        for difference in cmp.differences[:50]:
            print("DIFFERENT " + difference)
        print(f"{len(cmp.differences)} differences")
        return 1
    print("insights-service matches every total computed from the events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
