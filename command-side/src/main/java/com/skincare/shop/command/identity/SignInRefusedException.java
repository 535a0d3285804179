package com.skincare.shop.command.identity;

import com.skincare.shop.web.errors.ErrorCode;

/**
 * A sign-in, refresh or admin sign-in that is refused, with the one answer each reason gets. The messages are
 * the same whatever the cause behind them: an unknown email, a wrong password and a deleted account all read
 * "Invalid email or password".
 */
public class SignInRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID_CREDENTIALS(ErrorCode.UNAUTHORIZED, "Invalid email or password"),
        ACCOUNT_SUSPENDED(ErrorCode.FORBIDDEN, "The account is suspended"),
        NOT_AN_ADMIN(ErrorCode.FORBIDDEN, "Only admins sign in here"),
        INVALID_REFRESH_TOKEN(ErrorCode.UNAUTHORIZED, "The refresh token is invalid or has expired; sign in again");

        private final ErrorCode status;
        private final String message;

        Reason(ErrorCode status, String message) {
            this.status = status;
            this.message = message;
        }

        public ErrorCode status() {
            return status;
        }
    }

    private final Reason reason;

    public SignInRefusedException(Reason reason) {
        super(reason.message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
