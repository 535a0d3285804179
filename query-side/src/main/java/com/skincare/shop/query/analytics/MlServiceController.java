package com.skincare.shop.query.analytics;

import com.skincare.shop.web.envelope.ApiError;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.ErrorCode;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ML service's own health and metrics: {@code /ml/health} (anyone) is 200 while the analytics database
 * answers and no analytics processor is stopped, else 503 with what is wrong; {@code /ml/metrics} (admin) adds
 * each collection's document count.
 */
@RestController
public class MlServiceController {

    private final AnalyticsStatus status;

    public MlServiceController(AnalyticsStatus status) {
        this.status = status;
    }

    @GetMapping("/ml/health")
    public ResponseEntity<ApiResponse<Map<String, Object>>> health() {
        boolean store = status.storeAnswers();
        List<AnalyticsStatus.ProcessorView> processors = status.processors();
        boolean healthy = store && processors.stream().allMatch(AnalyticsStatus.ProcessorView::running);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", healthy ? "healthy" : "unhealthy");
        data.put("analytics_store", store ? "up" : "down");
        data.put("processors", processors);
        ApiResponse<Map<String, Object>> body = healthy ? ApiResponse.ok("healthy", data)
                : ApiResponse.failure("unhealthy", data, ApiError.of(ErrorCode.SERVICE_UNAVAILABLE.name()));
        return ResponseEntity.status(healthy ? 200 : 503).cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/ml/metrics")
    public ApiResponse<Map<String, Object>> metrics() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("collections", status.documentCounts());
        data.put("processors", status.processors());
        return ApiResponse.ok("Metrics retrieved", data);
    }
}
