package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindSearchSuggestionsQuery;
import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.query.LikePatterns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Suggests product names for what a shopper is typing, from the names of active products alone, English or
 * Khmer, served by the names' trigram index from three characters on.
 */
@Component
public class SearchSuggestionQueryHandler {

    /** 0: a name starts with the text; 1: a word of a name does; 2: a name holds it elsewhere. */
    private static final String SUGGESTIONS = """
            SELECT p.id, p.slug, p.name_en, p.name_kh
            FROM products p
            WHERE p.status = 'active' AND %s ILIKE :pattern
            ORDER BY CASE
                         WHEN coalesce(p.name_en, '') ILIKE :prefix OR coalesce(p.name_kh, '') ILIKE :prefix THEN 0
                         WHEN coalesce(p.name_en, '') ILIKE :wordPrefix OR coalesce(p.name_kh, '') ILIKE :wordPrefix
                             THEN 1
                         ELSE 2
                     END,
                     p.name_en, p.id
            LIMIT :limit
            """.formatted(ProductConditions.NAMES);

    private final NamedParameterJdbcTemplate jdbc;

    public SearchSuggestionQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<SearchSuggestionView> handle(FindSearchSuggestionsQuery query) {
        String literal = LikePatterns.literal(query.text());
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("pattern", "%" + literal + "%")
                .addValue("prefix", literal + "%")
                .addValue("wordPrefix", "% " + literal + "%")
                .addValue("limit", query.limit());
        return jdbc.query(SUGGESTIONS, parameters, (rs, i) -> new SearchSuggestionView(rs.getLong("id"),
                rs.getString("slug"), rs.getString("name_en"), rs.getString("name_kh")));
    }
}
