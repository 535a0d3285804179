package com.skincare.shop.web.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.web.HttpTestBase;
import com.skincare.shop.web.testapp.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAndOpenApiTest extends HttpTestBase {

    @AfterEach
    void up() {
        TestApplication.DOWN.set(false);
    }

    @Test
    void healthIsUp() {
        Answer answer = get("/health");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("success").asBoolean()).isTrue();
        assertThat(json.path("message").asText()).isEqualTo("healthy");
        assertThat(json.path("data").path("status").asText()).isEqualTo("UP");
        assertThat(json.path("data").path("components").path("switchable").path("status").asText()).isEqualTo("UP");
        assertThat(json.has("error")).isFalse();
    }

    @Test
    void healthIsDownWith503AndTheDataButNoDetails() {
        TestApplication.DOWN.set(true);

        Answer answer = get("/health");

        assertThat(answer.status()).isEqualTo(503);
        JsonNode json = answer.json();
        assertThat(json.path("success").asBoolean(true)).isFalse();
        assertThat(json.path("error").path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(json.path("data").path("status").asText()).isEqualTo("DOWN");
        assertThat(json.path("data").path("components").path("switchable").path("status").asText()).isEqualTo("DOWN");
        assertThat(answer.body()).doesNotContain("s3cr3t", "details");
    }

    @Test
    void openApiDocumentHasTitleBearerSchemeAndSnakeCaseSchemas() {
        Answer answer = get("/v3/api-docs");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("info").path("title").asText()).isEqualTo("Skincare shop API");
        JsonNode scheme = json.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(json.path("components").path("schemas").path("ProductRequest").path("properties").fieldNames())
                .toIterable().contains("name_en", "compare_at_price", "category_ids");
        assertThat(json.path("paths").path("/api/v1/admin/things").path("get").path("security").toString())
                .contains("bearerAuth");
        assertThat(json.path("paths").path("/api/v1/admin/login").path("post").has("security")).isFalse();
        assertThat(json.path("paths").has("/error")).isFalse();
    }

    @Test
    void swaggerUiIsServed() {
        Answer answer = get("/swagger-ui.html");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/swagger-ui/index.html"));
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
