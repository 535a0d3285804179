package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.DeviceInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The documented {@code device_info}. {@code ip_address} is accepted, as documented, but the stored address is
 * the connection's: a client's claim of its own address is worth nothing to analytics.
 */
record DeviceInfoRequest(
        @Size(max = 512) String userAgent,
        @Size(max = 45) String ipAddress,
        @Pattern(regexp = "mobile|desktop|tablet", message = "must be mobile, desktop or tablet") String deviceType,
        @Size(max = 100) String browser,
        @Size(max = 100) String os,
        @Valid LocationRequest location) {

    static DeviceInfo of(DeviceInfoRequest request, String remoteAddress) {
        if (request == null) {
            return new DeviceInfo(null, remoteAddress, null, null, null, null);
        }
        return new DeviceInfo(request.userAgent, remoteAddress, request.deviceType, request.browser, request.os,
                request.location == null ? null : request.location.location());
    }

    /** {@code coordinates} is {@code [longitude, latitude]}. */
    record LocationRequest(
            @Size(max = 100) String country,
            @Size(max = 100) String city,
            @Size(min = 2, max = 2, message = "must be [longitude, latitude]")
            List<@NotNull @DecimalMin("-180") @DecimalMax("180") Double> coordinates) {

        DeviceInfo.Location location() {
            return new DeviceInfo.Location(country, city, coordinates);
        }
    }
}
