package io.gojichain.boot.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.publishing.IngestMetrics;
import io.gojichain.boot.publishing.KafkaUnavailableException;
import io.gojichain.boot.security.OrganisationForbiddenException;
import io.gojichain.contracts.EventType;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Every error of this service as RFC 9457 {@code application/problem+json}: a stable {@code type} under {@link
 * #TYPE_BASE}, the request path as {@code instance} and, for a 400, the list of {@code errors} with field paths
 * ({@code $} for the body as a whole). Never a stack trace, and never a 500 for anything a client sent. The same
 * answers, and the same rejection metric, in every ingest service (docs/CONTRACT.md, section 2):
 *
 * <ul>
 *   <li>{@code malformed-json} (400, reason {@code malformed}): the body is not JSON (syntax, trailing content,
 *       duplicate keys, missing body);
 *   <li>{@code invalid-event} (400, reason {@code invalid}): well-formed JSON that breaks the contract: a value of
 *       the wrong type, an unknown enum value, a missing or out-of-range field, a cross-field rule;
 *   <li>{@code payload-too-large} (413, {@code too_large}), {@code unsupported-media-type} (415, {@code
 *       unsupported_media}), {@code kafka-unavailable} (503 + Retry-After and the request's {@code eventIds}, {@code
 *       kafka_unavailable}), {@code internal-error} (500);
 *   <li>Spring's own problems (404, 405 ...) keep their status and get {@code type} {@code not-found}, {@code
 *       method-not-allowed} ... under the same base.
 * </ul>
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://gojichain.io/problems/";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final IngestMetrics metrics;

    private final IngestEndpoints endpoints;

    private final long retryAfterSeconds;

    public ProblemDetailsAdvice(IngestMetrics metrics, IngestProperties properties, IngestEndpoints endpoints) {
        this.metrics = metrics;
        this.endpoints = endpoints;
        this.retryAfterSeconds = Math.max(1, properties.publish().retryAfter().toSeconds());
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalidEvent(InvalidEventException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.INVALID, ex.eventCount());
        return invalid(ex.getMessage(), ex.errors(), request);
    }

    @ExceptionHandler(OrganisationForbiddenException.class)
    ResponseEntity<ProblemDetail> organisationForbidden(OrganisationForbiddenException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.FORBIDDEN, 1);
        // The same type as the filter's 403, plus the field: the key is valid, the body names someone else.
        ProblemDetail body = problem(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "This key may not post for the organisation named in " + ex.field() + ".",
                request);
        return respond(
                withErrors(body, List.of(new FieldError(ex.field(), "names an organisation other than the key's"))),
                new HttpHeaders());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
        reject(request, IngestMetrics.Reason.TOO_LARGE, ex.eventCount());
        return respond(
                problem(
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
        log.warn("503 for {}: {}", request.getRequestURI(), ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
        // A write that outlived the wait may still land: the ids (the ones the service made included) are what makes
        // the retry safe, so the answer lists them and does not claim that nothing was stored.
        ProblemDetail body = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "kafka-unavailable",
                "Kafka unavailable",
                "Kafka did not confirm the write in time; it may or may not have been stored. Retry after "
                        + this.retryAfterSeconds + " s with the same eventIds, listed here: an id is counted once.",
                request);
        body.setProperty("eventIds", ex.eventIds());
        return respond(body, headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(
                problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "The service failed unexpectedly; the error has been logged. Retrying with the same eventId"
                                + " is safe.",
                        request),
                new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        PayloadTooLargeException tooLarge = find(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return widen(payloadTooLarge(tooLarge, servletRequest));
        }
        JacksonException json = find(ex, JacksonException.class);
        if (json == null || isSyntaxError(json)) {
            reject(servletRequest, IngestMetrics.Reason.MALFORMED, 1);
            return widen(malformed(json, servletRequest));
        }
        // Well-formed JSON whose values do not fit the fields: a wrong type, an unknown enum value. The body was not
        // bound, so how many events it held is not known.
        reject(servletRequest, IngestMetrics.Reason.INVALID, 1);
        List<FieldError> errors = List.of(new FieldError(path(json), messageFor(json)));
        return widen(invalid(new InvalidEventException(errors, 1).getMessage(), errors, servletRequest));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        reject(servletRequest, IngestMetrics.Reason.UNSUPPORTED_MEDIA, 1);
        ProblemDetail body = problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "Send the body as application/json"
                        + (ex.getContentType() != null ? ", not " + ex.getContentType() : "")
                        + ".",
                servletRequest);
        HttpHeaders answer = new HttpHeaders();
        answer.setAccept(List.of(MediaType.APPLICATION_JSON));
        return handleExceptionInternal(ex, body, answer, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    /** Gives Spring's own problems (404, 405 ...) the same shape as ours: our type base, the path, problem+json. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (!(body instanceof ProblemDetail problem)) {
            return super.createResponseEntity(body, headers, statusCode, request);
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_BASE + slug(statusCode)));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(servletRequest(request).getRequestURI()));
        }
        // A copy: the exception's own headers may be read-only.
        HttpHeaders answer = HttpHeaders.copyOf(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(problem, answer, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> malformed(@Nullable JacksonException ex, HttpServletRequest request) {
        if (ex == null) {
            // Spring found no body at all (or one it could not even start to read).
            ProblemDetail body = problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "Malformed JSON",
                    "The request body is missing or is not readable JSON.",
                    request);
            return respond(
                    withErrors(body, List.of(new FieldError(FieldError.BODY, "request body is required"))),
                    new HttpHeaders());
        }
        TokenStreamLocation location = ex.getLocation();
        String where = location != null && location.getLineNr() > 0
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : "";
        String reason = syntaxMessage(ex);
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST,
                "malformed-json",
                "Malformed JSON",
                "The request body is not valid JSON" + where + ": " + reason,
                request);
        return respond(withErrors(body, List.of(new FieldError(path(ex), reason))), new HttpHeaders());
    }

    private ResponseEntity<ProblemDetail> invalid(
            @Nullable String detail, List<FieldError> errors, HttpServletRequest request) {
        ProblemDetail body = problem(
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

    private static ProblemDetail problem(
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
        EventType type = this.endpoints.typeOf(request.getRequestURI());
        if (type != null) {
            this.metrics.rejected(type, reason, events);
        }
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null) {
            throw new IllegalStateException("not a servlet request");
        }
        return servletRequest;
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
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Broken JSON text, as opposed to valid JSON with a value that does not fit. A number too large for its field is
     * a value problem; content after the document is a syntax problem although Jackson reports it while binding.
     */
    static boolean isSyntaxError(JacksonException ex) {
        if (ex instanceof InputCoercionException) {
            return false;
        }
        if (ex instanceof DatabindException) {
            String message = ex.getOriginalMessage();
            return message != null && message.startsWith("Trailing token");
        }
        return true;
    }

    /**
     * Where in the body a failure happened, as the contract writes it: {@code [3].region.county}, {@code $} for the
     * body as a whole. Binding failures carry their path; a parser failure is located by where the parser stood.
     */
    static String path(JacksonException ex) {
        String path = ex.getPath().isEmpty()
                        && !(ex instanceof DatabindException)
                        && ex.processor() instanceof JsonParser parser
                ? path(parser.streamReadContext())
                : path(ex.getPath());
        return path.isEmpty() ? FieldError.BODY : path;
    }

    /** Jackson's reference path: {@code [3].region.county}. */
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

    /** Where a streaming parser stood when the syntax broke. */
    private static String path(@Nullable TokenStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.inObject() && at.currentName() != null) {
                segments.add(0, "." + at.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Jackson's description of a syntax error, without the Java names some of them carry. */
    static String syntaxMessage(JacksonException ex) {
        String message = ex.getOriginalMessage();
        if (message == null) {
            return "unreadable JSON";
        }
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        int newline = message.indexOf('\n');
        String line = (newline >= 0 ? message.substring(0, newline) : message)
                .replaceAll("`JsonToken\\.(\\w+)`", "$1")
                .trim();
        if (line.contains("`") || line.contains("java.") || line.contains("jackson")) {
            return "invalid JSON syntax";
        }
        return line;
    }

    /** What a value of the field looks like, in the client's terms, never a Java class name. */
    static String messageFor(JacksonException ex) {
        if (ex instanceof FieldFormatException) {
            return String.valueOf(ex.getOriginalMessage());
        }
        if (ex instanceof InputCoercionException) {
            return "is out of range";
        }
        Class<?> type = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
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
                || type == short.class
                || type == BigInteger.class) {
            return "must be an integer";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return IsoInstantDeserializer.MESSAGE;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    /** The names an enum has on the wire (its {@code @JsonProperty}), in declaration order. */
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
