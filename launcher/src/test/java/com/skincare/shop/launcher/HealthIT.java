package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop is whole: PostgreSQL, the in-process Mongo and (as the suite runs it) Redis answer, and /health
 * says so.
 */
class HealthIT extends ShopIT {

    @Test
    void healthReportsTheDatabaseAndTheAnalyticsStore() {
        Http.Answer health = anonymous().get("/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        JsonNode components = health.data().path("components");
        assertThat(health.data().path("status").asText()).isEqualTo("UP");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("analyticsStore").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("redis").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheIdentityEndpointsAndTheirParameters() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().path("paths");

        assertThat(paths.has("/api/v1/auth/register")).isTrue();
        assertThat(paths.has("/api/v1/auth/refresh")).isTrue();
        assertThat(paths.path("/api/v1/admin/customers").path("get").path("parameters").findValuesAsText("name"))
                .contains("search", "role", "page", "limit");
        assertThat(paths.path("/api/v1/products").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asText())
                .as("a cached read answers stored bytes, described as the envelope they hold").endsWith("ProductPage");
        assertThat(paths.path("/api/v1/auth/me").path("get").path("parameters").isMissingNode()
                || paths.path("/api/v1/auth/me").path("get").path("parameters").isEmpty())
                .as("the signed-in user comes from the token, not a parameter").isTrue();
    }

    @Test
    void demoCatalogWasLoadedThroughCommands() {
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM axon.domain_event_entry WHERE payloadType LIKE '%CategoryCreatedEvent'",
                Long.class)).isGreaterThanOrEqualTo(8);
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM products WHERE name_kh IS NOT NULL AND sku LIKE 'SKC-%'", Long.class))
                .isGreaterThanOrEqualTo(12));
    }
}
