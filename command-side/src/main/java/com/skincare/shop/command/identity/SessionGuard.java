package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.AnalyticsAccessGrantedEvent;
import com.skincare.shop.api.identity.AnalyticsAccessRevokedEvent;
import com.skincare.shop.api.identity.PasswordChangedEvent;
import com.skincare.shop.api.identity.PasswordResetEvent;
import com.skincare.shop.api.identity.UserActivatedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.identity.UserRoleChangedEvent;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.web.sessions.SessionStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Ends sessions when the events say a user's tokens must stop working: a suspension or deletion (and no new
 * session until activation), a new password, a new role, the event feed granted or taken away. It runs in the
 * unit of work of the command itself (a subscribing processor whose errors propagate), before the events commit:
 * if the session store does not answer, the command fails and nothing is stored, so an admin never sees
 * "suspended" while the tokens still work. If the commit fails after a block, the block is lifted again. Never
 * replayed: sessions are not a projection, and old events must not end today's sessions.
 */
@Component
@ProcessingGroup(SessionGuard.GROUP)
public class SessionGuard {

    public static final String GROUP = "identity-sessions";

    private final SessionStore sessions;

    public SessionGuard(SessionStore sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(UserSuspendedEvent event) {
        block(userId(event.userId().value()));
    }

    @EventHandler
    void on(UserDeletedEvent event) {
        block(userId(event.userId().value()));
    }

    @EventHandler
    void on(UserActivatedEvent event) {
        sessions.unblock(userId(event.userId().value()));
    }

    @EventHandler
    void on(PasswordChangedEvent event) {
        sessions.closeAll(userId(event.userId().value()));
    }

    @EventHandler
    void on(PasswordResetEvent event) {
        sessions.closeAll(userId(event.userId().value()));
    }

    @EventHandler
    void on(UserRoleChangedEvent event) {
        sessions.closeAll(userId(event.userId().value()));
    }

    @EventHandler
    void on(AnalyticsAccessGrantedEvent event) {
        sessions.closeAll(userId(event.userId().value()));
    }

    @EventHandler
    void on(AnalyticsAccessRevokedEvent event) {
        sessions.closeAll(userId(event.userId().value()));
    }

    private void block(String userId) {
        sessions.block(userId);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().onRollback(rolledBack -> sessions.unblock(userId)));
    }

    private static String userId(long value) {
        return Long.toString(value);
    }
}
