package com.skincare.shop.api.recommendations;

/**
 * One step of a routine ({@code cleanser}, {@code treatment}, {@code moisturiser}, {@code sunscreen}) and the
 * catalog's product for it; {@code productId} is null when no product on sale fits the step.
 */
public record RoutineStepView(String step, Long productId, String productName, Double score, String reason) {
}
