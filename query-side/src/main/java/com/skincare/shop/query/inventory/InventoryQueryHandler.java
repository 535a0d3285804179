package com.skincare.shop.query.inventory;

import com.skincare.shop.api.catalog.FindLowStockQuery;
import com.skincare.shop.api.catalog.FindStockHistoryQuery;
import com.skincare.shop.api.catalog.FindStockLevelQuery;
import com.skincare.shop.api.catalog.FindStockLevelsQuery;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.catalog.StockLevelView;
import com.skincare.shop.api.catalog.StockMovementView;
import com.skincare.shop.api.catalog.StockSort;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.query.Columns;
import com.skincare.shop.query.LikePatterns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers the inventory queries: stock levels from the catalog's {@code products} rows, which the catalog
 * projection keeps at each product's latest stock, and a product's history from {@code stock_movements}.
 * <p>
 * The page queries are declared with a raw {@code ResultPage}: Axon 4 finds no handler for a parameterized
 * return type (AxonFramework issue #1537, see {@code ProductQueryHandler}).
 */
@Component
public class InventoryQueryHandler {

    static final int DEFAULT_LIMIT = 20;

    private static final String LEVEL_COLUMNS = """
            p.id, p.sku, p.name_en, p.name_kh, p.status::text AS status, p.stock, p.track_inventory,
            p.allow_backorders, p.updated_at
            """;

    /** Archived products are no longer sold: nothing to reorder for them. */
    private static final String LOW_STOCK = """
             FROM products p
            WHERE p.track_inventory AND p.status <> 'archived' AND p.stock <= :threshold
            """;

    private static final String HISTORY_SIZE = """
            SELECT EXISTS (SELECT 1 FROM products WHERE id = :productId) AS known,
                   (SELECT count(*) FROM stock_movements WHERE product_id = :productId) AS total
            """;

    private static final String HISTORY = """
            SELECT product_id, sequence_number, reason::text AS reason, delta, stock_after, occurred_at
            FROM stock_movements
            WHERE product_id = :productId
            ORDER BY sequence_number DESC
            LIMIT :limit OFFSET :offset
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public InventoryQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers a {@code ResultPage<StockLevelView>}. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindStockLevelsQuery query) {
        return levels(query);
    }

    /** Answers a {@code ResultPage<StockLevelView>}. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindLowStockQuery query) {
        return lowStock(query);
    }

    @QueryHandler
    public Optional<StockLevelView> handle(FindStockLevelQuery query) {
        return jdbc.query("SELECT " + LEVEL_COLUMNS + " FROM products p WHERE p.id = :id",
                new MapSqlParameterSource("id", query.productId()), InventoryQueryHandler::level).stream().findFirst();
    }

    /** Answers an optional {@code ResultPage<StockMovementView>}, raw for the same reason as the lists. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public Optional<ResultPage> handle(FindStockHistoryQuery query) {
        return history(query).map(ResultPage.class::cast);
    }

    ResultPage<StockLevelView> levels(FindStockLevelsQuery query) {
        PageRequest page = pageOf(query.page());
        StockSort sort = query.sort() == null ? StockSort.NAME : query.sort();
        SortDirection direction = query.direction() == null ? defaultDirection(sort) : query.direction();
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (query.search() != null && !query.search().isBlank()) {
            conditions.add("(p.sku ILIKE :search OR p.name_en ILIKE :search OR p.name_kh ILIKE :search)");
            parameters.addValue("search", LikePatterns.containing(query.search().strip()));
        }
        if (query.status() != null) {
            conditions.add("p.status = CAST(:status AS product_status)");
            parameters.addValue("status", query.status().code());
        }
        String from = " FROM products p" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        return levelPage(from, parameters, orderBy(sort, direction), page);
    }

    ResultPage<StockLevelView> lowStock(FindLowStockQuery query) {
        return levelPage(LOW_STOCK, new MapSqlParameterSource("threshold", query.threshold()), "p.stock ASC, p.id ASC",
                pageOf(query.page()));
    }

    /**
     * Empty when the product is unknown. A product counts as known once either projection has seen it, so its
     * history is not refused while the catalog's stream is a step behind this one.
     */
    Optional<ResultPage<StockMovementView>> history(FindStockHistoryQuery query) {
        PageRequest page = pageOf(query.page());
        MapSqlParameterSource parameters = new MapSqlParameterSource("productId", query.productId());
        Size size = jdbc.queryForObject(HISTORY_SIZE, parameters,
                (rs, i) -> new Size(rs.getBoolean("known"), rs.getLong("total")));
        if (size == null || (!size.known() && size.total() == 0)) {
            return Optional.empty();
        }
        if (page.offset() >= size.total()) {
            return Optional.of(new ResultPage<>(List.of(), page.page(), page.limit(), size.total()));
        }
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        return Optional.of(new ResultPage<>(jdbc.query(HISTORY, parameters, InventoryQueryHandler::movement),
                page.page(), page.limit(), size.total()));
    }

    /** The most recently changed first; every other order reads naturally from the smallest. */
    static SortDirection defaultDirection(StockSort sort) {
        return sort == StockSort.UPDATED_AT ? SortDirection.DESC : SortDirection.ASC;
    }

    private ResultPage<StockLevelView> levelPage(String from, MapSqlParameterSource parameters, String orderBy,
                                                 PageRequest page) {
        Long total = jdbc.queryForObject("SELECT count(*)" + from, parameters, Long.class);
        if (total == null || total == 0 || page.offset() >= total) {
            return new ResultPage<>(List.of(), page.page(), page.limit(), total == null ? 0 : total);
        }
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        List<StockLevelView> rows = jdbc.query("SELECT " + LEVEL_COLUMNS + from + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset", parameters, InventoryQueryHandler::level);
        return new ResultPage<>(rows, page.page(), page.limit(), total);
    }

    /** Columns come from the enum, never from the request; the id breaks ties so pages never overlap. */
    private static String orderBy(StockSort sort, SortDirection direction) {
        String column = switch (sort) {
            case STOCK -> "p.stock";
            case NAME -> "p.name_en";
            case SKU -> "p.sku";
            case UPDATED_AT -> "p.updated_at";
        };
        String order = direction == SortDirection.ASC ? "ASC" : "DESC";
        return column + " " + order + ", p.id " + order;
    }

    private static PageRequest pageOf(PageRequest page) {
        return page == null ? new PageRequest(1, DEFAULT_LIMIT) : page;
    }

    private static StockLevelView level(ResultSet rs, int row) throws SQLException {
        return new StockLevelView(
                rs.getLong("id"),
                rs.getString("sku"),
                rs.getString("name_en"),
                rs.getString("name_kh"),
                ProductStatus.fromCode(rs.getString("status")).orElse(null),
                rs.getInt("stock"),
                rs.getBoolean("track_inventory"),
                rs.getBoolean("allow_backorders"),
                Columns.instant(rs, "updated_at"));
    }

    private static StockMovementView movement(ResultSet rs, int row) throws SQLException {
        return new StockMovementView(
                rs.getLong("product_id"),
                rs.getLong("sequence_number"),
                StockChangeReason.valueOf(rs.getString("reason").toUpperCase(Locale.ROOT)),
                rs.getInt("delta"),
                rs.getInt("stock_after"),
                Columns.instant(rs, "occurred_at"));
    }

    private record Size(boolean known, long total) {
    }
}
