package com.skincare.shop.api.analytics;

import java.util.List;

/**
 * The documented {@code device_info} of a tracked event, as the client described itself; every field may be
 * null. {@code ipAddress} is the connection's address as the server saw it, not the client's claim.
 */
public record DeviceInfo(String userAgent, String ipAddress, String deviceType, String browser, String os,
                         Location location) {

    /** Where the device is; {@code coordinates} is {@code [longitude, latitude]} or empty. */
    public record Location(String country, String city, List<Double> coordinates) {

        public Location {
            coordinates = coordinates == null ? List.of() : List.copyOf(coordinates);
        }
    }
}
