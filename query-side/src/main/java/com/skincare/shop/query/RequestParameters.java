package com.skincare.shop.query;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.web.errors.InvalidRequestException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads query and path parameters that arrive as text. Each one is checked here, so that a bad value answers 400
 * naming the parameter instead of failing somewhere deeper; an absent or blank value means "not given".
 */
public final class RequestParameters {

    public static final int MAX_TEXT_LENGTH = 100;

    /** Prices are {@code numeric(10,2)}: whole currency units with at most two decimals. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern POSITIVE_ID = Pattern.compile("[1-9]\\d{0,17}");

    private RequestParameters() {
    }

    public static PageRequest page(String page, String limit, int defaultLimit) {
        return new PageRequest(wholeNumber("page", page, 1, Integer.MAX_VALUE, 1),
                wholeNumber("limit", limit, 1, PageRequest.MAX_LIMIT, defaultLimit));
    }

    public static long id(String name, String raw) {
        if (raw == null || !POSITIVE_ID.matcher(raw).matches()) {
            throw invalid(name, "must be a positive whole number");
        }
        return Long.parseLong(raw);
    }

    /** PostgreSQL refuses a NUL in text outright, so control characters are refused here, naming the parameter. */
    public static String text(String name, String raw) {
        String value = given(raw) ? raw.strip() : null;
        if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
            throw invalid(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw invalid(name, "must not contain control characters");
        }
        return value;
    }

    /** A whole number from 1 to {@code max}, {@code absent} when not given. */
    public static int limit(String name, String raw, int max, int absent) {
        return wholeNumber(name, raw, 1, max, absent);
    }

    public static BigDecimal amount(String name, String raw) {
        if (!given(raw)) {
            return null;
        }
        String value = raw.strip();
        if (!AMOUNT.matcher(value).matches()) {
            throw invalid(name, "must be an amount such as 12.50");
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() < 0) {
            throw invalid(name, "must not be negative");
        }
        return amount;
    }

    public static Boolean bool(String name, String raw) {
        if (!given(raw)) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    /** One of a fixed set of codes, matched without regard to case. */
    public static <E> E code(String name, String raw, Function<String, Optional<E>> parse, E[] values,
                      Function<E, String> codeOf) {
        if (!given(raw)) {
            return null;
        }
        return parse.apply(raw.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> invalid(name,
                "must be one of " + Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "))));
    }

    /** The {@code order} of a list: {@code asc} or {@code desc}, without regard to case; {@code absent} when not given. */
    public static SortDirection direction(String raw, SortDirection absent) {
        if (!given(raw)) {
            return absent;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> SortDirection.ASC;
            case "desc" -> SortDirection.DESC;
            default -> throw invalid("order", "must be asc or desc");
        };
    }

    /** The message names the parameter too, since clients often show only the message. */
    public static InvalidRequestException invalid(String name, String problem) {
        return new InvalidRequestException(name, name + " " + problem);
    }

    public static boolean given(String raw) {
        return raw != null && !raw.isBlank();
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when not given. */
    public static int wholeNumber(String name, String raw, int min, int max, int absent) {
        if (!given(raw)) {
            return absent;
        }
        String value = raw.strip();
        String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
        if (!value.matches("\\d{1,10}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw invalid(name, "must be a whole number " + range);
        }
        return Integer.parseInt(value);
    }
}
