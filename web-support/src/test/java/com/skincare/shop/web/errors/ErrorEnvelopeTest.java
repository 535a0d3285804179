package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.web.HttpTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ErrorEnvelopeTest extends HttpTestBase {

    private static final String VALID_PRODUCT = """
            {"name_en": "Snail mucin", "price": 12.50}""";

    private static void assertEnvelope(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode json = answer.json();
        assertThat(json.path("success").isBoolean()).isTrue();
        assertThat(json.path("success").asBoolean()).isFalse();
        assertThat(json.path("message").asText()).isNotBlank();
        assertThat(json.has("data")).isFalse();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body()).doesNotContain("Exception", "trace", "java.");
    }

    @Test
    void aValidBodyIsAcceptedAndAnsweredInSnakeCaseWithPlainNumbersAndIsoDates() {
        Answer answer = postJson("/test/products", """
                {"name_en": "Snail mucin", "price": 1E+3, "compare_at_price": 1500.00, "launch_date": "2025-01-31",
                 "dimensions": {"length": 10}, "category_ids": [1, 2], "skin_type": "oily", "is_featured": true}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().path("success").asBoolean()).isTrue();
        assertThat(answer.body())
                .contains("\"name_en\":\"Snail mucin\"", "\"price\":1000", "\"compare_at_price\":1500.00",
                        "\"launch_date\":\"2025-01-31\"", "\"skin_type\":\"oily\"")
                .doesNotContain("E+3", "nameEn");
    }

    @Test
    void unknownPathIs404() {
        Answer answer = get("/no/such/path");

        assertEnvelope(answer, 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Answer answer = send("DELETE", "/test/products", null);

        assertEnvelope(answer, 405, "METHOD_NOT_ALLOWED");
        assertThat(answer.header("Allow")).hasValue("POST");
    }

    @Test
    void unparseableJsonIsMalformedJson() {
        Answer answer = postJson("/test/products", "{\"name_en\": ");

        assertEnvelope(answer, 400, "MALFORMED_JSON");
        assertThat(answer.body()).doesNotContain("line", "column");
    }

    @Test
    void trailingContentIsMalformedJson() {
        assertEnvelope(postJson("/test/products", VALID_PRODUCT + " {}"), 400, "MALFORMED_JSON");
    }

    @Test
    void aBodyOfTheWrongShapeIsMalformedJson() {
        assertEnvelope(postJson("/test/products", "[1, 2]"), 400, "MALFORMED_JSON");
    }

    @Test
    void aMissingBodyIsMalformedJson() {
        assertEnvelope(postJson("/test/products", ""), 400, "MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"price\": \"12.50\"                   | price: must be a number",
            "\"price\": 12, \"is_featured\": \"true\" | is_featured: must be true or false",
            "\"price\": 12, \"stock\": 1.5           | stock: must be a whole number",
            "\"price\": 12, \"stock\": \"3\"           | stock: must be a whole number",
            "\"price\": 12, \"dimensions\": {\"length\": \"long\"} | dimensions.length: must be a number",
            "\"price\": 12, \"category_ids\": [1, \"x\"] | category_ids[1]: must be a whole number",
            "\"price\": 12, \"colour\": \"red\"       | colour: is not a known field",
            "\"price\": 12, \"dimensions\": {\"unit\": 5} | dimensions.unit: must be a string",
            "\"price\": 12, \"dimensions\": {\"unit\": 2.5} | dimensions.unit: must be a string",
            "\"price\": 12, \"dimensions\": {\"unit\": true} | dimensions.unit: must be a string",
            "\"price\": 12, \"launch_date\": \"31/01/2025\" | launch_date: must be an ISO-8601 date or time",
            "\"price\": 12, \"skin_type\": \"purple\" | skin_type: must be one of [oily, dry, combination, sensitive, normal, all]",
    })
    void aValueOfTheWrongTypeIsAFieldError(String fields, String detail) {
        Answer answer = postJson("/test/products", "{\"name_en\": \"Snail mucin\", " + fields + "}");

        assertEnvelope(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.details()).containsExactly(detail);
        assertThat(answer.json().path("message").asText()).isEqualTo(detail.replace(":", ""));
    }

    @Test
    void failedBeanValidationNamesEveryFieldInSnakeCase() {
        Answer answer = postJson("/test/products", """
                {"name_en": " ", "price": -1, "compare_at_price": 0, "dimensions": {"length": -2},
                 "category_ids": [1, -3]}""");

        assertEnvelope(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.json().path("message").asText()).isEqualTo("Validation failed");
        assertThat(answer.details()).containsExactly(
                "category_ids[1]: must be greater than 0",
                "compare_at_price: must be greater than 0",
                "dimensions.length: must be greater than 0",
                "name_en: must not be blank",
                "price: must be greater than 0");
    }

    @Test
    void constraintViolationsOutsideMvcAreNamedLikewise() {
        Answer answer = get("/test/violations");

        assertEnvelope(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.details()).containsExactly(
                "category_ids[1]: must be greater than 0",
                "compare_at_price: must be greater than 0",
                "dimensions.length: must be greater than 0");
    }

    @Test
    void queryParameterOfTheWrongTypeIsBadRequest() {
        Answer answer = get("/test/items?page=first");

        assertEnvelope(answer, 400, "BAD_REQUEST");
        assertThat(answer.details()).containsExactly("page: must be a whole number");
    }

    @Test
    void missingQueryParameterIsBadRequest() {
        Answer answer = get("/test/items");

        assertEnvelope(answer, 400, "BAD_REQUEST");
        assertThat(answer.details()).containsExactly("page: is required");
    }

    @Test
    void queryParameterOutOfRangeIsAValidationFailureUnderItsRequestName() {
        Answer answer = get("/test/items?page=1&per_page=500");

        assertEnvelope(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.details()).containsExactly("per_page: must be less than or equal to 100");
    }

    @Test
    void controllerCheckedParameterIsBadRequest() {
        Answer answer = get("/test/invalid-sort");

        assertEnvelope(answer, 400, "BAD_REQUEST");
        assertThat(answer.json().path("message").asText()).isEqualTo("sort must be one of [price, name]");
        assertThat(answer.details()).containsExactly("sort: must be one of [price, name]");
    }

    @Test
    void controllerCheckedParameterNamedInItsOwnMessageIsNotNamedTwice() {
        Answer answer = get("/test/invalid-limit");

        assertEnvelope(answer, 400, "BAD_REQUEST");
        assertThat(answer.json().path("message").asText()).isEqualTo("limit must be between 1 and 100");
        assertThat(answer.details()).containsExactly("limit: must be between 1 and 100");
    }

    @ParameterizedTest(name = "{0} via {1}")
    @CsvSource({
            "invalid,   rejected,        400, VALIDATION_FAILED",
            "not-found, rejected,        404, PRODUCT_NOT_FOUND",
            "conflict,  rejected,        409, SKU_TAKEN",
            "rule,      rejected,        422, OUT_OF_STOCK",
            "invalid,   remote-rejected, 400, VALIDATION_FAILED",
            "not-found, remote-rejected, 404, PRODUCT_NOT_FOUND",
            "conflict,  remote-rejected, 409, SKU_TAKEN",
            "rule,      remote-rejected, 422, OUT_OF_STOCK",
    })
    void rejectionsAreAnsweredByKind(String kind, String route, int status, String code) {
        Answer answer = get("/test/" + route + "/" + kind);

        assertEnvelope(answer, status, code);
        String expectedMessage = switch (kind) {
            case "invalid" -> "must be greater than the cost price";
            case "not-found" -> "No product 42";
            case "conflict" -> "SKU ABC-1 is taken";
            default -> "Only 2 left of Snail mucin";
        };
        assertThat(answer.json().path("message").asText()).isEqualTo(expectedMessage);
        if (kind.equals("invalid")) {
            assertThat(answer.details()).containsExactly("price: must be greater than the cost price");
        }
    }

    @Test
    void aRejectionDeepInTheCauseChainIsFound() {
        Answer answer = get("/test/wrapped-rejected");

        assertEnvelope(answer, 409, "SKU_TAKEN");
        assertThat(answer.details()).containsExactly("sku: SKU ABC-1 is taken");
    }

    @Test
    void missingAggregateIs404() {
        Answer answer = get("/test/aggregate-missing");

        assertEnvelope(answer, 404, "NOT_FOUND");
        assertThat(answer.body()).doesNotContain("event store", "product-42");
    }

    @Test
    void notFoundExceptionIs404WithItsMessage() {
        Answer answer = get("/test/not-found");

        assertEnvelope(answer, 404, "NOT_FOUND");
        assertThat(answer.json().path("message").asText()).isEqualTo("No product 42");
    }

    @Test
    void concurrentModificationIs409() {
        Answer answer = get("/test/concurrency");

        assertEnvelope(answer, 409, "CONCURRENT_MODIFICATION");
        assertThat(answer.json().path("message").asText()).isEqualTo("The resource changed meanwhile; try again");
    }

    @Test
    void rateLimitIs429WithRetryAfter() {
        Answer answer = get("/test/rate-limited");

        assertEnvelope(answer, 429, "RATE_LIMITED");
        assertThat(answer.header("Retry-After")).hasValue("30");
    }

    @Test
    void noDatabaseConnectionIs503WithoutItsDetail() {
        Answer answer = get("/test/no-database-connection");

        assertEnvelope(answer, 503, "SERVICE_UNAVAILABLE");
        assertThat(answer.body()).doesNotContain("secret detail").doesNotContain("Hikari");
    }

    @Test
    void missingQueryHandlerIs503() {
        assertEnvelope(get("/test/no-query-handler"), 503, "SERVICE_UNAVAILABLE");
    }

    @Test
    void unexpectedExceptionIs500WithoutItsMessageButLoggedWithStackTrace(CapturedOutput output) {
        Answer answer = get("/test/boom");

        assertEnvelope(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.json().path("message").asText()).isEqualTo("Something went wrong on our side");
        assertThat(answer.body()).doesNotContain("secret detail", "IllegalState");
        assertThat(output.getAll())
                .contains("ERROR", "GET /test/boom failed unexpectedly", "java.lang.IllegalStateException: secret detail")
                .contains("at com.skincare.shop.web.testapp.TestController.boom");
    }

    @Test
    void failedQueryIs500WithoutItsMessage() {
        Answer answer = get("/test/query-failed");

        assertEnvelope(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.body()).doesNotContain("secret detail");
    }

    @Test
    void exceptionInAServletFilterIsAnsweredByTheErrorController() {
        Answer answer = get("/test/json-only", "X-Test-Filter-Boom", "1");

        assertEnvelope(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.body()).doesNotContain("filter secret detail");
    }

    @Test
    void errorPageAskedForDirectlyIs404() {
        assertEnvelope(get("/error"), 404, "NOT_FOUND");
    }

    @Test
    void wrongContentTypeIs415() {
        Answer answer = send("POST", "/test/products", HttpRequest.BodyPublishers.ofString(VALID_PRODUCT),
                "Content-Type", "text/plain");

        assertEnvelope(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void unacceptableAcceptIs406StillInJson() {
        Answer answer = get("/test/json-only", "Accept", "application/xml");

        assertEnvelope(answer, 406, "NOT_ACCEPTABLE");
    }

    @Test
    void tooLargeUploadIs413() {
        String boundary = "test-boundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "x".repeat(4096) + "\r\n--" + boundary + "--\r\n";
        Answer answer = send("POST", "/test/upload",
                HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8),
                "Content-Type", "multipart/form-data; boundary=" + boundary);

        assertEnvelope(answer, 413, "PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,  /test/%zz",
            "GET,  /test/me%00",
            "GET,  /test/me;jsessionid=1",
            "GET,  /test//me",
            "GET,  /test/%2e%2e/me",
            "BREW, /test/me",
    })
    void requestsRefusedBeforeTheApplicationStillGetTheEnvelope(String method, String path) {
        String answer = raw(method, path);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/json");
        assertThat(answer).endsWith("{\"success\":false,\"message\":\"The request is not valid\",\"error\":{\"code\":\"BAD_REQUEST\"}}");
    }

    @Test
    void oversizedHeadersGetTheEnvelope() {
        // Beyond the module's 16KB limit of the request line and headers.
        String answer = raw("GET", "/test/me", "X-Big: " + "a".repeat(20_000));

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"BAD_REQUEST\"").doesNotContain("<html");
    }
}
