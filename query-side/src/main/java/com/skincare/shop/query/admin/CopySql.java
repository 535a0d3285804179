package com.skincare.shop.query.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL of a rebuild beside the live tables: the copy's schema and tables, and the switch that makes the live
 * tables equal to the copy in one transaction.
 * <p>
 * The switch writes into the live tables rather than renaming the copy into their place: other groups' tables
 * hold foreign keys to these (reviews to {@code products}, coupon uses to {@code users}), which a rename or a
 * wholesale delete would break or cascade through. Only rows that differ are touched, so a replay that changes
 * nothing rewrites nothing, and a reader sees the old rows until the commit and the new ones after it.
 */
final class CopySql {

    static final String LIVE_SCHEMA = "public";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern REFERENCE = Pattern.compile("REFERENCES (?:public\\.)?([a-z_][a-z0-9_]*)\\(");

    private CopySql() {
    }

    /** The copy's schema of a processing group: {@code replay_} and the group's name made an identifier. */
    static String copySchema(String group) {
        return identifier("replay_" + group.toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_'));
    }

    static String createSchema(String schema) {
        return "CREATE SCHEMA " + identifier(schema);
    }

    static String dropSchema(String schema) {
        return "DROP SCHEMA IF EXISTS " + identifier(schema) + " CASCADE";
    }

    /**
     * An empty copy with the live table's columns, defaults, checks, indexes and unique constraints, so the copy
     * refuses what the live table would. Foreign keys follow with {@link #copyForeignKey}, once every copy exists.
     */
    static String createCopy(String schema, String table) {
        return "CREATE TABLE " + identifier(schema) + "." + identifier(table)
                + " (LIKE " + LIVE_SCHEMA + "." + identifier(table) + " INCLUDING ALL)";
    }

    /**
     * A live table's foreign key on its copy. The projectors rely on the keys' actions (a deleted user's addresses
     * go by {@code ON DELETE CASCADE}, a deleted category leaves its children by {@code SET NULL}), so the copy
     * needs them to end up as the live tables do: a key to a table of the same projection refers to its copy, a
     * key to another projection's table to the live one, as the live key does.
     *
     * @param definition as {@code pg_get_constraintdef} gives it: {@code FOREIGN KEY (..) REFERENCES t(..) ...}
     * @param ownTables  the tables of the projection being copied
     */
    static String copyForeignKey(String schema, String table, String name, String definition,
                                 Collection<String> ownTables) {
        Matcher reference = REFERENCE.matcher(definition);
        if (!reference.find()) {
            throw new IllegalArgumentException("Not a foreign key: " + definition);
        }
        String referenced = identifier(reference.group(1));
        String target = (ownTables.contains(referenced) ? identifier(schema) : LIVE_SCHEMA) + "." + referenced;
        String copied = definition.substring(0, reference.start()) + "REFERENCES " + target + "("
                + definition.substring(reference.end());
        return "ALTER TABLE " + identifier(schema) + "." + identifier(table) + " ADD CONSTRAINT " + identifier(name)
                + " " + copied;
    }

    /**
     * The statements of the switch for one projection's tables (given parents first): rows the copy lacks are
     * deleted children first, then the copy's rows are inserted or, where they differ, updated, parents first.
     * Deleting first frees unique values (a slug, an email) that a row of the copy may take over.
     */
    static List<String> switchStatements(String schema, List<TableShape> parentsFirst) {
        List<String> statements = new ArrayList<>();
        for (int i = parentsFirst.size() - 1; i >= 0; i--) {
            statements.add(deleteAbsent(schema, parentsFirst.get(i)));
        }
        for (TableShape table : parentsFirst) {
            statements.add(upsert(schema, table));
        }
        return statements;
    }

    static String deleteAbsent(String schema, TableShape table) {
        String matches = table.keys().stream()
                .map(k -> "c." + identifier(k) + " = l." + identifier(k))
                .collect(Collectors.joining(" AND "));
        return "DELETE FROM " + live(table) + " l WHERE NOT EXISTS (SELECT 1 FROM " + copy(schema, table)
                + " c WHERE " + matches + ")";
    }

    /**
     * Compared as text, since a row may hold types without an equality operator; generated columns are left out
     * of the lists, since they cannot be written and follow from the others.
     */
    static String upsert(String schema, TableShape table) {
        String columns = table.columns().stream().map(CopySql::identifier).collect(Collectors.joining(", "));
        String keys = table.keys().stream().map(CopySql::identifier).collect(Collectors.joining(", "));
        List<String> others = table.columns().stream().filter(c -> !table.keys().contains(c)).toList();
        String insert = "INSERT INTO " + live(table) + " AS l (" + columns + ") SELECT " + columns + " FROM "
                + copy(schema, table) + " ON CONFLICT (" + keys + ") DO ";
        if (others.isEmpty()) {
            return insert + "NOTHING";
        }
        String assignments = others.stream()
                .map(c -> identifier(c) + " = EXCLUDED." + identifier(c))
                .collect(Collectors.joining(", "));
        String liveRow = others.stream().map(c -> "l." + identifier(c)).collect(Collectors.joining(", "));
        String copyRow = others.stream().map(c -> "EXCLUDED." + identifier(c)).collect(Collectors.joining(", "));
        return insert + "UPDATE SET " + assignments
                + " WHERE ROW(" + liveRow + ")::text IS DISTINCT FROM ROW(" + copyRow + ")::text";
    }

    /**
     * The token half of the switch, each taking (copy processor, timestamp, live processor): every live segment
     * takes the copy's one token and is released; a projection that never stored a token gets segment 0.
     */
    static List<String> tokenStatements(String tokenTable) {
        return List.of("""
                WITH c AS (SELECT token, tokenType FROM %1$s WHERE processorName = ? AND segment = 0)
                UPDATE %1$s l SET token = c.token, tokenType = c.tokenType, timestamp = ?, owner = NULL
                  FROM c WHERE l.processorName = ?
                """.formatted(tokenTable), """
                INSERT INTO %1$s (processorName, segment, token, tokenType, timestamp, owner)
                SELECT g.name, 0, c.token, c.tokenType, n.at, NULL
                  FROM (SELECT token, tokenType FROM %1$s WHERE processorName = ? AND segment = 0) c,
                       (SELECT CAST(? AS VARCHAR) AS at) n, (SELECT CAST(? AS VARCHAR) AS name) g
                 WHERE NOT EXISTS (SELECT 1 FROM %1$s WHERE processorName = g.name)
                """.formatted(tokenTable));
    }

    private static String live(TableShape table) {
        return LIVE_SCHEMA + "." + identifier(table.name());
    }

    private static String copy(String schema, TableShape table) {
        return identifier(schema) + "." + identifier(table.name());
    }

    /** Names come from our own declarations and the catalog, never from a request; checked all the same. */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }

    /**
     * A live table as the switch needs it: its writable columns and its primary key.
     *
     * @param columns every column but generated ones, in table order
     * @param keys    the primary key's columns
     */
    record TableShape(String name, List<String> columns, List<String> keys) {

        TableShape {
            columns = List.copyOf(columns);
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("Table " + name + " has no primary key to match rows by");
            }
        }
    }
}
