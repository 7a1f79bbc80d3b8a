package io.gojichain.processing.intake;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.GojiEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
    @SingleResponses
    @PostMapping("/dried")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted dried(@RequestBody DriedRequest request) {
        return acceptOne(request);
    }

    @Operation(summary = "Record 1 to 1000 dried events, published all or nothing in one Kafka transaction")
    @BatchResponses
    @PostMapping("/dried/batch")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchAccepted driedBatch(@RequestBody List<@Nullable DriedRequest> requests) throws PayloadTooLargeException {
        return acceptBatch(requests);
    }

    @Operation(summary = "Record fresh lots pressed into NFC juice or pulp (goji.juiced.v1, keyed by batchId)")
    @SingleResponses
    @PostMapping("/juiced")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted juiced(@RequestBody JuicedRequest request) {
        return acceptOne(request);
    }

    @Operation(summary = "Record 1 to 1000 juiced events, published all or nothing in one Kafka transaction")
    @BatchResponses
    @PostMapping("/juiced/batch")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchAccepted juicedBatch(@RequestBody List<@Nullable JuicedRequest> requests) throws PayloadTooLargeException {
        return acceptBatch(requests);
    }

    private Accepted acceptOne(ProcessingRequest request) {
        this.rules.validate(request);
        GojiEvent event = request.toEvent(this.clock.instant());
        EventPublisher.Published published = this.publisher.publish(event);
        return new Accepted(event.eventId(), published.topic(), published.partition(), published.offset());
    }

    private BatchAccepted acceptBatch(List<? extends @Nullable ProcessingRequest> requests)
            throws PayloadTooLargeException {
        this.rules.validateBatch(requests);
        Instant recordTime = this.clock.instant();
        List<GojiEvent> events = requests.stream()
                .map(request -> java.util.Objects.requireNonNull(request).toEvent(recordTime))
                .toList();
        this.publisher.publishAll(events);
        return new BatchAccepted(
                events.size(), events.stream().map(GojiEvent::eventId).toList());
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "202", description = "Kafka acknowledged the event"),
        @ApiResponse(
                responseCode = "400",
                description = "Malformed JSON or a broken rule; `errors` lists each field",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "413",
                description = "Body over 1 MiB",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "415",
                description = "Content-Type is not application/json",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "503",
                description =
                        "Kafka could not take the write in time; retry after `Retry-After` seconds with the same eventId",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class)))
    })
    @interface SingleResponses {}

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponses({
        @ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch"),
        @ApiResponse(
                responseCode = "400",
                description =
                        "Malformed JSON, an empty batch or a broken rule in any item (`errors[].field` starts with `[index]`); nothing published",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "413",
                description = "More than 1000 events or a body over 1 MiB",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "415",
                description = "Content-Type is not application/json",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(
                responseCode = "503",
                description =
                        "Kafka could not take the batch in time; nothing is visible downstream; retry with the same eventIds",
                content =
                        @Content(
                                mediaType = "application/problem+json",
                                schema = @Schema(implementation = ProblemDetail.class)))
    })
    @interface BatchResponses {}
}
