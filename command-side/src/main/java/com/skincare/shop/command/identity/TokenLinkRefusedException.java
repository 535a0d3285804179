package com.skincare.shop.command.identity;

/**
 * A verification or reset token that does not work, whatever the reason: malformed, unknown, spent, expired,
 * or of a deleted account. One answer for all, 422 {@code TOKEN_INVALID}, so trying tokens teaches nothing.
 */
public class TokenLinkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenLinkRefusedException() {
        super(User.TOKEN_INVALID_MESSAGE, null, false, false);
    }
}
