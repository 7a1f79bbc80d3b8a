package io.gojichain.insights.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The 404 of an unknown lot, batch or farm: problem+json naming the id (docs/CONTRACT.md section 3). */
public final class NotFound {

    static final URI TYPE = URI.create("https://gojichain.io/problems/not-found");

    private NotFound() {}

    public static ResponseEntity<ProblemDetail> problem(String title, String detail, String idName, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(TYPE);
        problem.setTitle(title);
        problem.setProperty(idName, id);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
