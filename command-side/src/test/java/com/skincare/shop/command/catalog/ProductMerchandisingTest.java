package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.ChangeProductListingCommand;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductFeaturedChangedEvent;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductImagesReorderedEvent;
import com.skincare.shop.api.catalog.ProductPrimaryImageSetEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ReorderProductImagesCommand;
import com.skincare.shop.api.catalog.SetPrimaryProductImageCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.catalog.CatalogFixtures.IMAGE;
import static com.skincare.shop.command.catalog.CatalogFixtures.PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.imageAdded;
import static com.skincare.shop.command.catalog.CatalogFixtures.productCreated;

/** How a product is shown: its images' order and primary image, and the listing changes of the bulk update. */
class ProductMerchandisingTest {

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        InMemoryCatalogLookup lookup = new InMemoryCatalogLookup();
        lookup.registerCategory(SERUMS, null);
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(lookup);
    }

    @Nested
    class PrimaryImage {

        @Test
        void makesAnImageThePrimaryOne() {
            fixture.given(productCreated(), imageAdded(IMAGE), imageAdded(IMAGE + 1))
                    .when(new SetPrimaryProductImageCommand(PRODUCT, IMAGE))
                    .expectEvents(new ProductPrimaryImageSetEvent(PRODUCT, IMAGE));
        }

        @Test
        void cannotMakeAnUnknownImagePrimary() {
            fixture.given(productCreated(), imageAdded(IMAGE))
                    .when(new SetPrimaryProductImageCommand(PRODUCT, IMAGE + 7))
                    .expectException(notFound("IMAGE_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotMakeARemovedImagePrimary() {
            fixture.given(productCreated(), imageAdded(IMAGE), new ProductImageRemovedEvent(PRODUCT, IMAGE))
                    .when(new SetPrimaryProductImageCommand(PRODUCT, IMAGE))
                    .expectException(notFound("IMAGE_NOT_FOUND"));
        }
    }

    @Nested
    class ImageOrder {

        @Test
        void putsTheImagesInTheGivenOrder() {
            fixture.given(productCreated(), imageAdded(IMAGE), imageAdded(IMAGE + 1), imageAdded(IMAGE + 2))
                    .when(new ReorderProductImagesCommand(PRODUCT, List.of(IMAGE + 2, IMAGE, IMAGE + 1)))
                    .expectEvents(new ProductImagesReorderedEvent(PRODUCT, List.of(IMAGE + 2, IMAGE, IMAGE + 1)));
        }

        @Test
        void cannotLeaveAnImageOut() {
            fixture.given(productCreated(), imageAdded(IMAGE), imageAdded(IMAGE + 1))
                    .when(new ReorderProductImagesCommand(PRODUCT, List.of(IMAGE + 1)))
                    .expectException(invalid("image_ids"))
                    .expectNoEvents();
        }

        @Test
        void cannotNameAnImageOfAnotherProduct() {
            fixture.given(productCreated(), imageAdded(IMAGE))
                    .when(new ReorderProductImagesCommand(PRODUCT, List.of(IMAGE + 99)))
                    .expectException(invalid("image_ids"));
        }

        @Test
        void cannotNameAnImageTwice() {
            fixture.given(productCreated(), imageAdded(IMAGE), imageAdded(IMAGE + 1))
                    .when(new ReorderProductImagesCommand(PRODUCT, List.of(IMAGE, IMAGE, IMAGE + 1)))
                    .expectException(invalid("image_ids"));
        }
    }

    @Nested
    class Listing {

        @Test
        void archivesAndFeaturesInOneGo() {
            fixture.given(productCreated())
                    .when(new ChangeProductListingCommand(PRODUCT, ProductStatus.ARCHIVED, true))
                    .expectEvents(new ProductArchivedEvent(PRODUCT), new ProductFeaturedChangedEvent(PRODUCT, true));
        }

        @Test
        void publishesADraft() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new ChangeProductListingCommand(PRODUCT, ProductStatus.ACTIVE, null))
                    .expectEvents(new ProductPublishedEvent(PRODUCT));
        }

        @Test
        void aStatusItAlreadyHasChangesNothing() {
            fixture.given(productCreated())
                    .when(new ChangeProductListingCommand(PRODUCT, ProductStatus.ACTIVE, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void unfeaturesAProduct() {
            fixture.given(productCreated())
                    .when(new ChangeProductListingCommand(PRODUCT, null, false))
                    .expectEvents(new ProductFeaturedChangedEvent(PRODUCT, false));
        }

        @Test
        void cannotReturnToDraft() {
            fixture.given(productCreated())
                    .when(new ChangeProductListingCommand(PRODUCT, ProductStatus.DRAFT, true))
                    .expectException(ruleBroken("CANNOT_RETURN_TO_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        void mustAskForSomething() {
            fixture.given(productCreated())
                    .when(new ChangeProductListingCommand(PRODUCT, null, null))
                    .expectException(invalid("status"));
        }

        @Test
        void cannotListAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new ChangeProductListingCommand(PRODUCT, ProductStatus.ARCHIVED, null))
                    .expectException(AggregateNotFoundException.class);
        }
    }
}
