package com.skincare.shop.eventstore.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times each command from the start of its handling to the end of its unit of work, so the time includes
 * loading the aggregate and appending its events ({@code shop.commands}, tagged with the command's simple class
 * name and {@code outcome} success or failure; in Prometheus {@code shop_commands_seconds_count}, {@code _sum},
 * {@code _max}). Also puts the command's correlation id in the MDC while it is handled, for a handler's log lines.
 */
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String TIMER = "shop.commands";

    private final MeterRegistry meters;

    CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String type = command.getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        unitOfWork.afterCommit(u -> sample.stop(timer(type, "success")));
        unitOfWork.onRollback(u -> sample.stop(timer(type, "failure")));
        return CorrelationIds.withCorrelationIdOf(command, chain::proceed);
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(TIMER)
                .description("Commands handled, from the start of handling to the end of the unit of work")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(meters);
    }
}
