package com.skincare.shop.command.identity.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Where mails go when no SMTP server is configured: the log, and the last {@value #CAPACITY} mails in memory
 * for admins to read at {@code GET /api/v1/admin/dev/mailbox}. For the embedded demo and development: the links
 * in these mails are live, so a shop with real customers configures SMTP.
 */
public class DevMailbox implements MailTransport {

    static final int CAPACITY = 200;
    private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

    private final Deque<OutgoingMail> mails = new ArrayDeque<>();

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (mails.size() == CAPACITY) {
            mails.removeLast();
        }
        mails.addFirst(mail);
        log.info("Dev mailbox: mail to {}: \"{}\" {}", mail.to(), mail.subject(), mail.link());
    }

    /** Newest first; {@code to} narrows to one recipient, compared without regard to case. */
    public synchronized List<OutgoingMail> mails(String to) {
        String recipient = to == null || to.isBlank() ? null : to.strip().toLowerCase(Locale.ROOT);
        return mails.stream().filter(m -> recipient == null || m.to().toLowerCase(Locale.ROOT).equals(recipient))
                .toList();
    }
}
