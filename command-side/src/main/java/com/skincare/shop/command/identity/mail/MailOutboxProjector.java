package com.skincare.shop.command.identity.mail;

import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.VerificationReissuedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues the mail each event asks for in the outbox, in the transaction that moves this processor's token: a
 * crash before the commit delivers the event again, after it the mail is queued, so no mail is lost and none is
 * queued twice. A token that has already expired when its event arrives (a processor far behind, or started on
 * an old store) is not worth a mail and is skipped. Never replayed: a replay would send every mail again.
 */
@Component
@ProcessingGroup(MailOutboxProjector.GROUP)
@DisallowReplay
public class MailOutboxProjector {

    public static final String GROUP = "identity-mail";

    private final MailOutbox outbox;
    private final Clock clock;

    public MailOutboxProjector(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventHandler
    void on(UserRegisteredEvent event, EventMessage<?> message) {
        if (event.verification() != null) {
            queue(message, MailKind.VERIFY_EMAIL, event.email(), event.profile().language(), event.verification());
        }
    }

    @EventHandler
    void on(VerificationReissuedEvent event, EventMessage<?> message) {
        queue(message, MailKind.VERIFY_EMAIL, event.email(), event.language(), event.token());
    }

    @EventHandler
    void on(PasswordResetRequestedEvent event, EventMessage<?> message) {
        queue(message, MailKind.RESET_PASSWORD, event.email(), event.language(), event.token());
    }

    private void queue(EventMessage<?> message, MailKind kind, String recipient, Language language, EmailToken token) {
        Instant now = clock.instant();
        if (token.expiresAt().isAfter(now)) {
            outbox.queue(message.getIdentifier(), kind, recipient, language == null ? Language.EN : language, token, now);
        }
    }
}
