package com.skincare.shop.command.coupons;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.command.CommandDatabase;
import com.skincare.shop.command.ConcurrencyRetryScheduler;
import com.skincare.shop.eventstore.SchemaMigration;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.skincare.shop.command.coupons.CouponFixtures.BASKET;
import static com.skincare.shop.command.coupons.CouponFixtures.TODAY;
import static com.skincare.shop.command.coupons.CouponFixtures.tenPercent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise "never over-redeemed" under a real race: two command-side nodes (each an Axon configuration of its
 * own, with its own aggregate lock, command bus and gateway, as two processes have) on one PostgreSQL event store,
 * and many customers redeeming a coupon with a usage limit of 10 at once through both. Within a node the lock
 * serialises them; between the nodes only the event store's unique (aggregate, sequence) key does, and the loser's
 * {@code ConcurrencyException} is retried by the gateway's {@link ConcurrencyRetryScheduler}.
 */
class CouponRedemptionRaceTest {

    private static final int CUSTOMERS = 60;
    private static final int LIMIT = 10;

    private static CommandDatabase database;
    private final List<Configuration> nodes = new ArrayList<>();
    private final ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
    private final AtomicInteger retried = new AtomicInteger();

    @BeforeAll
    static void createDatabase() {
        database = CommandDatabase.fresh("coupon_race");
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
    }

    @Test
    void tenOfSixtyConcurrentRedemptionsOnTwoNodesWinAndTheRestAreRefusedAsUsedUp() throws Exception {
        CommandGateway first = node(true);
        CommandGateway second = node(true);
        CouponId coupon = CouponId.of(31);
        first.sendAndWait(new CreateCouponCommand(coupon, "RACE31", "Race", null, tenPercent(), CouponStatus.ACTIVE));

        Map<String, Integer> outcomes = race(coupon, first, second);

        assertThat(outcomes).containsOnlyKeys("redeemed", "COUPON_USED_UP");
        assertThat(outcomes.get("redeemed")).isEqualTo(LIMIT);
        assertThat(outcomes.get("COUPON_USED_UP")).isEqualTo(CUSTOMERS - LIMIT);
        assertThat(storedRedemptions(coupon)).isEqualTo(LIMIT);
        assertThat(retried.get()).as("redemptions that lost a race on the event store and were sent again")
                .isPositive();
    }

    /** Without the retry the race is still safe, but its losers fail instead of being decided: why it is there. */
    @Test
    void withoutTheRetryLosersFailWithAConcurrencyExceptionAndNothingIsOverRedeemed() throws Exception {
        CommandGateway first = node(false);
        CommandGateway second = node(false);
        CouponId coupon = CouponId.of(32);
        first.sendAndWait(new CreateCouponCommand(coupon, "RACE32", "Race", null, tenPercent(), CouponStatus.ACTIVE));

        Map<String, Integer> outcomes = race(coupon, first, second);

        assertThat(outcomes.get("redeemed")).isLessThanOrEqualTo(LIMIT);
        assertThat(outcomes).containsKey("ConcurrencyException");
        assertThat(storedRedemptions(coupon)).isEqualTo((long) outcomes.get("redeemed"));
    }

    /** Every customer once, alternating between the nodes, all released at the same moment; the outcomes counted. */
    private Map<String, Integer> race(CouponId coupon, CommandGateway first, CommandGateway second) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            CommandGateway gateway = i % 2 == 0 ? first : second;
            RedeemCouponCommand command = new RedeemCouponCommand(coupon, 1000 + i, UserId.of(100 + i), 5000 + i,
                    BASKET, TODAY, false);
            sent.add(senders.submit(() -> {
                start.await();
                outcomes.merge(outcome(gateway, command), 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : sent) {
            future.get(60, TimeUnit.SECONDS);
        }
        senders.shutdown();
        return outcomes;
    }

    private static String outcome(CommandGateway gateway, Object command) {
        try {
            gateway.sendAndWait(command);
            return "redeemed";
        } catch (RejectedException e) {
            return e.rejection().code();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static long storedRedemptions(CouponId coupon) {
        return CouponNode.storedRedemptions(database, coupon);
    }

    /** One command-side node, with a gateway that retries lost races or not. */
    private CommandGateway node(boolean retry) {
        CouponNode node = CouponNode.start(database);
        nodes.add(node.configuration());
        DefaultCommandGateway.Builder gateway = DefaultCommandGateway.builder()
                .commandBus(node.configuration().commandBus());
        if (retry) {
            gateway.retryScheduler(counting(new ConcurrencyRetryScheduler(retries, 10, 10)));
        }
        return gateway.build();
    }

    private RetryScheduler counting(RetryScheduler scheduler) {
        return (CommandMessage message, RuntimeException failure, List<Class<? extends Throwable>[]> failures,
                Runnable dispatch) -> {
            boolean scheduled = scheduler.scheduleRetry(message, failure, failures, dispatch);
            if (scheduled) {
                retried.incrementAndGet();
            }
            return scheduled;
        };
    }
}
