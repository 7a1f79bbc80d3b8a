package io.gojichain.boot.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as problem+json, in the format of the services' other problems ({@code type} under {@code
 * https://gojichain.io/problems/}, the path as {@code instance}). The answers are the same whatever went wrong with
 * the key (missing, unknown, revoked, wrong secret): none says whether a key exists.
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String TYPE_BASE = "https://gojichain.io/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(
                response,
                problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Unauthenticated",
                        "A valid API key is required: send it as 'Authorization: Bearer <key>'.",
                        request));
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This key may not do this.", request));
    }

    static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        return body;
    }

    private static void write(HttpServletResponse response, ProblemDetail body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(body.getStatus());
        // As the services' other problems: no charset parameter (JSON is UTF-8), written as bytes.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The fields a ProblemDetail has, written without Spring's message converters (a filter answers this).
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", String.valueOf(body.getType()));
        json.put("title", body.getTitle());
        json.put("status", body.getStatus());
        json.put("detail", body.getDetail());
        json.put("instance", String.valueOf(body.getInstance()));
        if (body.getProperties() != null) {
            json.putAll(body.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), json);
    }
}
