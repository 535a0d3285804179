package com.skincare.shop.command.identity.mail;

import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code mail_outbox} table of the command schema. */
@Component
public class MailOutbox {

    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final String table;

    public MailOutbox(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.table = schema.qualify("mail_outbox");
    }

    /** Queues a mail once per event; a second call for the same event does nothing. */
    void queue(String eventId, MailKind kind, String recipient, Language language, EmailToken token, Instant now) {
        jdbc.update("INSERT INTO " + table + " (event_id, kind, recipient, language, sealed_token, expires_at, "
                        + "queued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                eventId, kind.code(), recipient, language.code(), token.sealed(), ts(token.expiresAt()), ts(now), ts(now));
    }

    /** Locks the oldest due mail for the caller's transaction; other nodes skip it meanwhile. */
    Optional<QueuedMail> lockNextDue(Instant now) {
        return jdbc.query("SELECT id, kind, recipient, language, sealed_token, expires_at, attempts FROM " + table
                        + " WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id"
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED",
                (rs, row) -> new QueuedMail(rs.getLong("id"), MailKind.fromCode(rs.getString("kind")),
                        rs.getString("recipient"), Language.fromCode(rs.getString("language")).orElse(Language.EN),
                        rs.getString("sealed_token"), rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts")),
                ts(now)).stream().findFirst();
    }

    void sent(long id, Instant now) {
        jdbc.update("UPDATE " + table + " SET status = 'sent', sent_at = ?, sealed_token = NULL, attempts = attempts + 1,"
                + " last_error = NULL WHERE id = ?", ts(now), id);
    }

    void retryAt(long id, Instant next, String error) {
        jdbc.update("UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                ts(next), truncate(error), id);
    }

    /** Gives up, {@code failed} or {@code expired}; the sealed token goes, since nothing will send it now. */
    void giveUp(long id, String status, String error) {
        jdbc.update("UPDATE " + table + " SET status = ?, sealed_token = NULL, last_error = ? WHERE id = ?",
                status, truncate(error), id);
    }

    /** What an operator looks at: how many mails are in each state. */
    List<StatusCount> counts() {
        return jdbc.query("SELECT status, count(*) AS mails FROM " + table + " GROUP BY status ORDER BY status",
                (rs, row) -> new StatusCount(rs.getString("status"), rs.getLong("mails")));
    }

    record StatusCount(String status, long mails) {
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
