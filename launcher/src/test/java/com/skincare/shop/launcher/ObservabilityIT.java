package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CheckoutHttpIT.line;
import static com.skincare.shop.launcher.CheckoutHttpIT.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correlation ids from the request to the stored events and the log, the meters on {@code /actuator/prometheus},
 * and readiness judged by the projections' lag.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends ShopIT {

    private static final String HEADER = "X-Correlation-Id";

    @Test
    void aRequestsCorrelationIdIsEchoedAndTravelsIntoTheEventsItCaused() {
        String id = "it-create-" + unique();

        Http.Answer created = admin().withHeader(HEADER, id).post("/api/v1/admin/products", product("corr-" + unique()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header(HEADER)).contains(id);
        assertThat(eventTypesCarrying(id)).contains("ProductCreatedEvent");
    }

    @Test
    void eventsAppliedByTheCheckoutSagasCommandsKeepTheRequestsId() {
        long toner = createProduct();
        Customer customer = newCustomer();
        String id = "it-order-" + unique();

        Http.Answer placed = customer.http().withHeader(HEADER, id).post("/api/v1/orders", order(List.of(line(toner, 1))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header(HEADER)).contains(id);
        long order = placed.data().path("id").asLong();
        eventually(() -> assertThat(eventTypesCarrying(id))
                .as("the order placed by the request, its stock reserved and the order confirmed by the saga's commands")
                .contains("OrderPlacedEvent", "OrderConfirmedEvent")
                .anyMatch(type -> type.startsWith("Stock")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE aggregateIdentifier IN "
                + "(SELECT aggregateIdentifier FROM axon.domain_event_entry WHERE payloadType LIKE '%.OrderPlacedEvent' "
                + "AND convert_from(metaData, 'UTF8') LIKE ?) AND convert_from(metaData, 'UTF8') NOT LIKE ?",
                Long.class, "%\"" + id + "\"%", "%\"" + id + "\"%"))
                .as("every event of order %s carries the id", order).isZero();
    }

    @Test
    void anUnsafeIdIsReplacedAndTheLogLinesOfTheRequestCarryTheId(CapturedOutput output) {
        Http.Answer forged = admin().withHeader(HEADER, "forged\tline " + "x".repeat(80)).get("/api/v1/admin/inventory");
        assertThat(forged.header(HEADER)).hasValueSatisfying(value -> assertThat(value).matches("[0-9a-f-]{36}"));

        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String problemLog = "com.skincare.shop.web.errors.ProblemLog";
        logging.setLogLevel(problemLog, LogLevel.DEBUG);
        try {
            String id = "it-log-" + unique();
            Http.Answer refused = admin().withHeader(HEADER, id).post("/api/v1/admin/products", Map.of("price", -1));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header(HEADER)).contains(id);
            eventually(() -> assertThat(output.getOut().lines()
                    .filter(logLine -> logLine.contains("answered 400")).toList())
                    .anyMatch(logLine -> logLine.contains("[" + id + "]")));
        } finally {
            logging.setLogLevel(problemLog, null);
        }
    }

    @Test
    void prometheusShowsCommandsEventsAndProjections() {
        createProduct();

        eventually(() -> {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Accept", "text/plain")
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics)
                    .contains("shop_commands_seconds_count{command=\"CreateProductCommand\",outcome=\"success\"}")
                    .contains("shop_commands_seconds_bucket{command=\"CreateProductCommand\"")
                    .contains("shop_events_appended_total{event=\"ProductCreatedEvent\"}")
                    .contains("shop_projection_events_total{projection=\"catalog\"}")
                    .contains("shop_projection_lag{projection=\"catalog\"}")
                    .contains("shop_projection_position{projection=\"customers\"}")
                    .contains("shop_event_store_head ")
                    .contains("http_server_requests_seconds_count{");
        });
    }

    @Test
    void readyOnceTheProjectionsHaveCaughtUp() {
        createProduct();

        eventually(() -> {
            Http.Answer readiness = anonymous().get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
            JsonNode json = readiness.json();
            assertThat(json.path("status").asText()).isEqualTo("UP");
            assertThat(json.path("components").path("projectionLag").path("status").asText()).isEqualTo("UP");
            assertThat(json.path("components").path("readinessState").path("status").asText()).isEqualTo("UP");
        });
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    private long createProduct() {
        Map<String, Object> body = product("obs-" + unique());
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private List<String> eventTypesCarrying(String id) {
        return jdbc.queryForList("SELECT payloadType FROM axon.domain_event_entry "
                        + "WHERE convert_from(metaData, 'UTF8') LIKE ? ORDER BY globalIndex", String.class,
                        "%\"" + id + "\"%").stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
