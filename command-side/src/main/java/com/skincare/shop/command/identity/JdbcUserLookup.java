package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * {@link UserLookup} on PostgreSQL. Every statement joins the transaction Axon opened around the command, so
 * claims commit or roll back together with the events.
 */
@Component
public class JdbcUserLookup implements UserLookup {

    private final JdbcTemplate jdbc;
    private final String userEmails;

    public JdbcUserLookup(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.userEmails = schema.qualify("user_emails");
    }

    @Override
    public boolean claimEmail(UserId user, String email) {
        // The no-op update makes the statement return the owner whether it inserted or not, and locks the row, so
        // a concurrent release cannot slip in between the claim and the check. A concurrent claim of the same new
        // email waits on the primary key until the first claimant commits or rolls back.
        Long owner = jdbc.queryForObject("INSERT INTO " + userEmails + " (email, user_id) VALUES (?, ?) "
                + "ON CONFLICT (email) DO UPDATE SET user_id = " + userEmails + ".user_id "
                + "RETURNING user_id", Long.class, email, user.value());
        return owner != null && owner == user.value();
    }

    @Override
    public Optional<UserId> findUser(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT user_id FROM " + userEmails + " WHERE email = ?", Long.class,
                email.strip().toLowerCase(Locale.ROOT)).stream().findFirst().map(UserId::of);
    }

    @Override
    public void releaseEmail(UserId user, String email) {
        jdbc.update("DELETE FROM " + userEmails + " WHERE email = ? AND user_id = ?", email, user.value());
    }
}
