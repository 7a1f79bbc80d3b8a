package io.gojichain.insights.web;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.facts.InvalidQueryException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the insights API as RFC 9457 {@code application/problem+json}, never a stack
 * trace: 400 for a query the endpoint cannot answer (with {@code parameter} and {@code errors}
 * naming it), 503 with {@code Retry-After} while the stores cannot be queried, 500 for the rest.
 * Spring's own cases (404, 405, 406 ...) keep their status and get the same shape.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID_QUERY = URI.create("https://gojichain.io/problems/invalid-query");

    static final URI NOT_READY = URI.create("https://gojichain.io/problems/not-ready");

    static final URI INTERNAL = URI.create("https://gojichain.io/problems/internal-error");

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final InsightsProperties properties;

    public ProblemDetailsAdvice(InsightsProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidQueryException ex) {
        return badQuery(List.of(new QueryError(ex.parameter(), messageOf(ex))), messageOf(ex));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<QueryError> errors = ex.getConstraintViolations().stream()
                .map(violation -> new QueryError(lastNode(violation), violation.getMessage()))
                .sorted(Comparator.comparing(QueryError::field))
                .toList();
        return badQuery(errors, summary(errors));
    }

    @ExceptionHandler(InsightsNotReadyException.class)
    ResponseEntity<Object> notReady(InsightsNotReadyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The insight stores are not ready (starting, rebalancing or restoring); retry shortly.");
        problem.setType(NOT_READY);
        problem.setTitle("Insights not ready");
        HttpHeaders headers = new HttpHeaders();
        headers.set(
                HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, this.properties.retryAfter().toSeconds())));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .headers(headers)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected error answering an insights query", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this query; the error is logged.");
        problem.setType(INTERNAL);
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch)
                ? requestParameterName(mismatch.getParameter(), mismatch.getName())
                : String.valueOf(ex.getPropertyName());
        Class<?> required = ex.getRequiredType();
        String expected = (required == null) ? "a valid value" : describe(required);
        String message = parameter + " must be " + expected + ", not '" + ex.getValue() + "'";
        return badQuery(List.of(new QueryError(parameter, message)), message);
    }

    /** A query object ({@link PeriodParameters}) whose fields did not convert: 400 naming each parameter. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<QueryError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            Class<?> type = ex.getBindingResult().getFieldType(error.getField());
            String message = (error.isBindingFailure() && type != null)
                    ? error.getField() + " must be " + describe(type) + ", not '" + error.getRejectedValue() + "'"
                    : error.getField() + ": " + error.getDefaultMessage();
            errors.add(new QueryError(error.getField(), message));
        }
        errors.sort(Comparator.comparing(QueryError::field));
        return badQuery(errors, summary(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String message = ex.getParameterName() + " is required";
        return badQuery(List.of(new QueryError(ex.getParameterName(), message)), message);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<QueryError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            MethodParameter parameter = result.getMethodParameter();
            String name = requestParameterName(parameter, String.valueOf(parameter.getParameterName()));
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new QueryError(name, String.valueOf(error.getDefaultMessage()))));
        }
        errors.sort(Comparator.comparing(QueryError::field));
        return badQuery(errors, summary(errors));
    }

    private static ResponseEntity<Object> badQuery(List<QueryError> errors, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_QUERY);
        problem.setTitle("Invalid query");
        if (!errors.isEmpty()) {
            problem.setProperty("parameter", errors.get(0).field());
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String requestParameterName(MethodParameter parameter, String fallback) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation == null) {
            return fallback;
        }
        String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return name.isEmpty() ? fallback : name;
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "an ISO date (yyyy-MM-dd)";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return (dot < 0) ? path : path.substring(dot + 1);
    }

    private static String summary(List<QueryError> errors) {
        if (errors.isEmpty()) {
            return "The query is invalid.";
        }
        return String.join("; ", errors.stream().map(QueryError::message).toList());
    }

    private static String messageOf(Exception ex) {
        @Nullable String message = ex.getMessage();
        return (message == null) ? "invalid query" : message;
    }
}
