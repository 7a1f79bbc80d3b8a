package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatsTests {

    @Test
    void readsResidentMemoryFromStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  312456 kB\nRssAnon:\t  300000 kB\n";
        assertThat(ProcStats.parseRssKiB(status)).hasValue(312_456);
        assertThat(ProcStats.parseRssKiB("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void addsUserAndSystemTicksEvenWhenTheNameHoldsSpacesAndParentheses() {
        // fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (C2 Compiler) (x)) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1234 567 0 0 20 0 40 0 100";
        assertThat(ProcStats.parseCpuTicks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void machineTicksCountIdleAndIowaitAsNotBusy() {
        String procStat = "cpu  100 20 30 400 50 6 7 8 0 0\ncpu0 50 10 15 200 25 3 3 4 0 0\n";
        ProcStats.MachineTicks ticks = ProcStats.parseMachineTicks(procStat);
        // busy = user + nice + system + irq + softirq + steal
        assertThat(ticks.busy()).isEqualTo(100 + 20 + 30 + 6 + 7 + 8);
        assertThat(ticks.total()).isEqualTo(100 + 20 + 30 + 6 + 7 + 8 + 400 + 50);
    }
}
