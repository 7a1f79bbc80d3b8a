package io.gojichain.insights.signals;

import java.util.List;

/** Evidence of {@code best_value_form}: every qualifying form, best value first. */
public record ValueEvidence(String currency, List<FormValue> forms) implements Evidence {}
