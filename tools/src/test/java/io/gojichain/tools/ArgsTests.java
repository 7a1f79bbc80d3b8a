package io.gojichain.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTests {

    private static final Set<String> FLAGS = Set.of("dry-run");

    private static final Set<String> VALUED = Set.of("seed", "rate");

    @Test
    void readsSpaceAndEqualsFormsAndFlags() throws Exception {
        Args args = Args.parse(List.of("--seed", "7", "--rate=2.5", "--dry-run"), FLAGS, VALUED);

        assertThat(args.longValue("seed", 42, 0, 100)).isEqualTo(7);
        assertThat(args.doubleValue("rate", 0, 0, 10)).isEqualTo(2.5);
        assertThat(args.flag("dry-run")).isTrue();
        assertThat(Args.parse(List.of(), FLAGS, VALUED).longValue("seed", 42, 0, 100))
                .isEqualTo(42);
    }

    @Test
    void tellsWhatIsWrong() {
        assertThatThrownBy(() -> Args.parse(List.of("--seed"), FLAGS, VALUED)).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> Args.parse(List.of("--dry-run=yes"), FLAGS, VALUED))
                .hasMessage("--dry-run takes no value");
        assertThatThrownBy(() -> Args.parse(List.of("seed"), FLAGS, VALUED)).hasMessage("unexpected argument 'seed'");
        assertThatThrownBy(
                        () -> Args.parse(List.of("--seed", "x"), FLAGS, VALUED).longValue("seed", 1, 0, 9))
                .hasMessage("--seed must be a whole number, not 'x'");
        assertThatThrownBy(
                        () -> Args.parse(List.of("--seed", "10"), FLAGS, VALUED).longValue("seed", 1, 0, 9))
                .hasMessage("--seed must be between 0 and 9, not 10");
        assertThatThrownBy(() ->
                        Args.parse(List.of("--rate", "NaN"), FLAGS, VALUED).doubleValue("rate", 1, 0, 9))
                .hasMessage("--rate must be between 0.0 and 9.0, not NaN");
    }
}
