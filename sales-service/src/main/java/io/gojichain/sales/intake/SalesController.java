package io.gojichain.sales.intake;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.security.Submitter;
import io.gojichain.boot.web.Accepted;
import io.gojichain.boot.web.BatchAccepted;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.Sold;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sales} and {@code /api/v1/sales/batch}: validate order lines, publish them to
 * {@code goji.sold.v1}, answer 202 once Kafka has them.
 */
@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "sales", description = "Order lines in; goji.sold.v1 events out, keyed by orderId")
class SalesController {

    private final SaleRequestRules rules;

    private final EventPublisher publisher;

    private final Clock clock;

    SalesController(SaleRequestRules rules, EventPublisher publisher, Clock clock) {
        this.rules = rules;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Operation(
            summary = "Record one order line",
            description = "Publishes one sold event; answers 202 only after Kafka acknowledged it (acks=all).")
    @ApiResponse(responseCode = "202", description = "Kafka acknowledged the event (acks=all): where it was stored")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> sell(@RequestBody SaleRequest request, Submitter submitter) {
        this.rules.validate(request);
        String seller = submitter.scope("sellerId", request.sellerId());
        Sold event = request.toEvent(UUID.randomUUID(), this.clock.instant(), seller, submitter.organisationId());
        return ResponseEntity.accepted().body(Accepted.of(event, this.publisher.publish(event)));
    }

    @Operation(
            summary = "Record 1 to 1000 order lines, all or nothing",
            description = "Every item is validated first; one invalid item rejects the whole batch and nothing"
                    + " is published. The batch is written in one Kafka transaction.")
    @ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch; ids in request order")
    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchAccepted> sellAll(@RequestBody List<@Nullable SaleRequest> requests, Submitter submitter)
            throws PayloadTooLargeException {
        this.rules.validateBatch(requests);
        Instant recordTime = this.clock.instant();
        List<Sold> events = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SaleRequest request = requests.get(i);
            if (request != null) { // never null here: validateBatch rejects null items
                String seller = submitter.scope("[" + i + "].sellerId", request.sellerId());
                events.add(request.toEvent(UUID.randomUUID(), recordTime, seller, submitter.organisationId()));
            }
        }
        this.publisher.publishAll(events);
        return ResponseEntity.accepted().body(BatchAccepted.of(events));
    }
}
