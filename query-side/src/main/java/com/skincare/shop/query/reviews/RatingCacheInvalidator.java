package com.skincare.shop.query.reviews;

import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewDeletedEvent;
import com.skincare.shop.api.reviews.ReviewEditedEvent;
import com.skincare.shop.api.reviews.ReviewRejectedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.query.CacheInvalidations;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.query.ProjectionSwitchListener;
import com.skincare.shop.web.cache.ResponseCache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Products show their rating, which the review projection keeps; this runs in that projection's processor, so a
 * cached product answer goes as soon as a moderated review moved its rating.
 */
@Component
@ProcessingGroup(CustomerProcessing.GROUP)
public class RatingCacheInvalidator implements ProjectionSwitchListener {

    private final CacheInvalidations invalidations;

    public RatingCacheInvalidator(ResponseCache cache) {
        this.invalidations = new CacheInvalidations(cache, CustomerProcessing.GROUP);
    }

    @EventHandler
    public void on(ReviewApprovedEvent event) {
        rated(event.productId());
    }

    @EventHandler
    public void on(ReviewRejectedEvent event) {
        rated(event.productId());
    }

    @EventHandler
    public void on(ReviewDeletedEvent event) {
        rated(event.productId());
    }

    /** The event does not name the product, and an edit is rare: every catalog answer goes. */
    @EventHandler
    public void on(ReviewEditedEvent event) {
        invalidations.afterCommit(List.of(CatalogCacheScopes.CATALOG));
    }

    private void rated(ProductId product) {
        invalidations.afterCommit(List.of(CatalogCacheScopes.PRODUCTS, CatalogCacheScopes.product(product.value())));
    }

    @Override
    public String processingGroup() {
        return CustomerProcessing.GROUP;
    }

    /** A rebuilt projection replaced its tables at once: every answer built on them goes. */
    @Override
    public void projectionSwitched() {
        invalidations.now(List.of(CatalogCacheScopes.CATALOG));
    }
}
