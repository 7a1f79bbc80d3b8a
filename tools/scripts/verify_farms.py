#!/usr/bin/env python3
"""Checks what insights-service says each farm's berries earned, against a recomputation from the events.

Reads the events a season posted (`./goji demo --out season.ndjson`), follows their links as
docs/CONTRACT.md section 7 defines them (sale -> batch -> the lots it took from, in proportion to
the fresh kg taken; a fresh sale naming a lot -> that lot; anything else -> unattributed), and
compares with `GET /api/v1/insights/farms` for the whole season: per farm and co-operative lots,
harvestedKg, processedKg by form, soldFeKg (to 1e-6), revenue and valuePerFreshKg (to the cent),
the county and the unattributed rest; then that farms plus unattributed add up to the season's
sales, and the mass balance of every lot against `GET /api/v1/trace/lots/{lotId}`.

    python3 tools/scripts/verify_farms.py season.ndjson [--insights-url http://127.0.0.1:8084]

Exit status 0 when everything matches, 1 when something differs. Standard library only; shares
its loading, HTTP and comparison helpers with verify_insights.py next to it.
"""

import argparse
import sys
import urllib.error
from collections import defaultdict
from decimal import Decimal, localcontext, ROUND_HALF_EVEN
from zoneinfo import ZoneInfo

from verify_insights import FE_FACTORS, Comparison, get_json, load_events, local_date

FE_KG_PLACES = Decimal("0.000001")
CENT = Decimal("0.01")
# Mass balance: a lot is over-drawn when processing took more than 0.5 % above its harvest.
OVERDRAW_TOLERANCE = Decimal("1.005")


class Totals:
    """What one farm, co-operative, the county or the unattributed rest earned, exactly."""

    def __init__(self):
        self.lots = 0
        self.harvested_kg = Decimal(0)
        self.processed_kg = defaultdict(Decimal)
        self.sold_fe_kg = Decimal(0)
        self.revenue = defaultdict(Decimal)
        self.fe_kg_by_currency = defaultdict(Decimal)

    def add_sale(self, fe_kg, currency, revenue):
        self.sold_fe_kg += fe_kg
        self.revenue[currency] += revenue
        self.fe_kg_by_currency[currency] += fe_kg

    def value_per_fresh_kg(self):
        """Per currency: the revenue in it over the feKg sold in it (as /prices does per form)."""
        return {c: (r / self.fe_kg_by_currency[c]).quantize(CENT, ROUND_HALF_EVEN)
                for c, r in self.revenue.items() if self.fe_kg_by_currency[c] != 0}


class Season:
    """The links of the posted events: lots, batches and the sales in the period."""

    def __init__(self, events, zone):
        self.lots = {}
        self.batches = {}
        self.sales = []
        self.days = set()
        for e in events:
            self.days.add(local_date(e, zone))
            kind = e["eventType"]
            if kind == "harvested":
                self.lots.setdefault(e["lotId"], e)
            elif kind in ("dried", "juiced"):
                self.batches.setdefault(e["batchId"], e)
            elif kind == "sold":
                self.sales.append(e)

    def sources(self, sale):
        """[(lot, kg, of_kg)]: the sale's share kg/of_kg goes to each known lot; the rest is unattributed."""
        named = sale.get("batchId")
        if named in self.batches:
            inputs = self.batches[named]["inputs"]
            total = sum(Decimal(i["quantityKg"]) for i in inputs)
            return [(self.lots[i["lotId"]], Decimal(i["quantityKg"]), total) for i in inputs if i["lotId"] in self.lots]
        if named in self.lots and sale["productForm"] == "fresh":
            return [(self.lots[named], Decimal(1), Decimal(1))]
        return []


def expected_farms(season, zone):
    farms = defaultdict(Totals)
    coops = defaultdict(Totals)
    coop_farms = defaultdict(set)
    county = Totals()
    unattributed = Totals()
    coop_of = {}
    for lot in season.lots.values():
        farm, coop = lot["farmId"], lot.get("cooperativeId")
        coop_of[farm] = coop
        for t in [farms[farm]] + ([coops[coop]] if coop else []):
            t.lots += 1
            t.harvested_kg += Decimal(lot["quantityKg"])
        if coop:
            coop_farms[coop].add(farm)
    for batch in season.batches.values():
        for i in batch["inputs"]:
            lot = season.lots.get(i["lotId"])
            if lot is None:
                continue
            coop = lot.get("cooperativeId")
            for t in [farms[lot["farmId"]]] + ([coops[coop]] if coop else []):
                t.processed_kg[batch["eventType"]] += Decimal(i["quantityKg"])
    for sale in season.sales:
        fe_kg = sale["quantity"] * Decimal(sale["packSize"]) * FE_FACTORS[sale["productForm"]]
        currency = sale.get("currency", "CNY")
        revenue = sale["quantity"] * Decimal(sale["unitPrice"])
        sources = season.sources(sale)
        for lot, kg, of_kg in sources:
            coop = lot.get("cooperativeId")
            for t in [farms[lot["farmId"]], county] + ([coops[coop]] if coop else []):
                t.add_sale(fe_kg * kg / of_kg, currency, revenue * kg / of_kg)
        # An unnamed sale, or the share of input lots never posted, stays unattributed.
        of_kg = sources[0][2] if sources else Decimal(1)
        rest = of_kg - sum(kg for _, kg, _ in sources)
        if rest != 0:
            unattributed.add_sale(fe_kg * rest / of_kg, currency, revenue * rest / of_kg)
    return farms, coops, coop_farms, coop_of, county, unattributed


def compare_totals(cmp, what, want, got, with_lots=True):
    if with_lots:
        cmp.same(f"{what} lots", want.lots, got.get("lots"))
        cmp.same(f"{what} harvestedKg", want.harvested_kg, got.get("harvestedKg"), exact=False)
        processed = got.get("processedKg") or {}
        for form in ("dried", "juiced"):
            cmp.same(f"{what} processedKg.{form}", want.processed_kg[form], processed.get(form, 0), exact=False)
    cmp.same(f"{what} soldFeKg", want.sold_fe_kg.quantize(FE_KG_PLACES, ROUND_HALF_EVEN), got.get("soldFeKg"),
             exact=False)
    cmp.money(what, {c: r.quantize(CENT, ROUND_HALF_EVEN) for c, r in want.revenue.items()}, got.get("revenue"))
    value = got.get("valuePerFreshKg") or {}
    for currency, per_kg in want.value_per_fresh_kg().items():
        actual = value.get(currency)
        cmp.same(f"{what} valuePerFreshKg {currency}", per_kg, None if actual is None else Decimal(actual))


def check_farms(base, season, zone, cmp):
    first, last = min(season.days), max(season.days)
    farms, coops, coop_farms, coop_of, county, unattributed = expected_farms(season, zone)
    actual = get_json(base, "/api/v1/insights/farms", **{"from": first.isoformat(), "to": last.isoformat()})
    rows = {f["farmId"]: f for f in actual.get("farms", [])}
    cmp.same("farms order", sorted(rows), [f["farmId"] for f in actual.get("farms", [])])
    cmp.same("farms listed", sorted(farms), sorted(rows))
    for farm in sorted(farms):
        if farm in rows:
            # a farm outside any co-operative has no cooperativeId field (absent values are left out)
            cmp.same(f"farm {farm} cooperativeId", coop_of.get(farm) or "", rows[farm].get("cooperativeId") or "")
            compare_totals(cmp, f"farm {farm}", farms[farm], rows[farm])
    coop_rows = {c["cooperativeId"]: c for c in actual.get("cooperatives", [])}
    cmp.same("cooperatives listed", sorted(coops), sorted(coop_rows))
    for coop in sorted(coops):
        if coop in coop_rows:
            cmp.same(f"cooperative {coop} farms", len(coop_farms[coop]), coop_rows[coop].get("farms"))
            compare_totals(cmp, f"cooperative {coop}", coops[coop], coop_rows[coop])
    compare_totals(cmp, "county", county, actual.get("county", {}), with_lots=False)
    compare_totals(cmp, "unattributed", unattributed, actual.get("unattributed", {}), with_lots=False)

    # Farms plus unattributed are the season's sales, to within one rounding per row.
    fe_kg = sum(Decimal(str(f["soldFeKg"])) for f in rows.values()) + Decimal(str(actual["unattributed"]["soldFeKg"]))
    sold = sum(s["quantity"] * Decimal(s["packSize"]) * FE_FACTORS[s["productForm"]] for s in season.sales)
    cmp.same("farms + unattributed = sold feKg", True, abs(fe_kg - sold) <= FE_KG_PLACES * (len(rows) + 1))
    revenue = defaultdict(Decimal)
    for row in list(rows.values()) + [actual["unattributed"]]:
        for currency, amount in row.get("revenue", {}).items():
            revenue[currency] += Decimal(amount)
    for sale in season.sales:
        revenue[sale.get("currency", "CNY")] -= sale["quantity"] * Decimal(sale["unitPrice"])
    for currency, diff in sorted(revenue.items()):
        cmp.same(f"farms + unattributed = sold revenue {currency}", True, abs(diff) <= CENT / 2 * (len(rows) + 1))
    return first, last, len(rows)


def check_mass_balance(base, season, cmp):
    """Every lot's mass balance: harvested, given to processing, and the excess when it is over-drawn."""
    taken = defaultdict(Decimal)
    for batch in season.batches.values():
        for i in batch["inputs"]:
            taken[i["lotId"]] += Decimal(i["quantityKg"])
    overdrawn = []
    for lot_id in sorted(season.lots):
        harvested = Decimal(season.lots[lot_id]["quantityKg"])
        if taken[lot_id] > harvested * OVERDRAW_TOLERANCE:
            overdrawn.append(lot_id)
    # Each over-drawn lot, and a sample of the others (every 25th), through the trace endpoint.
    sample = set(overdrawn) | set(sorted(season.lots)[::25])
    for lot_id in sorted(sample):
        got = get_json(base, f"/api/v1/trace/lots/{lot_id}").get("massBalance", {})
        harvested = Decimal(season.lots[lot_id]["quantityKg"])
        cmp.same(f"lot {lot_id} harvestedKg", harvested, got.get("harvestedKg"), exact=False)
        cmp.same(f"lot {lot_id} givenToProcessingKg", taken[lot_id], got.get("givenToProcessingKg"), exact=False)
        cmp.same(f"lot {lot_id} excessKg", max(Decimal(0), taken[lot_id] - harvested), got.get("excessKg", 0),
                 exact=False)
    try:
        get_json(base, "/api/v1/trace/lots/no-such-lot-anywhere")
        cmp.same("unknown lot answers 404", 404, 200)
    except urllib.error.HTTPError as error:
        cmp.same("unknown lot answers 404", 404, error.code)
    return overdrawn, len(sample)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ndjson", help="events as written by ./goji demo --out FILE")
    parser.add_argument("--insights-url", default="http://127.0.0.1:8084")
    parser.add_argument("--zone", default="Asia/Shanghai", help="the insights zone (default Asia/Shanghai)")
    args = parser.parse_args()

    zone = ZoneInfo(args.zone)
    with localcontext() as exact:
        exact.prec = 60  # shares are quotients: keep far more digits than the final roundings use
        season = Season(load_events(args.ndjson), zone)
        cmp = Comparison()
        first, last, farms = check_farms(args.insights_url, season, zone, cmp)
        overdrawn, traced = check_mass_balance(args.insights_url, season, cmp)

    print(f"/farms {first}..{last}: {farms} farms; {traced} lots traced, {len(overdrawn)} over-drawn "
          f"({', '.join(overdrawn)}); {cmp.checked} values compared")
    if cmp.differences:
        for difference in cmp.differences[:50]:
            print("DIFFERENT " + difference)
        print(f"{len(cmp.differences)} differences")
        return 1
    print("insights-service matches every farm figure computed from the events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
