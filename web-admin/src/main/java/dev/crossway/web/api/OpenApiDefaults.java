package dev.crossway.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Removes the {@code 200} answer that the scanner assumes for a method returning {@code Response}
 * when META-INF/openapi.yaml documents the operation's real success status ({@code 201}, {@code 202},
 * {@code 204}) instead: the scanner cannot see which status the method builds, the fragment can.
 * Named in META-INF/microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class OpenApiDefaults implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        APIResponse ok = responses == null ? null : responses.get("200");
        boolean otherSuccess = responses != null && responses.keySet().stream()
                .anyMatch(code -> code.startsWith("2") && !code.equals("200"));
        if (ok != null && otherSuccess && !documented(ok)) {
            operation.getResponses().removeAPIResponse("200");
        }
        return operation;
    }

    /** Whether the fragment gave this answer an example (the scanner's assumed one has none). */
    private static boolean documented(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getExample() != null || (m.getExamples() != null && !m.getExamples().isEmpty()));
    }
}
