package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.boot.ingest.IngestProperties;
import jakarta.servlet.FilterChain;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body limit holds for declared lengths and for chunked bodies that declare none. */
class BodySizeLimitFilterTests {

    private static final int LIMIT = 10;

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(new IngestProperties(
            new IngestProperties.Publish(Duration.ofSeconds(5), Duration.ofSeconds(5)),
            new IngestProperties.TopicSettings(6, (short) 1),
            new IngestProperties.Limits(1000, LIMIT, Duration.ofDays(1), Instant.parse("2000-01-01T00:00:00Z"))));

    /** A request as Tomcat presents a chunked body: no Content-Length. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/sales") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private String readThroughFilter(MockHttpServletRequest request) throws Exception {
        AtomicReference<String> read = new AtomicReference<>();
        FilterChain chain =
                (req, res) -> read.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        this.filter.doFilter(request, new MockHttpServletResponse(), chain);
        return read.get();
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        assertThat(readThroughFilter(chunked("0123456789"))).isEqualTo("0123456789");
        MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/api/v1/sales");
        declared.setContent("0123456789".getBytes(StandardCharsets.UTF_8));
        assertThat(readThroughFilter(declared)).isEqualTo("0123456789");
    }

    @Test
    void aChunkedBodyOverTheLimitFailsWhileReading() {
        assertThatThrownBy(() -> readThroughFilter(chunked("0123456789A")))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("Request body is larger than 10 bytes.");
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsOnTheFirstRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/sales");
        request.setContent("0123456789A".getBytes(StandardCharsets.UTF_8));
        AtomicReference<Integer> firstByte = new AtomicReference<>();
        FilterChain chain = (req, res) -> firstByte.set(req.getInputStream().read());
        assertThatThrownBy(() -> this.filter.doFilter(request, new MockHttpServletResponse(), chain))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThat(firstByte.get()).isNull();
    }

    @Test
    void theReaderIsLimitedToo() {
        FilterChain chain = (req, res) -> {
            BufferedReader reader = req.getReader();
            while (reader.read() >= 0) {
                // drain
            }
        };
        assertThatThrownBy(() -> this.filter.doFilter(chunked("0123456789AB"), new MockHttpServletResponse(), chain))
                .isInstanceOf(PayloadTooLargeException.class);
    }
}
