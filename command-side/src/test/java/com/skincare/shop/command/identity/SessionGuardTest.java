package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.ActivateUserCommand;
import com.skincare.shop.api.identity.DeleteUserCommand;
import com.skincare.shop.api.identity.SuspendUserCommand;
import com.skincare.shop.api.identity.UpdateUserCommand;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.web.errors.ServiceUnavailableException;
import com.skincare.shop.web.sessions.Rotation;
import com.skincare.shop.web.sessions.Session;
import com.skincare.shop.web.sessions.SessionStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.skincare.shop.command.identity.IdentityFixtures.ADMIN;
import static com.skincare.shop.command.identity.IdentityFixtures.HASHER;
import static com.skincare.shop.command.identity.IdentityFixtures.USER;
import static com.skincare.shop.command.identity.IdentityFixtures.profile;
import static com.skincare.shop.command.identity.IdentityFixtures.registerUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session guard wired as the shop wires it ({@link IdentityAxonConfiguration}): inside the command's unit of
 * work, its failures failing the command. On Axon's own configuration with an in-memory event store, since what
 * is tested is the wiring, not the store.
 */
class SessionGuardTest {

    /** What the guard asked of the store, in order; optionally failing every call. */
    static final class RecordingSessions implements SessionStore {

        final List<String> calls = new ArrayList<>();
        boolean down;

        private void record(String call) {
            if (down) {
                throw new ServiceUnavailableException("Redis did not answer: test", null);
            }
            calls.add(call);
        }

        @Override
        public boolean open(Session session, String refreshTokenHash, Duration lifetime) {
            return true;
        }

        @Override
        public boolean isOpen(String sessionId) {
            return true;
        }

        @Override
        public Rotation rotate(String presented, String next, Duration lifetime, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close(String sessionId) {
            record("close " + sessionId);
        }

        @Override
        public void closeAll(String userId) {
            record("closeAll " + userId);
        }

        @Override
        public void block(String userId) {
            record("block " + userId);
        }

        @Override
        public void unblock(String userId) {
            record("unblock " + userId);
        }
    }

    /** Fails the unit of work after the guard ran, as a failing commit of the events would. */
    @ProcessingGroup("failing-after-the-guard")
    static final class FailingLater {

        boolean fail;

        @EventHandler
        void on(UserSuspendedEvent event) {
            if (fail) {
                throw new IllegalStateException("the events could not be stored");
            }
        }
    }

    private final RecordingSessions sessions = new RecordingSessions();
    private final FailingLater later = new FailingLater();
    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        // Without the configurer modules on the classpath: Axon Server's would route the commands to a server.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(User.class)
                .registerComponent(UserLookup.class, c -> new InMemoryUserLookup())
                .registerComponent(PasswordHasher.class, c -> HASHER);
        configurer.eventProcessing(processing -> processing
                .registerEventHandler(c -> new SessionGuard(sessions))
                .registerEventHandler(c -> later)
                .registerSubscribingEventProcessor("failing-after-the-guard")
                .registerListenerInvocationErrorHandler("failing-after-the-guard",
                        c -> PropagatingErrorHandler.instance()));
        new IdentityAxonConfiguration().identityProcessors().configureModule(configurer);
        axon = configurer.start();
        commands = axon.commandGateway();
        commands.sendAndWait(registerUser());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private long storedEvents() {
        return axon.eventStore().readEvents(USER.toString()).asStream().count();
    }

    @Test
    void aSuspensionBlocksTheUserBeforeItIsAcknowledged() {
        commands.sendAndWait(new SuspendUserCommand(USER, "chargebacks", ADMIN));

        assertThat(sessions.calls).containsExactly("block 7");
    }

    @Test
    void whenSessionsCannotBeEndedTheSuspensionFailsAndNothingIsStored() {
        long before = storedEvents();
        sessions.down = true;

        assertThatThrownBy(() -> commands.sendAndWait(new SuspendUserCommand(USER, "chargebacks", ADMIN)))
                .isInstanceOf(ServiceUnavailableException.class);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBlockIsLiftedAgainWhenTheCommandFailsAfterIt() {
        later.fail = true;

        assertThatThrownBy(() -> commands.sendAndWait(new SuspendUserCommand(USER, "chargebacks", ADMIN)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(sessions.calls).containsExactly("block 7", "unblock 7");
    }

    @Test
    void activationDeletionAndANewRoleEndOrAllowSessions() {
        commands.sendAndWait(new SuspendUserCommand(USER, null, ADMIN));
        commands.sendAndWait(new ActivateUserCommand(USER));
        commands.sendAndWait(new UpdateUserCommand(USER, profile().build(), UserRole.MODERATOR, ADMIN));
        commands.sendAndWait(new DeleteUserCommand(USER, ADMIN));

        assertThat(sessions.calls).containsExactly("block 7", "unblock 7", "closeAll 7", "block 7");
    }
}
