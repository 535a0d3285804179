package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryUpdatedEvent;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductImagesReorderedEvent;
import com.skincare.shop.api.catalog.ProductPrimaryImageSetEvent;
import com.skincare.shop.api.catalog.ProductFeaturedChangedEvent;
import com.skincare.shop.api.catalog.CategoryReorderedEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog processing group as the tests drive it: events go to the projector that handles them, in order, each
 * with its timestamp, the way Axon's single catalog segment hands them over. It remembers what it delivered, so a
 * test can replay the same stream after a reset.
 */
final class CatalogStream {

    record Delivered(Object event, Instant timestamp) {
    }

    private final ProductProjector products;
    private final CategoryProjector categories;
    private final List<Delivered> delivered = new ArrayList<>();

    CatalogStream(NamedParameterJdbcTemplate jdbc) {
        this.products = new ProductProjector(jdbc);
        this.categories = new CategoryProjector(jdbc);
    }

    CatalogStream deliver(Object event, String timestamp) {
        Instant at = Instant.parse(timestamp);
        handle(event, at);
        delivered.add(new Delivered(event, at));
        return this;
    }

    List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    void reset() {
        products.reset();
        categories.reset();
    }

    void replay() {
        delivered.forEach(d -> handle(d.event(), d.timestamp()));
    }

    void handle(Object event, Instant at) {
        if (event instanceof ProductCreatedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductUpdatedEvent e) {
            products.on(e, at);
        } else if (event instanceof StockAdjustedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductPublishedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductArchivedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductImageAddedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductImageRemovedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductPrimaryImageSetEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductImagesReorderedEvent e) {
            products.on(e, at);
        } else if (event instanceof ProductFeaturedChangedEvent e) {
            products.on(e, at);
        } else if (event instanceof CategoryReorderedEvent e) {
            categories.on(e, at);
        } else if (event instanceof CategoryCreatedEvent e) {
            categories.on(e, at);
        } else if (event instanceof CategoryUpdatedEvent e) {
            categories.on(e, at);
        } else if (event instanceof CategoryDeletedEvent e) {
            categories.on(e);
        } else {
            throw new IllegalArgumentException("not a catalog event: " + event);
        }
    }
}
