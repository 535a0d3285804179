package com.skincare.shop.command.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * {@code shop.identity.*}: how long mailed tokens live, and how many failed sign-ins are allowed per account and
 * per client address in one window before sign-in answers 429.
 *
 * @param verificationTokenLifetime how long an email verification link works (48 hours)
 * @param resetTokenLifetime        how long a password reset link works (one hour)
 * @param loginFailuresPerAccount   failed sign-ins of one email per window (10); counted whether or not the
 *                                  email is registered, so the limit tells nothing about the account
 * @param loginFailuresPerAddress   failed sign-ins from one client address per window (20)
 * @param loginFailureWindow        the window, 15 minutes as in the seed's {@code rate_limit:login:{ip}}
 */
@ConfigurationProperties("shop.identity")
public record IdentityProperties(
        @DurationUnit(ChronoUnit.SECONDS) Duration verificationTokenLifetime,
        @DurationUnit(ChronoUnit.SECONDS) Duration resetTokenLifetime,
        Integer loginFailuresPerAccount,
        Integer loginFailuresPerAddress,
        @DurationUnit(ChronoUnit.SECONDS) Duration loginFailureWindow) {

    public IdentityProperties {
        verificationTokenLifetime = verificationTokenLifetime == null ? Duration.ofHours(48) : verificationTokenLifetime;
        resetTokenLifetime = resetTokenLifetime == null ? Duration.ofHours(1) : resetTokenLifetime;
        loginFailuresPerAccount = loginFailuresPerAccount == null ? 10 : loginFailuresPerAccount;
        loginFailuresPerAddress = loginFailuresPerAddress == null ? 20 : loginFailuresPerAddress;
        loginFailureWindow = loginFailureWindow == null ? Duration.ofMinutes(15) : loginFailureWindow;
        if (loginFailuresPerAccount < 1 || loginFailuresPerAddress < 1) {
            throw new IllegalArgumentException("shop.identity.login-failures-per-* must be at least 1");
        }
    }

    public static IdentityProperties defaults() {
        return new IdentityProperties(null, null, null, null, null);
    }
}
