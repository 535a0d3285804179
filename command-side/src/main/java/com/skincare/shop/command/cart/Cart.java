package com.skincare.shop.command.cart;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.cart.AddToCartCommand;
import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.api.cart.ChangeCartQuantityCommand;
import com.skincare.shop.api.cart.CheckOutCartCommand;
import com.skincare.shop.api.cart.ClearCartCommand;
import com.skincare.shop.api.cart.RemoveFromCartCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.command.CartLine;
import com.skincare.shop.command.ProductAvailability;
import com.skincare.shop.command.ProductDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's cart: each product once, as a line with its quantity. Every command finds it, started or not: it
 * comes into being with the first product put in it, and until then it is simply empty.
 * <p>
 * Whether a product can go in is the product's to say: its status and stock come from the catalog's
 * {@link ProductDirectory}, read from the Product aggregate as the command is handled. The check is a courtesy
 * to the shopper; an order reserves the stock for real. Lowering a quantity or removing a line is always allowed,
 * whatever became of the product, since it only brings the cart nearer to what can be bought.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Cart {

    /** Per line: more than any household uses of a skincare product, few enough to catch a typo like 1000. */
    static final int MAX_QUANTITY = 99;
    /** A cart, not a warehouse: keeps the aggregate, its events and the cart page small. */
    static final int MAX_LINES = 100;

    @AggregateIdentifier
    private CartId cartId;
    /** Product id to its line, in the order they were first added. */
    private Map<Long, Line> lines = new LinkedHashMap<>();

    record Line(long lineId, int quantity) {
    }

    protected Cart() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AddToCartCommand command, ProductDirectory products) {
        checkQuantity(command.quantity());
        ProductAvailability product = onSale(command.productId(), products);
        Line line = lines.get(command.productId().value());
        int after = line == null ? command.quantity() : line.quantity() + command.quantity();
        if (after > MAX_QUANTITY) {
            throw rule("QUANTITY_LIMIT", "The cart already holds " + line.quantity() + "; at most " + MAX_QUANTITY
                    + " of a product fit in one cart");
        }
        if (line == null && lines.size() >= MAX_LINES) {
            throw rule("CART_FULL", "A cart holds at most " + MAX_LINES + " products");
        }
        checkStock(product, after);
        apply(new CartItemAddedEvent(command.cartId(), line == null ? command.lineId() : line.lineId(),
                command.productId(), command.quantity(), after));
        return after;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeCartQuantityCommand command, ProductDirectory products) {
        checkQuantity(command.quantity());
        Line line = lineOf(command.productId());
        if (command.quantity() == line.quantity()) {
            return;
        }
        if (command.quantity() > line.quantity()) {
            checkStock(onSale(command.productId(), products), command.quantity());
        }
        apply(new CartQuantityChangedEvent(command.cartId(), line.lineId(), command.productId(), command.quantity()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveFromCartCommand command) {
        Line line = lineOf(command.productId());
        apply(new CartItemRemovedEvent(command.cartId(), line.lineId(), command.productId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClearCartCommand command) {
        if (!lines.isEmpty()) {
            apply(new CartClearedEvent(command.cartId()));
        }
    }

    /**
     * Removes what a confirmed order bought, one {@link CartItemRemovedEvent} per line, so the cart's read model
     * and cache follow as for any removal. A line that is gone or was put in again since (another line id) stays.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CheckOutCartCommand command) {
        for (CheckOutCartCommand.Line bought : command.lines()) {
            Line line = lines.get(bought.productId().value());
            if (line != null && line.lineId() == bought.lineId()) {
                apply(new CartItemRemovedEvent(command.cartId(), line.lineId(), bought.productId()));
            }
        }
    }

    List<CartLine> lines() {
        return lines.entrySet().stream()
                .map(entry -> new CartLine(ProductId.of(entry.getKey()), entry.getValue().lineId(),
                        entry.getValue().quantity()))
                .toList();
    }

    @EventSourcingHandler
    void on(CartItemAddedEvent event) {
        cartId = event.cartId();
        lines.put(event.productId().value(), new Line(event.lineId(), event.quantity()));
    }

    @EventSourcingHandler
    void on(CartQuantityChangedEvent event) {
        lines.put(event.productId().value(), new Line(event.lineId(), event.quantity()));
    }

    @EventSourcingHandler
    void on(CartItemRemovedEvent event) {
        lines.remove(event.productId().value());
    }

    @EventSourcingHandler
    void on(CartClearedEvent event) {
        lines.clear();
    }

    private Line lineOf(ProductId product) {
        Line line = lines.get(product.value());
        if (line == null) {
            throw notFound("NOT_IN_CART", "The product is not in the cart");
        }
        return line;
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw invalid("quantity", "must be between 1 and " + MAX_QUANTITY);
        }
    }

    private static ProductAvailability onSale(ProductId id, ProductDirectory products) {
        ProductAvailability product = products.availability(id)
                .orElseThrow(() -> notFound("PRODUCT_NOT_FOUND", "No product has id " + id.value()));
        if (!product.onSale()) {
            throw rule("PRODUCT_UNAVAILABLE", "The product is not on sale");
        }
        return product;
    }

    private static void checkStock(ProductAvailability product, int quantity) {
        if (!product.covers(quantity)) {
            throw rule("INSUFFICIENT_STOCK", "Only " + Math.max(product.stock(), 0) + " in stock");
        }
    }
}
