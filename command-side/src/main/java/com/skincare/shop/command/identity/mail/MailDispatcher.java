package com.skincare.shop.command.identity.mail;

import com.skincare.shop.command.identity.TokenSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends what the outbox holds, one mail per transaction: the row stays locked while its mail is handed over,
 * so two nodes never send the same mail, and a crash mid-send leaves the row pending, to be sent again (a mail
 * may arrive twice, never not at all). A failed send is retried with growing pauses, 5 seconds doubling up to
 * an hour, until {@code shop.mail.max-attempts}.
 */
@Component
public class MailDispatcher {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** Bounds one round, so a long backlog does not hold the scheduler thread for ever. */
    private static final int MAILS_PER_ROUND = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final MailTransport transport;
    private final TokenSealer sealer;
    private final TransactionTemplate transactions;
    private final MailProperties properties;
    private final Clock clock;

    public MailDispatcher(MailOutbox outbox, MailTemplates templates, MailTransport transport, TokenSealer sealer,
                          TransactionTemplate transactions, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.transport = transport;
        this.sealer = sealer;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shop.mail.poll-interval:1s}", initialDelayString = "${shop.mail.poll-interval:1s}")
    public void sendDue() {
        try {
            for (int i = 0; i < MAILS_PER_ROUND && sendOne(); i++) {
                // each round sends until nothing is due
            }
        } catch (RuntimeException e) {
            log.warn("The mail outbox could not be read; trying again next round: {}", e.toString());
        }
    }

    /** @return whether a mail was due */
    boolean sendOne() {
        Boolean found = transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<QueuedMail> next = outbox.lockNextDue(now);
            next.ifPresent(mail -> deliver(mail, now));
            return next.isPresent();
        });
        return Boolean.TRUE.equals(found);
    }

    private void deliver(QueuedMail mail, Instant now) {
        if (!mail.expiresAt().isAfter(now)) {
            outbox.giveUp(mail.id(), "expired", "the link expired before the mail could be sent");
            return;
        }
        Optional<String> token = mail.sealedToken() == null ? Optional.empty() : sealer.open(mail.sealedToken());
        if (token.isEmpty()) {
            log.error("Mail {} cannot be sent: its token does not open with this node's MAIL_TOKEN_KEY", mail.id());
            outbox.giveUp(mail.id(), "failed", "the token does not open with this node's MAIL_TOKEN_KEY");
            return;
        }
        try {
            transport.send(templates.render(mail.kind(), mail.language(), mail.recipient(), token.get(),
                    mail.expiresAt(), now));
            outbox.sent(mail.id(), now);
        } catch (RuntimeException e) {
            int attempts = mail.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempts >= properties.maxAttempts()) {
                log.error("Mail {} given up after {} attempts: {}", mail.id(), attempts, error);
                outbox.giveUp(mail.id(), "failed", error);
            } else {
                log.warn("Mail {} not sent (attempt {}), retrying: {}", mail.id(), attempts, error);
                outbox.retryAt(mail.id(), now.plus(backoff(attempts)), error);
            }
        }
    }

    static Duration backoff(int attempts) {
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
    }
}
