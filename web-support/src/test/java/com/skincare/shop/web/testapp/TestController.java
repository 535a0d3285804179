package com.skincare.shop.web.testapp;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.InvalidRequestException;
import com.skincare.shop.web.errors.NotFoundException;
import com.skincare.shop.web.errors.RateLimitedException;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** Endpoints that succeed or fail in every way the error mapping must handle. */
@RestController
@RequestMapping("/test")
class TestController {

    private final Validator validator;

    TestController(Validator validator) {
        this.validator = validator;
    }

    static Rejection rejection(String kind) {
        return switch (kind) {
            case "invalid" -> Rejection.invalid("price", "must be greater than the cost price");
            case "not-found" -> Rejection.notFound("PRODUCT_NOT_FOUND", "No product 42");
            case "conflict" -> Rejection.conflict("SKU_TAKEN", "sku", "SKU ABC-1 is taken");
            case "rule" -> Rejection.rule("OUT_OF_STOCK", "Only 2 left of Snail mucin");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    ApiResponse<ProductRequest> create(@Valid @RequestBody ProductRequest product) {
        return ApiResponse.ok("created", product);
    }

    @GetMapping("/items")
    ApiResponse<Map<String, Integer>> items(@RequestParam int page,
                                            @RequestParam(name = "per_page", defaultValue = "20") @Min(1) @Max(100) int perPage) {
        return ApiResponse.ok("items", Map.of("page", page, "per_page", perPage));
    }

    @GetMapping(path = "/json-only", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<String> jsonOnly() {
        return ApiResponse.ok("ok", "json");
    }

    @GetMapping("/rejected/{kind}")
    void rejected(@PathVariable String kind) {
        throw new RejectedException(rejection(kind));
    }

    @GetMapping("/remote-rejected/{kind}")
    void remoteRejected(@PathVariable String kind) {
        throw new CommandExecutionException("Command failed on another node", null, rejection(kind));
    }

    @GetMapping("/wrapped-rejected")
    void wrappedRejected() {
        throw new CompletionException(new IllegalStateException("outer", new RejectedException(rejection("conflict"))));
    }

    @GetMapping("/aggregate-missing")
    void aggregateMissing() {
        throw new AggregateNotFoundException("product-42", "The aggregate was not found in the event store");
    }

    @GetMapping("/concurrency")
    void concurrency() {
        throw new ConcurrencyException("An event for aggregate [product-42] at sequence [3] was already inserted");
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("secret detail");
    }

    @GetMapping("/query-failed")
    void queryFailed() {
        throw new QueryExecutionException("secret detail of a query", null);
    }

    @GetMapping("/no-query-handler")
    void noQueryHandler() {
        throw new NoHandlerForQueryException("No handler for FindProductQuery");
    }

    /** What a request meets when the connection pool has no connection to give: Spring's wrapper around Hikari's. */
    @GetMapping("/no-database-connection")
    void noDatabaseConnection() {
        throw new IllegalStateException("Failed to obtain JDBC Connection", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms (secret detail)"));
    }

    @GetMapping("/not-found")
    void notFound() {
        throw new NotFoundException("No product 42");
    }

    @GetMapping("/invalid-sort")
    void invalidSort() {
        throw new InvalidRequestException("sort", "must be one of [price, name]");
    }

    @GetMapping("/invalid-limit")
    void invalidLimit() {
        throw new InvalidRequestException("limit", "limit must be between 1 and 100");
    }

    @GetMapping("/rate-limited")
    void rateLimited() {
        throw new RateLimitedException(Duration.ofSeconds(30));
    }

    @GetMapping("/violations")
    void violations() {
        ProductRequest invalid = new ProductRequest("x", BigDecimal.ONE, BigDecimal.valueOf(-1),
                new ProductRequest.DimensionsRequest(BigDecimal.valueOf(-5), null, null, null),
                List.of(1L, -2L), null, null, null, null);
        throw new ConstraintViolationException(validator.validate(invalid));
    }

    @PostMapping("/upload")
    ApiResponse<Long> upload(@RequestParam("file") MultipartFile file) {
        return ApiResponse.ok("uploaded", file.getSize());
    }

    @GetMapping("/me")
    ApiResponse<Map<String, Object>> me(@AuthenticationPrincipal AuthenticatedUser user) {
        Map<String, Object> me = new LinkedHashMap<>();
        if (user != null) {
            me.put("subject", user.subject());
            me.put("email", user.email());
            me.put("roles", user.roles().stream().sorted().toList());
        }
        return ApiResponse.ok(user == null ? "anonymous" : "authenticated", me);
    }
}
