package com.skincare.shop.query.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.web.cache.ResponseCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The seed's {@code cart:{user_id}} for 7 days: a customer's cart lines with their product data, read through
 * the {@link ResponseCache} (in process for the embedded default), so it is never served stale.
 * <p>
 * An entry depends on the cart's own scope, which {@link CartCacheInvalidator} moves once a change of the cart is
 * committed to {@code shopping_cart}, and on every product (the catalog's {@code api:products:version}), since
 * the lines show prices, stock and availability. Scoping to the cart's own products instead would need the
 * product ids before the lookup, that is a database read on every hit; a cart is read by one customer a few times
 * a visit, so what a product change elsewhere costs in misses is small. {@code carts:version} covers every cart,
 * for a replay of the customers projection, as {@code api:catalog:version} does for the catalog's.
 */
@Component
public class CartCache {

    static final Duration TTL = Duration.ofDays(7);
    static final String CARTS = "carts:version";

    private static final Logger log = LoggerFactory.getLogger(CartCache.class);
    private static final TypeReference<List<CachedCartLine>> LINES = new TypeReference<>() {
    };

    private final ResponseCache cache;
    private final ObjectMapper json;

    public CartCache(ResponseCache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    static String key(long userId) {
        return "cart:" + userId;
    }

    static String scope(long userId) {
        return "cart:" + userId + ":version";
    }

    static List<String> scopes(long userId) {
        return List.of(CatalogCacheScopes.CATALOG, CatalogCacheScopes.PRODUCTS, CARTS, scope(userId));
    }

    List<CachedCartLine> lines(long userId, Supplier<List<CachedCartLine>> read) {
        ResponseCache.Lookup lookup = cache.lookup(key(userId), scopes(userId));
        if (lookup.hit()) {
            try {
                return json.readValue(lookup.value(), LINES);
            } catch (IOException e) {
                // An entry in a shape this version no longer reads (written before a deploy): computed again.
                log.debug("Unreadable cart entry for user {}: {}", userId, e.getMessage());
            }
        }
        List<CachedCartLine> lines = read.get();
        cache.store(lookup, serialize(lines), TTL);
        return lines;
    }

    private byte[] serialize(List<CachedCartLine> lines) {
        try {
            return json.writeValueAsBytes(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a cart as JSON", e);
        }
    }
}
