package io.gojichain.insights.summary;

import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/insights", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "insights")
class SummaryController {

    private static final String EXAMPLE = """
            {"events": {"harvested": 120, "dried": 8, "juiced": 5, "sold": 2400},
             "harvestedKg": 152300.5,
             "processedInputKg": {"dried": 40500, "juiced": 21000},
             "producedOutput": {"dried": {"kg": 9000.25}, "nfc_juice": {"L": 12000}, "pulp": {"L": 3500}},
             "unitsSold": 5120,
             "revenue": {"CNY": "183250.40", "USD": "420.00"},
             "feKgSold": 6420.75}
            """;

    private final InsightFacts facts;

    private final FeKgFactors factors;

    SummaryController(InsightFacts facts, FeKgFactors factors) {
        this.facts = facts;
        this.factors = factors;
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Totals over everything counted so far",
            description = "Events per type (after de-duplication), fresh kg harvested and processed, output"
                    + " produced, packs sold, revenue per currency (decimal strings; CNY always present) and"
                    + " the fresh-equivalent kg sold.")
    @ApiResponse(
            responseCode = "200",
            description = "the totals",
            content = @Content(examples = @ExampleObject(name = "summary", value = EXAMPLE)))
    Summary summary() {
        return SummaryCalculator.summarize(this.facts.totals(), this.factors);
    }
}
