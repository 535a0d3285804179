package com.skincare.shop.command.wishlist;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.wishlist.AddToWishlistCommand;
import com.skincare.shop.api.wishlist.ClearWishlistCommand;
import com.skincare.shop.api.wishlist.ProductUnwishlistedEvent;
import com.skincare.shop.api.wishlist.ProductWishlistedEvent;
import com.skincare.shop.api.wishlist.RemoveFromWishlistCommand;
import com.skincare.shop.api.wishlist.WishlistClearedEvent;
import com.skincare.shop.api.wishlist.WishlistId;
import com.skincare.shop.command.ProductDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's wishlist: the products they keep an eye on, each once. Every command finds it, started or not:
 * it comes into being with the first product put on it, and until then it is simply empty. Adding a product
 * already on it and clearing an empty list record nothing.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Wishlist {

    /** A wish list, not a catalogue: keeps the aggregate small. */
    static final int MAX_ITEMS = 200;

    @AggregateIdentifier
    private WishlistId wishlistId;
    /** Product id to the entry's id, in the order they were added. */
    private Map<Long, Long> items = new LinkedHashMap<>();

    protected Wishlist() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddToWishlistCommand command, ProductDirectory products) {
        if (items.containsKey(command.productId().value())) {
            return;
        }
        if (!products.exists(command.productId())) {
            throw notFound("PRODUCT_NOT_FOUND", "No product has id " + command.productId().value());
        }
        if (items.size() >= MAX_ITEMS) {
            throw rule("WISHLIST_FULL", "A wishlist holds at most " + MAX_ITEMS + " products");
        }
        apply(new ProductWishlistedEvent(command.wishlistId(), command.itemId(), command.productId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveFromWishlistCommand command) {
        Long itemId = items.get(command.productId().value());
        if (itemId == null) {
            throw notFound("NOT_IN_WISHLIST", "The product is not on the wishlist");
        }
        apply(new ProductUnwishlistedEvent(wishlistId, itemId, command.productId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClearWishlistCommand command) {
        if (!items.isEmpty()) {
            apply(new WishlistClearedEvent(wishlistId));
        }
    }

    @EventSourcingHandler
    void on(ProductWishlistedEvent event) {
        wishlistId = event.wishlistId();
        items.put(event.productId().value(), event.itemId());
    }

    @EventSourcingHandler
    void on(ProductUnwishlistedEvent event) {
        items.remove(event.productId().value());
    }

    @EventSourcingHandler
    void on(WishlistClearedEvent event) {
        items.clear();
    }
}
