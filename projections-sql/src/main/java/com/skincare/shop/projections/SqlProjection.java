package com.skincare.shop.projections;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A projection into SQL tables, described well enough to be rebuilt beside itself: the tables its processing group
 * alone writes, parents before children (the order of their foreign keys), and how to make its projectors on any
 * {@link NamedParameterJdbcTemplate}. The projectors name their tables unqualified, so projectors made on
 * connections whose {@code search_path} starts with another schema write copies of the tables there, while
 * reading whatever they do not own (another group's tables) from the live schema.
 *
 * @param processingGroup the group of its projectors, which is its name
 * @param tables          every table the group writes and no other group does, in foreign-key order
 * @param projectors      fresh projector instances writing through the given template
 */
public record SqlProjection(String processingGroup, List<String> tables,
                            Function<NamedParameterJdbcTemplate, List<Object>> projectors) {

    public SqlProjection {
        Objects.requireNonNull(processingGroup, "processingGroup");
        tables = List.copyOf(tables);
        Objects.requireNonNull(projectors, "projectors");
    }
}
