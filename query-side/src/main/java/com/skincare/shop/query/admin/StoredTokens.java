package com.skincare.shop.query.admin;

import com.mongodb.client.MongoCollection;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tokens of a processor as stored, read without claiming them, so every node answers the same whichever
 * holds the segments: {@code token_entry} for the SQL projections, the analytics token collection in Mongo for
 * the analytics groups.
 */
class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String tokenTable;
    private final AnalyticsStore analytics;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer, TokenSchema schema, AnalyticsStore analytics) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tokenTable = schema.tokenTable();
        this.analytics = analytics;
    }

    String tokenTable() {
        return tokenTable;
    }

    /** The segments of a processor whose tokens live in PostgreSQL. */
    List<Segment> sql(String processor) {
        return jdbc.query("SELECT segment, token, tokenType, owner, timestamp FROM " + tokenTable
                        + " WHERE processorName = ? ORDER BY segment",
                (rs, n) -> new Segment(rs.getInt(1), token(rs.getBytes(2), rs.getString(3)), rs.getString(4),
                        instant(rs.getString(5))),
                processor);
    }

    /** The segments of an analytics processor, whose tokens live beside its documents. */
    List<Segment> mongo(String processor) {
        if (analytics == null) {
            return List.of();
        }
        MongoCollection<Document> tokens = analytics.database().getCollection(AnalyticsStore.TOKENS);
        List<Segment> segments = new ArrayList<>();
        for (Document entry : tokens.find(new Document("processorName", processor))) {
            Integer segment = entry.getInteger("segment");
            if (segment == null || segment < 0) {
                continue;
            }
            segments.add(new Segment(segment, token(bytes(entry.get("token")), entry.getString("tokenType")),
                    entry.getString("owner"), timestamp(entry.get("timestamp"))));
        }
        return segments;
    }

    /**
     * Makes this node the holder of every segment of an analytics processor, with a fresh claim. A node that held
     * one fails to store its next token there and lets the segment go (it does not claim it back while the claim
     * is fresh), and this node's reset, which must claim every segment, finds them its own.
     */
    void takeOverMongo(String processor, String owner, Instant now) {
        if (analytics == null) {
            return;
        }
        analytics.database().getCollection(AnalyticsStore.TOKENS).updateMany(
                new Document("processorName", processor),
                new Document("$set", new Document("owner", owner).append("timestamp", now.toEpochMilli())));
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(bytes, byte[].class, type, null);
        return serializer.deserialize(serialized);
    }

    private static byte[] bytes(Object value) {
        if (value instanceof Binary binary) {
            return binary.getData();
        }
        return value instanceof byte[] raw ? raw : null;
    }

    private static Instant timestamp(Object value) {
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof String text ? instant(text) : null;
    }

    private static Instant instant(String text) {
        return text == null ? null : DateTimeUtils.parseInstant(text);
    }

    /**
     * One stored segment.
     *
     * @param token   null before the processor first stored one
     * @param claimed when its owner last claimed or extended it
     */
    record Segment(int segment, TrackingToken token, String owner, Instant claimed) {

        long position() {
            return token == null ? 0L : token.position().orElse(0L);
        }

        /**
         * Whether it is short of the position it was reset at. A replay token is stored until an event after that
         * position arrives, so one that has reached it counts as done.
         */
        boolean replaying() {
            return token instanceof ReplayToken replay
                    && position() < replay.getTokenAtReset().position().orElse(0L);
        }

        /** Where a replay in place started from and is going to, when this segment is replaying. */
        Optional<Long> replayTarget() {
            return token instanceof ReplayToken replay
                    ? Optional.of(replay.getTokenAtReset().position().orElse(0L)) : Optional.empty();
        }

        boolean claimedSince(Instant moment) {
            return owner != null && claimed != null && claimed.isAfter(moment);
        }
    }
}
