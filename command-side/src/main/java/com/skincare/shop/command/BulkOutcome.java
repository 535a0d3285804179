package com.skincare.shop.command;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What a bulk action answers: one command per id, each decided on its own, and which succeeded and which
 * failed and why. One refusal does not stop the others, and nothing is rolled back for it.
 *
 * @param succeeded the ids whose command was carried out, in the order asked
 * @param failed    the others, each with the code and message its refusal carried
 */
public record BulkOutcome(List<Long> succeeded, List<Failure> failed) {

    /** At most this many ids in one request, so one request cannot hold a node for long. */
    public static final int MAX_IDS = 100;

    public record Failure(long id, String code, String message) {
    }

    /** Sends one command per distinct id, in order; an id that is not found fails like any refusal. */
    public static BulkOutcome run(CommandGateway commands, List<Long> ids, LongFunction<Object> command) {
        List<Long> succeeded = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                commands.sendAndWait(command.apply(id));
                succeeded.add(id);
            } catch (RejectedException e) {
                Rejection rejection = e.rejection();
                failed.add(new Failure(id, rejection.kind() == Rejection.Kind.INVALID ? "VALIDATION_FAILED"
                        : rejection.code(), rejection.message()));
            } catch (AggregateNotFoundException e) {
                failed.add(new Failure(id, "NOT_FOUND", "Not found"));
            }
        }
        return new BulkOutcome(List.copyOf(succeeded), List.copyOf(failed));
    }
}
