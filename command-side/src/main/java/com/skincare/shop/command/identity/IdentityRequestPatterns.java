package com.skincare.shop.command.identity;

/** Shapes of identity request values that Bean Validation checks with {@code @Pattern}. */
final class IdentityRequestPatterns {

    /**
     * A mailbox at a domain with a dot, without spaces or a second {@code @}: stricter than {@code @Email}, which
     * takes {@code a@b}, and no stricter than mail servers, which take nearly anything else.
     */
    static final String EMAIL = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";
    static final String EMAIL_MESSAGE = "must be an email address";

    /** Digits with the usual separators and an optional leading +, as people write Cambodian numbers. */
    static final String PHONE = "\\+?[0-9][0-9 ()-]{5,19}";
    static final String PHONE_MESSAGE = "must be a phone number such as +855 12 345 678";

    private IdentityRequestPatterns() {
    }
}
