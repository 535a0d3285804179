package com.skincare.shop.command.ordering;

import com.skincare.shop.api.cart.CheckoutLine;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.ordering.CheckOutCommand;
import com.skincare.shop.api.ordering.CheckoutReceipt;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.command.CartContents;
import com.skincare.shop.command.CartLine;
import com.skincare.shop.command.CouponDirectory;
import com.skincare.shop.command.CustomerContact;
import com.skincare.shop.command.CustomerDirectory;
import com.skincare.shop.command.ProductOffer;
import com.skincare.shop.command.ProductOffers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.rule;

/**
 * Turns a customer's checkout into a placed order, in one transaction: the idempotency key is claimed, the
 * products are read from their aggregates as they are now (name, SKU, price, categories; on sale; in stock), the
 * coupon is found by its code, the customer by their account, the first-order claim is taken, and
 * {@link PlaceOrderCommand} is sent. Whatever refuses, everything rolls back together: no claim, no order, no
 * event. The {@link CheckoutSaga} then takes the stock and the coupon.
 * <p>
 * The stock check here is a courtesy that spares the customer an order rejected at once; the saga's reservation
 * is what keeps stock from going below zero. Likewise the coupon (the request's code, or the cart's coupon when
 * the cart is checked out) is asked now whether it would take the order, so an expired, inactive, used-up or
 * too-small order stores nothing; its redemption by the saga is what keeps it within its limits (a refusal there
 * rejects the order and gives its stock back).
 */
@Component
public class OrderPlacement {

    /** Long enough for a UUID with a prefix, short enough to keep the claim's key small. */
    static final int MAX_KEY_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");
    static final String KEY_FIELD = "Idempotency-Key";

    private final CommandGateway commands;
    private final OrderIds orderIds;
    private final CheckoutClaims claims;
    private final OrderingProperties properties;

    public OrderPlacement(CommandGateway commands, OrderIds orderIds, CheckoutClaims claims,
                          OrderingProperties properties) {
        this.commands = commands;
        this.orderIds = orderIds;
        this.claims = claims;
        this.properties = properties;
    }

    @CommandHandler
    public CheckoutReceipt handle(CheckOutCommand command, ProductOffers products, CartContents carts,
                                  CouponDirectory coupons, CustomerDirectory customers) {
        UserId user = command.userId();
        if (user == null) {
            throw invalid("user_id", "must not be null");
        }
        if (command.requestedAt() == null) {
            throw invalid("requested_at", "must not be null");
        }
        String key = command.idempotencyKey();
        if (key != null && !KEY.matcher(key).matches()) {
            throw invalid(KEY_FIELD, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        if (command.items() != null) {
            checkItems(command.items());
        }
        OrderId orderId = orderIds.nextOrderId();
        // The key before anything is loaded: a racing retry waits on it without holding any product.
        if (key != null) {
            String fingerprint = fingerprint(command);
            Optional<CheckoutClaims.PriorRequest> prior = claims.claimKey(user, key, fingerprint, orderId);
            if (prior.isPresent()) {
                if (!prior.get().fingerprint().equals(fingerprint)) {
                    throw rule("IDEMPOTENCY_KEY_REUSED",
                            "The Idempotency-Key was already used for a different order request");
                }
                return new CheckoutReceipt(prior.get().orderId(), true);
            }
        }
        Basket basket = command.items() == null ? cartBasket(carts.lines(user), products)
                : requestedBasket(command.items(), products);

        Optional<String> cartCoupon = command.items() == null ? carts.couponCode(user) : Optional.empty();
        String code = command.couponCode() == null || command.couponCode().isBlank() ? cartCoupon.orElse(null)
                : command.couponCode().strip();
        Long couponId = null;
        if (code != null) {
            couponId = coupons.couponOf(code).map(CouponId::value)
                    .orElseThrow(() -> rule("COUPON_NOT_FOUND", "No coupon has the code " + code));
        }
        CustomerContact customer = customers.contact(user)
                .orElseThrow(() -> notFound("USER_NOT_FOUND", "No customer has id " + user.value()));
        boolean firstOrder = claims.claimFirstOrder(user, orderId);
        if (couponId != null) {
            checkCoupon(couponId, user, basket.items(), command.requestedAt(), firstOrder, coupons);
        }
        if (!basket.cartLines().isEmpty()) {
            claims.keepCartLines(user, orderId, basket.cartLines());
            if (couponId != null && cartCoupon.filter(code::equalsIgnoreCase).isPresent()) {
                claims.keepCartCoupon(orderId, couponId);
            }
        }
        commands.sendAndWait(new PlaceOrderCommand(orderId, OrderIds.orderNumber(orderId, command.requestedAt()),
                user, customerName(customer, command.shippingAddress()), customer.email(), basket.items(),
                command.shippingAddress(), command.billingAddress(), code, couponId, command.notes(),
                properties.pricingTerms(), firstOrder, command.requestedAt()));
        return new CheckoutReceipt(orderId, false);
    }

    /**
     * Refuses a coupon that would refuse the order as it stands, before anything is placed: the same rules and
     * facts the saga's redemption meets, read from the Coupon aggregate now. A coupon used up between this check
     * and the redemption is still refused there, with the stock given back.
     */
    private void checkCoupon(long couponId, UserId user, List<OrderItem> items, Instant requestedAt,
                             boolean firstOrder, CouponDirectory coupons) {
        List<CheckoutBasket.Line> lines = items.stream()
                .map(item -> new CheckoutBasket.Line(item.productId().value(), item.categories(), item.unitPrice(),
                        item.quantity()))
                .toList();
        BigDecimal shipping = properties.pricing()
                .totals(items.stream().map(item -> new CheckoutLine(item.unitPrice(), item.quantity())).toList())
                .shipping();
        CouponDecision decision = coupons.decide(CouponId.of(couponId), user, new CheckoutBasket(lines, shipping),
                        LocalDate.ofInstant(requestedAt, CouponPolicy.SHOP_ZONE), firstOrder)
                .orElseThrow(() -> rule("COUPON_NOT_FOUND", "The coupon no longer exists"));
        if (decision instanceof CouponDecision.Refusal refusal) {
            throw rule(refusal.code().name(), refusal.reason());
        }
    }

    /** The order's lines, and the cart lines they come from when the cart is checked out. */
    private record Basket(List<OrderItem> items, List<CartLine> cartLines) {
    }

    private static Basket requestedBasket(List<CheckOutCommand.Item> requested, ProductOffers products) {
        Map<ProductId, Integer> wanted = new LinkedHashMap<>();
        requested.forEach(item -> wanted.put(ProductId.of(item.productId()), item.quantity()));
        return new Basket(snapshot(wanted, offers(wanted.keySet(), products)), List.of());
    }

    /** As the cart's totals count them: a line whose product is no longer on sale stays in the cart. */
    private static Basket cartBasket(List<CartLine> inCart, ProductOffers products) {
        Map<ProductId, ProductOffer> offers = offers(inCart.stream().map(CartLine::productId).toList(), products);
        List<CartLine> onSale = inCart.stream().filter(line -> offers.containsKey(line.productId())
                && offers.get(line.productId()).availability().onSale()).toList();
        if (onSale.isEmpty()) {
            throw rule("CART_EMPTY", inCart.isEmpty() ? "The cart is empty: put products in it or send items"
                    : "Nothing in the cart is on sale any more");
        }
        Map<ProductId, Integer> wanted = new LinkedHashMap<>();
        onSale.forEach(line -> wanted.put(line.productId(), line.quantity()));
        return new Basket(snapshot(wanted, offers), onSale);
    }

    private static void checkItems(List<CheckOutCommand.Item> items) {
        if (items.isEmpty()) {
            throw invalid("items", "must not be empty; leave items out to check out the cart");
        }
        if (items.size() > Order.MAX_LINES) {
            throw invalid("items", "must have at most " + Order.MAX_LINES + " lines");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CheckOutCommand.Item item = items.get(i);
            if (item == null || item.productId() == null) {
                throw invalid("items[" + i + "].product_id", "must not be null");
            }
            if (item.quantity() == null || item.quantity() < 1 || item.quantity() > Order.MAX_QUANTITY) {
                throw invalid("items[" + i + "].quantity", "must be between 1 and " + Order.MAX_QUANTITY);
            }
            if (!seen.add(item.productId())) {
                throw invalid("items", "names product " + item.productId() + " more than once");
            }
        }
    }

    /**
     * Reads the products in the order of their ids, as the saga reserves them: loading holds each product until
     * the placing ends, so two checkouts of the same products on one node never wait on each other in a circle.
     * A product that does not exist has no offer.
     */
    private static Map<ProductId, ProductOffer> offers(Collection<ProductId> wanted, ProductOffers products) {
        List<ProductId> byId = new ArrayList<>(wanted);
        byId.sort(Comparator.comparingLong(ProductId::value));
        Map<ProductId, ProductOffer> offers = new HashMap<>();
        for (ProductId id : byId) {
            products.offer(id).ifPresent(offer -> offers.put(id, offer));
        }
        return offers;
    }

    private static List<OrderItem> snapshot(Map<ProductId, Integer> wanted, Map<ProductId, ProductOffer> offers) {
        List<OrderItem> items = new ArrayList<>();
        wanted.forEach((id, quantity) -> {
            ProductOffer offer = offers.get(id);
            if (offer == null) {
                throw notFound("PRODUCT_NOT_FOUND", "No product has id " + id.value());
            }
            if (!offer.availability().onSale()) {
                throw rule("PRODUCT_UNAVAILABLE", "Product " + id.value() + " is not on sale");
            }
            if (!offer.availability().covers(quantity)) {
                throw rule("INSUFFICIENT_STOCK", "Only " + Math.max(offer.availability().stock(), 0)
                        + " of product " + id.value() + " in stock");
            }
            items.add(new OrderItem(id, quantity, offer.nameEn(), offer.sku(), offer.price(), offer.categories()));
        });
        return items;
    }

    private static String customerName(CustomerContact customer, OrderAddress shipping) {
        if (customer.name() != null && !customer.name().isBlank()) {
            return customer.name();
        }
        return shipping == null ? null : (shipping.firstName() + " " + shipping.lastName()).strip();
    }

    /**
     * What makes two requests the same order request: their products and quantities (or the cart), addresses,
     * coupon code and notes. Records print their components in a fixed order, so the text is stable.
     */
    static String fingerprint(CheckOutCommand command) {
        String canonical = String.join("\u0000",
                String.valueOf(command.items()),
                String.valueOf(command.shippingAddress()),
                String.valueOf(command.billingAddress()),
                command.couponCode() == null ? "" : command.couponCode().strip().toUpperCase(Locale.ROOT),
                String.valueOf(command.notes()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
