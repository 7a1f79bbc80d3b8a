package io.gojichain.harvest.intake;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.security.Submitter;
import io.gojichain.boot.web.Accepted;
import io.gojichain.boot.web.BatchAccepted;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.Harvested;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takes harvests from co-operatives and farms; answers 202 once Kafka holds them. */
@RestController
@RequestMapping("/api/v1/harvests")
@Tag(name = "harvests", description = "Fresh berries picked on a farm; each harvest mints a traceability lot")
class HarvestController {

    private final HarvestRequestRules rules;

    private final EventPublisher publisher;

    private final Clock clock;

    HarvestController(HarvestRequestRules rules, EventPublisher publisher, Clock clock) {
        this.rules = rules;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Record one harvest", description = "Answers 202 after Kafka acknowledged the event.")
    @ApiResponse(responseCode = "202", description = "Kafka acknowledged the event (acks=all): where it was stored")
    Accepted harvest(@RequestBody HarvestRequest request, Submitter submitter) {
        this.rules.validate(request);
        String cooperative = submitter.scope("cooperativeId", request.cooperativeId());
        Harvested event = request.toEvent(this.clock.instant(), cooperative, submitter.organisationId());
        return Accepted.of(event, this.publisher.publish(event));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Record 1 to 1000 harvests at once",
            description = "All or nothing: every item is validated first, one invalid item rejects the batch; the"
                    + " events are written in one Kafka transaction. Answers 202 after the transaction committed.")
    @ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch; ids in request order")
    BatchAccepted harvestBatch(
            @RequestBody
                    @ArraySchema(schema = @Schema(implementation = HarvestRequest.class), minItems = 1, maxItems = 1000)
                    List<@Nullable HarvestRequest> requests,
            Submitter submitter)
            throws PayloadTooLargeException {
        this.rules.validateBatch(requests);
        Instant recordTime = this.clock.instant();
        List<Harvested> events = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            HarvestRequest request = requests.get(i);
            if (request != null) { // never null here: validateBatch rejects null items
                String cooperative = submitter.scope("[" + i + "].cooperativeId", request.cooperativeId());
                events.add(request.toEvent(recordTime, cooperative, submitter.organisationId()));
            }
        }
        this.publisher.publishAll(events);
        return BatchAccepted.of(events);
    }
}
