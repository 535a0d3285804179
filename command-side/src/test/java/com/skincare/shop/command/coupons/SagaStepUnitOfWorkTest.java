package com.skincare.shop.command.coupons;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.command.CommandDatabase;
import com.skincare.shop.command.ConcurrencyRetryScheduler;
import com.skincare.shop.command.ordering.CheckoutStepGateway;
import com.skincare.shop.eventstore.SchemaMigration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static com.skincare.shop.command.coupons.CouponFixtures.BASKET;
import static com.skincare.shop.command.coupons.CouponFixtures.TODAY;
import static com.skincare.shop.command.coupons.CouponFixtures.tenPercent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why the checkout saga sends its steps through {@link CheckoutStepGateway}: what happens to a command sent while an
 * event is handled, as the saga does, with two command-side nodes on one PostgreSQL event store. Sent through the
 * plain gateway, the step runs nested in the event's unit of work: it answers before anything is stored, keeps the
 * aggregate locked on its node until that unit of work ends, and when another node appended to the aggregate
 * meanwhile, the event's whole unit of work fails at its commit with a {@code ConcurrencyException} that no command
 * retry sees. Through the step gateway the step is stored when it answers and its lock is gone.
 */
class SagaStepUnitOfWorkTest {

    private static CommandDatabase database;
    private final List<Configuration> nodes = new ArrayList<>();
    private final List<SpringTransactionManager> transactions = new ArrayList<>();
    private final ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
    /** Another thread of the first node. */
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    /** A thread of the second node: a thread outside the event's unit of work, as another process is. */
    private final ExecutorService otherNode = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void createDatabase() {
        database = CommandDatabase.fresh("saga_steps");
        SchemaMigration.migrate(database.dataSource(), "axon", "classpath:db/axon");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(Configuration::shutdown);
        retries.shutdownNow();
        elsewhere.shutdownNow();
        otherNode.shutdownNow();
    }

    @Test
    void aNestedStepIsStoredOnlyWithTheEventsUnitOfWorkHoldsItsLockUntilThenAndLosesItsRaceThere() throws Exception {
        CommandGateway first = node();
        CommandGateway second = node();
        CouponId coupon = createCoupon(41, first);

        List<CompletableFuture<Object>> sameNode = new ArrayList<>();
        ResultMessage<?> result = eventUnitOfWork(0).executeWithResult(() -> {
            first.sendAndWait(redeem(coupon, 1));
            assertThat(storedRedemptions(coupon)).as("the step answered, nothing is stored").isZero();

            sameNode.add(CompletableFuture.supplyAsync(() -> first.sendAndWait(redeem(coupon, 2)), elsewhere));
            assertThatThrownBy(() -> sameNode.get(0).get(500, TimeUnit.MILLISECONDS))
                    .as("the coupon stays locked on this node").isInstanceOf(TimeoutException.class);

            CompletableFuture.supplyAsync(() -> second.sendAndWait(redeem(coupon, 3)), otherNode)
                    .get(10, TimeUnit.SECONDS);
            assertThat(storedRedemptions(coupon)).as("the other node stores its redemption at once").isEqualTo(1);
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(causes(result.exceptionResult())).anyMatch(ConcurrencyException.class::isInstance);
        sameNode.get(0).get(10, TimeUnit.SECONDS);
        assertThat(storedRedemptions(coupon)).as("the nested step is lost with its unit of work, the others stay")
                .isEqualTo(2);
    }

    @Test
    void aStepThroughTheCheckoutGatewayIsStoredWhenItAnswersAndReleasesItsLock() throws Exception {
        CommandGateway first = node();
        CommandGateway second = node();
        CouponId coupon = createCoupon(42, first);
        CheckoutStepGateway steps = CheckoutStepGateway.onThreads(first, 2);

        try {
            ResultMessage<?> result = eventUnitOfWork(0).executeWithResult(() -> {
                steps.sendAndWait(redeem(coupon, 1));
                assertThat(storedRedemptions(coupon)).as("stored when it answers").isEqualTo(1);

                CompletableFuture<Object> sameNode = CompletableFuture.supplyAsync(
                        () -> first.sendAndWait(redeem(coupon, 2)), elsewhere);
                sameNode.get(10, TimeUnit.SECONDS);

                CompletableFuture.supplyAsync(() -> second.sendAndWait(redeem(coupon, 3)), otherNode)
                        .get(10, TimeUnit.SECONDS);
                return null;
            });

            assertThat(result.isExceptional()).as(String.valueOf(result.optionalExceptionResult())).isFalse();
            assertThat(storedRedemptions(coupon)).isEqualTo(3);
        } finally {
            steps.shutdown();
        }
    }

    /** A unit of work with its transaction, as an event processor handles an event on that node. */
    private UnitOfWork<?> eventUnitOfWork(int node) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an order placed"));
        unitOfWork.attachTransaction(transactions.get(node));
        return unitOfWork;
    }

    private static RedeemCouponCommand redeem(CouponId coupon, long order) {
        return new RedeemCouponCommand(coupon, 2000 + order, UserId.of(300 + order), 7000 + order, BASKET, TODAY,
                false);
    }

    private static CouponId createCoupon(long id, CommandGateway gateway) {
        CouponId coupon = CouponId.of(id);
        gateway.sendAndWait(new CreateCouponCommand(coupon, "STEP" + id, "Steps", null, tenPercent(),
                CouponStatus.ACTIVE));
        return coupon;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && causes.size() < 16; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static long storedRedemptions(CouponId coupon) {
        return CouponNode.storedRedemptions(database, coupon);
    }

    /** One command-side node, with a gateway that retries lost races. */
    private CommandGateway node() {
        CouponNode node = CouponNode.start(database);
        nodes.add(node.configuration());
        transactions.add(node.transactionManager());
        return DefaultCommandGateway.builder().commandBus(node.configuration().commandBus())
                .retryScheduler(new ConcurrencyRetryScheduler(retries, 10, 10)).build();
    }
}
