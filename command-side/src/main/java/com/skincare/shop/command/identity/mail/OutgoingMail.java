package com.skincare.shop.command.identity.mail;

import java.time.Instant;

/** A mail as it goes out: plain text, UTF-8, in the recipient's language. */
public record OutgoingMail(String to, String subject, String body, String link, Instant sentAt) {

    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
    }
}
