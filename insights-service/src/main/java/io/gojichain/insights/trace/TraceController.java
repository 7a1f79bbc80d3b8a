package io.gojichain.insights.trace;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "traceability", description = "Lot genealogy and what each farm's berries earned")
class TraceController {

    private final TraceCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    TraceController(LinkFacts links, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.calculator = new TraceCalculator(links, factors);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/trace/lots/{lotId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Forward from a harvested lot",
            description = "The batches that took from the lot (kg taken), the sales naming those batches or, for fresh"
                    + " berries, the lot (whole and the lot's share), and the mass balance: fresh kg harvested, given"
                    + " to processing, and the excess when processing took more than was harvested.")
    @ApiResponse(
            responseCode = "200",
            description = "The lot",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = LotTrace.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No harvest was counted for this lot",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> lot(@Parameter(description = "the lot code minted at harvest") @PathVariable String lotId) {
        return this.calculator
                .lot(lotId)
                .<ResponseEntity<?>>map(trace -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(trace))
                .orElseGet(() -> unknownLot(lotId));
    }

    @GetMapping(path = "/api/v1/trace/batches/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Back from a processed batch",
            description = "The batch's input lots with the fresh kg taken from each, their farms and co-operatives,"
                    + " and the sales naming the batch.")
    @ApiResponse(
            responseCode = "200",
            description = "The batch",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = BatchTrace.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No dried or juiced event was counted for this batch",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> batch(
            @Parameter(description = "the batch code minted at processing") @PathVariable String batchId) {
        return this.calculator
                .batch(batchId)
                .<ResponseEntity<?>>map(trace -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(trace))
                .orElseGet(() -> NotFound.problem(
                        "Batch not found",
                        "no dried or juiced event was counted for batch " + batchId,
                        "batchId",
                        batchId));
    }

    @GetMapping(path = "/api/v1/trace/lots/{lotId}/epcis", produces = EpcisExport.MEDIA_TYPE)
    @Operation(
            summary = "A lot's history as an EPCIS 2.0 JSON-LD document",
            description = "GS1 EPCIS 2.0: the harvest as an ObjectEvent (bizStep commissioning), each drying or juicing"
                    + " batch that took from the lot as a TransformationEvent with input and output quantity lists, and"
                    + " the sales naming those batches (or the lot, for fresh berries) as ObjectEvents (bizStep"
                    + " retail_selling), one per day, channel, buyer province and currency. Lots and batches are"
                    + " classes (epcClass https://gojichain.io/lot/{lotId}, .../batch/{batchId}) with quantities in"
                    + " KGM or LTR.")
    @ApiResponse(
            responseCode = "200",
            description = "The EPCIS document",
            content = @Content(mediaType = EpcisExport.MEDIA_TYPE))
    @ApiResponse(
            responseCode = "404",
            description = "No harvest was counted for this lot",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> epcis(@Parameter(description = "the lot code minted at harvest") @PathVariable String lotId) {
        return this.calculator
                .history(lotId)
                .<ResponseEntity<?>>map(history -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(EpcisExport.MEDIA_TYPE))
                        .body(EpcisExport.document(history, this.properties.zone(), this.clock.instant())))
                .orElseGet(() -> unknownLot(lotId));
    }

    static ResponseEntity<ProblemDetail> unknownLot(String lotId) {
        return NotFound.problem("Lot not found", "no harvest was counted for lot " + lotId, "lotId", lotId);
    }
}
