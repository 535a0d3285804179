package com.skincare.shop.query.cart;

import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.query.CacheInvalidations;
import com.skincare.shop.query.ProjectionSwitchListener;
import com.skincare.shop.web.cache.ResponseCache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Part of the customers projection's processor, so a cached cart goes exactly when {@code shopping_cart} has
 * committed its change, on whichever node runs the projection; the cache is shared, so every node sees it at once.
 * Product changes reach carts through the catalog's own invalidation (see {@link CartCache}).
 */
@Component
@ProcessingGroup(CustomerProcessing.GROUP)
public class CartCacheInvalidator implements ProjectionSwitchListener {

    private final CacheInvalidations invalidations;

    public CartCacheInvalidator(ResponseCache cache) {
        this.invalidations = new CacheInvalidations(cache, CustomerProcessing.GROUP);
    }

    @EventHandler
    public void on(CartItemAddedEvent event) {
        changed(event.cartId());
    }

    @EventHandler
    public void on(CartQuantityChangedEvent event) {
        changed(event.cartId());
    }

    @EventHandler
    public void on(CartItemRemovedEvent event) {
        changed(event.cartId());
    }

    @EventHandler
    public void on(CartClearedEvent event) {
        changed(event.cartId());
    }

    /** The customer's lines went with their row. */
    @EventHandler
    public void on(UserDeletedEvent event) {
        invalidations.afterCommit(List.of(CartCache.scope(event.userId().value())));
    }

    @ResetHandler
    public void reset() {
        invalidations.now(List.of(CartCache.CARTS));
    }

    private void changed(CartId cart) {
        invalidations.afterCommit(List.of(CartCache.scope(cart.value())));
    }

    @Override
    public String processingGroup() {
        return CustomerProcessing.GROUP;
    }

    /** A rebuilt projection replaced its tables at once: every answer built on them goes. */
    @Override
    public void projectionSwitched() {
        invalidations.now(List.of(CartCache.CARTS));
    }
}
