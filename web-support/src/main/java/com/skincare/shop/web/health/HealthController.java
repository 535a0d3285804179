package com.skincare.shop.web.health;

import com.skincare.shop.web.envelope.ApiError;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.ErrorCode;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: Actuator's health in the API's envelope. 200 when the application is up; otherwise the
 * status Actuator maps it to (503 for DOWN and OUT_OF_SERVICE) with {@code success: false}, code
 * {@code SERVICE_UNAVAILABLE} and the health still in {@code data}, so a caller sees which component is down.
 */
@RestController
public class HealthController {

    private final HealthEndpoint healthEndpoint;
    private final HttpCodeStatusMapper statusMapper;

    public HealthController(HealthEndpoint healthEndpoint, HttpCodeStatusMapper statusMapper) {
        this.healthEndpoint = healthEndpoint;
        this.statusMapper = statusMapper;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ApiResponse<HealthSummary>> health() {
        HealthComponent health = healthEndpoint.health();
        int status = statusMapper.getStatusCode(health.getStatus());
        ApiResponse<HealthSummary> body = status < 400
                ? ApiResponse.ok("healthy", HealthSummary.of(health))
                : ApiResponse.failure("unhealthy", HealthSummary.of(health), ApiError.of(ErrorCode.SERVICE_UNAVAILABLE.name()));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }
}
