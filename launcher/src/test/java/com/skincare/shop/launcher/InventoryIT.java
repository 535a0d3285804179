package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock over HTTP: an admin creates a product, restocks it, counts it, changes it with the product, and reads
 * the inventory, the low-stock list and the history that every one of those changes left. Bad input gets a 4xx
 * in the error envelope and stores no event.
 */
class InventoryIT extends ShopIT {

    private static final String INVENTORY = "/api/v1/admin/inventory";

    @Test
    void everyStockChangeIsInTheInventoryAndItsHistory() {
        String suffix = unique();
        long id = createProduct(suffix);
        String path = INVENTORY + "/" + id;
        eventually(() -> assertThat(admin().get(path).data().path("stock").asInt()).isEqualTo(40));
        JsonNode level = admin().get(path).data();
        assertThat(level.path("product_id").asLong()).isEqualTo(id);
        assertThat(level.path("sku").asText()).isEqualTo("IT-TON-" + suffix);
        assertThat(level.path("name_en").asText()).isEqualTo("Rice Water Toner " + suffix);
        assertThat(level.path("name_kh").asText()).isEqualTo("ទឹកអង្ករបន្ទន់ស្បែក " + suffix);
        assertThat(level.path("status").asText()).isEqualTo("active");
        assertThat(level.path("track_inventory").asBoolean()).isTrue();
        assertThat(level.path("allow_backorders").asBoolean()).isFalse();
        assertThat(Instant.parse(level.path("updated_at").asText())).isEqualTo(eventTime(id, 0));

        Http.Answer restocked = admin().post(path + "/restock", Map.of("quantity", 15));
        assertStockAnswer(restocked, id, 55, 15);

        Http.Answer counted = admin().put(path, Map.of("stock", 52));
        assertStockAnswer(counted, id, 52, -3);

        long before = storedEvents();
        Http.Answer unchanged = admin().put(path, Map.of("stock", 52));
        assertThat(unchanged.json().path("message").asText()).isEqualTo("Stock unchanged");
        assertStockAnswer(unchanged, id, 52, 0);
        assertThat(storedEvents()).as("the same count again records nothing").isEqualTo(before);

        Http.Answer updated = admin().put("/api/v1/admin/products/" + id, with(product(suffix), "stock", 7));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        eventually(() -> assertThat(admin().get(path + "/history").data().path("total_items").asLong()).isEqualTo(4));
        JsonNode history = admin().get(path + "/history").data();
        // The product update is event 3; the stock change it carried is event 4.
        assertThat(movements(history.path("data"))).containsExactly(
                "4 adjustment -45 7", "2 adjustment -3 52", "1 restock 15 55", "0 initial 40 40");
        for (JsonNode movement : history.path("data")) {
            assertThat(movement.path("product_id").asLong()).isEqualTo(id);
            assertThat(Instant.parse(movement.path("occurred_at").asText()))
                    .isEqualTo(eventTime(id, movement.path("sequence").asLong()));
        }
        JsonNode newest = admin().get(path + "/history?limit=1").data();
        assertThat(newest.path("total_pages").asInt()).isEqualTo(4);
        assertThat(newest.path("has_next_page").asBoolean()).isTrue();
        assertThat(movements(admin().get(path + "/history?limit=1&page=4").data().path("data")))
                .containsExactly("0 initial 40 40");

        eventually(() -> assertThat(admin().get(path).data().path("stock").asInt()).isEqualTo(7));
        List<JsonNode> found = pages(INVENTORY + "?search=it-ton-" + suffix + "&limit=100");
        assertThat(found).filteredOn(n -> n.path("product_id").asLong() == id)
                .singleElement().satisfies(n -> assertThat(n.path("stock").asInt()).isEqualTo(7));
    }

    @Test
    void lowStockListsTrackedProductsAtOrBelowTheThresholdLowestFirstAndNotArchivedOnes() {
        long id = createProduct(unique(), Map.of("stock", 3));
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).status()).isEqualTo(200));

        List<JsonNode> atThree = lowStock(3);
        assertThat(ids(atThree)).contains(id);
        assertThat(atThree).extracting(n -> n.path("stock").asInt()).isSorted().allMatch(stock -> stock <= 3);
        assertThat(atThree).allMatch(n -> n.path("track_inventory").asBoolean()
                && !n.path("status").asText().equals("archived"));
        assertThat(ids(lowStock(2))).doesNotContain(id);

        assertThat(admin().post(INVENTORY + "/" + id + "/restock", Map.of("quantity", 7)).status()).isEqualTo(200);
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).data().path("stock").asInt()).isEqualTo(10));
        assertThat(ids(pages(INVENTORY + "/low-stock?limit=100"))).as("the default threshold is 10").contains(id);
        assertThat(ids(lowStock(9))).doesNotContain(id);

        assertThat(admin().post("/api/v1/admin/products/" + id + "/archive", null).status()).isEqualTo(200);
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).data().path("status").asText())
                .isEqualTo("archived"));
        assertThat(ids(lowStock(10))).as("archived products are no longer sold").doesNotContain(id);
        assertThat(ids(pages(INVENTORY + "?status=archived&sort=updated_at&limit=100"))).contains(id);
    }

    @Test
    void untrackedProductsAreNeverLow() {
        long id = createProduct(unique(), Map.of("stock", 0, "track_inventory", false));
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).status()).isEqualTo(200));

        assertThat(admin().get(INVENTORY + "/" + id).data().path("track_inventory").asBoolean()).isFalse();
        assertThat(ids(lowStock(0))).doesNotContain(id);
    }

    @Test
    void theListSortsByEachColumnInEitherOrder() {
        for (String sort : List.of("stock", "name", "sku", "updated_at")) {
            for (String order : List.of("asc", "desc")) {
                Http.Answer answer = admin().get(INVENTORY + "?sort=" + sort + "&order=" + order + "&limit=5");
                assertThat(answer.status()).as(sort + " " + order + ": " + answer).isEqualTo(200);
            }
        }
        List<Integer> stocks = new ArrayList<>();
        admin().get(INVENTORY + "?sort=stock&order=desc&limit=100").data().path("data")
                .forEach(n -> stocks.add(n.path("stock").asInt()));
        assertThat(stocks).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    /**
     * More requests at once for one product than the connection pool has connections: each holds one while it waits
     * for the product's lock, and the snapshots every 20 events must not need a second one on the committing thread.
     */
    @Test
    void manyRestocksOfOneProductAtOnceAllAnswerAndAllCount() throws Exception {
        long id = createProduct(unique());
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).status()).isEqualTo(200));
        int before = admin().get(INVENTORY + "/" + id).data().path("stock").asInt();
        int requests = 60;
        ExecutorService senders = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(senders.submit(() -> admin().post(INVENTORY + "/" + id + "/restock",
                        Map.of("quantity", 1)).status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }
        eventually(() -> assertThat(admin().get(INVENTORY + "/" + id).data().path("stock").asInt())
                .isEqualTo(before + requests));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.snapshot_event_entry WHERE aggregateIdentifier = ?",
                Long.class, "product-" + id)).as("snapshots were taken").isPositive();
    }

    @Test
    void badStockWritesAreRefusedAndStoreNothing() {
        long id = createProduct(unique());
        String path = INVENTORY + "/" + id;
        assertRefused(() -> admin().post(path + "/restock", Map.of("quantity", -5)), 400, "VALIDATION_FAILED",
                "quantity");
        assertRefused(() -> admin().post(path + "/restock", Map.of("quantity", 0)), 400, "VALIDATION_FAILED",
                "quantity");
        assertRefused(() -> admin().post(path + "/restock", Map.of("quantity", Integer.MAX_VALUE)), 400,
                "VALIDATION_FAILED", "quantity");
        assertRefused(() -> admin().post(path + "/restock", Map.of("quantity", "five")), 400, "VALIDATION_FAILED",
                "quantity");
        assertRefused(() -> admin().post(path + "/restock", Map.of("quantity", 1.5)), 400, "VALIDATION_FAILED",
                "quantity");
        assertRefused(() -> admin().post(path + "/restock", Map.of()), 400, "VALIDATION_FAILED", "quantity");
        assertRefused(() -> admin().post(path + "/restock", null), 400, "MALFORMED_JSON", null);
        assertRefused(() -> admin().send("POST", path + "/restock", "{\"quantity\": "), 400, "MALFORMED_JSON", null);
        assertRefused(() -> admin().put(path, Map.of("stock", -1)), 400, "VALIDATION_FAILED", "stock");
        assertRefused(() -> admin().put(path, Map.of("stock", "ten")), 400, "VALIDATION_FAILED", "stock");
        assertRefused(() -> admin().put(path, Map.of("stock", 12_345_678_901L)), 400, "VALIDATION_FAILED", "stock");
        assertRefused(() -> admin().put(path, Map.of("stock", 5, "reason", "count")), 400, "VALIDATION_FAILED",
                "reason");
        assertRefused(() -> admin().put(path, null), 400, "MALFORMED_JSON", null);
        assertRefused(() -> admin().put(INVENTORY + "/not-a-number", Map.of("stock", 5)), 400, "BAD_REQUEST",
                "product_id");
        assertRefused(() -> admin().put(INVENTORY + "/987654321", Map.of("stock", 5)), 404, "NOT_FOUND", null);
        assertRefused(() -> admin().post(INVENTORY + "/987654321/restock", Map.of("quantity", 5)), 404,
                "NOT_FOUND", null);
    }

    @Test
    void badInventoryReadsAreRefused() {
        assertEnvelope(admin().get(INVENTORY + "/987654321"), 404, "NOT_FOUND");
        assertEnvelope(admin().get(INVENTORY + "/987654321/history"), 404, "NOT_FOUND");
        assertField(admin().get(INVENTORY + "/not-a-number"), "product_id");
        assertField(admin().get(INVENTORY + "/0/history"), "product_id");
        assertField(admin().get(INVENTORY + "/low-stock?threshold=-1"), "threshold");
        assertField(admin().get(INVENTORY + "/low-stock?threshold=plenty"), "threshold");
        assertField(admin().get(INVENTORY + "/low-stock?threshold=2.5"), "threshold");
        assertField(admin().get(INVENTORY + "/low-stock?threshold=1000001"), "threshold");
        assertThat(admin().get(INVENTORY + "/low-stock?threshold=1000000").status()).isEqualTo(200);
        assertField(admin().get(INVENTORY + "?sort=price"), "sort");
        assertField(admin().get(INVENTORY + "?order=sideways"), "order");
        assertField(admin().get(INVENTORY + "?status=sold-out"), "status");
        assertField(admin().get(INVENTORY + "?limit=1000"), "limit");
        assertField(admin().get(INVENTORY + "/low-stock?page=0"), "page");
    }

    private long createProduct(String suffix) {
        return createProduct(suffix, Map.of());
    }

    private long createProduct(String suffix, Map<String, Object> changes) {
        Map<String, Object> body = product(suffix);
        body.putAll(changes);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static void assertStockAnswer(Http.Answer answer, long id, int stock, int delta) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode data = answer.data();
        assertThat(List.of(data.path("product_id").asLong(), data.path("stock").asLong(), data.path("delta").asLong()))
                .as(answer.toString()).containsExactly(id, (long) stock, (long) delta);
    }

    private Instant eventTime(long productId, long sequence) {
        return Instant.parse(jdbc.queryForObject("SELECT timeStamp FROM axon.domain_event_entry"
                + " WHERE aggregateIdentifier = ? AND sequenceNumber = ?", String.class, "product-" + productId,
                sequence));
    }

    /** Every item of a list, page by page: the shared database holds many more products than this test's. */
    private List<JsonNode> pages(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            Http.Answer answer = admin().get(path + separator + "page=" + page);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.data().path("data").forEach(items::add);
            if (!answer.data().path("has_next_page").asBoolean()) {
                return items;
            }
        }
    }

    private List<JsonNode> lowStock(int threshold) {
        return pages(INVENTORY + "/low-stock?threshold=" + threshold + "&limit=100");
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(n -> n.path("product_id").asLong()).toList();
    }

    private static List<String> movements(JsonNode items) {
        List<String> movements = new ArrayList<>();
        items.forEach(m -> movements.add(m.path("sequence").asLong() + " " + m.path("reason").asText() + " "
                + m.path("delta").asInt() + " " + m.path("stock_after").asInt()));
        return movements;
    }

    private static void assertField(Http.Answer answer, String field) {
        assertEnvelope(answer, 400, "BAD_REQUEST");
        assertThat(answer.json().path("error").path("details").findValuesAsText("field")).as(answer.toString())
                .containsExactly(field);
    }
}
