package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.projections.analytics.AnalyticsProcessing;
import com.skincare.shop.projections.analytics.AnalyticsProjectionsAutoConfiguration.AnalyticsTokens;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking over HTTP into the event store, and from there into the Mongo analytics collections and their reads. */
class AnalyticsTrackingIT extends ShopIT {

    private static final List<String> GROUPS = List.of(AnalyticsProcessing.USER_ANALYTICS,
            AnalyticsProcessing.SEARCH_ANALYTICS, AnalyticsProcessing.PERFORMANCE_METRICS);

    @Autowired
    AnalyticsStore store;
    @Autowired
    AnalyticsTokens tokens;
    @Autowired
    Configuration axon;

    private static Map<String, Object> device() {
        return Map.of("user_agent", "Mozilla/5.0 (iPhone)", "ip_address", "203.0.113.9", "device_type", "mobile",
                "browser", "Safari", "os", "iOS", "location", Map.of("country", "KH", "city", "Phnom Penh",
                        "coordinates", List.of(104.92, 11.56)));
    }

    private static Map<String, Object> productView(String session, long productId) {
        return Map.of("event_type", "product_view", "session_id", session, "device_info", device(),
                "event_data", Map.of("product_id", productId, "category", "serums",
                        "page_url", "/products/" + productId, "timestamp", "2020-01-01T00:00:00Z",
                        "metadata", Map.of("ref", "home", "position", 2)));
    }

    @Test
    void trackedEventsBecomeOneUserAnalyticsDocumentPerUserAndSession() {
        Customer customer = newCustomer();
        String session = "it-session-" + unique();
        Http.Answer tracked = customer.http().post("/ml/v1/analytics/track-event", productView(session, 1));
        assertThat(tracked.status()).as(tracked.toString()).isEqualTo(201);
        assertThat(tracked.data().path("event_id").asText()).isNotBlank();
        customer.http().post("/ml/v1/analytics/track-event", Map.of("event_type", "cart_add", "session_id", session,
                "event_data", Map.of("product_id", 1)));
        Http.Answer purchase = customer.http().post("/ml/v1/analytics/track-purchase", Map.of("session_id", session,
                "order_id", 77, "total_amount", 19.00, "items", List.of(Map.of("product_id", 1, "quantity", 2,
                        "price", 9.50, "category", "serums"))));
        assertThat(purchase.status()).as(purchase.toString()).isEqualTo(201);
        anonymous().post("/ml/v1/analytics/track-event", productView(session, 2));

        eventually(() -> {
            Document mine = store.collection(AnalyticsStore.USER_ANALYTICS)
                    .find(eq("session_id", session)).into(new ArrayList<>()).stream()
                    .filter(d -> Long.valueOf(customer.id()).equals(d.get("user_id"))).findFirst().orElseThrow();
            assertThat(mine.getList("events", Document.class)).extracting(e -> e.getString("event_type"))
                    .containsExactly("product_view", "cart_add", "purchase");
            Document device = mine.get("device_info", Document.class);
            assertThat(device.getString("ip_address")).as("the connection's address, not the body's")
                    .isEqualTo("127.0.0.1");
            assertThat(device.getString("device_type")).isEqualTo("mobile");
            Document first = mine.getList("events", Document.class).get(0).get("event_data", Document.class);
            assertThat(first.getDate("timestamp").toInstant().getEpochSecond())
                    .as("the server's clock, not the client's 2020").isGreaterThan(1_700_000_000L);
            assertThat(store.collection(AnalyticsStore.USER_ANALYTICS)
                    .countDocuments(eq("session_id", session))).as("the guest's events apart").isEqualTo(2);
        });

        Http.Answer insights = customer.http().get("/ml/v1/analytics/user/" + customer.id() + "/insights");
        assertThat(insights.status()).as(insights.toString()).isEqualTo(200);
        assertThat(insights.data().path("sessions").asLong()).isEqualTo(1);
        assertThat(insights.data().path("total_events").asLong()).isEqualTo(3);
        assertThat(insights.data().path("events_by_type").path("product_view").asLong()).isEqualTo(1);
        assertThat(admin().get("/ml/v1/analytics/user/" + customer.id() + "/insights").status()).isEqualTo(200);
        assertThat(newCustomer().http().get("/ml/v1/analytics/user/" + customer.id() + "/insights").status())
                .isEqualTo(403);
        assertThat(anonymous().get("/ml/v1/analytics/user/" + customer.id() + "/insights").status()).isEqualTo(401);

        Http.Answer stats = admin().get("/ml/v1/analytics/product/1/stats");
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.data().path("views").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.data().path("purchases").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(customer.http().get("/ml/v1/analytics/product/1/stats").status()).isEqualTo(403);
    }

    @Test
    void searchesTrackedAndMadeThroughTheCatalogBecomeSearchAnalytics() {
        String session = "it-search-" + unique();
        String nothing = "zzqx nothing " + unique();
        Http.Answer tracked = anonymous().post("/ml/v1/search/track-query", Map.of("search_query", nothing,
                "results_count", 0, "session_id", session, "clicked_products", List.of(),
                "filters_applied", Map.of("skin_type", "dry", "price_range", Map.of("min", 1, "max", 30))));
        assertThat(tracked.status()).as(tracked.toString()).isEqualTo(201);
        String word = "serum";
        Http.Answer found = anonymous().withHeader("X-Session-Id", session).get("/api/v1/products?search=" + word);
        assertThat(found.status()).isEqualTo(200);
        long total = found.data().path("total_items").asLong();
        anonymous().withHeader("X-Session-Id", session).get("/api/v1/products/search?q=" + word);

        eventually(() -> {
            List<Document> searches = store.collection(AnalyticsStore.SEARCH_ANALYTICS)
                    .find(eq("session_id", session)).into(new ArrayList<>());
            assertThat(searches).extracting(d -> d.getString("search_query"))
                    .containsExactlyInAnyOrder(nothing, word, word);
            Document catalog = searches.stream().filter(d -> word.equals(d.getString("search_query"))).findFirst()
                    .orElseThrow();
            assertThat(catalog.getInteger("results_count")).isEqualTo((int) total);
            assertThat(catalog.getString("source")).isEqualTo("product_search");
        });

        Http.Answer trending = anonymous().get("/ml/v1/search/trending-queries?limit=100");
        assertThat(trending.status()).as(trending.toString()).isEqualTo(200);
        assertThat(trending.data().findValuesAsText("query")).contains(word);
        Http.Answer noResults = admin().get("/ml/v1/search/no-results?limit=100");
        assertThat(noResults.data().findValuesAsText("query")).contains(nothing);
        Http.Answer trends = admin().get("/ml/v1/analytics/search-trends");
        assertThat(trends.status()).as(trends.toString()).isEqualTo(200);
        assertThat(trends.data().path("total_searches").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(admin().get("/ml/v1/search/click-through").status()).isEqualTo(200);
        assertThat(anonymous().get("/ml/v1/search/no-results").status()).isEqualTo(401);
    }

    @Test
    void todaysPerformanceMetricsCountRegistrationsAndViews() {
        Customer customer = newCustomer();
        long product = 1_000_000L + Long.parseLong(unique());
        customer.http().post("/ml/v1/analytics/track-event", productView("it-metrics-" + unique(), product));

        eventually(() -> {
            Http.Answer days = admin().get("/ml/v1/analytics/performance-metrics");
            assertThat(days.status()).as(days.toString()).isEqualTo(200);
            JsonNode today = days.data().get(days.data().size() - 1);
            assertThat(today.path("metrics").path("new_registrations").asLong()).isPositive();
            assertThat(today.path("metrics").path("total_users").asLong())
                    .isGreaterThanOrEqualTo(today.path("metrics").path("new_registrations").asLong());
            assertThat(today.path("metrics").path("active_users").asLong()).isPositive();
            assertThat(today.path("metrics").path("popular_products").findValuesAsText("product_id"))
                    .contains(Long.toString(product));
        });
        assertThat(customer.http().get("/ml/v1/analytics/performance-metrics").status()).isEqualTo(403);
    }

    @Test
    void aRedeliveredStretchOfTheStreamCountsOnce() {
        String session = "it-redeliver-" + unique();
        String firstId = anonymous().post("/ml/v1/analytics/track-event", productView(session, 3)).data()
                .path("event_id").asText();
        anonymous().post("/ml/v1/analytics/track-event", productView(session, 4));
        anonymous().post("/ml/v1/search/track-query", Map.of("search_query", "toner " + session,
                "results_count", 2, "session_id", session, "clicked_products", List.of(3)));
        eventually(() -> {
            assertThat(eventsOf(session)).isEqualTo(2);
            assertThat(store.collection(AnalyticsStore.SEARCH_ANALYTICS).countDocuments(eq("session_id", session)))
                    .isEqualTo(1);
        });
        long position = jdbc.queryForObject(
                "SELECT globalIndex FROM axon.domain_event_entry WHERE eventIdentifier = ?", Long.class, firstId);

        Map<String, List<Document>> before = documents();
        for (String group : GROUPS) {
            StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                    .eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            tokens.tokenStore(axon.serializer()).storeToken(
                    GapAwareTrackingToken.newInstance(position - 1, Collections.emptySet()), group, 0);
            tokens.tokenStore(axon.serializer()).releaseClaim(group, 0);
            processor.start();
        }
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM axon.domain_event_entry", Long.class);
        eventually(() -> {
            for (String group : GROUPS) {
                JsonNode status = admin().get("/api/v1/admin/projections/" + group).data();
                assertThat(status.path("position").asLong()).isGreaterThanOrEqualTo(head);
            }
        });
        assertThat(eventsOf(session)).isEqualTo(2);
        assertThat(store.collection(AnalyticsStore.SEARCH_ANALYTICS).countDocuments(eq("session_id", session)))
                .isEqualTo(1);
        Map<String, List<Document>> after = documents();
        for (String collection : before.keySet()) {
            assertThat(after.get(collection)).as(collection).containsExactlyInAnyOrderElementsOf(before.get(collection));
        }
    }

    @Test
    void aReplayOfTheAnalyticsProcessorsGivesTheSameDocuments() {
        String session = "it-replay-" + unique();
        Customer customer = newCustomer();
        customer.http().post("/ml/v1/analytics/track-event", productView(session, 5));
        anonymous().post("/ml/v1/analytics/track-event", productView(session, 6));
        anonymous().post("/ml/v1/search/track-query", Map.of("search_query", "replay " + session,
                "results_count", 1, "session_id", session));
        eventually(() -> assertThat(store.collection(AnalyticsStore.SEARCH_ANALYTICS)
                .countDocuments(eq("session_id", session))).isEqualTo(1));
        eventually(() -> assertThat(eventsOf(session)).isEqualTo(2));
        Map<String, List<Document>> before = documents();

        for (String group : GROUPS) {
            Http.Answer replay = admin().post("/api/v1/admin/projections/" + group + "/replay", null);
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        }

        eventually(() -> {
            for (String group : GROUPS) {
                JsonNode status = admin().get("/api/v1/admin/projections/" + group).data();
                assertThat(status.path("replaying").asBoolean()).isFalse();
                assertThat(status.path("lag").asLong()).isZero();
            }
            Map<String, List<Document>> after = documents();
            for (String collection : before.keySet()) {
                assertThat(after.get(collection)).as(collection)
                        .containsExactlyInAnyOrderElementsOf(before.get(collection));
            }
        });
    }

    @Test
    void badTrackingInputIsA400AndStoresNothing() {
        Map<String, Object> good = productView("bad-input-" + unique(), 1);
        List<Map.Entry<String, Supplier<Http.Answer>>> table = List.of(
                Map.entry("event_type", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_type", "teleport"))),
                Map.entry("session_id", () -> anonymous().post("/ml/v1/analytics/track-event",
                        without(good, "session_id"))),
                Map.entry("session_id", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "session_id", "s".repeat(129)))),
                Map.entry("event_data", () -> anonymous().post("/ml/v1/analytics/track-event",
                        without(good, "event_data"))),
                Map.entry("page_url", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_data", Map.of("page_url", "/".repeat(5000))))),
                Map.entry("product_id", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_data", Map.of("product_id", "seven")))),
                Map.entry("timestamp", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_data", Map.of("timestamp", "yesterday")))),
                Map.entry("metadata", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_data", Map.of("metadata", Map.of("nested", Map.of("a", 1)))))),
                Map.entry("metadata", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "event_data", Map.of("metadata", manyKeys(21))))),
                Map.entry("user_id", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "user_id", 1))),
                Map.entry("device_type", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "device_info", Map.of("device_type", "toaster")))),
                Map.entry("coordinates", () -> anonymous().post("/ml/v1/analytics/track-event",
                        with(good, "device_info", Map.of("location", Map.of("coordinates", List.of(1, 2, 3)))))),
                Map.entry("items", () -> anonymous().post("/ml/v1/analytics/track-purchase",
                        Map.of("session_id", "s-1", "items", List.of()))),
                Map.entry("quantity", () -> anonymous().post("/ml/v1/analytics/track-purchase",
                        Map.of("session_id", "s-1", "items", List.of(Map.of("product_id", 1, "quantity", 0,
                                "price", 1))))),
                Map.entry("search_query", () -> anonymous().post("/ml/v1/search/track-query",
                        Map.of("session_id", "s-1", "results_count", 1, "search_query", "q".repeat(201)))),
                Map.entry("results_count", () -> anonymous().post("/ml/v1/search/track-query",
                        Map.of("session_id", "s-1", "results_count", -1, "search_query", "toner"))),
                Map.entry("clicked_products", () -> anonymous().post("/ml/v1/search/track-query",
                        Map.of("session_id", "s-1", "results_count", 1, "search_query", "toner",
                                "clicked_products", Collections.nCopies(101, 1)))),
                Map.entry("skin_type", () -> anonymous().post("/ml/v1/search/track-query",
                        Map.of("session_id", "s-1", "results_count", 1, "search_query", "toner",
                                "filters_applied", Map.of("skin_type", "scaly")))),
                Map.entry("price_range", () -> anonymous().post("/ml/v1/search/track-query",
                        Map.of("session_id", "s-1", "results_count", 1, "search_query", "toner",
                                "filters_applied", Map.of("price_range", Map.of("min", 9, "max", 1))))));
        for (Map.Entry<String, Supplier<Http.Answer>> row : table) {
            long before = storedEvents();
            Http.Answer answer = row.getValue().get();
            assertThat(answer.status()).as(row.getKey() + ": " + answer).isEqualTo(400);
            assertThat(answer.json().path("success").asBoolean(true)).isFalse();
            assertThat(answer.toString()).as(row.getKey()).contains(row.getKey());
            assertThat(storedEvents()).as(row.getKey() + ": no event stored").isEqualTo(before);
        }
        assertRefused(() -> anonymous().post("/ml/v1/analytics/track-event", "{\"event_type\": "), 400,
                "MALFORMED_JSON", null);
    }

    @Test
    void badAnalyticsParametersAreA400() {
        assertEnvelope(admin().get("/ml/v1/analytics/search-trends?from=2025-06-30&to=2025-06-01"), 400,
                "BAD_REQUEST");
        assertEnvelope(admin().get("/ml/v1/analytics/search-trends?from=June"), 400, "BAD_REQUEST");
        assertEnvelope(admin().get("/ml/v1/analytics/search-trends?from=2020-01-01&to=2025-01-01"), 400,
                "BAD_REQUEST");
        assertEnvelope(admin().get("/ml/v1/search/no-results?limit=101"), 400, "BAD_REQUEST");
        assertEnvelope(admin().get("/ml/v1/analytics/performance-metrics?from=2025-02-01&to=2025-01-31"), 400,
                "BAD_REQUEST");
        assertEnvelope(anonymous().get("/ml/v1/search/trending-queries?days=0"), 400, "BAD_REQUEST");
        assertEnvelope(admin().get("/ml/v1/analytics/product/abc/stats"), 400, "BAD_REQUEST");
    }

    @Test
    void theMlServiceReportsItsHealthAndMetrics() {
        Http.Answer health = anonymous().get("/ml/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.data().path("analytics_store").asText()).isEqualTo("up");
        assertThat(health.data().path("processors").findValuesAsText("name"))
                .contains(AnalyticsProcessing.USER_ANALYTICS, AnalyticsProcessing.SEARCH_ANALYTICS);
        assertThat(anonymous().get("/ml/metrics").status()).isEqualTo(401);
        Http.Answer metrics = admin().get("/ml/metrics");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.data().path("collections").has(AnalyticsStore.USER_ANALYTICS)).isTrue();
    }

    private long eventsOf(String session) {
        return store.collection(AnalyticsStore.USER_ANALYTICS).find(eq("session_id", session))
                .into(new ArrayList<>()).stream().mapToLong(d -> d.getList("events", Document.class).size()).sum();
    }

    private Map<String, List<Document>> documents() {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String name : List.of(AnalyticsStore.USER_ANALYTICS, AnalyticsStore.SEARCH_ANALYTICS,
                AnalyticsStore.PERFORMANCE_METRICS)) {
            List<Document> documents = store.collection(name).find().into(new ArrayList<>());
            documents.forEach(d -> d.remove("_id"));
            all.put(name, documents);
        }
        return all;
    }

    private static Map<String, Object> manyKeys(int count) {
        Map<String, Object> keys = new HashMap<>();
        for (int i = 0; i < count; i++) {
            keys.put("k" + i, i);
        }
        return keys;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(key);
        return copy;
    }
}
