package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The event feed for outside consumers: paged by position and as Server-Sent Events, every event once and in
 * order, across reconnects and across transactions that commit out of order.
 */
class FeedIT extends ShopIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** As {@link ShopIT} sets {@code shop.feed.max-streams}. */
    private static final int MAX_STREAMS = 4;

    @Test
    void pagingFromTheStartGivesEveryEventOnceInOrder() {
        long categoryId = admin().post("/api/v1/admin/categories", category("feed-" + unique())).data().path("id").asLong();
        long head = head();
        List<JsonNode> seen = new ArrayList<>();
        long[] next = {0};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            Http.Answer page = admin().get("/api/v1/admin/events?limit=1000&after=" + next[0]);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.data().path("events").forEach(seen::add);
            next[0] = page.data().path("next").asLong();
            return next[0] >= head;
        });

        List<Long> positions = seen.stream().map(e -> e.path("position").asLong()).filter(p -> p <= head).toList();
        assertThat(positions).as("every stored event up to the head, once, in order")
                .isEqualTo(jdbc.queryForList("SELECT globalIndex FROM axon.domain_event_entry WHERE globalIndex <= ? "
                        + "ORDER BY globalIndex", Long.class, head));
        JsonNode created = seen.stream()
                .filter(e -> e.path("aggregate_id").asText().equals("category-" + categoryId))
                .findFirst().orElseThrow();
        assertThat(created.path("type").asText()).isEqualTo("CategoryCreatedEvent");
        assertThat(created.path("aggregate_type").asText()).isEqualTo("Category");
        assertThat(created.path("sequence").asLong()).isZero();
        assertThat(created.path("payload").path("categoryId").asLong()).isEqualTo(categoryId);
        assertThat(created.path("payload").path("details").path("name").asText()).startsWith("Toners feed-");
        assertThat(Instant.parse(created.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(created.path("event_id").asText()).isNotBlank();

        JsonNode registered = seen.stream().filter(e -> e.path("type").asText().equals("UserRegisteredEvent"))
                .findFirst().orElseThrow();
        assertThat(registered.path("payload").path("email").asText()).contains("@");
        assertThat(seen).as("no password hash nor mailed token leaves the shop")
                .allSatisfy(e -> assertThat(e.path("payload").toString())
                        .doesNotContain("\"passwordHash\"", "\"newPasswordHash\"", "\"sealed\"", "\"hash\""));
    }

    @Test
    void aLaterPositionCommittedFirstWaitsForTheEarlierOne() throws SQLException {
        long first;
        long second;
        try (Connection slow = jdbc.getDataSource().getConnection();
             Connection fast = jdbc.getDataSource().getConnection()) {
            slow.setAutoCommit(false);
            fast.setAutoCommit(false);
            first = insertProbe(slow);
            second = insertProbe(fast);
            fast.commit();
            assertThat(second).isGreaterThan(first);

            JsonNode page = admin().get("/api/v1/admin/events?after=" + (first - 1)).data();
            assertThat(positions(page)).as("nothing past a position that may still commit").isEmpty();
            assertThat(page.path("next").asLong()).isEqualTo(first - 1);

            slow.commit();
        }
        List<Long> page = positions(admin().get("/api/v1/admin/events?after=" + (first - 1)).data());
        assertThat(page).as("both, in position order, once the earlier one committed")
                .startsWith(first).containsSubsequence(first, second).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aPositionRolledBackIsPassedOnceTheGapTimesOut() throws SQLException {
        long lost;
        long kept;
        try (Connection aborted = jdbc.getDataSource().getConnection();
             Connection committed = jdbc.getDataSource().getConnection()) {
            aborted.setAutoCommit(false);
            committed.setAutoCommit(false);
            lost = insertProbe(aborted);
            kept = insertProbe(committed);
            committed.commit();
            aborted.rollback();
        }
        assertThat(positions(admin().get("/api/v1/admin/events?after=" + (lost - 1)).data()))
                .as("held back while the hole is young").doesNotContain(kept);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(positions(admin().get("/api/v1/admin/events?after=" + (lost - 1)).data()))
                        .as("the hole of a rolled-back append does not stop the feed for ever")
                        .startsWith(kept).doesNotContain(lost));
    }

    @Test
    void aStreamResumedWithLastEventIdMissesNothingAndRepeatsNothing() throws Exception {
        String token = newAnalyticsConsumer().accessToken();
        long start = head();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> written = writer.submit(() -> {
            int count = 0;
            while (writing.get() || count < 10) {
                Http.Answer created = admin().post("/api/v1/admin/categories", category("stream-" + unique()));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                count++;
            }
            return count;
        });
        List<Long> received = new ArrayList<>();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
                try (SseClient first = SseClient.connect(port, "?after=" + start, token, null)) {
                    assertThat(first.status).isEqualTo(200);
                    assertThat(first.contentType).startsWith("text/event-stream");
                    while (received.size() < 5) {
                        received.add(first.nextEvent().id);
                    }
                }
                // The URL still says after=start, as a browser's EventSource keeps it; the header wins.
                try (SseClient resumed = SseClient.connect(port, "?after=" + start, token,
                        Long.toString(received.get(received.size() - 1)))) {
                    assertThat(resumed.status).isEqualTo(200);
                    int before = received.size();
                    while (received.size() < before + 5) {
                        received.add(resumed.nextEvent().id);
                    }
                    writing.set(false);
                    assertThat(written.get()).isGreaterThanOrEqualTo(10);
                    long end = head();
                    while (received.get(received.size() - 1) < end) {
                        received.add(resumed.nextEvent().id);
                    }
                    List<Long> stored = jdbc.queryForList("SELECT globalIndex FROM axon.domain_event_entry "
                            + "WHERE globalIndex > ? AND globalIndex <= ? ORDER BY globalIndex", Long.class, start, end);
                    assertThat(received.stream().filter(p -> p <= end).toList())
                            .as("every event once, in order, across the reconnect").isEqualTo(stored);
                }
            });
        } finally {
            writing.set(false);
            writer.shutdown();
        }
    }

    @Test
    void aStreamSendsTheEventItselfAsJson() throws Exception {
        long start = head();
        long categoryId = admin().post("/api/v1/admin/categories", category("sse-" + unique())).data().path("id").asLong();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (SseClient stream = SseClient.connect(port, "?after=" + start, adminToken(), null)) {
                SseEvent event;
                do {
                    event = stream.nextEvent();
                } while (!event.data.path("aggregate_id").asText().equals("category-" + categoryId));
                assertThat(event.data.path("position").asLong()).isEqualTo(event.id);
                assertThat(event.data.path("type").asText()).isEqualTo("CategoryCreatedEvent");
                assertThat(event.data.path("payload").path("categoryId").asLong()).isEqualTo(categoryId);
            }
        });
    }

    @Test
    void aNodeKeepsFewStreamsAndFreesTheSlotOfAClientThatLeft() throws Exception {
        String token = adminToken();
        List<SseClient> clients = new ArrayList<>();
        SseClient refused = null;
        try {
            for (int i = 0; i <= MAX_STREAMS && refused == null; i++) {
                SseClient client = SseClient.connect(port, "?after=" + head(), token, null);
                clients.add(client);
                if (client.status == 429) {
                    refused = client;
                }
            }
            assertThat(refused).as("a stream past shop.feed.max-streams is refused").isNotNull();
            assertThat(refused.retryAfter).isNotBlank();
            assertThat(refused.contentType).startsWith("application/json");
        } finally {
            for (SseClient client : clients) {
                client.close();
            }
        }
        // A client that left is noticed at the next write, a heartbeat at the latest.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (SseClient again = SseClient.connect(port, "", token, null)) {
                return again.status == 200;
            }
        });
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Http admin = admin();
        assertRefused(() -> admin.get("/api/v1/admin/events?after=-1"), 400, "BAD_REQUEST", "after");
        assertRefused(() -> admin.get("/api/v1/admin/events?after=ten"), 400, "BAD_REQUEST", "after");
        assertRefused(() -> admin.get("/api/v1/admin/events?after=99999999999999999999"), 400, "BAD_REQUEST",
                "after");
        assertRefused(() -> admin.get("/api/v1/admin/events?limit=0"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> admin.get("/api/v1/admin/events?limit=1001"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> admin.get("/api/v1/admin/events?limit=many"), 400, "BAD_REQUEST", "limit");
        Http sse = admin.withHeader("Accept", "text/event-stream");
        assertRefused(() -> sse.get("/api/v1/admin/events/stream?after=x"), 400, "BAD_REQUEST", "after");
        assertRefused(() -> sse.withHeader("Last-Event-ID", "abc").get("/api/v1/admin/events/stream"), 400,
                "BAD_REQUEST", "Last-Event-ID");

        JsonNode page = admin.get("/api/v1/admin/events?after=" + Long.MAX_VALUE / 2).data();
        assertThat(page.path("events").isEmpty()).isTrue();
        assertThat(page.path("next").asLong()).isEqualTo(Long.MAX_VALUE / 2);
        // From the start: a hole left at the shop's start may hold the page back for the gap timeout.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/admin/events").data().path("events").size()).as("100 by default")
                        .isEqualTo((int) Math.min(100, storedEvents())));
    }

    @Test
    void theFeedIsForAdminsAndAnalyticsConsumersOnly() {
        Customer customer = newCustomer();
        Customer moderator = newModerator();
        for (String path : List.of("/api/v1/admin/events", "/api/v1/admin/events?after=1&limit=5",
                "/api/v1/admin/events/stream")) {
            assertEnvelope(anonymous().get(path), 401, "UNAUTHORIZED");
            assertEnvelope(customer.http().get(path), 403, "FORBIDDEN");
            assertEnvelope(moderator.http().get(path), 403, "FORBIDDEN");
        }
        assertThat(admin().get("/api/v1/admin/events?limit=5").status()).isEqualTo(200);
    }

    @Test
    void anAdminGrantsAndRevokesTheFeedWithoutTouchingTheDocumentedRole() {
        Customer consumer = newCustomer();
        String access = "/api/v1/admin/customers/" + consumer.id() + "/analytics-access";
        Http.Answer granted = admin().put(access, null);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.data().path("analytics_access").asBoolean()).isTrue();
        assertThat(consumer.http().get("/api/v1/auth/me").status())
                .as("a grant ends the sessions it did not reach").isEqualTo(401);

        Customer signedIn = signIn(consumer.email(), consumer.password());
        assertThat(signedIn.http().get("/api/v1/admin/events?limit=3").status()).isEqualTo(200);
        assertThat(signedIn.http().get("/api/v1/admin/events?limit=3").data().path("events").size()).isEqualTo(3);
        assertEnvelope(signedIn.http().get("/api/v1/admin/customers"), 403, "FORBIDDEN");
        assertThat(login(consumer.email(), consumer.password()).data().path("user").path("role").asText())
                .isEqualTo("customer");
        eventually(() -> assertThat(jdbc.queryForObject("SELECT role::text FROM users WHERE id = ?", String.class,
                consumer.id())).isEqualTo("customer"));
        Http.Answer refreshed = anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", signedIn.refreshToken()));
        assertThat(anonymous().withToken(refreshed.data().path("access_token").asText())
                .get("/api/v1/admin/events?limit=1").status()).as("a refreshed token keeps the grant").isEqualTo(200);
        assertEnvelope(signedIn.http().put(access, null), 403, "FORBIDDEN");

        Http.Answer revoked = admin().delete(access);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(anonymous().withToken(refreshed.data().path("access_token").asText())
                .get("/api/v1/admin/events?limit=1").status()).as("revoking ends the consumer's sessions at once")
                .isEqualTo(401);
        assertEnvelope(signIn(consumer.email(), consumer.password()).http().get("/api/v1/admin/events"), 403,
                "FORBIDDEN");
        assertRefused(() -> admin().put("/api/v1/admin/customers/" + Integer.MAX_VALUE + "/analytics-access", null),
                404, "NOT_FOUND", null);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(globalIndex) FROM axon.domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private String adminToken() {
        Http.Answer login = anonymous().post("/api/v1/admin/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.data().path("access_token").asText();
    }

    private static List<Long> positions(JsonNode page) {
        List<Long> positions = new ArrayList<>();
        page.path("events").forEach(e -> positions.add(e.path("position").asLong()));
        return positions;
    }

    /**
     * An event of a type no handler knows, appended as Axon's JDBC engine appends: its position comes from the
     * sequence at the insert, and is visible to others only at the commit.
     */
    private long insertProbe(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO axon.domain_event_entry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                    metaData, payload, payloadRevision, payloadType, timeStamp)
                VALUES (?, 0, 'FeedProbe', ?, '{}'::bytea, ?, NULL, 'com.skincare.shop.launcher.FeedProbeEvent', ?)
                RETURNING globalIndex""")) {
            insert.setString(1, "feed-probe-" + unique());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setBytes(3, "{\"probe\":true}".getBytes(StandardCharsets.UTF_8));
            insert.setString(4, Instant.now().toString());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private record SseEvent(long id, JsonNode data) {
    }

    /** A minimal Server-Sent Events reader over the JDK's HTTP client. */
    private static final class SseClient implements AutoCloseable {

        private final int status;
        private final String contentType;
        private final String retryAfter;
        private final InputStream body;
        private final BufferedReader reader;

        private SseClient(HttpResponse<InputStream> response) {
            this.status = response.statusCode();
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            this.retryAfter = response.headers().firstValue("Retry-After").orElse("");
            this.body = response.body();
            this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        static SseClient connect(int port, String query, String token, String lastEventId)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/admin/events/stream" + query))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            return new SseClient(HttpClient.newHttpClient().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        }

        /** The next event with an id, past comments and the reconnect time. */
        SseEvent nextEvent() throws IOException {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (id != null) {
                        return new SseEvent(Long.parseLong(id), JSON.readTree(data.toString()));
                    }
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            throw new IOException("the stream ended");
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
