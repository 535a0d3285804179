package com.skincare.shop.projections;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * PostgreSQL array parameters for {@code TEXT[]} columns and {@code = ANY(?)} conditions. A Java collection
 * handed to {@code NamedParameterJdbcTemplate} would be expanded into a list of placeholders instead.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static Object text(Collection<String> values) {
        return array("text", values.toArray(String[]::new));
    }

    public static Object bigint(Collection<Long> values) {
        return array("bigint", values.toArray(Long[]::new));
    }

    private static Object array(String elementType, Object[] elements) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName)
                    throws SQLException {
                return connection.createArrayOf(elementType, elements);
            }
        };
    }
}
