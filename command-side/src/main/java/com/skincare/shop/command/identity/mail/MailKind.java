package com.skincare.shop.command.identity.mail;

import java.util.Locale;

/** The mails the shop sends, each with the page of the shop its link opens. */
public enum MailKind {
    VERIFY_EMAIL("/verify-email"),
    RESET_PASSWORD("/reset-password");

    private final String page;

    MailKind(String page) {
        this.page = page;
    }

    String page() {
        return page;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MailKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
