package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.api.catalog.ArchiveProductCommand;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.DeleteCategoryCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static com.skincare.shop.api.catalog.StockChangeReason.CANCELLATION;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.command.catalog.CatalogFixtures.IMAGE;
import static com.skincare.shop.command.catalog.CatalogFixtures.PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.categoryCreated;
import static com.skincare.shop.command.catalog.CatalogFixtures.imageAdded;
import static com.skincare.shop.command.catalog.CatalogFixtures.productCreated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are the aggregate itself as JSON, written by the event store's plain Jackson mapper (no naming
 * strategy, unknown properties ignored). An aggregate that does not survive that round trip would load wrong.
 */
class AggregateSnapshotTest {

    private static final ObjectMapper EVENT_STORE_JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aProductSurvivesASnapshot() throws Exception {
        FixtureConfiguration<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogLookup());
        AtomicReference<Product> state = new AtomicReference<>();

        fixture.given(productCreated(), imageAdded(IMAGE), imageAdded(IMAGE + 1),
                        new StockAdjustedEvent(PRODUCT, -3, 7, ORDER))
                .when(new ArchiveProductCommand(PRODUCT))
                .expectState(state::set);

        String json = EVENT_STORE_JSON.writeValueAsString(state.get());
        Product restored = EVENT_STORE_JSON.readValue(json, Product.class);

        assertThat(json).contains("\"productId\":42", "\"stock\":7", "\"status\":\"archived\"");
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }

    @Test
    void aProductKeepsItsOpenReservationsThroughASnapshot() throws Exception {
        FixtureConfiguration<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogLookup());
        AtomicReference<Product> state = new AtomicReference<>();

        fixture.given(productCreated(), new StockAdjustedEvent(PRODUCT, -3, 7, ORDER, 9001L),
                        new StockAdjustedEvent(PRODUCT, -2, 5, ORDER, 9002L),
                        new StockAdjustedEvent(PRODUCT, 2, 7, CANCELLATION, 9002L))
                .when(new ArchiveProductCommand(PRODUCT))
                .expectState(state::set);

        String json = EVENT_STORE_JSON.writeValueAsString(state.get());
        Product restored = EVENT_STORE_JSON.readValue(json, Product.class);

        assertThat(json).contains("\"reservations\":{\"9001\":3}");
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }

    @Test
    void aSnapshotFromBeforeReservationsLoadsWithNone() throws Exception {
        String older = """
                {"productId":42,"sku":"SKC-SER-001","slug":"vitamin-c-brightening-serum","status":"active",
                 "stock":7,"allowBackorders":false,"trackInventory":true,"imageIds":[]}
                """;

        Product restored = EVENT_STORE_JSON.readValue(older, Product.class);

        assertThat(EVENT_STORE_JSON.writeValueAsString(restored)).contains("\"reservations\":{}", "\"stock\":7");
    }

    @Test
    void aCategorySurvivesASnapshot() throws Exception {
        InMemoryCatalogLookup lookup = new InMemoryCatalogLookup();
        lookup.registerCategory(SERUMS, null);
        FixtureConfiguration<Category> fixture = new AggregateTestFixture<>(Category.class);
        fixture.registerInjectableResource(lookup);
        AtomicReference<Category> state = new AtomicReference<>();

        fixture.given(categoryCreated(SERUMS, "serums", null))
                .when(new DeleteCategoryCommand(SERUMS))
                .expectEvents(new CategoryDeletedEvent(SERUMS))
                .expectState(state::set);

        String json = EVENT_STORE_JSON.writeValueAsString(state.get());
        Category restored = EVENT_STORE_JSON.readValue(json, Category.class);

        assertThat(json).contains("\"categoryId\":7", "\"deleted\":true");
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }
}
