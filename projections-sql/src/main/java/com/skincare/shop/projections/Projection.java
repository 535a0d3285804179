package com.skincare.shop.projections;

/**
 * A projection an admin may replay: the processing group of its projectors. Declared as a bean for each one, so
 * the admin view lists projections only, and never offers to replay a processor that has side effects (the mail
 * outbox would send every mail again).
 */
public record Projection(String processingGroup) {
}
