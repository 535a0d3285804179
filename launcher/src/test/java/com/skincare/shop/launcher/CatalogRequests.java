package com.skincare.shop.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as an admin client sends them, in the API's snake_case. */
final class CatalogRequests {

    private CatalogRequests() {
    }

    static Map<String, Object> product(String suffix) {
        Map<String, Object> body = new HashMap<>();
        body.put("name_en", "Rice Water Toner " + suffix);
        body.put("name_kh", "ទឹកអង្ករបន្ទន់ស្បែក " + suffix);
        body.put("sku", "IT-TON-" + suffix);
        body.put("description_en", "A gentle toner with fermented rice water.");
        body.put("description_kh", "ទឹកបន្ទន់ស្បែកស្រាលៗ ផ្សំពីទឹកអង្ករ។");
        body.put("price", 14.50);
        body.put("compare_at_price", 18.00);
        body.put("cost_price", 6.25);
        body.put("stock", 40);
        body.put("category", "toner");
        body.put("skin_type", "dry");
        body.put("skin_concerns", List.of("dullness", "dryness"));
        body.put("ingredients", List.of("Rice Ferment Filtrate", "Niacinamide"));
        body.put("dimensions", Map.of("length", 5.5, "width", 5.5, "height", 15, "unit", "cm"));
        body.put("is_featured", true);
        return body;
    }

    static Map<String, Object> category(String suffix) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Toners " + suffix);
        body.put("slug", "toners-" + suffix);
        body.put("description", "Balance and prepare the skin");
        body.put("sort_order", 3);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
