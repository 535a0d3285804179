package com.skincare.floor;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The cheapest event-sourced checkout the shop's stack can run, for the checkout benchmark's floor: a new
 * aggregate per order that appends as many events as a real checkout stores (placed, one per line, confirmed) in
 * one unit of work, with no rule to check and nothing to load. Whatever a real design does, it cannot be faster
 * than this on the same machine, so this shows how close to pgbench any design on this stack can come.
 * Lives outside {@code com.skincare.shop}, so only the benchmark's context, which imports it, has it.
 */
@Aggregate
public class FloorCheckout {

    @AggregateIdentifier
    private String id;

    protected FloorCheckout() {
    }

    @CommandHandler
    public FloorCheckout(PlaceFloorOrderCommand command) {
        apply(new FloorOrderPlacedEvent(command.id(), command.userId(), command.lines(), command.address(),
                command.at()));
        for (Line line : command.lines()) {
            apply(new FloorStockTakenEvent(line.productId(), command.id(), line.quantity(), command.at()));
        }
        BigDecimal total = command.lines().stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        apply(new FloorOrderConfirmedEvent(command.id(), total, command.at()));
    }

    @EventSourcingHandler
    void on(FloorOrderPlacedEvent event) {
        id = event.id();
    }

    public record Line(long productId, int quantity, String name, String sku, BigDecimal unitPrice) {
    }

    public record PlaceFloorOrderCommand(@TargetAggregateIdentifier String id, String userId, List<Line> lines,
                                         List<String> address, Instant at) {
    }

    public record FloorOrderPlacedEvent(String id, String userId, List<Line> lines, List<String> address,
                                        Instant at) {
    }

    public record FloorStockTakenEvent(long productId, String orderId, int quantity, Instant at) {
    }

    public record FloorOrderConfirmedEvent(String id, BigDecimal total, Instant at) {
    }
}
