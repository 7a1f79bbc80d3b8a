package io.gojichain.insights.farms;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.facts.NamedSaleFact;

/**
 * A small chain for the web slices, worked out by hand (see AttributionTests for the arithmetic):
 * L1 (F1, C1) 100 kg, L2 (F2, C1) 50 kg, L3 (F3) 40 kg harvested on 09-01; B1 dried on 09-02 from
 * L1 30, L2 10 and the never-posted LX 20; B2 juiced from L3 30; L4 (F4) 10 kg over-drawn by B3
 * (10.6 kg). Sales on 09-03: 6.75 feKg / 100.00 naming B1, 2.6 / 50.00 naming B2, 5 / 75.00 fresh
 * naming L1, 2.25 / 20.00 dried naming the raw lot L2, 10 / 120.00 naming nothing. Sold in all:
 * 26.6 feKg and 365.00 CNY.
 */
public final class TraceabilityFixture {

    private TraceabilityFixture() {}

    public static void fill(FixedLinkFacts links, FixedInsightFacts facts) {
        links.clear();
        facts.clear();
        links.add(
                FixedLinkFacts.lot("L1", "F1", "C1", "2026-09-01", "100"),
                FixedLinkFacts.lot("L2", "F2", "C1", "2026-09-01", "50"),
                FixedLinkFacts.lot("L3", "F3", null, "2026-09-01", "40"),
                FixedLinkFacts.lot("L4", "F4", null, "2026-08-01", "10"));
        links.add(
                FixedLinkFacts.dried("B1", "2026-09-02", "13", "L1", "30", "L2", "10", "LX", "20"),
                FixedLinkFacts.juiced("B2", "2026-09-02", "22", "L3", "30"),
                FixedLinkFacts.dried("B3", "2026-08-02", "2", "L4", "10.6"));
        NamedSaleFact[] named = {
            FixedLinkFacts.sale("B1", "2026-09-03", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "1.5", "100.00"),
            FixedLinkFacts.sale("B2", "2026-09-03", ProductForm.NFC_JUICE, Channel.LIVESTREAM, "浙江", 1, "2", "50.00"),
            FixedLinkFacts.sale("L1", "2026-09-03", ProductForm.FRESH, Channel.OFFLINE, "Guangdong", 1, "5", "75.00"),
            FixedLinkFacts.sale("L2", "2026-09-03", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "0.5", "20.00")
        };
        links.add(named);
        for (NamedSaleFact sale : named) {
            facts.add(FixedInsightFacts.sale(
                    "2026-09-03",
                    sale.productForm(),
                    sale.channel(),
                    sale.province(),
                    sale.orders(),
                    sale.volume().toPlainString(),
                    sale.revenue().toPlainString()));
        }
        facts.add(
                FixedInsightFacts.sale("2026-09-03", ProductForm.FRESH, Channel.ONLINE, "Beijing", 2, "10", "120.00"));
    }
}
