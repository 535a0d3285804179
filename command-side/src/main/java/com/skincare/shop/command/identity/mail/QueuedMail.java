package com.skincare.shop.command.identity.mail;

import com.skincare.shop.api.identity.Language;

import java.time.Instant;

/** One row of the outbox, as the dispatcher sees it. */
record QueuedMail(long id, MailKind kind, String recipient, Language language, String sealedToken,
                  Instant expiresAt, int attempts) {

    @Override
    public String toString() {
        return "QueuedMail[id=" + id + ", kind=" + kind + "]";
    }
}
