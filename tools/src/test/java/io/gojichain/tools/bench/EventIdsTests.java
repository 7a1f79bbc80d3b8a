package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTests {

    @Test
    void writesVersionFourUuidsAsUuidToStringWould() {
        EventIds ids = new EventIds(0x0123_4567_89AB_CDEFL);
        String first = ids.next();
        UUID parsed = UUID.fromString(first);
        assertThat(parsed.toString()).isEqualTo(first);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        // the run prefix with the version nibble set, then the variant bits and counter 0
        assertThat(first).isEqualTo("01234567-89ab-4def-8000-000000000000");
        assertThat(ids.next()).isEqualTo("01234567-89ab-4def-8000-000000000001");
        assertThat(ids.issued()).isEqualTo(2);
    }

    @Test
    void neverRepeatsWithinARun() {
        EventIds ids = new EventIds(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(ids.next())).isTrue();
        }
    }

    @Test
    void writesIntoABodyInPlace() {
        byte[] body = "{\"eventId\":\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"}".getBytes();
        new EventIds(-1L).writeNext(body, 12);
        assertThat(new String(body)).isEqualTo("{\"eventId\":\"ffffffff-ffff-4fff-8000-000000000000\"}");
    }
}
