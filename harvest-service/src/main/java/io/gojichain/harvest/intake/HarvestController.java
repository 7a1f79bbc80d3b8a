package io.gojichain.harvest.intake;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.Harvested;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
    @ApiResponse(responseCode = "202", description = "Kafka holds the event")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON or a broken field rule; `errors` lists each field",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "413",
            description = "Body over 1 MiB",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "415",
            description = "Content-Type is not application/json",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description =
                    "Kafka could not take the write in time; retry after `Retry-After` seconds with the same eventId",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Accepted harvest(@RequestBody HarvestRequest request) {
        this.rules.validate(request);
        Harvested event = request.toEvent(now());
        EventPublisher.Published published = this.publisher.publish(event);
        return new Accepted(event.eventId(), published.topic(), published.partition(), published.offset());
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Record 1 to 1000 harvests at once",
            description = "All or nothing: every item is validated first, one invalid item rejects the batch; the"
                    + " events are written in one Kafka transaction. Answers 202 after the transaction committed.")
    @ApiResponse(responseCode = "202", description = "Kafka holds every event of the batch")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON, an empty batch or a broken field rule; fields as `[3].quantityKg`",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "413",
            description = "More than 1000 items or body over 1 MiB",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "415",
            description = "Content-Type is not application/json",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description = "Kafka could not take the batch in time; nothing of it is visible to read_committed readers",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    BatchAccepted harvestBatch(
            @RequestBody
                    @ArraySchema(schema = @Schema(implementation = HarvestRequest.class), minItems = 1, maxItems = 1000)
                    List<@Nullable HarvestRequest> requests)
            throws PayloadTooLargeException {
        this.rules.validateBatch(requests);
        Instant recordTime = now();
        List<Harvested> events = new ArrayList<>(requests.size());
        for (HarvestRequest request : requests) {
            if (request != null) { // never null here: validateBatch rejects null items
                events.add(request.toEvent(recordTime));
            }
        }
        this.publisher.publishAll(events);
        return new BatchAccepted(
                events.size(), events.stream().map(Harvested::eventId).toList());
    }

    private Instant now() {
        return this.clock.instant();
    }

    /**
     * @param eventId the event's id (the client's or a new one)
     * @param topic where it was written
     * @param partition the partition of the topic
     * @param offset its offset in the partition
     */
    record Accepted(UUID eventId, String topic, int partition, long offset) {}

    /**
     * @param accepted how many events were written
     * @param eventIds their ids, in request order
     */
    record BatchAccepted(int accepted, List<UUID> eventIds) {}
}
