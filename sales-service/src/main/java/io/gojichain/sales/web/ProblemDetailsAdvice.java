package io.gojichain.sales.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gojichain.contracts.EventType;
import io.gojichain.sales.SalesProperties;
import io.gojichain.sales.publishing.IngestMetrics;
import io.gojichain.sales.publishing.IngestMetrics.Reason;
import io.gojichain.sales.publishing.KafkaUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error as RFC 9457 {@code application/problem+json}: {@code type}, {@code title}, {@code
 * status}, {@code detail}, {@code instance} and, for 400, {@code errors: [{field, message}]}. Never a
 * stack trace or an exception message of a library; never a 500 for anything a client sent.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String PROBLEMS = "https://gojichain.io/problems/";

    static final URI INVALID_EVENT = URI.create(PROBLEMS + "invalid-event");

    static final URI MALFORMED_JSON = URI.create(PROBLEMS + "malformed-json");

    static final URI PAYLOAD_TOO_LARGE = URI.create(PROBLEMS + "payload-too-large");

    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(PROBLEMS + "unsupported-media-type");

    static final URI KAFKA_UNAVAILABLE = URI.create(PROBLEMS + "kafka-unavailable");

    static final URI INTERNAL_ERROR = URI.create(PROBLEMS + "internal-error");

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** This service accepts only one kind of event. */
    private static final EventType TYPE = EventType.SOLD;

    private final IngestMetrics metrics;

    private final Duration retryAfter;

    ProblemDetailsAdvice(IngestMetrics metrics, SalesProperties properties) {
        this.metrics = metrics;
        this.retryAfter = properties.publish().retryAfter();
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalidEvent(InvalidEventException ex, HttpServletRequest request) {
        this.metrics.rejected(TYPE, Reason.INVALID);
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, INVALID_EVENT, "Invalid event", describe(ex.errors()), request);
        problem.setProperty("errors", ex.errors());
        return respond(problem);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
        return tooLarge(ex, request);
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException ex, HttpServletRequest request) {
        log.warn("Kafka did not take a write: {}", rootMessage(ex));
        this.metrics.rejected(TYPE, Reason.KAFKA_UNAVAILABLE);
        long seconds = Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                KAFKA_UNAVAILABLE,
                "Kafka unavailable",
                "The event store did not acknowledge the write in time. Nothing was accepted; retry after " + seconds
                        + " s with the same eventIds (an id is counted once).",
                request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                INTERNAL_ERROR,
                "Internal error",
                "The service failed; the event was not accepted. Retrying with the same eventId is safe.",
                request));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return asObject(tooLarge(tooLarge, servletRequest));
        }
        JacksonException json = findCause(ex, JacksonException.class);
        if (json != null && !isSyntaxError(json)) {
            // Well-formed JSON, but a value of the wrong type or range, an unknown enum value, a bad UUID...
            this.metrics.rejected(TYPE, Reason.INVALID);
            List<FieldError> errors = List.of(new FieldError(path(json), messageFor(json)));
            ProblemDetail problem =
                    problem(HttpStatus.BAD_REQUEST, INVALID_EVENT, "Invalid event", describe(errors), servletRequest);
            problem.setProperty("errors", errors);
            return asObject(respond(problem));
        }
        this.metrics.rejected(TYPE, Reason.MALFORMED);
        String detail;
        List<FieldError> errors = new ArrayList<>();
        if (json != null) {
            TokenStreamLocation location = json.getLocation();
            detail = "Malformed JSON"
                    + (location != null
                            ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                            : "")
                    + ": " + syntaxMessage(json);
            String path = path(json);
            if (!path.isEmpty()) {
                errors.add(new FieldError(path, "malformed JSON value"));
            }
        } else {
            detail = "The request body is missing or is not readable JSON.";
        }
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON, "Malformed JSON", detail, servletRequest);
        problem.setProperty("errors", errors);
        return asObject(respond(problem));
    }

    /**
     * Broken JSON text, as opposed to valid JSON with a wrong value. A number too large for its field
     * is a value problem; content after the document is a syntax problem even though Jackson reports
     * it while binding.
     */
    private static boolean isSyntaxError(JacksonException ex) {
        if (ex instanceof InputCoercionException) {
            return false;
        }
        if (ex instanceof DatabindException) {
            String message = ex.getOriginalMessage();
            return message != null && message.startsWith("Trailing token");
        }
        return true;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        this.metrics.rejected(TYPE, Reason.UNSUPPORTED_MEDIA);
        ProblemDetail problem = problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Send the body as application/json"
                        + (ex.getContentType() != null ? ", not " + ex.getContentType() : "")
                        + ".",
                servletRequest(request));
        HttpHeaders answer = new HttpHeaders();
        answer.setAccept(List.of(MediaType.APPLICATION_JSON));
        return handleExceptionInternal(ex, problem, answer, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    /** Spring's own problems (404, 405, 406 ...) also name the request path. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(servletRequest(request).getRequestURI()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
        this.metrics.rejected(TYPE, Reason.TOO_LARGE);
        return respond(problem(
                HttpStatus.CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, "Payload too large", ex.getMessage(), request));
    }

    private static ProblemDetail problem(
            HttpStatus status, URI type, String title, @Nullable String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }

    private static String describe(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field breaks the contract." : errors.size() + " fields break the contract.";
    }

    /** The JSON path of a binding failure: {@code buyerRegion.province}, {@code [3].quantity}. */
    static String path(JacksonException ex) {
        if (ex.getPath().isEmpty() && ex.processor() instanceof JsonParser parser) {
            return path(parser.streamReadContext());
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    /** Where a streaming parser stood when it failed, e.g. {@code [3].quantity}. */
    private static String path(@Nullable TokenStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.currentName() != null) {
                segments.add(0, "." + at.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A message in the contract's terms; Jackson's own would name Java classes. */
    static String messageFor(JacksonException ex) {
        if (ex instanceof FieldFormatException) {
            return ex.getOriginalMessage();
        }
        if (ex instanceof InputCoercionException) {
            return "is out of range";
        }
        Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of: " + wireNames(target);
        }
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == BigInteger.class) {
            return "must be an integer";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target) || target == double.class) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == UUID.class) {
            return "must be a UUID, e.g. 5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    /** The names an enum has on the wire (its {@code @JsonProperty}), in declaration order. */
    private static String wireNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
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

    private static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Jackson's description of a syntax error, without the Java names some of them carry. */
    private static String syntaxMessage(JacksonException ex) {
        String message = ex.getOriginalMessage();
        if (message == null) {
            return "unreadable JSON";
        }
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        int newline = message.indexOf('\n');
        String line = (newline >= 0 ? message.substring(0, newline) : message).replaceAll("`JsonToken\\.(\\w+)`", "$1");
        if (line.contains("`") || line.contains("java.") || line.contains("jackson")) {
            return "invalid JSON syntax";
        }
        return line;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
