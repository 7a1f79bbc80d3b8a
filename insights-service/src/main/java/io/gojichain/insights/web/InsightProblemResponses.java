package io.gojichain.insights.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Documents, on every insight and trace query of the OpenAPI description, the problems every one of
 * them can answer ({@link ProblemDetailsAdvice}): 400 for a parameter it refuses and 503 while the
 * stores cannot be read. A controller documents its 200, and a 400 or 404 only where it has more to
 * say than this.
 */
@Component
public class InsightProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final Map<String, String> ANSWERS = Map.of(
            "400",
            "A parameter refused: a date that is not yyyy-MM-dd or outside 2000-01-01..9999-12-31, from after to,"
                    + " a period over the endpoint's limit, an unknown code; `errors` names the parameter",
            "503",
            "Stores not queryable yet (startup, rebuild, rebalance, partitions moving between instances):"
                    + " retry after Retry-After seconds; never a partial answer");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Schema<?> problem = problemSchema(openApi);
        openApi.getPaths().forEach((path, item) -> {
            if ((path.startsWith("/api/v1/insights/") || path.startsWith("/api/v1/trace/")) && item.getGet() != null) {
                document(item.getGet(), problem);
            }
        });
    }

    private static void document(Operation operation, Schema<?> problem) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        ANSWERS.keySet().stream()
                .sorted()
                .forEach(status -> responses.putIfAbsent(
                        status,
                        new ApiResponse()
                                .description(ANSWERS.get(status))
                                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)))));
        operation.setResponses(responses);
    }

    /** A reference to Spring's {@link ProblemDetail}, registered once among the components. */
    private static Schema<?> problemSchema(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        ModelConverters.getInstance().readAll(ProblemDetail.class).forEach(components::addSchemas);
        openApi.setComponents(components);
        return new Schema<>().$ref("#/components/schemas/" + ProblemDetail.class.getSimpleName());
    }
}
