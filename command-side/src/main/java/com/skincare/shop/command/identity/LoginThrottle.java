package com.skincare.shop.command.identity;

import com.skincare.shop.web.errors.RateLimitedException;
import com.skincare.shop.web.ratelimit.Counters;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Limits failed sign-ins per client address ({@code rate_limit:login:{ip}}, the seed's key) and per account
 * ({@code rate_limit:login:account:{sha-256 of the email}}, so no address is written in clear) over the failure
 * window. Checked before the password, so an attacker past the limit learns nothing more, not even whether a
 * guess was right. A successful sign-in clears the account's count, not the address's: one right password must
 * not reset a guesser's budget for the other accounts.
 */
@Component
public class LoginThrottle {

    private final Counters counters;
    private final IdentityProperties limits;

    public LoginThrottle(Counters counters, IdentityProperties limits) {
        this.counters = counters;
        this.limits = limits;
    }

    /** @throws RateLimitedException while either count is at its limit, with the time until it clears */
    public void check(String address, String email) {
        Counters.Count byAddress = counters.peek(addressKey(address));
        Counters.Count byAccount = counters.peek(accountKey(email));
        Duration wait = Duration.ZERO;
        if (byAddress.atLeast(limits.loginFailuresPerAddress())) {
            wait = byAddress.remaining();
        }
        if (byAccount.atLeast(limits.loginFailuresPerAccount()) && byAccount.remaining().compareTo(wait) > 0) {
            wait = byAccount.remaining();
        }
        if (!wait.isZero()) {
            throw new RateLimitedException(wait);
        }
    }

    public void failed(String address, String email) {
        counters.increment(addressKey(address), limits.loginFailureWindow());
        counters.increment(accountKey(email), limits.loginFailureWindow());
    }

    public void succeeded(String email) {
        counters.reset(accountKey(email));
    }

    private static String addressKey(String address) {
        return "rate_limit:login:" + address;
    }

    private static String accountKey(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "rate_limit:login:account:" + Randoms.sha256(normalized);
    }
}
