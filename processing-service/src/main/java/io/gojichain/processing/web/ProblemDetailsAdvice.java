package io.gojichain.processing.web;

import io.gojichain.contracts.GojiJson;
import io.gojichain.processing.ProcessingProperties;
import io.gojichain.processing.publishing.IngestMetrics;
import io.gojichain.processing.publishing.KafkaUnavailableException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error leaves the service as RFC 9457 {@code application/problem+json}: the documented
 * statuses for client mistakes, 503 with {@code Retry-After} when Kafka cannot take the write, and
 * a 500 that tells nothing about the inside for anything unexpected. Also counts rejections.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID_EVENT = URI.create("https://gojichain.io/problems/invalid-event");

    static final URI PAYLOAD_TOO_LARGE = URI.create("https://gojichain.io/problems/payload-too-large");

    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("https://gojichain.io/problems/unsupported-media-type");

    static final URI KAFKA_UNAVAILABLE = URI.create("https://gojichain.io/problems/kafka-unavailable");

    static final URI INTERNAL_ERROR = URI.create("https://gojichain.io/problems/internal-error");

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The ingest endpoints; the captured group is the event type, the metrics' low-cardinality tag. */
    private static final Pattern INGEST_PATH = Pattern.compile(".*/api/v1/processing/(dried|juiced)(/batch)?/?");

    private final IngestMetrics metrics;

    private final long retryAfterSeconds;

    ProblemDetailsAdvice(IngestMetrics metrics, ProcessingProperties properties) {
        this.metrics = metrics;
        this.retryAfterSeconds = Math.max(1, properties.publish().retryAfter().toSeconds());
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<Object> invalidEvent(InvalidEventException ex, WebRequest request) {
        countRejected(request, "invalid");
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                INVALID_EVENT,
                "Invalid event",
                "The request breaks the event contract (" + ex.getMessage() + "); see errors.",
                request);
        problem.setProperty("errors", ex.errors());
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        return tooLarge(ex, request);
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<Object> kafkaUnavailable(KafkaUnavailableException ex, WebRequest request) {
        countRejected(request, "kafka_unavailable");
        log.warn("Kafka did not take the write: {}", ex.getMessage());
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                KAFKA_UNAVAILABLE,
                "Kafka unavailable",
                "The event log cannot take the write right now; nothing was published."
                        + " Retry later with the same eventId(s).",
                request);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
        return respond(problem, headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", path(request), ex);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                INTERNAL_ERROR,
                "Internal error",
                "The service failed to handle the request; nothing was published.",
                request);
        return respond(problem, new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request);
        }
        countRejected(request, "malformed");
        JacksonException jackson = causeOf(ex, JacksonException.class);
        String where = "";
        List<FieldError> errors = List.of();
        if (jackson != null) {
            TokenStreamLocation location = jackson.getLocation();
            if (location != null && location.getLineNr() > 0) {
                where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            }
            String field = fieldPath(jackson.getPath());
            // Databind knows which value did not fit (a syntax error or trailing garbage has no field).
            boolean shapeMismatch = jackson instanceof MismatchedInputException
                    && !String.valueOf(jackson.getOriginalMessage()).startsWith("Trailing token");
            if (shapeMismatch || !field.isEmpty()) {
                errors = List.of(new FieldError(field.isEmpty() ? "$" : field, typeMessage(jackson)));
            }
        }
        String detail = jackson == null
                ? "The request body is missing or cannot be read."
                : errors.isEmpty()
                        ? "The request body is not valid JSON" + where + "."
                        : "The request body does not have the event's shape" + where + ".";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_EVENT, "Malformed request", detail, request);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return respond(problem, new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        countRejected(request, "unsupported_media");
        ProblemDetail problem = problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Send the event as application/json.",
                request);
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.setAccept(List.of(MediaType.APPLICATION_JSON));
        return respond(problem, responseHeaders);
    }

    /** Spring's own problems (404, 405, ...) get the request path as {@code instance} and the media type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(path(request)));
        }
        if (body instanceof ProblemDetail) {
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private ResponseEntity<Object> tooLarge(PayloadTooLargeException ex, WebRequest request) {
        countRejected(request, "too_large");
        ProblemDetail problem =
                problem(HttpStatus.CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, "Payload too large", capitalised(ex), request);
        return respond(problem, new HttpHeaders());
    }

    private static String capitalised(PayloadTooLargeException ex) {
        String message = String.valueOf(ex.getMessage());
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(path(request)));
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private void countRejected(WebRequest request, String reason) {
        Matcher ingest = INGEST_PATH.matcher(path(request));
        if (ingest.matches()) {
            this.metrics.rejected(ingest.group(1), reason);
        }
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getRequestURI();
        }
        return "/";
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Jackson's path as the contract writes it: {@code [3].inputs[0].quantityKg}. */
    static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** What the value should have been, in the client's terms, never a Java class name. */
    static String typeMessage(JacksonException ex) {
        Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "cannot be read here";
        }
        if (target.isEnum()) {
            return "must be one of: "
                    + Arrays.stream(target.getEnumConstants())
                            .map(constant -> GojiJson.mapper()
                                    .writeValueAsString(constant)
                                    .replace("\"", ""))
                            .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 instant with offset, e.g. 2026-07-09T04:00:00Z";
        }
        if (target == UUID.class) {
            return "must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
        }
        if (target == Integer.class || target == Long.class || target == BigInteger.class || target == int.class) {
            return "must be an integer";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
