package com.skincare.shop.query.admin;

import com.skincare.shop.web.envelope.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Admin view of the projections and their replay. It lives on the query side, where the projectors run; a
 * gateway in front of the deployed shape routes {@code /api/v1/admin/projections/**} here whatever the method.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    ApiResponse<List<ProjectionStatus>> list() {
        return ApiResponse.ok("Projections retrieved", projections.all());
    }

    @GetMapping("/{name}")
    ResponseEntity<ApiResponse<?>> one(@PathVariable String name) {
        return projections.find(name)
                .<ResponseEntity<ApiResponse<?>>>map(s -> ResponseEntity.ok(ApiResponse.ok("Projection retrieved", s)))
                .orElseGet(() -> notFound(name));
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<ApiResponse<?>> replay(@PathVariable String name) {
        if (!projections.replay(name)) {
            return notFound(name);
        }
        URI status = URI.create("/api/v1/admin/projections/" + name);
        return ResponseEntity.accepted().location(status).body(ApiResponse.ok("Replay started",
                Map.of("name", name, "status_url", status.toString())));
    }

    private static ResponseEntity<ApiResponse<?>> notFound(String name) {
        return ResponseEntity.status(404).body(ApiResponse.failure("No projection named " + name,
                com.skincare.shop.web.envelope.ApiError.of("NOT_FOUND")));
    }
}
