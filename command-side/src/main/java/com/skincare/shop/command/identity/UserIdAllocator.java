package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the documented integer ids of users and their addresses before the command that creates one is
 * sent, so the id travels in the events and a replayed read model gets the same ids. A refused command leaves a
 * gap, as any sequence does.
 */
@Component
public class UserIdAllocator {

    private final JdbcTemplate jdbc;
    private final CommandSchema schema;

    public UserIdAllocator(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public UserId nextUserId() {
        return UserId.of(next("user_id_seq"));
    }

    public long nextAddressId() {
        return next("user_address_id_seq");
    }

    private long next(String sequence) {
        Long value = jdbc.queryForObject("SELECT nextval(?::regclass)", Long.class, schema.qualify(sequence));
        if (value == null) {
            throw new IllegalStateException("sequence " + sequence + " answered nothing");
        }
        return value;
    }
}
