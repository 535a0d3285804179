package com.skincare.shop.query.analytics;

import com.skincare.shop.api.analytics.AnalyticsPeriod;
import com.skincare.shop.api.analytics.CountView;
import com.skincare.shop.api.analytics.FindPerformanceMetricsQuery;
import com.skincare.shop.api.analytics.FindProductStatsQuery;
import com.skincare.shop.api.analytics.FindSearchQueriesQuery;
import com.skincare.shop.api.analytics.FindSearchTrendsQuery;
import com.skincare.shop.api.analytics.FindUserInsightsQuery;
import com.skincare.shop.api.analytics.PerformanceMetricsView;
import com.skincare.shop.api.analytics.ProductStatsView;
import com.skincare.shop.api.analytics.SearchQueryRanking;
import com.skincare.shop.api.analytics.SearchQueryStatView;
import com.skincare.shop.api.analytics.SearchTrendsView;
import com.skincare.shop.api.analytics.UserInsightsView;
import com.skincare.shop.api.analytics.VisitorEventType;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

/**
 * Answers the ML service's analytics from the Mongo collections the analytics projectors keep. Counting is done
 * here over the matching documents rather than in an aggregation pipeline: the searches of a period and one
 * user's or product's entries are modest, and the in-process server of the embedded default implements only
 * part of Mongo's pipeline language.
 */
@Component
public class AnalyticsQueryHandler {

    private static final int RATE_SCALE = 4;

    private final AnalyticsStore store;

    public AnalyticsQueryHandler(AnalyticsStore store) {
        this.store = store;
    }

    @QueryHandler
    public UserInsightsView handle(FindUserInsightsQuery query) {
        long sessions = 0;
        long total = 0;
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> products = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        Date first = null;
        Date last = null;
        for (Document session : store.collection(AnalyticsStore.USER_ANALYTICS).find(eq("user_id", query.userId()))) {
            sessions++;
            first = earliest(first, session.getDate("created_at"));
            last = latest(last, session.getDate("updated_at"));
            for (Document event : session.getList("events", Document.class, List.of())) {
                total++;
                String type = event.getString("event_type");
                byType.merge(type, 1L, Long::sum);
                if (!VisitorEventType.PRODUCT_VIEW.code().equals(type)) {
                    continue;
                }
                Document data = event.get("event_data", Document.class);
                Object product = data == null ? null : data.get("product_id");
                if (product != null) {
                    products.merge(product.toString(), 1L, Long::sum);
                }
                String category = data == null ? null : data.getString("category");
                if (category != null) {
                    categories.merge(category, 1L, Long::sum);
                }
            }
        }
        return new UserInsightsView(query.userId(), sessions, total, byType, top(products, 10), top(categories, 10),
                first == null ? null : first.toInstant(), last == null ? null : last.toInstant());
    }

    @QueryHandler
    public ProductStatsView handle(FindProductStatsQuery query) {
        long views = 0;
        long purchases = 0;
        long units = 0;
        long cartAdds = 0;
        Set<String> viewingSessions = new HashSet<>();
        Bson mentions = eq("events.event_data.product_id", query.productId());
        for (Document session : store.collection(AnalyticsStore.USER_ANALYTICS).find(mentions)) {
            for (Document event : session.getList("events", Document.class, List.of())) {
                Document data = event.get("event_data", Document.class);
                if (data == null || !(data.get("product_id") instanceof Number id) || id.longValue() != query.productId()) {
                    continue;
                }
                String type = event.getString("event_type");
                if (VisitorEventType.PRODUCT_VIEW.code().equals(type)) {
                    views++;
                    viewingSessions.add(session.getString("session_id") + "/" + session.get("user_id"));
                } else if (VisitorEventType.CART_ADD.code().equals(type)) {
                    cartAdds++;
                } else if (VisitorEventType.PURCHASE.code().equals(type)) {
                    purchases++;
                    Document metadata = data.get("metadata", Document.class);
                    units += metadata != null && metadata.get("quantity") instanceof Number n ? n.longValue() : 1;
                }
            }
        }
        return new ProductStatsView(query.productId(), views, purchases, units, viewingSessions.size(), cartAdds,
                rate(purchases, views));
    }

    @QueryHandler
    public SearchTrendsView handle(FindSearchTrendsQuery query) {
        List<SearchQueryStatView> stats = searchStats(query.period());
        long total = stats.stream().mapToLong(SearchQueryStatView::searches).sum();
        long zero = stats.stream().mapToLong(SearchQueryStatView::zeroResultSearches).sum();
        long clicked = stats.stream().mapToLong(SearchQueryStatView::clickedSearches).sum();
        return new SearchTrendsView(query.period().from(), query.period().to(), total, stats.size(), zero,
                rate(zero, total), clicked, rate(clicked, total),
                ranked(stats, SearchQueryRanking.MOST_SEARCHED, query.limit()),
                ranked(stats, SearchQueryRanking.ZERO_RESULTS, query.limit()));
    }

    @QueryHandler
    public List<SearchQueryStatView> handle(FindSearchQueriesQuery query) {
        return ranked(searchStats(query.period()), query.ranking(), query.limit());
    }

    @QueryHandler
    public List<PerformanceMetricsView> handle(FindPerformanceMetricsQuery query) {
        Bson within = and(gte("date", Date.from(query.period().from())), lt("date", Date.from(query.period().to())));
        List<PerformanceMetricsView> days = new ArrayList<>();
        Iterable<Document> found = store.collection(AnalyticsStore.PERFORMANCE_METRICS).find(within)
                .sort(new Document("date", 1));
        for (Document day : found) {
            Document metrics = day.get("metrics", new Document());
            days.add(new PerformanceMetricsView(LocalDate.parse(day.getString("day")),
                    new PerformanceMetricsView.Metrics(
                    number(metrics, "total_users"), number(metrics, "active_users"),
                    number(metrics, "new_registrations"), number(metrics, "total_orders"),
                    money(metrics, "revenue"), money(metrics, "avg_order_value"),
                    metrics.getList("popular_products", Document.class, List.of()).stream()
                            .map(p -> new PerformanceMetricsView.ProductActivity(number(p, "product_id"),
                                    number(p, "views"), number(p, "purchases"))).toList(),
                    metrics.getList("popular_categories", Document.class, List.of()).stream()
                            .map(c -> new PerformanceMetricsView.CategoryActivity(c.getString("category"),
                                    number(c, "views"), number(c, "purchases"))).toList()),
                    day.getDate("created_at") == null ? null : day.getDate("created_at").toInstant()));
        }
        return days;
    }

    private static long number(Document document, String field) {
        return document.get(field) instanceof Number n ? n.longValue() : 0L;
    }

    private static BigDecimal money(Document document, String field) {
        return document.get(field) instanceof Decimal128 d ? d.bigDecimalValue().setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
    }

    private List<SearchQueryStatView> searchStats(AnalyticsPeriod period) {
        Map<String, long[]> counts = new HashMap<>();
        Bson within = and(gte("timestamp", Date.from(period.from())), lt("timestamp", Date.from(period.to())));
        for (Document search : store.collection(AnalyticsStore.SEARCH_ANALYTICS).find(within)) {
            long[] count = counts.computeIfAbsent(search.getString("normalized_query"), q -> new long[3]);
            count[0]++;
            if (search.getInteger("results_count", 0) == 0) {
                count[1]++;
            }
            if (!search.getList("clicked_products", Object.class, List.of()).isEmpty()) {
                count[2]++;
            }
        }
        List<SearchQueryStatView> stats = new ArrayList<>();
        counts.forEach((text, count) -> stats.add(new SearchQueryStatView(text, count[0], count[1], count[2],
                rate(count[2], count[0]))));
        return stats;
    }

    private static List<SearchQueryStatView> ranked(List<SearchQueryStatView> stats, SearchQueryRanking ranking,
                                                    int limit) {
        Comparator<SearchQueryStatView> byText = Comparator.comparing(SearchQueryStatView::query);
        Comparator<SearchQueryStatView> bySearches = Comparator.comparingLong(SearchQueryStatView::searches).reversed();
        return switch (ranking) {
            case MOST_SEARCHED -> stats.stream().sorted(bySearches.thenComparing(byText)).limit(limit).toList();
            case ZERO_RESULTS -> stats.stream().filter(s -> s.zeroResultSearches() > 0)
                    .sorted(Comparator.comparingLong(SearchQueryStatView::zeroResultSearches).reversed()
                            .thenComparing(bySearches).thenComparing(byText))
                    .limit(limit).toList();
            case CLICK_THROUGH -> stats.stream().filter(s -> s.searches() >= 2)
                    .sorted(Comparator.comparing(SearchQueryStatView::clickThroughRate).reversed()
                            .thenComparing(bySearches).thenComparing(byText))
                    .limit(limit).toList();
        };
    }

    private static List<CountView> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new CountView(e.getKey(), e.getValue()))
                .toList();
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(RATE_SCALE)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    private static Date earliest(Date a, Date b) {
        return a == null || (b != null && b.before(a)) ? b : a;
    }

    private static Date latest(Date a, Date b) {
        return a == null || (b != null && b.after(a)) ? b : a;
    }
}
