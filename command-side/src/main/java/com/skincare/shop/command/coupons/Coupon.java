package com.skincare.shop.command.coupons;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.ChangeCouponStatusCommand;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponCreatedEvent;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponDeletedEvent;
import com.skincare.shop.api.coupons.CouponFacts;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponRedemption;
import com.skincare.shop.api.coupons.CouponRedemptionReleasedEvent;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponStatusChangedEvent;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponUpdatedEvent;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.DeleteCouponCommand;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.coupons.UpdateCouponCommand;
import com.skincare.shop.command.CouponDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.skincare.shop.command.Refusals.conflict;
import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.require;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A coupon: its code, its terms and status, and the orders that hold a redemption of it. Those redemptions are
 * what its limits count, overall and per customer, so a redemption is decided here with {@link CouponPolicy}
 * against the aggregate's own state. Two redemptions of one coupon at once append at the same sequence number of
 * its stream; the event store lets one win and the other fails with a {@code ConcurrencyException}, is retried,
 * and is then decided against the winner's state. That is what keeps a coupon from being used more than its
 * limits, across any number of command nodes.
 * <p>
 * Deleting is for a coupon no order holds: it is gone, its code free again. One still held is refused, since its
 * usage rows are the orders' history; deactivating is how such a coupon is retired.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Coupon {

    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{3,50}");
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DESCRIPTION_LENGTH = 2000;

    @AggregateIdentifier
    private CouponId couponId;
    private String code;
    private CouponTerms terms;
    private CouponStatus status;
    private boolean deleted;
    /** The standing redemptions by order id. */
    private Map<Long, Redemption> redemptions = new HashMap<>();

    /** What the coupon remembers of a standing redemption: enough to count it, answer it again and release it. */
    record Redemption(long usageId, long userId, BigDecimal discountAmount, boolean freeShipping,
                      List<Long> appliedTo) {
    }

    protected Coupon() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Coupon(CreateCouponCommand command, CouponLookup lookup) {
        String newCode = checkDetails(command.code(), command.name(), command.description(), command.terms());
        if (command.status() == null) {
            throw invalid("status", "must be one of active, inactive, expired");
        }
        if (!lookup.claimCode(command.couponId(), newCode)) {
            throw codeTaken(newCode);
        }
        apply(new CouponCreatedEvent(command.couponId(), newCode, command.name().strip(), command.description(),
                command.terms(), command.status()));
    }

    @CommandHandler
    public void handle(UpdateCouponCommand command, CouponLookup lookup) {
        checkNotDeleted();
        String newCode = checkDetails(command.code(), command.name(), command.description(), command.terms());
        if (!newCode.equals(code)) {
            if (!lookup.claimCode(couponId, newCode)) {
                throw codeTaken(newCode);
            }
            lookup.releaseCode(couponId, code);
        }
        apply(new CouponUpdatedEvent(couponId, newCode, command.name().strip(), command.description(),
                command.terms()));
        if (command.status() != null && command.status() != status) {
            apply(new CouponStatusChangedEvent(couponId, command.status()));
        }
    }

    /** Declarative: the status the coupon has already records nothing. */
    @CommandHandler
    public void handle(ChangeCouponStatusCommand command) {
        checkNotDeleted();
        if (command.status() == null) {
            throw invalid("status", "must be one of active, inactive, expired");
        }
        if (command.status() != status) {
            apply(new CouponStatusChangedEvent(couponId, command.status()));
        }
    }

    @CommandHandler
    public void handle(DeleteCouponCommand command, CouponLookup lookup) {
        checkNotDeleted();
        if (!redemptions.isEmpty()) {
            throw rule("COUPON_IN_USE", redemptions.size() + " order(s) hold this coupon; deactivate it instead");
        }
        lookup.releaseCode(couponId, code);
        apply(new CouponDeletedEvent(couponId, code));
    }

    @CommandHandler
    public CouponRedemption handle(RedeemCouponCommand command) {
        checkNotDeleted();
        if (command.userId() == null) {
            throw invalid("user_id", "must not be null");
        }
        if (command.usageId() < 1) {
            throw invalid("usage_id", "must be a positive id");
        }
        if (command.orderId() < 1) {
            throw invalid("order_id", "must be a positive id");
        }
        if (command.basket() == null || command.today() == null) {
            throw invalid(command.basket() == null ? "basket" : "today", "must not be null");
        }
        Redemption standing = redemptions.get(command.orderId());
        if (standing != null) {
            return answer(command.orderId(), standing);
        }
        CouponDecision decision = CouponPolicy.evaluate(terms, command.basket(), command.today(),
                facts(command.userId(), command.firstOrder()));
        if (decision instanceof CouponDecision.Refusal refusal) {
            throw rule(refusal.code().name(), refusal.reason());
        }
        CouponDecision.Discount discount = (CouponDecision.Discount) decision;
        apply(new CouponRedeemedEvent(couponId, command.usageId(), command.userId(), command.orderId(),
                discount.amount(), discount.freeShipping(), discount.appliedTo(), redemptions.size() + 1));
        return answer(command.orderId(), redemptions.get(command.orderId()));
    }

    /** An order without a standing redemption (never redeemed, or released already) records nothing. */
    @CommandHandler
    public void handle(ReleaseCouponRedemptionCommand command) {
        Redemption standing = redemptions.get(command.orderId());
        if (standing == null) {
            return;
        }
        apply(new CouponRedemptionReleasedEvent(couponId, standing.usageId(), UserId.of(standing.userId()),
                command.orderId(), redemptions.size() - 1));
    }

    @EventSourcingHandler
    void on(CouponCreatedEvent event) {
        couponId = event.couponId();
        code = event.code();
        terms = event.terms();
        status = event.status();
    }

    @EventSourcingHandler
    void on(CouponUpdatedEvent event) {
        code = event.code();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(CouponStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CouponDeletedEvent event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(CouponRedeemedEvent event) {
        redemptions.put(event.orderId(), new Redemption(event.usageId(), event.userId().value(),
                event.discountAmount(), event.freeShipping(), event.appliedTo()));
    }

    @EventSourcingHandler
    void on(CouponRedemptionReleasedEvent event) {
        redemptions.remove(event.orderId());
    }

    /** Its standing for a cart: deleted it has none, since its code is free again. */
    CouponDirectory.Standing standing(UserId customer, LocalDate today) {
        return new CouponDirectory.Standing(couponId, code,
                CouponPolicy.admits(terms, today, facts(customer, false)).orElse(null));
    }

    /** What a redemption would decide now, for the checkout to refuse before it places anything. */
    Optional<CouponDecision> decide(UserId customer, CheckoutBasket basket, LocalDate today, boolean firstOrder) {
        if (deleted) {
            return Optional.empty();
        }
        return Optional.of(CouponPolicy.evaluate(terms, basket, today, facts(customer, firstOrder)));
    }

    private CouponFacts facts(UserId customer, boolean firstOrder) {
        long id = customer.value();
        int usedByCustomer = (int) redemptions.values().stream().filter(r -> r.userId() == id).count();
        return new CouponFacts(status, redemptions.size(), usedByCustomer, firstOrder);
    }

    private CouponRedemption answer(long orderId, Redemption redemption) {
        return new CouponRedemption(couponId, redemption.usageId(), orderId, redemption.discountAmount(),
                redemption.freeShipping(), redemption.appliedTo());
    }

    private void checkNotDeleted() {
        if (deleted) {
            throw notFound("COUPON_NOT_FOUND", "No coupon has id " + couponId.value());
        }
    }

    /** Checks what a create and an update carry alike; answers the code as it is kept, in upper case. */
    private static String checkDetails(String code, String name, String description, CouponTerms terms) {
        require(code, "code");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw invalid("code", "must be 3 to 50 letters, digits, hyphens or underscores");
        }
        require(name, "name");
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw invalid("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw invalid("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (terms == null) {
            throw invalid("type", "must not be null");
        }
        List<CouponTerms.Problem> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw invalid(problems.get(0).field(), problems.get(0).message());
        }
        return normalised;
    }

    private static RuntimeException codeTaken(String code) {
        return conflict("COUPON_CODE_TAKEN", "code", "Code " + code + " belongs to another coupon");
    }
}
