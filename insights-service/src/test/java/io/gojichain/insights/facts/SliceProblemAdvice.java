package io.gojichain.insights.facts;

import io.gojichain.insights.web.InvalidQueryException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Test-only stand-in for the service's problem+json advice, so web slices of the analytics
 * controllers can assert their 400s and 503s. A {@code @TestComponent}: never picked up by scanning,
 * only where a test imports it.
 */
@TestComponent
@RestControllerAdvice
public class SliceProblemAdvice {

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidQueryException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("parameter", ex.parameter());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InsightsNotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(InsightsNotReadyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .body(problem);
    }
}
