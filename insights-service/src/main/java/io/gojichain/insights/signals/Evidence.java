package io.gojichain.insights.signals;

/** The named numbers behind a signal's sentence; the shape depends on the signal's kind. */
public sealed interface Evidence
        permits DemandChangeEvidence,
                SupplyEvidence,
                ValueEvidence,
                SpikeEvidence,
                ChannelShiftEvidence,
                MassBalanceEvidence,
                CooperativeValueEvidence {}
