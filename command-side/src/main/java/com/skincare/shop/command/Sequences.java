package com.skincare.shop.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command schema's id sequences, from which each context hands out the documented integer ids before a
 * creating command is sent: the id travels in the events, so a replayed read model gets the same ids. A refused
 * command leaves a gap, as any sequence does.
 */
@Component
public class Sequences {

    private final JdbcTemplate jdbc;
    private final CommandSchema schema;

    public Sequences(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public long next(String sequence) {
        Long value = jdbc.queryForObject("SELECT nextval(?::regclass)", Long.class, schema.qualify(sequence));
        if (value == null) {
            throw new IllegalStateException("sequence " + sequence + " answered nothing");
        }
        return value;
    }
}
