package com.skincare.shop.command.identity.mail;

/** Where mails go: an SMTP server, or in the embedded default the {@link DevMailbox}. */
public interface MailTransport {

    /** @throws RuntimeException when the mail could not be handed over; the dispatcher retries it later */
    void send(OutgoingMail mail);
}
