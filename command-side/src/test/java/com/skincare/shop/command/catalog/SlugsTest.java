package com.skincare.shop.command.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Green Tea Foaming Cleanser        | green-tea-foaming-cleanser",
            "Vitamin C 15% Serum!              | vitamin-c-15-serum",
            "  --Daily UV Shield -- SPF50--    | daily-uv-shield-spf50",
            "Crème Brûlée Lip Balm             | creme-brulee-lip-balm",
            "Snail Mucin 96%  /  Repair        | snail-mucin-96-repair",
            "Sunscreen ឡេការពារកម្តៅថ្ងៃ SPF50 | sunscreen-spf50",
            "ＡＢＣ Full-width                  | abc-full-width"})
    void derivesLowercaseAsciiWordsJoinedByHyphens(String name, String slug) {
        assertThat(Slugs.derive(name, 255, "product-1")).isEqualTo(slug);
    }

    @Test
    void fallsBackWhenTheNameHasNoAsciiLetters() {
        assertThat(Slugs.derive("ម៉ាស់មុខរមៀត", 255, "product-42")).isEqualTo("product-42");
        assertThat(Slugs.derive("2024 ✨", 255, "product-42")).isEqualTo("product-42");
        assertThat(Slugs.derive("", 255, "category-7")).isEqualTo("category-7");
        assertThat(Slugs.derive(null, 255, "category-7")).isEqualTo("category-7");
    }

    @Test
    void cutsALongSlugAtAWordBoundary() {
        assertThat(Slugs.derive("Hyaluronic Acid Water Cream", 20, "x")).isEqualTo("hyaluronic-acid");
        assertThat(Slugs.derive("Hyaluronic Acid Water Cream", 15, "x")).isEqualTo("hyaluronic-acid");
        assertThat(Slugs.derive("Hyaluronic Acid Water Cream", 16, "x")).isEqualTo("hyaluronic-acid");
        assertThat(Slugs.derive("Supercalifragilistic", 5, "x")).isEqualTo("super");
    }

    @Test
    void derivedSlugsMatchTheSlugPatternRequestsAreCheckedAgainst() {
        assertThat(Slugs.derive("Eye Care & Lips (New!)", 100, "category-1")).matches(RequestPatterns.SLUG);
    }
}
