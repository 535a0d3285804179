package com.skincare.shop.web.sessions;

import java.time.Duration;
import java.time.Instant;

/**
 * Sessions and their refresh tokens, shared by every node: an access token is only good while its session is
 * open, so ending a session (logout, a reused refresh token, a suspension) stops its tokens at once on every
 * node. Refresh tokens are known by their hash only. Each refresh token of a session is spent by its first use;
 * the family of tokens is the session.
 * <p>
 * A failing store throws {@link com.skincare.shop.web.errors.ServiceUnavailableException}: the answer is a 503,
 * never a session that is wrongly thought open or closed.
 */
public interface SessionStore {

    /**
     * Opens a session with its first refresh token.
     *
     * @param lifetime how long the session and the token live without a refresh
     * @return false, and nothing stored, while the user is {@link #block blocked}
     */
    boolean open(Session session, String refreshTokenHash, Duration lifetime);

    boolean isOpen(String sessionId);

    /**
     * Spends the presented refresh token and puts {@code nextTokenHash} in its place; each use extends the
     * session by {@code lifetime}. A token used before ends the session it belongs to.
     */
    Rotation rotate(String presentedTokenHash, String nextTokenHash, Duration lifetime, Instant now);

    /** Ends one session; nothing happens if it is not open. */
    void close(String sessionId);

    /** Ends every session of the user, for a password change or a new role. */
    void closeAll(String userId);

    /**
     * Ends every session of the user and refuses new ones until {@link #unblock}: for a suspended or deleted
     * account. Atomic with {@link #open}, so a sign-in racing the suspension cannot keep a session.
     */
    void block(String userId);

    void unblock(String userId);
}
