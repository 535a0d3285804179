package com.skincare.shop.query.admin;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.NotFoundException;
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
    ApiResponse<ProjectionStatus> one(@PathVariable String name) {
        return ApiResponse.ok("Projection retrieved", projections.find(name).orElseThrow(() -> unknown(name)));
    }

    /** Every projection at once: 202, or 409 when any of them is being replayed already. */
    @PostMapping("/replay")
    ResponseEntity<ApiResponse<Map<String, Object>>> replayAll() {
        List<String> started = projections.replayAll();
        URI status = URI.create("/api/v1/admin/projections");
        return ResponseEntity.accepted().location(status)
                .body(ApiResponse.ok("Replay started", Map.of("names", started, "status_url", status.toString())));
    }

    /** 202 with the status URL; 409 when this projection is being replayed already, on any node. */
    @PostMapping("/{name}/replay")
    ResponseEntity<ApiResponse<Map<String, String>>> replay(@PathVariable String name) {
        if (!projections.replay(name)) {
            throw unknown(name);
        }
        URI status = URI.create("/api/v1/admin/projections/" + name);
        return ResponseEntity.accepted().location(status)
                .body(ApiResponse.ok("Replay started", Map.of("name", name, "status_url", status.toString())));
    }

    private static NotFoundException unknown(String name) {
        return new NotFoundException("No projection named " + name);
    }
}
