package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.forecast.DemandForecaster;
import io.gojichain.insights.forecast.SeriesForecast;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import io.gojichain.insights.signals.SalesAggregates.FormProvince;
import io.gojichain.insights.supply.SupplyDemandCalculator;
import io.gojichain.insights.supply.SupplyDemandReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Runs every rule over one period and the one before, and orders what they find. */
final class SignalsCalculator {

    /** Most severe first, then the largest finding, then by id so equal findings keep a stable order. */
    static final Comparator<Signal> ORDER = Comparator.comparing(Signal::severity)
            .thenComparing(Signal::magnitude, Comparator.reverseOrder())
            .thenComparing(Signal::id);

    private final FeKgFactors factors;

    private final DemandForecaster forecaster;

    private final SupplyDemandCalculator supply;

    private final DemandSurgeRule surge;

    private final DemandDropRule drop;

    private final SupplyShortfallRule shortfall;

    private final BestValueFormRule bestValue;

    private final DemandSpikeRule spike = new DemandSpikeRule();

    private final ChannelShiftRule channelShift;

    private final MassBalanceRule massBalance;

    private final CooperativeValueRule cooperativeValue;

    SignalsCalculator(FeKgFactors factors, DemandForecaster forecaster, SignalThresholds thresholds) {
        this.factors = factors;
        this.forecaster = forecaster;
        this.supply = new SupplyDemandCalculator(factors, forecaster);
        this.surge = new DemandSurgeRule(thresholds);
        this.drop = new DemandDropRule(thresholds);
        this.shortfall = new SupplyShortfallRule(thresholds);
        this.bestValue = new BestValueFormRule(thresholds);
        this.channelShift = new ChannelShiftRule(thresholds);
        this.massBalance = new MassBalanceRule(thresholds);
        this.cooperativeValue = new CooperativeValueRule(thresholds);
    }

    /** The signals about farms and lots: mass balance, co-operatives' value per fresh kg; ordered. */
    List<Signal> farmSignals(PeriodLinks links) {
        List<Signal> signals = new ArrayList<>(this.massBalance.apply(links, links.period()));
        signals.addAll(this.cooperativeValue.apply(links, links.period()));
        signals.sort(ORDER);
        return signals;
    }

    /**
     * @param harvests harvest facts from {@link SupplyDemandCalculator#EARLIEST_DAY} to the period's end
     * @param processing processing facts over the same days
     * @param sales sales facts over the same days
     */
    List<Signal> signals(
            List<HarvestFact> harvests,
            List<ProcessingFact> processing,
            List<SalesFact> sales,
            Period period,
            String zone) {
        Period before = period.previous();
        List<Signal> signals = new ArrayList<>();

        Map<FormProvince, DemandTotals> byProvince = SalesAggregates.byFormAndProvince(sales, this.factors, period);
        Map<FormProvince, DemandTotals> byProvinceBefore =
                SalesAggregates.byFormAndProvince(sales, this.factors, before);
        signals.addAll(this.surge.apply(byProvince, byProvinceBefore, period, before));
        signals.addAll(this.drop.apply(byProvince, byProvinceBefore, period, before));

        SupplyDemandReport report = this.supply.calculate(harvests, processing, sales, period.to(), zone);
        signals.addAll(this.shortfall.apply(report));

        signals.addAll(this.bestValue.apply(SalesAggregates.byCurrencyAndForm(sales, this.factors, period), period));

        List<SeriesForecast> series = new ArrayList<>();
        for (ProductForm form : ProductForm.values()) {
            for (Channel channel : Channel.values()) {
                series.add(this.forecaster.forecast(sales, form, channel, period.to(), 1));
            }
        }
        signals.addAll(this.spike.apply(series, period));

        signals.addAll(this.channelShift.apply(
                SalesAggregates.byChannel(sales, this.factors, period),
                SalesAggregates.byChannel(sales, this.factors, before),
                period,
                before));

        signals.sort(ORDER);
        return signals;
    }
}
