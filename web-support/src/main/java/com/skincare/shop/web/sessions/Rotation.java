package com.skincare.shop.web.sessions;

/**
 * What presenting a refresh token did.
 *
 * @param outcome what happened
 * @param session the session the new token belongs to; null unless {@link Outcome#ROTATED}
 */
public record Rotation(Outcome outcome, Session session) {

    public enum Outcome {
        /** The token was current: it is spent now and the new one replaces it. */
        ROTATED,
        /** The token had been used before: someone holds a copy, so its whole session was ended. */
        REUSED,
        /** No such token, or its session has ended. */
        UNKNOWN
    }

    static Rotation rotated(Session session) {
        return new Rotation(Outcome.ROTATED, session);
    }

    static Rotation reused() {
        return new Rotation(Outcome.REUSED, null);
    }

    static Rotation unknown() {
        return new Rotation(Outcome.UNKNOWN, null);
    }
}
