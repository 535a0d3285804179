package com.skincare.shop.command.ordering;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.cart.CheckoutLine;
import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.cart.CheckoutTotals;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.ordering.CheckoutTimedOutEvent;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.api.ordering.RejectOrderCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.require;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order, from its placing to the checkout's decision. It is placed {@code pending} with the totals of
 * {@link CheckoutPricing} over its lines, the same arithmetic as the cart's; the {@link CheckoutSaga} reserves
 * its stock and redeems its coupon, and confirms it with the coupon's discount or rejects it. It keeps only what
 * those two decisions need.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Order {

    /** Per line, as the cart allows. */
    static final int MAX_QUANTITY = 99;
    /** As many lines as a cart may hold. */
    static final int MAX_LINES = 100;
    static final int MAX_NOTES = 1000;
    private static final Pattern ORDER_NUMBER = Pattern.compile("SK-\\d{8}-\\d{6,}");
    /** The deadline by which the checkout must have decided the order. */
    static final String CHECKOUT_DEADLINE = "checkout-deadline";
    static final String CHECKOUT_TIMED_OUT = "CHECKOUT_TIMED_OUT";

    @AggregateIdentifier
    private OrderId orderId;
    private OrderStatus status;
    private OrderTotals totals;
    private boolean couponHeld;
    /** What a checkout that timed out may still hold: stock of these products and a use of this coupon. */
    private List<ProductId> products = List.of();
    private Long couponId;

    protected Order() {
        // for Axon
    }

    @CommandHandler
    public Order(PlaceOrderCommand command, DeadlineManager deadlines, CheckoutTimeout timeout) {
        if (command.orderId() == null || command.orderId().value() < 1) {
            throw invalid("order_id", "must be a positive id");
        }
        require(command.orderNumber(), "order_number");
        if (!ORDER_NUMBER.matcher(command.orderNumber()).matches()) {
            throw invalid("order_number", "must read like SK-20261201-000123");
        }
        if (command.userId() == null) {
            throw invalid("user_id", "must not be null");
        }
        require(command.customerEmail(), "customer_email");
        checkItems(command.items());
        checkAddress(command.shippingAddress(), "shipping_address");
        if (command.billingAddress() != null) {
            checkAddress(command.billingAddress(), "billing_address");
        }
        boolean hasCode = command.couponCode() != null && !command.couponCode().isBlank();
        if (hasCode != (command.couponId() != null)) {
            throw invalid("coupon_code", "a coupon code and its coupon come together");
        }
        if (command.notes() != null && command.notes().length() > MAX_NOTES) {
            throw invalid("notes", "must be at most " + MAX_NOTES + " characters");
        }
        if (command.placedAt() == null) {
            throw invalid("placed_at", "must not be null");
        }
        CheckoutTotals priced = pricing(command.pricing()).totals(command.items().stream()
                .map(item -> new CheckoutLine(item.unitPrice(), item.quantity())).toList());
        OrderTotals placed = new OrderTotals(priced.subtotal(), money(BigDecimal.ZERO), priced.shipping(),
                priced.tax(), priced.total());
        apply(new OrderPlacedEvent(command.orderId(), command.orderNumber(), command.userId(),
                command.customerName(), command.customerEmail(), command.items(), command.shippingAddress(),
                command.billingAddress() == null ? command.shippingAddress() : command.billingAddress(),
                hasCode ? command.couponCode().strip() : null, command.couponId(), command.notes(), placed,
                command.firstOrder(), OrderStatus.PENDING, PaymentStatus.PENDING, FulfillmentStatus.UNFULFILLED,
                command.placedAt()));
        scheduleCheckoutDeadline(deadlines, command.orderId(), command.placedAt().plus(timeout.duration()));
    }

    /**
     * Scheduled here, in the transaction that stores the order, rather than by the saga: the saga's unit of work is
     * the one that dies with a node, and a deadline scheduled in it would die too. The scope names the aggregate by
     * its identifier as text: Axon's own description of this scope would carry the {@link OrderId} itself, which
     * the event store's JSON would write as a bare number and read back as one, naming no aggregate. (In the
     * constructor the placed event is not applied yet, so the id comes from the command.)
     */
    private static void scheduleCheckoutDeadline(DeadlineManager deadlines, OrderId order, Instant due) {
        ScopeDescriptor scope = new AggregateScopeDescriptor(Order.class.getSimpleName(), order.toString());
        deadlines.schedule(due, CHECKOUT_DEADLINE, null, scope);
    }

    /**
     * A checkout that has not decided by its deadline (its node died, a step never answered, no node runs the
     * checkouts) is decided here: everything the order might hold is to be given back ({@link CheckoutTimeouts}),
     * and the order is rejected. A decided order ignores its deadline; deciding does not cancel it, which would cost a
     * search through db-scheduler's table for every order.
     */
    @DeadlineHandler(deadlineName = CHECKOUT_DEADLINE)
    void on(@Timestamp Instant due) {
        if (status != OrderStatus.PENDING) {
            return;
        }
        apply(new CheckoutTimedOutEvent(orderId, products, couponId, due));
        apply(new OrderRejectedEvent(orderId, CHECKOUT_TIMED_OUT,
                "The order could not be completed in time; nothing was charged, please try again",
                OrderStatus.CANCELLED, PaymentStatus.FAILED));
    }

    /** The discount is the coupon's answer; the order only checks it is one it can carry. */
    @CommandHandler
    public void handle(ConfirmOrderCommand command) {
        if (status == OrderStatus.CONFIRMED) {
            return;
        }
        if (status != OrderStatus.PENDING) {
            throw rule("ORDER_NOT_PENDING", "The order is " + status.code() + " and can no longer be confirmed");
        }
        BigDecimal discount = command.discount() == null ? BigDecimal.ZERO : command.discount();
        if (discount.signum() < 0) {
            throw invalid("discount", "must be at least 0");
        }
        if (discount.signum() > 0 && !couponHeld) {
            throw invalid("discount", "an order without a coupon has no discount");
        }
        if (couponHeld && command.couponUsageId() == null) {
            throw invalid("coupon_usage_id", "an order with a coupon is confirmed with its redemption");
        }
        discount = money(discount);
        if (discount.compareTo(totals.subtotal().add(totals.shipping())) > 0) {
            throw invalid("discount", "must not exceed the subtotal and shipping");
        }
        OrderTotals confirmed = new OrderTotals(totals.subtotal(), discount, totals.shipping(), totals.tax(),
                totals.subtotal().add(totals.tax()).add(totals.shipping()).subtract(discount));
        apply(new OrderConfirmedEvent(orderId, confirmed, couponHeld ? command.couponUsageId() : null,
                OrderStatus.CONFIRMED));
    }

    @CommandHandler
    public void handle(RejectOrderCommand command) {
        require(command.reasonCode(), "reason_code");
        if (status == OrderStatus.CANCELLED) {
            return;
        }
        if (status != OrderStatus.PENDING) {
            throw rule("ORDER_NOT_PENDING", "The order is " + status.code() + " and can no longer be rejected");
        }
        apply(new OrderRejectedEvent(orderId, command.reasonCode(), command.message(), OrderStatus.CANCELLED,
                PaymentStatus.FAILED));
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        status = event.status();
        totals = event.totals();
        couponHeld = event.couponId() != null;
        products = event.items().stream().map(OrderItem::productId).toList();
        couponId = event.couponId();
    }

    @EventSourcingHandler
    void on(OrderConfirmedEvent event) {
        status = event.status();
        totals = event.totals();
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = event.status();
    }

    private static void checkItems(List<OrderItem> items) {
        if (items == null || items.isEmpty()) {
            throw invalid("items", "must not be empty");
        }
        if (items.size() > MAX_LINES) {
            throw invalid("items", "must have at most " + MAX_LINES + " lines");
        }
        Set<ProductId> products = new HashSet<>();
        for (OrderItem item : items) {
            if (item == null || item.productId() == null) {
                throw invalid("product_id", "must not be null");
            }
            if (!products.add(item.productId())) {
                throw invalid("items", "names product " + item.productId().value() + " more than once");
            }
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                throw invalid("quantity", "must be between 1 and " + MAX_QUANTITY);
            }
            require(item.nameEn(), "name_en");
            require(item.sku(), "sku");
            if (item.unitPrice() == null || item.unitPrice().signum() <= 0) {
                throw invalid("unit_price", "must be greater than 0");
            }
        }
    }

    private static void checkAddress(OrderAddress address, String field) {
        if (address == null) {
            throw invalid(field, "must not be null");
        }
        require(address.firstName(), field + ".first_name");
        require(address.lastName(), field + ".last_name");
        require(address.addressLine1(), field + ".address_line1");
        require(address.city(), field + ".city");
        require(address.postalCode(), field + ".postal_code");
        require(address.country(), field + ".country");
        require(address.phone(), field + ".phone");
    }

    private static CheckoutPricing pricing(OrderPricingTerms terms) {
        if (terms == null || terms.shippingFee() == null || terms.freeShippingOver() == null
                || terms.taxRate() == null) {
            throw invalid("pricing", "shipping fee, free shipping threshold and tax rate must be given");
        }
        try {
            return new CheckoutPricing(terms.shippingFee(), terms.freeShippingOver(), terms.taxRate());
        } catch (IllegalArgumentException e) {
            throw invalid("pricing", e.getMessage());
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
