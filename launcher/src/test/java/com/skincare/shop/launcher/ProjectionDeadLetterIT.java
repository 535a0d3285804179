package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event the catalog projection cannot write is parked in its dead-letter queue instead of stopping it. The
 * failure is real: a row put in the way of a new category's slug (the command side checks slugs in its own
 * lookup, so it accepts the category, and the read table's unique slug refuses the row). Other categories go on
 * being projected, the category's next event queues behind its letter, the admin sees both, the meters count
 * them, a retry fails again while the row is there and projects both events once it is gone; dropping removes
 * letters without projecting them; a reset of the processor clears them.
 */
class ProjectionDeadLetterIT extends ShopIT {

    @Autowired
    EventProcessingConfiguration processing;

    private static final String LETTERS = "/api/v1/admin/projections/catalog/dead-letters";

    @Test
    void aFailingEventIsParkedItsAggregateWaitsAndTheProjectionGoesOn() throws Exception {
        String suffix = unique();
        long blocker = blockSlug("toners-" + suffix);
        double enqueuedBefore = meter("shop_projection_dead_letters_enqueued_total");

        long id = createCategory(suffix);
        String sequence = "category-" + id;
        Http.Answer renamed = admin().put("/api/v1/admin/categories/" + id,
                with(category(suffix), "name", "Toners renamed " + suffix));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        long other = createCategory(unique());

        eventually(() -> assertThat(categoryName(other)).as("another aggregate is projected").isNotNull());
        eventually(() -> assertThat(letters(sequence)).hasSize(2));
        assertThat(categoryName(id)).as("the category is not written").isNull();
        List<JsonNode> letters = letters(sequence);
        JsonNode first = letters.get(0);
        assertThat(first.path("sequence_identifier").asText()).isEqualTo(sequence);
        assertThat(first.path("event_type").asText()).isEqualTo("CategoryCreatedEvent");
        assertThat(first.path("aggregate_id").asText()).isEqualTo(sequence);
        assertThat(first.path("aggregate_sequence").asLong()).isZero();
        assertThat(first.path("position").asLong()).isPositive();
        assertThat(first.path("event_id").asText()).isNotBlank();
        assertThat(first.path("cause_type").asText()).isEqualTo("org.springframework.dao.DuplicateKeyException");
        assertThat(first.path("cause_message").asText()).contains("categories_slug_key");
        assertThat(first.path("enqueued_at").asText()).isNotBlank();
        assertThat(first.path("retries").asLong()).isZero();
        JsonNode behind = letters.get(1);
        assertThat(behind.path("event_type").asText()).as("the later event waits behind").isEqualTo("CategoryUpdatedEvent");
        assertThat(behind.path("sequence_index").asLong()).isGreaterThan(first.path("sequence_index").asLong());
        assertThat(behind.path("cause_type").isNull()).as(behind.toString()).isTrue();

        JsonNode page = admin().get(LETTERS + "?limit=100").data();
        assertThat(page.path("data").findValuesAsText("sequence_identifier")).contains(sequence);
        assertThat(meter("shop_projection_dead_letters")).isEqualTo(page.path("total_items").asDouble());
        eventually(() -> assertThat(meter("shop_projection_dead_letters_enqueued_total") - enqueuedBefore)
                .isEqualTo(2.0));

        Http.Answer failedAgain = admin().post(LETTERS + "/" + sequence + "/retry", null);
        assertThat(failedAgain.status()).as(failedAgain.toString()).isEqualTo(200);
        assertThat(failedAgain.data().path("sequences_cleared").asInt()).isZero();
        assertThat(letters(sequence)).hasSize(2);
        assertThat(letters(sequence).get(0).path("retries").asLong()).isEqualTo(1);
        assertThat(categoryName(id)).isNull();

        jdbc.update("DELETE FROM categories WHERE id = ?", blocker);
        Http.Answer retried = admin().post(LETTERS + "/" + sequence + "/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().path("sequences_cleared").asInt()).isEqualTo(1);
        assertThat(categoryName(id)).as("both events applied, in order").isEqualTo("Toners renamed " + suffix);
        assertEnvelope(admin().get(LETTERS + "/" + sequence), 404, "NOT_FOUND");

        Http.Answer again = admin().put("/api/v1/admin/categories/" + id,
                with(category(suffix), "name", "Toners once more " + suffix));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        eventually(() -> assertThat(categoryName(id)).as("its next events go straight through")
                .isEqualTo("Toners once more " + suffix));
    }

    @Test
    void droppingRemovesLettersWithoutProjectingThem() {
        String suffix = unique();
        long blocker = blockSlug("toners-" + suffix);
        long id = createCategory(suffix);
        String sequence = "category-" + id;
        assertThat(admin().put("/api/v1/admin/categories/" + id,
                with(category(suffix), "name", "Toners renamed " + suffix)).status()).isEqualTo(200);
        eventually(() -> assertThat(letters(sequence)).hasSize(2));

        String firstLetter = letters(sequence).get(0).path("letter_id").asText();
        Http.Answer one = admin().delete(LETTERS + "/" + sequence + "/letters/" + firstLetter);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(letters(sequence)).extracting(l -> l.path("event_type").asText())
                .containsExactly("CategoryUpdatedEvent");
        assertEnvelope(admin().delete(LETTERS + "/" + sequence + "/letters/" + firstLetter), 404, "NOT_FOUND");

        Http.Answer dropped = admin().delete(LETTERS + "/" + sequence);
        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
        assertThat(dropped.data().path("dropped").asInt()).isEqualTo(1);
        assertEnvelope(admin().get(LETTERS + "/" + sequence), 404, "NOT_FOUND");
        assertEnvelope(admin().delete(LETTERS + "/" + sequence), 404, "NOT_FOUND");
        assertEnvelope(admin().post(LETTERS + "/" + sequence + "/retry", null), 404, "NOT_FOUND");
        assertThat(categoryName(id)).isNull();
        jdbc.update("DELETE FROM categories WHERE id = ?", blocker);
    }

    @Test
    void retryAllRetriesEverySequence() {
        String suffix = unique();
        long blocker = blockSlug("toners-" + suffix);
        long id = createCategory(suffix);
        eventually(() -> assertThat(letters("category-" + id)).hasSize(1));
        jdbc.update("DELETE FROM categories WHERE id = ?", blocker);

        Http.Answer all = admin().post(LETTERS + "/retry", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.data().path("sequences_tried").asInt()).isPositive();
        assertThat(all.data().path("sequences_cleared").asInt()).isEqualTo(all.data().path("sequences_tried").asInt());
        assertThat(all.data().path("letters_waiting").asLong()).isZero();
        assertThat(categoryName(id)).isEqualTo("Toners " + suffix);
    }

    /**
     * A reset of the processor (what a replay does) clears its letters: the replay delivers the parked events
     * again, and here the catalog's reset also removed the row in the way, so the category is projected.
     */
    @Test
    void aResetClearsTheLettersAndTheReplayHandlesTheirEventsAgain() {
        String suffix = unique();
        blockSlug("toners-" + suffix);
        long id = createCategory(suffix);
        eventually(() -> assertThat(letters("category-" + id)).hasSize(1));

        StreamingEventProcessor catalog = processing.eventProcessor("catalog", StreamingEventProcessor.class)
                .orElseThrow();
        catalog.shutDown();
        catalog.resetTokens();
        catalog.start();

        eventually(() -> assertThat(categoryName(id)).isEqualTo("Toners " + suffix));
        assertThat(letters("category-" + id)).isEmpty();
    }

    /**
     * A blue/green replay settles the letters too: its copy is built without the row in the way (which the switch
     * then removes from the live table), so the parked events are in the copy, and the switch deletes the letters
     * in the same transaction as it hands over the token.
     */
    @Test
    void aReplayIntoFreshTablesSettlesTheLetters() {
        String suffix = unique();
        long blocker = blockSlug("toners-" + suffix);
        long id = createCategory(suffix);
        eventually(() -> assertThat(letters("category-" + id)).hasSize(1));

        Http.Answer replay = admin().post("/api/v1/admin/projections/catalog/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/catalog").data();
            assertThat(status.path("progress").path("phase").asText()).as(status.toString()).isEqualTo("done");
            assertThat(status.path("replaying").asBoolean()).isFalse();
        });
        assertThat(categoryName(id)).isEqualTo("Toners " + suffix);
        assertThat(categoryName(blocker)).as("a row no event wrote is gone with the switch").isNull();
        assertThat(letters("category-" + id)).isEmpty();
    }

    @Test
    void badRequestsAndOutsidersAreRefused() {
        assertEnvelope(admin().get("/api/v1/admin/projections/nowhere/dead-letters"), 404, "NOT_FOUND");
        assertEnvelope(admin().post("/api/v1/admin/projections/nowhere/dead-letters/retry", null), 404, "NOT_FOUND");
        assertEnvelope(admin().get(LETTERS + "/category-987654321"), 404, "NOT_FOUND");
        assertEnvelope(admin().get(LETTERS + "/bad*id"), 400, "BAD_REQUEST");
        assertEnvelope(admin().delete(LETTERS + "/category-1/letters/not-a-uuid"), 400, "BAD_REQUEST");
        assertEnvelope(admin().get(LETTERS + "?page=0"), 400, "BAD_REQUEST");
        assertEnvelope(admin().get(LETTERS + "?limit=101"), 400, "BAD_REQUEST");
        assertThat(admin().get(LETTERS).status()).isEqualTo(200);

        Customer customer = newCustomer();
        assertEnvelope(anonymous().get(LETTERS), 401, "UNAUTHORIZED");
        assertEnvelope(customer.http().get(LETTERS), 403, "FORBIDDEN");
        assertEnvelope(customer.http().post(LETTERS + "/retry", null), 403, "FORBIDDEN");
        assertEnvelope(customer.http().delete(LETTERS + "/category-1"), 403, "FORBIDDEN");
    }

    /** A row of the read table taking the slug a new category will have: the projection's insert then fails. */
    private long blockSlug(String slug) {
        long id = -Long.parseLong(unique());
        jdbc.update("INSERT INTO categories (id, name, slug) VALUES (?, ?, ?)", id, "In the way", slug);
        return id;
    }

    private long createCategory(String suffix) {
        Http.Answer created = admin().post("/api/v1/admin/categories", category(suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private String categoryName(long id) {
        List<String> names = jdbc.queryForList("SELECT name FROM categories WHERE id = ?", String.class, id);
        return names.isEmpty() ? null : names.get(0);
    }

    private List<JsonNode> letters(String sequence) {
        Http.Answer answer = admin().get(LETTERS + "/" + sequence);
        List<JsonNode> letters = new ArrayList<>();
        if (answer.status() == 200) {
            answer.data().forEach(letters::add);
        } else {
            assertEnvelope(answer, 404, "NOT_FOUND");
        }
        return letters;
    }

    private double meter(String name) throws java.io.IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*projection=\"catalog\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(value.find()).as(name + " in " + metrics.lines().filter(l -> l.contains("dead_letters")).toList())
                .isTrue();
        return Double.parseDouble(value.group(1));
    }
}
