package com.skincare.shop.command.ordering;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.cart.CheckoutLine;
import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.cart.CheckoutTotals;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CancelOrderCommand;
import com.skincare.shop.api.ordering.ChangeFulfillmentStatusCommand;
import com.skincare.shop.api.ordering.ChangeOrderStatusCommand;
import com.skincare.shop.api.ordering.ChangePaymentStatusCommand;
import com.skincare.shop.api.ordering.CheckoutTimedOutEvent;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderDeliveredEvent;
import com.skincare.shop.api.ordering.OrderFulfillmentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import com.skincare.shop.api.ordering.OrderStanding;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.api.ordering.RefundOrderCommand;
import com.skincare.shop.api.ordering.RejectOrderCommand;
import com.skincare.shop.api.ordering.ShipOrderCommand;
import com.skincare.shop.api.ordering.UpdateOrderStatusesCommand;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.require;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order, from its placing to the checkout's decision. It is placed {@code pending} with the totals of
 * {@link CheckoutPricing} over its lines, the same arithmetic as the cart's; the {@link CheckoutSaga} reserves
 * its stock and redeems its coupon, and confirms it with the coupon's discount or rejects it. It keeps only what
 * those two decisions need.
 * <p>
 * After the checkout it decides the order's life, along the documented enums. The order's status:
 * <pre>
 * pending    -> cancelled                          (confirming or rejecting is the checkout's)
 * confirmed  -> processing, shipped*, cancelled
 * processing -> shipped*, cancelled
 * shipped    -> delivered
 * cancelled, delivered, refunded: no further move by status
 * any order with money paid -> refunded, by a refund of all that is left (before shipping it cancels first)
 * * with a tracking number: ship
 * </pre>
 * The payment: {@code pending -> paid, partially_paid, failed}; {@code partially_paid -> paid, failed};
 * {@code failed -> pending, paid, partially_paid}; {@code partially_refunded} and {@code refunded} only by a refund;
 * recorded only on an order that the checkout confirmed and nobody cancelled or refunded. The fulfillment moves
 * freely among {@code unfulfilled, partial, fulfilled} while the order is confirmed or processing (packing a
 * confirmed order makes it processing); {@code shipped} and {@code delivered} come with the order's own shipping
 * and delivery. The same status again records nothing, so a retried request changes nothing.
 * <p>
 * A cancellation names the lines and the coupon the order holds, for the compensation that gives them back
 * ({@link OrderCompensation}); a shipment names the lines whose reservations it settles.
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
    static final int MAX_TRACKING_NUMBER = 100;
    static final int MAX_REASON = 500;

    /** The moves of {@link ChangeOrderStatusCommand}; a full refund reaches {@code refunded} from any paid order. */
    private static final Map<OrderStatus, Set<OrderStatus>> STATUS_MOVES = new EnumMap<>(Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED)));
    private static final Map<PaymentStatus, Set<PaymentStatus>> PAYMENT_MOVES = new EnumMap<>(Map.of(
            PaymentStatus.PENDING, EnumSet.of(PaymentStatus.PAID, PaymentStatus.PARTIALLY_PAID, PaymentStatus.FAILED),
            PaymentStatus.PARTIALLY_PAID, EnumSet.of(PaymentStatus.PAID, PaymentStatus.FAILED),
            PaymentStatus.FAILED, EnumSet.of(PaymentStatus.PENDING, PaymentStatus.PAID,
                    PaymentStatus.PARTIALLY_PAID)));
    private static final Set<FulfillmentStatus> PACKING = EnumSet.of(FulfillmentStatus.UNFULFILLED,
            FulfillmentStatus.PARTIAL, FulfillmentStatus.FULFILLED);
    private static final Set<OrderStatus> BEFORE_SHIPPING = EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED,
            OrderStatus.PROCESSING);
    private static final Set<OrderStatus> UNDER_WAY = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    /** The deadline by which the checkout must have decided the order. */
    static final String CHECKOUT_DEADLINE = "checkout-deadline";
    static final String CHECKOUT_TIMED_OUT = "CHECKOUT_TIMED_OUT";

    @AggregateIdentifier
    private OrderId orderId;
    private OrderStatus status;
    private OrderTotals totals;
    private UserId ownerId;
    private List<OrderLine> lines = new ArrayList<>();
    private Long couponId;
    private PaymentStatus paymentStatus;
    private FulfillmentStatus fulfillmentStatus;
    private String trackingNumber;
    private BigDecimal refunded = BigDecimal.ZERO.setScale(2);
    private int refunds;
    private boolean restocked;

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
        apply(new CheckoutTimedOutEvent(orderId, lines.stream().map(OrderLine::productId).toList(), couponId, due));
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
        if (discount.signum() > 0 && couponId == null) {
            throw invalid("discount", "an order without a coupon has no discount");
        }
        if (couponId != null && command.couponUsageId() == null) {
            throw invalid("coupon_usage_id", "an order with a coupon is confirmed with its redemption");
        }
        discount = money(discount);
        if (discount.compareTo(totals.subtotal().add(totals.shipping())) > 0) {
            throw invalid("discount", "must not exceed the subtotal and shipping");
        }
        OrderTotals confirmed = new OrderTotals(totals.subtotal(), discount, totals.shipping(), totals.tax(),
                totals.subtotal().add(totals.tax()).add(totals.shipping()).subtract(discount));
        apply(new OrderConfirmedEvent(orderId, confirmed, couponId != null ? command.couponUsageId() : null,
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
        ownerId = event.userId();
        lines = new ArrayList<>(event.items().stream()
                .map(item -> new OrderLine(item.productId(), item.quantity())).toList());
        couponId = event.couponId();
        paymentStatus = event.paymentStatus();
        fulfillmentStatus = event.fulfillmentStatus();
    }

    @EventSourcingHandler
    void on(OrderConfirmedEvent event) {
        status = event.status();
        totals = event.totals();
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = event.status();
        paymentStatus = event.paymentStatus();
    }

    /** The owner cancels their own order before it ships; another customer's order is not found. */
    @CommandHandler
    public OrderStanding handle(CancelOrderCommand command) {
        // Word for word what an unknown order answers, so an order id tells nobody else that it exists.
        if (command.requestedBy() != null && !command.requestedBy().equals(ownerId)) {
            throw notFound("NOT_FOUND", "Not found");
        }
        checkReason(command.reason());
        if (status != OrderStatus.CANCELLED) {
            if (!BEFORE_SHIPPING.contains(status)) {
                throw rule("ORDER_NOT_CANCELLABLE", "The order is " + status.code()
                        + " and can no longer be cancelled");
            }
            cancel(command.reason(), command.requestedBy() != null);
        }
        return standing();
    }

    @CommandHandler
    public OrderStanding handle(ChangeOrderStatusCommand command) {
        moveStatus(command.status(), command.trackingNumber(), command.reason());
        return standing();
    }

    @CommandHandler
    public OrderStanding handle(ShipOrderCommand command) {
        ship(command.trackingNumber());
        return standing();
    }

    @CommandHandler
    public OrderStanding handle(ChangePaymentStatusCommand command) {
        movePayment(command.paymentStatus());
        return standing();
    }

    @CommandHandler
    public OrderStanding handle(ChangeFulfillmentStatusCommand command) {
        moveFulfillment(command.fulfillmentStatus());
        return standing();
    }

    /** All or none: a refused move after an applied one fails the command, and nothing is stored. */
    @CommandHandler
    public OrderStanding handle(UpdateOrderStatusesCommand command) {
        if (command.status() == null && command.paymentStatus() == null && command.fulfillmentStatus() == null) {
            throw invalid("status", "status, payment_status or fulfillment_status must be given");
        }
        if (command.status() != null) {
            moveStatus(command.status(), null, null);
        }
        if (command.paymentStatus() != null) {
            movePayment(command.paymentStatus());
        }
        if (command.fulfillmentStatus() != null) {
            moveFulfillment(command.fulfillmentStatus());
        }
        return standing();
    }

    /**
     * Only money that was paid comes back, at most what is left of the total. Refunding all that is left makes
     * the order refunded; one not shipped yet is cancelled first, so its stock and coupon come back as with any
     * cancellation. Restocking is for goods that left and came back: once, and only after shipping.
     */
    @CommandHandler
    public OrderStanding handle(RefundOrderCommand command) {
        if (paymentStatus != PaymentStatus.PAID && paymentStatus != PaymentStatus.PARTIALLY_REFUNDED) {
            throw rule("NOTHING_PAID", "The order's payment is " + paymentStatus.code()
                    + "; only money paid can be refunded");
        }
        checkReason(command.reason());
        BigDecimal left = refundable();
        if (left.signum() == 0) {
            throw rule("NOTHING_LEFT_TO_REFUND", "The order's whole total is refunded already");
        }
        BigDecimal amount = command.amount() == null ? left : command.amount();
        if (amount.signum() <= 0) {
            throw invalid("amount", "must be greater than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid("amount", "must have at most 2 decimals");
        }
        amount = money(amount);
        if (amount.compareTo(left) > 0) {
            throw rule("REFUND_EXCEEDS_REMAINING", "Only " + left.toPlainString() + " is left to refund");
        }
        boolean shipped = status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED;
        if (command.restock() && !shipped) {
            throw rule("NOTHING_TO_RESTOCK", "The order is " + status.code() + ": no goods left the shelf, and a"
                    + " cancellation gives its reserved stock back");
        }
        if (command.restock() && restocked) {
            throw rule("ALREADY_RESTOCKED", "The order's items were put back on the shelf with an earlier refund");
        }
        boolean whole = amount.compareTo(left) == 0;
        if (whole && BEFORE_SHIPPING.contains(status)) {
            cancel(command.reason() == null ? "refunded" : command.reason(), false);
        }
        BigDecimal after = refunded.add(amount);
        apply(new OrderRefundedEvent(orderId, refunds + 1, amount, command.reason(), after,
                command.restock() ? lines : List.of(),
                whole ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED,
                whole ? OrderStatus.REFUNDED : status));
        return standing();
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(OrderStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(OrderShippedEvent event) {
        status = event.status();
        fulfillmentStatus = event.fulfillmentStatus();
        trackingNumber = event.trackingNumber();
    }

    @EventSourcingHandler
    void on(OrderDeliveredEvent event) {
        status = event.status();
        fulfillmentStatus = event.fulfillmentStatus();
    }

    @EventSourcingHandler
    void on(OrderPaymentStatusChangedEvent event) {
        paymentStatus = event.paymentStatus();
    }

    @EventSourcingHandler
    void on(OrderFulfillmentStatusChangedEvent event) {
        fulfillmentStatus = event.fulfillmentStatus();
        status = event.status();
    }

    @EventSourcingHandler
    void on(OrderRefundedEvent event) {
        refunds = event.refundNumber();
        refunded = event.refundedTotal();
        restocked = restocked || !event.restocked().isEmpty();
        paymentStatus = event.paymentStatus();
        status = event.status();
    }

    private void moveStatus(OrderStatus to, String tracking, String reason) {
        if (to == null) {
            throw invalid("status", "must not be null");
        }
        if (to == status) {
            return;
        }
        if (to == OrderStatus.REFUNDED) {
            throw illegal("ILLEGAL_STATUS_CHANGE", "status", status.code(), to.code(),
                    "an order is refunded by refunding all that is left of it");
        }
        if (!STATUS_MOVES.getOrDefault(status, Set.of()).contains(to)) {
            throw illegal("ILLEGAL_STATUS_CHANGE", "status", status.code(), to.code(), null);
        }
        switch (to) {
            case CANCELLED -> {
                checkReason(reason);
                cancel(reason, false);
            }
            case SHIPPED -> ship(tracking);
            case DELIVERED -> apply(new OrderDeliveredEvent(orderId, OrderStatus.DELIVERED,
                    FulfillmentStatus.DELIVERED));
            default -> apply(new OrderStatusChangedEvent(orderId, status, to));
        }
    }

    private void ship(String tracking) {
        String number = tracking == null ? "" : tracking.strip();
        if (number.isEmpty() || number.length() > MAX_TRACKING_NUMBER) {
            throw invalid("tracking_number", "must be 1 to " + MAX_TRACKING_NUMBER + " characters");
        }
        if (status == OrderStatus.SHIPPED && number.equals(trackingNumber)) {
            return;
        }
        if (status != OrderStatus.CONFIRMED && status != OrderStatus.PROCESSING) {
            throw illegal("ILLEGAL_STATUS_CHANGE", "status", status.code(), OrderStatus.SHIPPED.code(), null);
        }
        apply(new OrderShippedEvent(orderId, number, lines, OrderStatus.SHIPPED, FulfillmentStatus.SHIPPED));
    }

    private void movePayment(PaymentStatus to) {
        if (to == null) {
            throw invalid("payment_status", "must not be null");
        }
        if (to == paymentStatus) {
            return;
        }
        if (!UNDER_WAY.contains(status)) {
            throw illegal("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status", paymentStatus.code(), to.code(),
                    "the order is " + status.code());
        }
        if (to == PaymentStatus.REFUNDED || to == PaymentStatus.PARTIALLY_REFUNDED) {
            throw illegal("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status", paymentStatus.code(), to.code(),
                    "money is paid back by a refund");
        }
        if (!PAYMENT_MOVES.getOrDefault(paymentStatus, Set.of()).contains(to)) {
            throw illegal("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status", paymentStatus.code(), to.code(), null);
        }
        apply(new OrderPaymentStatusChangedEvent(orderId, paymentStatus, to));
    }

    private void moveFulfillment(FulfillmentStatus to) {
        if (to == null) {
            throw invalid("fulfillment_status", "must not be null");
        }
        if (to == fulfillmentStatus) {
            return;
        }
        if (!PACKING.contains(to)) {
            throw illegal("ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status", fulfillmentStatus.code(),
                    to.code(), "an order is shipped with its tracking number and delivered by its status");
        }
        if (status != OrderStatus.CONFIRMED && status != OrderStatus.PROCESSING) {
            throw illegal("ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status", fulfillmentStatus.code(),
                    to.code(), "the order is " + status.code());
        }
        apply(new OrderFulfillmentStatusChangedEvent(orderId, fulfillmentStatus, to, OrderStatus.PROCESSING));
    }

    private void cancel(String reason, boolean byCustomer) {
        apply(new OrderCancelledEvent(orderId, ownerId, reason == null || reason.isBlank() ? null : reason.strip(),
                byCustomer, lines, couponId, OrderStatus.CANCELLED));
    }

    private BigDecimal refundable() {
        return totals.total().subtract(refunded).max(BigDecimal.ZERO);
    }

    /** Only money paid can be refunded, so an order not paid has nothing refundable whatever its total. */
    private OrderStanding standing() {
        boolean paid = paymentStatus == PaymentStatus.PAID || paymentStatus == PaymentStatus.PARTIALLY_REFUNDED;
        return new OrderStanding(orderId.value(), status, paymentStatus, fulfillmentStatus, trackingNumber,
                refunded, paid ? refundable() : money(BigDecimal.ZERO));
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw invalid("reason", "must be at most " + MAX_REASON + " characters");
        }
    }

    /** A refused move names its field, and says from where to where, so the client sees what it asked. */
    private static RejectedException illegal(String code, String field, String from, String to, String why) {
        return new RejectedException(new Rejection(Rejection.Kind.RULE, code, field,
                "An order cannot go from " + from + " to " + to + (why == null ? "" : ": " + why)));
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
