package com.skincare.shop.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.skincare.shop.api.feed.FeedEventView;
import com.skincare.shop.api.feed.FeedPageView;
import com.skincare.shop.api.feed.FindFeedEventsQuery;
import com.skincare.shop.eventstore.EventStoreAutoConfiguration;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers the event feed straight from Axon's {@code domain_event_entry}, by global index. The only query of the
 * shop that reads the event store: the feed is the store, for consumers outside the shop.
 * <p>
 * A page ends before the first hole in the index that {@link FeedGaps} does not yet take as settled, so that
 * a consumer resuming after the page's {@code next} cannot skip an event that commits late.
 */
@Component
public class EventFeedQueryHandler {

    private static final String EVENTS = """
            SELECT globalIndex, type, aggregateIdentifier, sequenceNumber, eventIdentifier, payloadType, payload,
                   timeStamp
            FROM %s.domain_event_entry
            WHERE globalIndex > :after
            ORDER BY globalIndex
            LIMIT :limit
            """.formatted(EventStoreAutoConfiguration.SCHEMA);

    /**
     * Secrets some events carry, for the aggregate's sake only: password hashes, and the hash and sealed copy of
     * a mailed token ({@code EmailToken}). An analytics consumer has no use for them, and must not hold them.
     */
    private static final Set<String> SECRETS = Set.of("passwordHash", "newPasswordHash", "hash", "sealed");

    /** Plain JSON as stored: the web layer's naming rules must not rename an event's fields. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(long position, String aggregateType, String aggregateId, long sequence, String eventId,
                       String payloadType, byte[] payload, Instant timestamp) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FeedGaps gaps;

    public EventFeedQueryHandler(NamedParameterJdbcTemplate jdbc, FeedGaps gaps) {
        this.jdbc = jdbc;
        this.gaps = gaps;
    }

    @QueryHandler
    public FeedPageView handle(FindFeedEventsQuery query) {
        List<Row> rows = jdbc.query(EVENTS, new MapSqlParameterSource("after", query.after())
                .addValue("limit", query.limit()), EventFeedQueryHandler::row);
        List<FeedEventView> events = new ArrayList<>(rows.size());
        long next = query.after();
        long previous = query.after();
        boolean held = false;
        for (Row row : rows) {
            // Every hole of the page is looked at, also past one that holds the page back, so that the holes of a
            // consumer's way all start their time together instead of one after another.
            boolean hole = row.position() != previous + 1;
            held = (hole && !gaps.settled(row.position(), row.timestamp())) || held;
            previous = row.position();
            if (!held) {
                events.add(view(row));
                next = row.position();
            }
        }
        return new FeedPageView(events, next);
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        return new Row(rs.getLong("globalIndex"), rs.getString("type"), rs.getString("aggregateIdentifier"),
                rs.getLong("sequenceNumber"), rs.getString("eventIdentifier"), rs.getString("payloadType"),
                rs.getBytes("payload"), Instant.parse(rs.getString("timeStamp")));
    }

    private static FeedEventView view(Row row) {
        return new FeedEventView(row.position(), simpleName(row.payloadType()), row.aggregateType(), row.aggregateId(),
                row.sequence(), row.timestamp(), row.eventId(), payload(row.payload()));
    }

    private static String simpleName(String payloadType) {
        int dot = payloadType.lastIndexOf('.');
        String name = dot < 0 ? payloadType : payloadType.substring(dot + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    static String payload(byte[] stored) {
        String text = new String(stored, StandardCharsets.UTF_8);
        try {
            JsonNode json = JSON.readTree(text);
            withoutSecrets(json);
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException notJson) {
            // Every event is stored by the Jackson serializer; anything else is passed on as text, never dropped.
            return TextNode.valueOf(text).toString();
        }
    }

    private static void withoutSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(SECRETS);
        }
        node.forEach(EventFeedQueryHandler::withoutSecrets);
    }
}
