package io.gojichain.insights.web;

import io.gojichain.insights.facts.InvalidQueryException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Test-only stand-in for the service's problem+json advice (owned by the engine), so the analytics
 * controllers' slice tests can see their 400s. {@code @TestComponent} keeps component scanning from
 * adding it to other slices; tests {@code @Import} it.
 */
@TestComponent
@RestControllerAdvice
public class AnalyticsSliceProblemAdvice {

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("parameter", ex.parameter());
        return problem;
    }
}
