package com.skincare.shop.command.identity;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends a command on another thread and forgets it: for requests whose answer must not depend on, nor take
 * the time of, what the command does (a reset for an email that may not exist). A refusal is logged at debug
 * level; nobody waits for it.
 */
@Component
public class BackgroundCommands {

    private static final Logger log = LoggerFactory.getLogger(BackgroundCommands.class);

    private final CommandGateway commands;
    private final TaskExecutor executor;

    public BackgroundCommands(CommandGateway commands, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.commands = commands;
        this.executor = executor;
    }

    public void send(Object command) {
        executor.execute(() -> {
            try {
                commands.sendAndWait(command);
            } catch (RuntimeException e) {
                log.debug("{} was not carried out: {}", command, e.getMessage());
            }
        });
    }
}
