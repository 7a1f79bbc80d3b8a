package io.gojichain.harvest.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gojichain.contracts.EventType;
import io.gojichain.harvest.HarvestProperties;
import io.gojichain.harvest.publishing.IngestMetrics;
import io.gojichain.harvest.publishing.KafkaUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of this service as RFC 9457 {@code application/problem+json}: a stable {@code type}, the request path
 * as {@code instance}, and for a 400 the list of {@code errors} with field paths. Never a stack trace, and never a
 * 500 for anything a client sent.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://gojichain.io/problems/";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final String INGEST_PATH = "/api/v1/harvests";

    private final IngestMetrics metrics;

    private final HarvestProperties properties;

    ProblemDetailsAdvice(IngestMetrics metrics, HarvestProperties properties) {
        this.metrics = metrics;
        this.properties = properties;
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalidEvent(InvalidEventException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.INVALID, ex.eventCount());
        return invalid(ex.getMessage(), ex.errors(), request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.TOO_LARGE, 1);
        return respond(
                problemDetail(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large",
                        "Payload too large",
                        ex.getMessage(),
                        request),
                new HttpHeaders());
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.KAFKA_UNAVAILABLE, ex.eventCount());
        long retryAfter = Math.max(1, this.properties.publish().retryAfter().toSeconds());
        log.warn("503 for {}: {}", request.getRequestURI(), ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return respond(
                problemDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "kafka-unavailable",
                        "Kafka unavailable",
                        "Kafka could not take the write in time; retry after " + retryAfter
                                + " s with the same eventId",
                        request),
                headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(
                problemDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "The service failed unexpectedly; the error has been logged.",
                        request),
                new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        PayloadTooLargeException tooLarge = find(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return widen(payloadTooLarge(tooLarge, servletRequest));
        }
        JacksonException jackson = find(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException) {
            reject(servletRequest, IngestMetrics.Reason.MALFORMED, 1);
            return widen(malformed(jackson, servletRequest));
        }
        // Well-formed JSON whose values do not fit the fields: a wrong type, an unknown enum value.
        reject(servletRequest, IngestMetrics.Reason.INVALID, 1);
        String message = jackson instanceof MismatchedInputException mismatch
                ? expected(mismatch.getTargetType())
                : "has an invalid value";
        return widen(invalid(
                "1 problem in the request body",
                List.of(new FieldError(path(jackson.getPath()), message)),
                servletRequest));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        reject(((ServletWebRequest) request).getRequest(), IngestMetrics.Reason.UNSUPPORTED_MEDIA, 1);
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** Gives Spring's own problems (404, 405, 415 ...) the same shape as ours. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servletWebRequest) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create(TYPE_BASE + slug(statusCode)));
            }
            problem.setInstance(URI.create(servletWebRequest.getRequest().getRequestURI()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> malformed(@Nullable JacksonException ex, HttpServletRequest request) {
        if (ex == null) {
            // Spring found no body at all (or one it could not even start to read).
            ProblemDetail body = problemDetail(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "Malformed JSON",
                    "The request body is missing or is not JSON.",
                    request);
            return respond(
                    withErrors(body, List.of(new FieldError("", "request body is required"))), new HttpHeaders());
        }
        TokenStreamLocation location = ex.getLocation();
        String where = location != null && location.getLineNr() > 0
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : "";
        String reason = ex.getOriginalMessage();
        String detail = "The request body is not valid JSON" + where + ": " + reason;
        ProblemDetail body = problemDetail(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail, request);
        return respond(withErrors(body, List.of(new FieldError(parserPath(ex), reason))), new HttpHeaders());
    }

    private ResponseEntity<ProblemDetail> invalid(
            @Nullable String detail, List<FieldError> errors, HttpServletRequest request) {
        ProblemDetail body = problemDetail(
                HttpStatus.BAD_REQUEST,
                "invalid-event",
                "Invalid event",
                detail != null ? detail : "The request body breaks the event contract.",
                request);
        return respond(withErrors(body, errors), new HttpHeaders());
    }

    private static ProblemDetail withErrors(ProblemDetail body, List<FieldError> errors) {
        body.setProperty("errors", errors);
        return body;
    }

    private static ProblemDetail problemDetail(
            HttpStatus status, String type, String title, @Nullable String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        return body;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body, HttpHeaders headers) {
        // Content type set here: a problem is problem+json whatever the client's Accept header asked for.
        return ResponseEntity.status(body.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private void reject(HttpServletRequest request, IngestMetrics.Reason reason, int events) {
        EventType type = typeOf(request.getRequestURI());
        if (type != null) {
            this.metrics.rejected(type, reason, events);
        }
    }

    /** The event type an ingest path takes; null for other paths (their errors are not event rejections). */
    private static @Nullable EventType typeOf(String path) {
        return path.startsWith(INGEST_PATH) ? EventType.HARVESTED : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    private static <T extends Throwable> @Nullable T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Jackson's reference path as the contract writes it: {@code [3].region.county}. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            String property = reference.getPropertyName();
            if (property != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(property);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stood when the syntax broke, if it can tell. */
    private static String parserPath(JacksonException ex) {
        if (!(ex.processor() instanceof JsonParser parser)) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext context = parser.streamReadContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                segments.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.inObject() && context.currentName() != null) {
                segments.add(0, "." + context.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** What a value of the target type looks like, for a client that sent something else. */
    static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of: " + wireNames(type);
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "must be an integer";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String wireNames(Class<?> enumType) {
        return Stream.of(enumType.getEnumConstants())
                .map(constant -> {
                    String name = ((Enum<?>) constant).name();
                    try {
                        JsonProperty property = enumType.getField(name).getAnnotation(JsonProperty.class);
                        return property != null ? property.value() : name;
                    } catch (NoSuchFieldException ex) {
                        return name;
                    }
                })
                .collect(Collectors.joining(", "));
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "http-" + status.value();
        }
        return known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
