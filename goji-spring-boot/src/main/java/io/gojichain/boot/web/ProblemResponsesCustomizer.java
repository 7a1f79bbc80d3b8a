package io.gojichain.boot.web;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;

/**
 * Documents, on every ingest endpoint of the OpenAPI description, the problems {@link ProblemDetailsAdvice} answers
 * (400, 413, 415, 503 as problem+json), so that no controller repeats them. A controller documents only its 202.
 */
public class ProblemResponsesCustomizer implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final IngestEndpoints endpoints;

    public ProblemResponsesCustomizer(IngestEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Schema<?> problem = problemSchema(openApi);
        openApi.getPaths().forEach((path, item) -> {
            if (this.endpoints.typeOf(path) != null && item.getPost() != null) {
                document(item.getPost(), path.endsWith("/batch"), problem);
            }
        });
    }

    private static void document(Operation operation, boolean batch, Schema<?> problem) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        answers(batch)
                .forEach((status, description) -> responses.putIfAbsent(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)))));
        operation.setResponses(responses);
    }

    private static Map<String, String> answers(boolean batch) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(
                "400",
                batch
                        ? "Malformed JSON, an empty batch, an eventId used twice or a broken rule in any item (fields as"
                                + " `[3].quantityKg`); nothing published"
                        : "Malformed JSON or a broken rule; `errors` lists each field path and message");
        answers.put("413", batch ? "More than 1000 events or a body over 1 MiB" : "Body over 1 MiB");
        answers.put("415", "Content-Type is not application/json");
        answers.put(
                "503",
                "Kafka did not confirm the write in time; it may still land. Retry after `Retry-After` seconds with the"
                        + " eventIds the answer lists: an id is counted once");
        return answers;
    }

    /** A reference to Spring's {@link ProblemDetail}, registered once among the components. */
    private static Schema<?> problemSchema(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        ModelConverters.getInstance().readAll(ProblemDetail.class).forEach(components::addSchemas);
        openApi.setComponents(components);
        return new Schema<>().$ref("#/components/schemas/" + ProblemDetail.class.getSimpleName());
    }
}
