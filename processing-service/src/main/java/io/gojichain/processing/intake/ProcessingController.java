package io.gojichain.processing.intake;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.security.Submitter;
import io.gojichain.boot.web.Accepted;
import io.gojichain.boot.web.BatchAccepted;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.GojiEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processing plants' intake: one {@code dried} or {@code juiced} event, or a batch of them.
 * Answers 202 only after Kafka acknowledged the write; every rule is checked before anything is
 * published, and a batch is published all or nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/processing", consumes = MediaType.APPLICATION_JSON_VALUE)
class ProcessingController {

    private final ProcessingRequestRules rules;

    private final EventPublisher publisher;

    private final Clock clock;

    ProcessingController(ProcessingRequestRules rules, EventPublisher publisher, Clock clock) {
        this.rules = rules;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Operation(summary = "Record fresh lots dried into a new lot (goji.dried.v1, keyed by batchId)")
    @ApiResponse(responseCode = "202", description = "Kafka acknowledged the event (acks=all): where it was stored")
    @PostMapping("/dried")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted dried(@RequestBody DriedRequest request, Submitter submitter) {
        return acceptOne(request, submitter);
    }

    @Operation(summary = "Record 1 to 1000 dried events, published all or nothing in one Kafka transaction")
    @ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch; ids in request order")
    @PostMapping("/dried/batch")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchAccepted driedBatch(@RequestBody List<@Nullable DriedRequest> requests, Submitter submitter)
            throws PayloadTooLargeException {
        return acceptBatch(requests, submitter);
    }

    @Operation(summary = "Record fresh lots pressed into NFC juice or pulp (goji.juiced.v1, keyed by batchId)")
    @ApiResponse(responseCode = "202", description = "Kafka acknowledged the event (acks=all): where it was stored")
    @PostMapping("/juiced")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted juiced(@RequestBody JuicedRequest request, Submitter submitter) {
        return acceptOne(request, submitter);
    }

    @Operation(summary = "Record 1 to 1000 juiced events, published all or nothing in one Kafka transaction")
    @ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch; ids in request order")
    @PostMapping("/juiced/batch")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchAccepted juicedBatch(@RequestBody List<@Nullable JuicedRequest> requests, Submitter submitter)
            throws PayloadTooLargeException {
        return acceptBatch(requests, submitter);
    }

    private Accepted acceptOne(ProcessingRequest request, Submitter submitter) {
        this.rules.validate(request);
        submitter.scope("processorId", request.processorId());
        GojiEvent event = request.toEvent(this.clock.instant(), submitter.organisationId());
        return Accepted.of(event, this.publisher.publish(event));
    }

    private BatchAccepted acceptBatch(List<? extends @Nullable ProcessingRequest> requests, Submitter submitter)
            throws PayloadTooLargeException {
        this.rules.validateBatch(requests);
        Instant recordTime = this.clock.instant();
        List<GojiEvent> events = new java.util.ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ProcessingRequest request = java.util.Objects.requireNonNull(requests.get(i));
            submitter.scope("[" + i + "].processorId", request.processorId());
            events.add(request.toEvent(recordTime, submitter.organisationId()));
        }
        this.publisher.publishAll(events);
        return BatchAccepted.of(events);
    }
}
