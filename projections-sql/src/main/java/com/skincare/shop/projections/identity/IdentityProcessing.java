package com.skincare.shop.projections.identity;

/**
 * The one processing group of the identity projectors: {@code users} and {@code user_addresses}, which refers
 * to it, written from one ordered stream so an address never arrives before its user.
 */
public final class IdentityProcessing {

    public static final String GROUP = "identity";

    private IdentityProcessing() {
    }
}
