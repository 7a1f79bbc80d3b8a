package io.gojichain.boot.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The documented answers of an endpoint that takes one event, for the OpenAPI description: 202 and the problems
 * {@link ProblemDetailsAdvice} gives. Put on the controller method.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "202", description = "Kafka acknowledged the event (acks=all): where it was stored")
@ApiResponse(
        responseCode = "400",
        description = "Malformed JSON or a broken rule; `errors` lists each field path and message",
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
                "Kafka did not confirm the write in time; it may still land. Retry after `Retry-After` seconds with"
                        + " the eventIds the answer lists: an id is counted once",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface IngestErrorResponses {}
