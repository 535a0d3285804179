package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.recommendations.AgeRange;
import com.skincare.shop.api.recommendations.RecommendedProductView;
import com.skincare.shop.api.recommendations.RoutineStepView;
import com.skincare.shop.api.recommendations.SkinAnalysisView;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import com.skincare.shop.api.recommendations.SkinProfile;
import com.skincare.shop.projections.SqlArrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recommendation algorithms, over the read tables only: products (active ones are recommended), the lines of
 * orders that stand (confirmed, processing, shipped, delivered) with their placing time, and product ratings.
 * Every algorithm is deterministic: equal scores fall back to a stated order, finally the product id, and scores
 * are rounded to four decimals before they are compared, so the order shown is the order computed.
 */
public class RecommendationEngine {

    /** Weights of the content similarity: what a product is for counts most, what it is made of least. */
    static final double CATEGORY_WEIGHT = 0.4;
    static final double CONCERN_WEIGHT = 0.3;
    static final double INGREDIENT_WEIGHT = 0.2;
    static final double SKIN_TYPE_WEIGHT = 0.1;
    /** In a user's list a product bought with theirs beats one for their skin, which beats a best seller. */
    static final double SKIN_WEIGHT_FOR_USER = 0.6;
    static final double POPULAR_WEIGHT_FOR_USER = 0.3;
    static final int TRENDING_RECENT_DAYS = 7;
    static final int TRENDING_BASELINE_DAYS = 30;

    /** A routine's steps and the product kinds that serve each, in the catalog's words. */
    static final Map<String, Set<String>> ROUTINE = routineSteps();

    private static final String STANDING = "o.status IN ('confirmed', 'processing', 'shipped', 'delivered')";

    private static final String ACTIVE_PRODUCTS = """
            SELECT p.id, p.name_en, p.category, p.skin_type::text AS skin_type, p.skin_concerns, p.price,
                   CASE WHEN jsonb_typeof(p.ingredients) = 'array'
                        THEN ARRAY(SELECT lower(x) FROM jsonb_array_elements_text(p.ingredients) x)
                        ELSE '{}'::text[] END AS ingredients,
                   coalesce(r.average_rating, 0) AS average_rating, coalesce(r.review_count, 0) AS review_count,
                   ARRAY(SELECT c.slug FROM product_categories pc JOIN categories c ON c.id = pc.category_id
                         WHERE pc.product_id = p.id) AS category_slugs
            FROM products p LEFT JOIN product_ratings r ON r.product_id = p.id
            WHERE p.status = 'active'
            """;

    private static final String UNITS_SOLD = """
            SELECT oi.product_id, sum(oi.quantity) AS units
            FROM order_items oi JOIN orders o ON o.id = oi.order_id
            WHERE %s AND oi.created_at >= :from AND oi.created_at < :to
            GROUP BY oi.product_id
            """.formatted(STANDING);

    private static final String ORDERS_PER_PRODUCT = """
            SELECT oi.product_id, count(DISTINCT oi.order_id) AS orders
            FROM order_items oi JOIN orders o ON o.id = oi.order_id
            WHERE %s AND oi.product_id = ANY(:ids)
            GROUP BY oi.product_id
            """.formatted(STANDING);

    private static final String BOUGHT_TOGETHER = """
            SELECT a.product_id AS source, b.product_id AS other, count(DISTINCT a.order_id) AS together
            FROM order_items a
            JOIN order_items b ON b.order_id = a.order_id AND b.product_id <> a.product_id
            JOIN orders o ON o.id = a.order_id
            WHERE %s AND a.product_id = ANY(:ids)
            GROUP BY a.product_id, b.product_id
            """.formatted(STANDING);

    private static final String PURCHASED = """
            SELECT DISTINCT oi.product_id, p.name_en
            FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN products p ON p.id = oi.product_id
            WHERE %s AND o.user_id = :userId
            """.formatted(STANDING);

    private final NamedParameterJdbcTemplate jdbc;

    private static Map<String, Set<String>> routineSteps() {
        Map<String, Set<String>> steps = new LinkedHashMap<>();
        steps.put("cleanser", Set.of("cleanser", "cleansers"));
        steps.put("treatment", Set.of("serum", "serums", "treatment", "treatments", "toner", "toners"));
        steps.put("moisturiser", Set.of("moisturizer", "moisturizers", "moisturiser", "moisturisers", "cream"));
        steps.put("sunscreen", Set.of("sunscreen", "sunscreens"));
        return steps;
    }

    public RecommendationEngine(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Units sold over the last {@code days} days (score: a share of the best seller's units), the better rated
     * and the more reviewed first among equals; products that sold nothing close the list in that order.
     */
    public List<RecommendedProductView> popular(int limit, int days, Instant now) {
        Map<Long, Long> units = unitsSold(now.minus(Duration.ofDays(days)), now);
        long best = units.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Scored> scored = new ArrayList<>();
        for (Product product : activeProducts().values()) {
            long sold = units.getOrDefault(product.id(), 0L);
            String reason = sold > 0 ? sold + " sold in the last " + days + " days"
                    : product.reviewCount() > 0 ? "rated " + product.averageRating().stripTrailingZeros()
                    .toPlainString() + " by " + product.reviewCount() + " customers" : "in the catalog";
            scored.add(new Scored(product, best == 0 ? 0 : (double) sold / best, sold, reason));
        }
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(s -> s.product().averageRating(), Comparator.reverseOrder())
                .thenComparing(s -> s.product().reviewCount(), Comparator.reverseOrder())
                .thenComparingLong(s -> s.product().id()));
        return top(scored, limit, now);
    }

    /**
     * Recent velocity: units a day over the last 7 days against units a day over the 30 before them, as
     * {@code (recent - baseline) / (baseline + 1)}, so a product that starts selling counts without dividing by
     * zero and a big seller must grow to trend. Only products selling faster than before.
     */
    public List<RecommendedProductView> trending(int limit, Instant now) {
        Instant recentFrom = now.minus(Duration.ofDays(TRENDING_RECENT_DAYS));
        Map<Long, Long> recent = unitsSold(recentFrom, now);
        Map<Long, Long> before = unitsSold(recentFrom.minus(Duration.ofDays(TRENDING_BASELINE_DAYS)), recentFrom);
        List<Scored> scored = new ArrayList<>();
        for (Product product : activeProducts().values()) {
            long lately = recent.getOrDefault(product.id(), 0L);
            long earlier = before.getOrDefault(product.id(), 0L);
            double recentRate = (double) lately / TRENDING_RECENT_DAYS;
            double baselineRate = (double) earlier / TRENDING_BASELINE_DAYS;
            double growth = (recentRate - baselineRate) / (baselineRate + 1);
            if (lately > 0 && growth > 0) {
                scored.add(new Scored(product, growth, lately, lately + " sold in the last " + TRENDING_RECENT_DAYS
                        + " days, against " + earlier + " in the " + TRENDING_BASELINE_DAYS + " days before"));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(Comparator.comparingLong(Scored::weight).reversed())
                .thenComparingLong(s -> s.product().id()));
        return top(scored, limit, now);
    }

    /**
     * Content similarity to an active product: a weighted sum of the Jaccard index of the categories (its
     * {@code category} and the slugs it is linked to), of the concerns and of the ingredients, and of the skin
     * type (1 when equal, half when either is for all skin types). Never the product itself; empty when the
     * product is not on sale.
     */
    public Optional<List<RecommendedProductView>> similar(long productId, int limit, Instant now) {
        Map<Long, Product> products = activeProducts();
        Product of = products.get(productId);
        if (of == null) {
            return Optional.empty();
        }
        List<Scored> scored = new ArrayList<>();
        for (Product other : products.values()) {
            if (other.id() == productId) {
                continue;
            }
            Set<String> categories = shared(of.categories(), other.categories());
            Set<String> concerns = shared(of.concerns(), other.concerns());
            Set<String> ingredients = shared(of.ingredients(), other.ingredients());
            double skin = skinMatch(of.skinType(), other.skinType());
            double score = CATEGORY_WEIGHT * jaccard(of.categories(), other.categories())
                    + CONCERN_WEIGHT * jaccard(of.concerns(), other.concerns())
                    + INGREDIENT_WEIGHT * jaccard(of.ingredients(), other.ingredients())
                    + SKIN_TYPE_WEIGHT * skin;
            if (categories.isEmpty() && concerns.isEmpty() && ingredients.isEmpty()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (!categories.isEmpty()) {
                reasons.add("category " + String.join(", ", categories));
            }
            if (!concerns.isEmpty()) {
                reasons.add("concern " + String.join(", ", concerns));
            }
            if (!ingredients.isEmpty()) {
                reasons.add("ingredients " + String.join(", ", ingredients));
            }
            if (skin == 1) {
                reasons.add(of.skinType() + " skin");
            }
            scored.add(new Scored(other, score, 0, "like " + of.name() + ": shares " + String.join("; ", reasons)));
        }
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(s -> s.product().averageRating(), Comparator.reverseOrder())
                .thenComparingLong(s -> s.product().id()));
        return Optional.of(top(scored, limit, now));
    }

    /**
     * Products for a skin profile: made for its skin type or for all skin types, sharing at least one of its
     * concerns when it names any, priced within its budget. Score: half the skin match (1 for the very type,
     * half for all types) and half the share of the profile's concerns the product treats; the better rated first
     * among equals.
     */
    public List<RecommendedProductView> skinBased(SkinProfile profile, int limit, Instant now) {
        return top(skinScored(profile), limit, now);
    }

    private List<Scored> skinScored(SkinProfile profile) {
        Set<String> wanted = lowerCase(profile.concerns());
        String skinType = profile.skinType().code();
        List<Scored> scored = new ArrayList<>();
        for (Product product : activeProducts().values()) {
            double skin = product.skinType().equals(skinType) ? 1
                    : product.skinType().equals(SkinType.ALL.code()) || skinType.equals(SkinType.ALL.code()) ? 0.5 : 0;
            Set<String> treated = shared(wanted, product.concerns());
            boolean withinBudget = profile.budgetRange() == null || profile.budgetRange().contains(product.price());
            if (skin == 0 || !withinBudget || (!wanted.isEmpty() && treated.isEmpty())) {
                continue;
            }
            double score = wanted.isEmpty() ? skin : 0.5 * skin + 0.5 * treated.size() / wanted.size();
            String forSkin = skin == 1 ? "matches " + skinType + " skin" : "suits all skin types";
            String reason = treated.isEmpty() ? forSkin
                    : forSkin + " and " + String.join(", ", treated) + (treated.size() == 1 ? " concern" : " concerns");
            scored.add(new Scored(product, score, 0, reason));
        }
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(s -> s.product().averageRating(), Comparator.reverseOrder())
                .thenComparingLong(s -> s.product().id()));
        return scored;
    }

    /**
     * Item-to-item collaborative filtering over the orders that stand: for every active product bought in an
     * order with one of {@code sources}, the cosine of the two products' order sets,
     * {@code orders with both / sqrt(orders with one * orders with the other)}, keeping each product's best
     * source. Never a product of {@code sources}.
     */
    public List<RecommendedProductView> boughtTogether(Map<Long, String> sources, int limit, Instant now) {
        return top(boughtTogetherScored(sources), limit, now);
    }

    private List<Scored> boughtTogetherScored(Map<Long, String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<long[]> pairs = jdbc.query(BOUGHT_TOGETHER, new MapSqlParameterSource("ids",
                SqlArrays.bigint(sources.keySet())), (rs, i) -> new long[]{rs.getLong("source"), rs.getLong("other"),
                rs.getLong("together")});
        Set<Long> involved = new HashSet<>(sources.keySet());
        pairs.forEach(pair -> involved.add(pair[1]));
        Map<Long, Long> orders = new HashMap<>();
        jdbc.query(ORDERS_PER_PRODUCT, new MapSqlParameterSource("ids", SqlArrays.bigint(involved)),
                rs -> {
                    orders.put(rs.getLong("product_id"), rs.getLong("orders"));
                });
        Map<Long, Product> active = activeProducts();
        Map<Long, Scored> best = new HashMap<>();
        for (long[] pair : pairs) {
            Product other = active.get(pair[1]);
            if (other == null || sources.containsKey(pair[1])) {
                continue;
            }
            double cosine = pair[2] / Math.sqrt((double) orders.get(pair[0]) * orders.get(pair[1]));
            Scored candidate = new Scored(other, cosine, pair[2], "bought together with " + sources.get(pair[0]));
            best.merge(pair[1], candidate, RecommendationEngine::better);
        }
        List<Scored> scored = new ArrayList<>(best.values());
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(Comparator.comparingLong(Scored::weight).reversed())
                .thenComparingLong(s -> s.product().id()));
        return scored;
    }

    /** The higher score; equal ones keep the first source met, the query's order being by source id. */
    private static Scored better(Scored a, Scored b) {
        return b.rounded() > a.rounded() || (b.rounded() == a.rounded() && b.weight() > a.weight()) ? b : a;
    }

    /**
     * A user's list: products bought together with what they bought (collaborative), products for their skin
     * (weighted {@value #SKIN_WEIGHT_FOR_USER}) and best sellers of the last 30 days (weighted
     * {@value #POPULAR_WEIGHT_FOR_USER}), each product once with the reason of its best score, never one they
     * bought.
     */
    public UserRecommendations forUser(long userId, SkinProfile skinProfile, int limit, Instant now) {
        Map<Long, String> purchased = new LinkedHashMap<>();
        jdbc.query(PURCHASED + " ORDER BY oi.product_id", new MapSqlParameterSource("userId", userId), rs -> {
            purchased.put(rs.getLong("product_id"), rs.getString("name_en"));
        });
        Map<Long, Scored> merged = new HashMap<>();
        Map<Long, Source> sourceOf = new HashMap<>();
        for (Scored s : boughtTogetherScored(purchased)) {
            offer(merged, sourceOf, s, Source.COLLABORATIVE, purchased);
        }
        if (skinProfile != null) {
            for (Scored s : skinScored(skinProfile)) {
                offer(merged, sourceOf, s.weighted(SKIN_WEIGHT_FOR_USER), Source.SKIN, purchased);
            }
        }
        List<RecommendedProductView> popular = popular(Integer.MAX_VALUE, 30, now);
        Map<Long, Product> active = activeProducts();
        for (RecommendedProductView p : popular) {
            Product product = active.get(p.productId());
            if (product != null) {
                offer(merged, sourceOf, new Scored(product, p.score() * POPULAR_WEIGHT_FOR_USER, 0,
                        "popular: " + p.reason()), Source.POPULAR, purchased);
            }
        }
        List<Scored> scored = new ArrayList<>(merged.values());
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparingInt(s -> sourceOf.get(s.product().id()).ordinal())
                .thenComparingLong(s -> s.product().id()));
        List<RecommendedProductView> items = top(scored, limit, now);
        Set<Source> used = items.stream().map(i -> sourceOf.get(i.productId())).collect(Collectors.toSet());
        Source main = used.contains(Source.COLLABORATIVE) ? Source.COLLABORATIVE
                : used.contains(Source.SKIN) ? Source.SKIN : Source.POPULAR;
        return new UserRecommendations(main, items);
    }

    private static void offer(Map<Long, Scored> merged, Map<Long, Source> sourceOf, Scored candidate, Source source,
                              Map<Long, String> purchased) {
        long id = candidate.product().id();
        if (purchased.containsKey(id)) {
            return;
        }
        Scored held = merged.get(id);
        if (held == null || candidate.rounded() > held.rounded()) {
            merged.put(id, candidate);
            sourceOf.put(id, source);
        }
    }

    /**
     * What is known of the user's skin: their latest skin analysis (its skin type, concerns and age range), else
     * the skin type of their account; empty when there is no such user.
     */
    public Optional<SkinProfile> userSkinProfile(long userId) {
        MapSqlParameterSource user = new MapSqlParameterSource("id", userId);
        Optional<SkinType> account = jdbc.query("SELECT skin_type::text AS skin_type FROM users WHERE id = :id", user,
                (rs, i) -> SkinType.fromCode(rs.getString("skin_type")).orElse(SkinType.NORMAL)).stream().findFirst();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return latestAnalysis(userId).map(analysis -> new SkinProfile(analysis.skinType(), analysis.concerns(),
                        analysis.questionnaire().ageRange() == null ? null : analysis.questionnaire().ageRange().code(),
                        List.of(), null))
                .or(() -> Optional.of(SkinProfile.ofSkinType(account.get())));
    }

    /** The user's latest skin analysis as {@code skin_analyses} has it. */
    public Optional<StoredAnalysis> latestAnalysis(long userId) {
        return jdbc.query("""
                SELECT analysis_id, skin_type::text AS skin_type, concerns, created_at,
                       (answers->>'oiliness')::int AS oiliness, (answers->>'dryness')::int AS dryness,
                       (answers->>'sensitivity')::int AS sensitivity, (answers->>'breakouts')::int AS breakouts,
                       (answers->>'t_zone_oily')::boolean AS t_zone_oily, answers->>'age_range' AS age_range,
                       ARRAY(SELECT jsonb_array_elements_text(answers->'concerns')) AS named_concerns,
                       feedback_rating, feedback_accurate, feedback_comment, feedback_at
                FROM skin_analyses WHERE user_id = :id ORDER BY analysis_id DESC LIMIT 1
                """, new MapSqlParameterSource("id", userId), (rs, i) -> {
            SkinQuestionnaire questionnaire = new SkinQuestionnaire(rs.getInt("oiliness"), rs.getInt("dryness"),
                    rs.getInt("sensitivity"), rs.getInt("breakouts"), rs.getBoolean("t_zone_oily"),
                    rs.getString("age_range") == null ? null : AgeRange.fromCode(rs.getString("age_range")).orElseThrow(),
                    strings(rs.getArray("named_concerns")));
            Integer rating = (Integer) rs.getObject("feedback_rating");
            SkinAnalysisView.Feedback feedback = rating == null ? null : new SkinAnalysisView.Feedback(rating,
                    (Boolean) rs.getObject("feedback_accurate"), rs.getString("feedback_comment"),
                    rs.getTimestamp("feedback_at").toLocalDateTime().toInstant(ZoneOffset.UTC));
            return new StoredAnalysis(rs.getInt("analysis_id"), questionnaire,
                    SkinType.fromCode(rs.getString("skin_type")).orElseThrow(), strings(rs.getArray("concerns")),
                    feedback, rs.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC));
        }).stream().findFirst();
    }

    /** A row of {@code skin_analyses}. */
    public record StoredAnalysis(int analysisId, SkinQuestionnaire questionnaire, SkinType skinType,
                                 List<String> concerns, SkinAnalysisView.Feedback feedback, Instant createdAt) {
    }

    /**
     * A routine for the profile: for each step the best skin-based product among those of the step's kinds (the
     * product's {@code category} or a linked category's slug), first by the profile's concerns, else by its skin
     * type alone; no product when none on sale fits.
     */
    public List<RoutineStepView> routine(SkinProfile profile) {
        SkinProfile typeOnly = new SkinProfile(profile.skinType(), List.of(), profile.ageRange(),
                profile.preferredBrands(), profile.budgetRange());
        List<Scored> byConcerns = skinScored(profile);
        List<Scored> byType = skinScored(typeOnly);
        List<RoutineStepView> steps = new ArrayList<>();
        for (Map.Entry<String, Set<String>> step : ROUTINE.entrySet()) {
            Optional<Scored> pick = byConcerns.stream().filter(s -> fits(s, step.getValue())).findFirst()
                    .or(() -> byType.stream().filter(s -> fits(s, step.getValue())).findFirst());
            steps.add(pick.map(s -> new RoutineStepView(step.getKey(), s.product().id(), s.product().name(),
                            s.rounded(), s.reason()))
                    .orElseGet(() -> new RoutineStepView(step.getKey(), null, null, null,
                            "no product on sale fits this step")));
        }
        return steps;
    }

    private static boolean fits(Scored scored, Set<String> kinds) {
        return scored.product().categories().stream().anyMatch(kinds::contains);
    }

    /** Active products that name the concern, the best rated first, then the most reviewed. */
    public List<RecommendedProductView> byConcern(String concern, int limit, Instant now) {
        String wanted = concern.strip().toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (Product product : activeProducts().values()) {
            if (product.concerns().contains(wanted)) {
                scored.add(new Scored(product, product.averageRating().doubleValue() / 5, product.reviewCount(),
                        "treats " + wanted));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::rounded).reversed()
                .thenComparing(Comparator.comparingLong(Scored::weight).reversed())
                .thenComparingLong(s -> s.product().id()));
        return top(scored, limit, now);
    }

    /** Where an item of a user's list came from; the declaration order breaks ties between equal scores. */
    public enum Source {
        COLLABORATIVE, SKIN, POPULAR
    }

    /** A user's list and the source that gave the most of it: collaborative, skin or popular, in that order. */
    public record UserRecommendations(Source mainSource, List<RecommendedProductView> items) {
    }

    private Map<Long, Long> unitsSold(Instant from, Instant to) {
        Map<Long, Long> units = new HashMap<>();
        jdbc.query(UNITS_SOLD, new MapSqlParameterSource()
                .addValue("from", utc(from))
                .addValue("to", utc(to)), rs -> {
            units.put(rs.getLong("product_id"), rs.getLong("units"));
        });
        return units;
    }

    private Map<Long, Product> activeProducts() {
        return jdbc.query(ACTIVE_PRODUCTS + " ORDER BY p.id", (rs, i) -> product(rs)).stream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Product product(ResultSet rs) throws SQLException {
        Set<String> categories = new LinkedHashSet<>(lowerCase(strings(rs.getArray("category_slugs"))));
        if (rs.getString("category") != null) {
            categories.add(rs.getString("category").toLowerCase(Locale.ROOT));
        }
        return new Product(rs.getLong("id"), rs.getString("name_en"), rs.getString("skin_type"),
                categories, lowerCase(strings(rs.getArray("skin_concerns"))),
                lowerCase(strings(rs.getArray("ingredients"))), rs.getBigDecimal("price"),
                rs.getBigDecimal("average_rating"), rs.getInt("review_count"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Set<String> lowerCase(Collection<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared(a, b).size() / union.size();
    }

    private static double skinMatch(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return a.equals(SkinType.ALL.code()) || b.equals(SkinType.ALL.code()) ? 0.5 : 0;
    }

    private static List<RecommendedProductView> top(List<Scored> scored, int limit, Instant now) {
        return scored.stream().limit(limit)
                .map(s -> new RecommendedProductView(s.product().id(), s.rounded(), s.reason(), now))
                .toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private record Product(long id, String name, String skinType, Set<String> categories, Set<String> concerns,
                           Set<String> ingredients, BigDecimal price, BigDecimal averageRating, int reviewCount) {
    }

    /** A candidate with its score and a secondary weight (units sold, orders together) that breaks ties. */
    private record Scored(Product product, double score, long weight, String reason) {

        double rounded() {
            return round(score);
        }

        Scored weighted(double factor) {
            return new Scored(product, score * factor, weight, reason);
        }
    }
}
