package com.skincare.shop.query.identity;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.identity.AddressType;
import com.skincare.shop.api.identity.AddressView;
import com.skincare.shop.api.identity.CustomerFilter;
import com.skincare.shop.api.identity.CustomerSort;
import com.skincare.shop.api.identity.FindAddressesQuery;
import com.skincare.shop.api.identity.FindCustomersQuery;
import com.skincare.shop.api.identity.FindUserQuery;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.UserView;
import com.skincare.shop.query.Columns;
import com.skincare.shop.query.LikePatterns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the user queries from {@code users} and {@code user_addresses}. The column list is written out, so
 * the password hash and the verification and reset tokens are never selected, let alone answered.
 */
@Component
public class UserQueryHandler {

    static final int DEFAULT_LIMIT = 20;

    private static final String COLUMNS = """
            u.id, u.email, u.first_name, u.last_name, u.phone, u.date_of_birth, u.gender, u.skin_type::text AS skin_type,
            u.language::text AS language, u.role::text AS role, u.is_active, u.email_verified, u.email_verified_at,
            u.total_orders, u.total_spent, u.avg_rating, u.created_at, u.updated_at""";

    private static final String ADDRESS_COLUMNS = """
            a.id, a.user_id, a.type, a.first_name, a.last_name, a.company, a.address_line1, a.address_line2, a.city,
            a.state, a.postal_code, a.country, a.phone, a.is_default, a.created_at""";

    private final NamedParameterJdbcTemplate jdbc;

    public UserQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<UserView> handle(FindUserQuery query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM users u WHERE u.id = :id",
                new MapSqlParameterSource("id", query.userId()), this::user).stream().findFirst();
    }

    /** Answers a {@code ResultPage<UserView>}; raw for Axon's sake, as the catalog's list handlers. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindCustomersQuery query) {
        return page(query);
    }

    ResultPage<UserView> page(FindCustomersQuery query) {
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
        String where = where(query.filter() == null ? CustomerFilter.none() : query.filter(), parameters);
        Long total = jdbc.queryForObject("SELECT count(*) FROM users u" + where, parameters, Long.class);
        List<UserView> items = jdbc.query("SELECT " + COLUMNS + " FROM users u" + where + " ORDER BY "
                + orderBy(query.sort(), query.direction()) + " LIMIT :limit OFFSET :offset", parameters, this::user);
        return new ResultPage<>(items, page.page(), page.limit(), total == null ? 0 : total);
    }

    /** Answers a {@code List<AddressView>}: the default first, then in the order they were added. */
    @QueryHandler
    public List<AddressView> handle(FindAddressesQuery query) {
        return jdbc.query("SELECT " + ADDRESS_COLUMNS + " FROM user_addresses a WHERE a.user_id = :userId"
                + " ORDER BY a.is_default DESC, a.id", new MapSqlParameterSource("userId", query.userId()), this::address);
    }

    private static String where(CustomerFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null) {
            conditions.add("(u.email ILIKE :search OR u.first_name ILIKE :search"
                    + " OR u.last_name ILIKE :search OR u.phone ILIKE :search"
                    + " OR (u.first_name || ' ' || u.last_name) ILIKE :search)");
            parameters.addValue("search", LikePatterns.containing(filter.search()));
        }
        if (filter.role() != null) {
            conditions.add("u.role = CAST(:role AS user_role)");
            parameters.addValue("role", filter.role().code());
        }
        if (filter.active() != null) {
            conditions.add("u.is_active = :active");
            parameters.addValue("active", filter.active());
        }
        if (filter.emailVerified() != null) {
            conditions.add("u.email_verified = :emailVerified");
            parameters.addValue("emailVerified", filter.emailVerified());
        }
        if (filter.skinType() != null) {
            conditions.add("u.skin_type = CAST(:skinType AS skin_type)");
            parameters.addValue("skinType", filter.skinType().code());
        }
        if (filter.language() != null) {
            conditions.add("u.language = CAST(:language AS user_language)");
            parameters.addValue("language", filter.language().code());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Every order ends on the id, so pages are stable when values tie. */
    private static String orderBy(CustomerSort sort, SortDirection direction) {
        String dir = direction == SortDirection.ASC ? "ASC" : "DESC";
        String column = switch (sort == null ? CustomerSort.CREATED_AT : sort) {
            case CREATED_AT -> "u.created_at";
            case UPDATED_AT -> "u.updated_at";
            case EMAIL -> "u.email";
            case NAME -> "lower(u.last_name) " + dir + ", lower(u.first_name)";
            case TOTAL_ORDERS -> "u.total_orders";
            case TOTAL_SPENT -> "u.total_spent";
        };
        return column + " " + dir + ", u.id " + dir;
    }

    private UserView user(ResultSet rs, int row) throws SQLException {
        return new UserView(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("phone"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("gender") == null ? null : Gender.fromCode(rs.getString("gender")).orElse(null),
                SkinType.fromCode(rs.getString("skin_type")).orElse(null),
                Language.fromCode(rs.getString("language")).orElse(null),
                UserRole.fromCode(rs.getString("role")).orElse(null),
                rs.getBoolean("is_active"),
                rs.getBoolean("email_verified"),
                Columns.instant(rs, "email_verified_at"),
                rs.getInt("total_orders"),
                rs.getBigDecimal("total_spent"),
                rs.getBigDecimal("avg_rating"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"));
    }

    private AddressView address(ResultSet rs, int row) throws SQLException {
        return new AddressView(
                rs.getLong("id"),
                rs.getLong("user_id"),
                AddressType.fromCode(rs.getString("type")).orElse(AddressType.SHIPPING),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("company"),
                rs.getString("address_line1"),
                rs.getString("address_line2"),
                rs.getString("city"),
                rs.getString("state"),
                rs.getString("postal_code"),
                rs.getString("country"),
                rs.getString("phone"),
                rs.getBoolean("is_default"),
                Columns.instant(rs, "created_at"));
    }
}
