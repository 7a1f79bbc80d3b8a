package io.gojichain.insights.web;

import io.gojichain.boot.testing.TestKeys;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The requests of the controller slices, made with the test analyst's key (docs/CONTRACT.md section 5): a slice
 * imports {@link #get} in place of {@code MockMvcRequestBuilders.get}. Access itself is tested in {@code
 * InsightsAccessTests}.
 */
public final class AnalystRequests {

    private AnalystRequests() {}

    public static MockHttpServletRequestBuilder get(String uriTemplate, Object... uriVariables) {
        return MockMvcRequestBuilders.get(uriTemplate, uriVariables).with(TestKeys.asToken(TestKeys.ANALYST));
    }
}
