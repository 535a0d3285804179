package com.skincare.shop.launcher;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row-for-row fingerprint of read tables that the replay tests compare: a table's row count and the md5 of
 * all its rows as text in a fixed order, so any changed value, missing or extra row changes it.
 */
final class ReadTableChecksums {

    private ReadTableChecksums() {
    }

    static String of(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)),"
                + " '') FROM " + table + " r", String.class);
    }

    /** By table, in the given order. */
    static Map<String, String> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, String> checksums = new LinkedHashMap<>();
        tables.forEach(table -> checksums.put(table, of(jdbc, table)));
        return checksums;
    }
}
