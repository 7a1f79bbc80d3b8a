package io.gojichain.insights.web;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.boot.testing.TestKeys;
import io.gojichain.insights.facts.InvalidQueryException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advice's answers for the kinds of parameters the insight endpoints use, through a probe
 * controller: required, typed, validated.
 */
@WebMvcTest(ProblemDetailsAdviceTests.ProbeController.class)
@Import({WebSliceConfiguration.class, ProblemDetailsAdviceTests.ProbeController.class})
class ProblemDetailsAdviceTests {

    @Autowired
    MockMvc mvc;

    @RestController
    static class ProbeController {

        @GetMapping("/api/v1/insights/probe")
        String probe(
                @RequestParam("horizon") int horizon,
                @RequestParam(name = "days", defaultValue = "7") @Min(1) @Max(90) int days,
                @RequestParam(name = "day", required = false) LocalDate day) {
            if (horizon == 13) {
                throw new InvalidQueryException("horizon", "horizon 13 is unlucky");
            }
            return "ok";
        }
    }

    @Test
    void aMissingRequiredParameterIsA400NamingIt() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/probe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("horizon"))
                .andExpect(jsonPath("$.errors[0].field").value("horizon"))
                .andExpect(jsonPath("$.errors[0].message").value("horizon is required"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingIt() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/probe?horizon=soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("horizon"))
                .andExpect(jsonPath("$.errors[0].message").value("horizon must be a number, not 'soon'"))
                .andExpect(content().string(not(containsString("NumberFormatException"))));
    }

    @Test
    void aValueOutOfItsBoundsIsA400NamingIt() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/probe?horizon=1&days=91"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/invalid-query"))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("90")));
    }

    @Test
    void anInvalidQueryExceptionIsA400NamingItsParameter() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/probe?horizon=13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("horizon"))
                .andExpect(jsonPath("$.detail").value("horizon 13 is unlucky"));
    }

    @Test
    void unknownPathsAndMethodsKeepTheirStatusAsProblemJson() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        this.mvc
                .perform(post("/api/v1/insights/probe?horizon=1").with(TestKeys.asToken(TestKeys.ANALYST)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
