package io.gojichain.insights.dashboard;

import io.gojichain.insights.InsightsServiceApplication;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.LinkFacts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The whole insights-service on a random port, answering from {@link DashboardFacts} instead of
 * the Streams stores, at a fixed "now" ({@link DashboardData#NOW}). Kafka Streams is not started
 * and the admin does not create topics: the page only talks HTTP to the controllers, which read
 * {@link InsightFacts}. The bootstrap address is one nothing listens on and the state directory is
 * under target/, so a local broker that happens to run on 9092 is never touched. Test classes
 * extending this share one context.
 */
@SpringBootTest(
        classes = {InsightsServiceApplication.class, DashboardServiceContext.MissingEndpoints.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.streams.auto-startup=false",
            "spring.kafka.admin.auto-create=false",
            "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "spring.kafka.streams.state-dir=target/dashboard-tests-state"
        })
abstract class DashboardServiceContext {

    static final DashboardFacts FACTS = new DashboardFacts();

    static final MutableClock CLOCK = new MutableClock(DashboardData.NOW);

    /** Paths the service answers 404 for, as a service without that endpoint would. */
    static final FixedLinkFacts LINKS = new FixedLinkFacts();

    static final Set<String> MISSING = ConcurrentHashMap.newKeySet();

    @TestBean
    InsightFacts insightFacts;

    @TestBean(name = "clock")
    Clock clock;

    /** No links: the dashboard's pages read no trace; the signals find no farm signal. */
    @TestBean
    LinkFacts linkFacts;

    @LocalServerPort
    int port;

    static InsightFacts insightFacts() {
        return FACTS;
    }

    static Clock clock() {
        return CLOCK;
    }

    static LinkFacts linkFacts() {
        return LINKS;
    }

    /** Every test starts from the hand-written facts at {@link DashboardData#NOW}, all endpoints served. */
    @BeforeEach
    void knownService() {
        CLOCK.set(DashboardData.NOW);
        FACTS.notReady(false);
        FACTS.replaceWith(DashboardData.handWritten());
        MISSING.clear();
    }

    String baseUrl() {
        return "http://localhost:" + this.port + "/";
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MissingEndpoints {

        @Bean
        OncePerRequestFilter missingEndpointsFilter() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (MISSING.contains(request.getRequestURI())) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }
}
