package io.gojichain.insights.signals;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How urgent a signal is; signals are listed in this order (most urgent first). */
public enum Severity {
    /** Something to do now: demand outruns supply or grows fast. */
    @JsonProperty("action")
    ACTION,
    /** Worth a look: demand fell, a spike, cover getting short. */
    @JsonProperty("warning")
    WARNING,
    /** Background: mix and value figures. */
    @JsonProperty("info")
    INFO
}
