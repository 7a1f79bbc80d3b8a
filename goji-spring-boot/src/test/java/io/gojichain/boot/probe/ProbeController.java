package io.gojichain.boot.probe;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.Sold;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What every ingest controller does: check, stamp, publish, answer 202. */
@RestController
class ProbeController {

    private final IngestValidator validator;

    private final EventPublisher publisher;

    private final Clock clock;

    ProbeController(IngestValidator validator, EventPublisher publisher, Clock clock) {
        this.validator = validator;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PostMapping(path = ProbeApplication.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> one(@RequestBody ProbeRequest request) {
        this.validator.validate(request, (r, errors) -> {});
        Sold event = request.toEvent(this.clock.instant());
        EventPublisher.Published published = this.publisher.publish(event);
        return Map.of("eventId", event.eventId(), "partition", published.partition(), "offset", published.offset());
    }

    @PostMapping(path = ProbeApplication.PATH + "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> batch(@RequestBody List<@Nullable ProbeRequest> requests) throws PayloadTooLargeException {
        this.validator.validateBatch(requests, (r, errors) -> {});
        List<Sold> events = requests.stream()
                .map(request -> Objects.requireNonNull(request).toEvent(this.clock.instant()))
                .toList();
        this.publisher.publishAll(events);
        return Map.of(
                "accepted",
                events.size(),
                "eventIds",
                events.stream().map(Sold::eventId).toList());
    }
}
