package com.skincare.shop.projections.analytics;

import com.skincare.shop.api.analytics.DeviceInfo;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** Event values in the documented Mongo shapes. */
final class AnalyticsDocuments {

    private AnalyticsDocuments() {
    }

    /** Mongo keeps milliseconds; every date is cut there, so a replay writes exactly the same value. */
    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** Whether the client said anything of its device, beyond the address the server saw. */
    static boolean describesDevice(DeviceInfo info) {
        return info != null && (info.userAgent() != null || info.deviceType() != null || info.browser() != null
                || info.os() != null || info.location() != null);
    }

    static Document deviceInfo(DeviceInfo info) {
        if (info == null) {
            return null;
        }
        Document document = new Document("user_agent", info.userAgent())
                .append("ip_address", info.ipAddress())
                .append("device_type", info.deviceType())
                .append("browser", info.browser())
                .append("os", info.os());
        DeviceInfo.Location location = info.location();
        document.append("location", location == null ? null : new Document("country", location.country())
                .append("city", location.city())
                .append("coordinates", location.coordinates()));
        return document;
    }

    /** Metadata as stored: the endpoint lets in text, booleans and 64-bit numbers only. */
    static Document metadata(Map<String, Object> metadata) {
        Document document = new Document();
        metadata.forEach((key, value) -> document.append(key, value instanceof BigDecimal decimal
                ? decimal.doubleValue() : value));
        return document;
    }
}
