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
 * The documented answers of a batch endpoint (1 to 1000 events, all or nothing), for the OpenAPI description. Put on
 * the controller method.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "202", description = "Kafka committed every event of the batch; ids in request order")
@ApiResponse(
        responseCode = "400",
        description = "Malformed JSON, an empty batch, an eventId used twice or a broken rule in any item (fields as"
                + " `[3].quantityKg`); nothing published",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "413",
        description = "More than 1000 events or a body over 1 MiB",
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
        description = "Kafka did not confirm the transaction in time; it may still commit. Retry after `Retry-After`"
                + " seconds with the eventIds the answer lists: an id is counted once",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface BatchErrorResponses {}
