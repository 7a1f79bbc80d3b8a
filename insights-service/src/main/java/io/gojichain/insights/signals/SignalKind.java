package io.gojichain.insights.signals;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The rules that produce signals; each has its own rule class and evidence shape. */
public enum SignalKind {
    /** feKg of a form in a province grew more than the surge threshold. Evidence: DemandChangeEvidence. */
    @JsonProperty("demand_surge")
    DEMAND_SURGE("demand_surge"),
    /** feKg of a form in a province fell more than the drop threshold. Evidence: DemandChangeEvidence. */
    @JsonProperty("demand_drop")
    DEMAND_DROP("demand_drop"),
    /** Stock of a form covers under a week, or is below next week's forecast. Evidence: SupplyEvidence. */
    @JsonProperty("supply_shortfall")
    SUPPLY_SHORTFALL("supply_shortfall"),
    /** The form that earns the most per fresh kg. Evidence: ValueEvidence. */
    @JsonProperty("best_value_form")
    BEST_VALUE_FORM("best_value_form"),
    /** A day the forecast's spike detector flagged. Evidence: SpikeEvidence. */
    @JsonProperty("demand_spike")
    DEMAND_SPIKE("demand_spike"),
    /** A channel's share of feKg moved more than the shift threshold. Evidence: ChannelShiftEvidence. */
    @JsonProperty("channel_shift")
    CHANNEL_SHIFT("channel_shift"),
    /**
     * Data quality: a lot gave processing more fresh kg than was harvested, beyond the tolerance.
     * Evidence: MassBalanceEvidence.
     */
    @JsonProperty("mass_balance")
    MASS_BALANCE("mass_balance"),
    /**
     * A co-operative's lots earned clearly more or less per fresh kg than the county's.
     * Evidence: CooperativeValueEvidence.
     */
    @JsonProperty("cooperative_value")
    COOPERATIVE_VALUE("cooperative_value");

    private final String wireName;

    SignalKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return this.wireName;
    }
}
