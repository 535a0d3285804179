package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryEvent;
import com.skincare.shop.api.catalog.ProductEvent;
import com.skincare.shop.projections.catalog.CatalogProcessing;
import com.skincare.shop.query.CacheInvalidations;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.query.ProjectionSwitchListener;
import com.skincare.shop.web.cache.ResponseCache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Part of the catalog projection's processor, so the cache follows exactly the events the catalog tables have
 * applied, on whichever node runs the projection; the cache itself is shared, so every node sees it at once.
 */
@Component
@ProcessingGroup(CatalogProcessing.GROUP)
public class CatalogCacheInvalidator implements ProjectionSwitchListener {

    private final CacheInvalidations invalidations;

    public CatalogCacheInvalidator(ResponseCache cache) {
        this.invalidations = new CacheInvalidations(cache, CatalogProcessing.GROUP);
    }

    /** A product change can move it in any list and change a category's count. */
    @EventHandler
    public void on(ProductEvent event) {
        invalidations.afterCommit(List.of(CatalogCacheScopes.PRODUCTS, CatalogCacheScopes.CATEGORIES,
                CatalogCacheScopes.product(event.productId().value())));
    }

    /** Products show their categories, so a category change reaches every product answer. */
    @EventHandler
    public void on(CategoryEvent event) {
        invalidations.afterCommit(List.of(CatalogCacheScopes.PRODUCTS, CatalogCacheScopes.CATEGORIES));
    }

    @ResetHandler
    public void reset() {
        invalidations.now(List.of(CatalogCacheScopes.CATALOG));
    }

    @Override
    public String processingGroup() {
        return CatalogProcessing.GROUP;
    }

    /** A rebuilt projection replaced its tables at once: every answer built on them goes. */
    @Override
    public void projectionSwitched() {
        invalidations.now(List.of(CatalogCacheScopes.CATALOG));
    }
}
