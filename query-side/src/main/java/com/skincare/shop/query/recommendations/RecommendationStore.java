package com.skincare.shop.query.recommendations;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.recommendations.BudgetRange;
import com.skincare.shop.api.recommendations.RecommendationType;
import com.skincare.shop.api.recommendations.RecommendationsView;
import com.skincare.shop.api.recommendations.RecommendedProductView;
import com.skincare.shop.api.recommendations.SkinProfile;
import com.skincare.shop.web.errors.ServiceUnavailableException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The documented {@code product_recommendations} collection: one document per user, replaced whole when it is
 * generated again, and expired (its {@code expires_at} brought forward) when what it was computed from changes.
 * All of this module's Mongo access goes through here.
 */
public class RecommendationStore {

    public static final String COLLECTION = "product_recommendations";

    private final MongoCollection<Document> documents;
    private volatile boolean indexed;

    public RecommendationStore(MongoDatabase database) {
        this.documents = database.getCollection(COLLECTION);
    }

    public Optional<RecommendationsView> find(long userId) {
        return reach(() -> Optional.ofNullable(documents.find(Filters.eq("user_id", userId)).first())
                .map(RecommendationStore::view));
    }

    public void save(RecommendationsView view) {
        reach(() -> documents.replaceOne(Filters.eq("user_id", view.userId()), document(view),
                new ReplaceOptions().upsert(true)));
    }

    /** Expires the users' documents that would still be valid at {@code at}. */
    public long expireUsers(Collection<Long> userIds, Instant at) {
        return expire(Filters.in("user_id", userIds), at);
    }

    public long expireAll(Instant at) {
        return expire(new Document(), at);
    }

    private long expire(Bson which, Instant at) {
        Date when = Date.from(at);
        return reach(() -> documents.updateMany(Filters.and(which, Filters.gt("expires_at", when)),
                Updates.set("expires_at", when)).getModifiedCount());
    }

    /**
     * Runs a Mongo operation, making the unique key on {@code user_id} first (two first reads of one user at once
     * both generate; the key keeps one document per user). Not at start, so a query side starts while Mongo does
     * not answer: only recommendations need it, and they answer 503 until it does.
     */
    private <T> T reach(Supplier<T> operation) {
        try {
            if (!indexed) {
                documents.createIndex(Indexes.ascending("user_id"), new IndexOptions().unique(true));
                indexed = true;
            }
            return operation.get();
        } catch (MongoException e) {
            throw new ServiceUnavailableException("The recommendations store does not answer", e);
        }
    }

    private static Document document(RecommendationsView view) {
        SkinProfile profile = view.skinProfile();
        Document skinProfile = profile == null ? null : new Document()
                .append("skin_type", profile.skinType() == null ? null : profile.skinType().code())
                .append("concerns", profile.concerns())
                .append("age_range", profile.ageRange())
                .append("preferred_brands", profile.preferredBrands())
                .append("budget_range", profile.budgetRange() == null ? null : new Document()
                        .append("min", profile.budgetRange().min())
                        .append("max", profile.budgetRange().max()));
        return new Document()
                .append("user_id", view.userId())
                .append("recommendation_type", view.recommendationType().code())
                .append("recommended_products", view.recommendedProducts().stream().map(p -> new Document()
                        .append("product_id", p.productId())
                        .append("score", p.score())
                        .append("reason", p.reason())
                        .append("generated_at", Date.from(p.generatedAt()))).toList())
                .append("skin_profile", skinProfile)
                .append("created_at", Date.from(view.createdAt()))
                .append("expires_at", Date.from(view.expiresAt()));
    }

    private static RecommendationsView view(Document document) {
        List<RecommendedProductView> products = document.getList("recommended_products", Document.class).stream()
                .map(p -> new RecommendedProductView(p.get("product_id", Number.class).longValue(),
                        p.get("score", Number.class).doubleValue(), p.getString("reason"),
                        p.getDate("generated_at").toInstant()))
                .toList();
        Document profile = document.get("skin_profile", Document.class);
        return new RecommendationsView(document.get("user_id", Number.class).longValue(),
                Arrays.stream(RecommendationType.values())
                        .filter(t -> t.code().equals(document.getString("recommendation_type"))).findFirst()
                        .orElseThrow(),
                products, profile == null ? null : skinProfile(profile),
                document.getDate("created_at").toInstant(), document.getDate("expires_at").toInstant());
    }

    private static SkinProfile skinProfile(Document profile) {
        Document budget = profile.get("budget_range", Document.class);
        return new SkinProfile(
                profile.getString("skin_type") == null ? null
                        : SkinType.fromCode(profile.getString("skin_type")).orElseThrow(),
                profile.getList("concerns", String.class), profile.getString("age_range"),
                profile.getList("preferred_brands", String.class),
                budget == null ? null : new BudgetRange(amount(budget.get("min")), amount(budget.get("max"))));
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(value.toString());
    }
}
