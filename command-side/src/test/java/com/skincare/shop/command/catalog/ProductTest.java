package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.catalog.AdjustStockCommand;
import com.skincare.shop.api.catalog.ArchiveProductCommand;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.catalog.PublishProductCommand;
import com.skincare.shop.api.catalog.RemoveProductImageCommand;
import com.skincare.shop.api.catalog.RestockProductCommand;
import com.skincare.shop.api.catalog.SetStockCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChange;
import com.skincare.shop.api.catalog.UpdateProductCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import com.skincare.shop.command.ProductAvailability;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.skincare.shop.api.catalog.StockChangeReason.ADJUSTMENT;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.api.catalog.StockChangeReason.RESTOCK;
import static com.skincare.shop.command.catalog.CatalogFixtures.FACE_CARE;
import static com.skincare.shop.command.catalog.CatalogFixtures.IMAGE;
import static com.skincare.shop.command.catalog.CatalogFixtures.OTHER_PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.STOCK;
import static com.skincare.shop.command.catalog.CatalogFixtures.VITAMIN_SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.addImage;
import static com.skincare.shop.command.RejectionMatchers.conflict;
import static com.skincare.shop.command.catalog.CatalogFixtures.createProduct;
import static com.skincare.shop.command.catalog.CatalogFixtures.details;
import static com.skincare.shop.command.catalog.CatalogFixtures.imageAdded;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.catalog.CatalogFixtures.productCreated;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    private InMemoryCatalogLookup lookup;
    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        lookup = new InMemoryCatalogLookup();
        lookup.registerCategory(SERUMS, null);
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(lookup);
    }

    @Nested
    class Create {

        @Test
        void createsAnActiveProductAndClaimsItsSkuAndSlug() {
            fixture.givenNoPriorActivity()
                    .when(createProduct())
                    .expectEvents(productCreated());

            assertThat(lookup.skuOwner("SKC-SER-001")).isEqualTo(PRODUCT);
            assertThat(lookup.productSlugOwner("vitamin-c-brightening-serum")).isEqualTo(PRODUCT);
        }

        @Test
        void createsADraft() {
            fixture.givenNoPriorActivity()
                    .when(new CreateProductCommand(PRODUCT, details().build(), 0, ProductStatus.DRAFT))
                    .expectEvents(new ProductCreatedEvent(PRODUCT, details().build(), 0, ProductStatus.DRAFT));
        }

        @Test
        void createsInAnExistingCategory() {
            ProductDetails inSerums = details().categories(SERUMS).build();

            fixture.givenNoPriorActivity()
                    .when(createProduct(inSerums))
                    .expectEvents(productCreated(inSerums));
        }

        @Test
        void compareAtPriceMayEqualThePriceAndCostMayBeZero() {
            ProductDetails details = details().price("10.00").compareAtPrice("10.00").costPrice("0.00").build();

            fixture.givenNoPriorActivity()
                    .when(createProduct(details))
                    .expectEvents(productCreated(details));
        }

        @Test
        void cannotCreateArchived() {
            fixture.givenNoPriorActivity()
                    .when(new CreateProductCommand(PRODUCT, details().build(), STOCK, ProductStatus.ARCHIVED))
                    .expectException(invalid("status"))
                    .expectNoEvents();
        }

        @Test
        void cannotCreateWithoutStatus() {
            fixture.givenNoPriorActivity()
                    .when(new CreateProductCommand(PRODUCT, details().build(), STOCK, null))
                    .expectException(invalid("status"));
        }

        @Test
        void cannotCreateWithNegativeStock() {
            fixture.givenNoPriorActivity()
                    .when(new CreateProductCommand(PRODUCT, details().build(), -1, ProductStatus.ACTIVE))
                    .expectException(invalid("stock"));
        }

        @Test
        void cannotCreateWithZeroPrice() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().price("0.00").compareAtPrice(null).build()))
                    .expectException(invalid("price"));
        }

        @Test
        void cannotCreateWithNegativePrice() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().price("-1.00").compareAtPrice(null).build()))
                    .expectException(invalid("price"));
        }

        @Test
        void cannotCreateWithoutPrice() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().price(null).compareAtPrice(null).build()))
                    .expectException(invalid("price"));
        }

        @Test
        void cannotCreateWithCompareAtPriceBelowPrice() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().price("24.90").compareAtPrice("24.89").build()))
                    .expectException(invalid("compare_at_price"));
        }

        @Test
        void cannotCreateWithNegativeCostPrice() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().costPrice("-0.01").build()))
                    .expectException(invalid("cost_price"));
        }

        @Test
        void cannotCreateWithoutEnglishName() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().nameEn(" ").build()))
                    .expectException(invalid("name_en"));
        }

        @Test
        void cannotCreateWithoutSku() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().sku("").build()))
                    .expectException(invalid("sku"));
        }

        @Test
        void cannotCreateWithoutSlug() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().slug(null).build()))
                    .expectException(invalid("slug"));
        }

        @Test
        void cannotCreateInAMissingCategory() {
            fixture.givenNoPriorActivity()
                    .when(createProduct(details().categories(SERUMS, FACE_CARE).build()))
                    .expectException(invalid("category_ids"))
                    .expectNoEvents();
        }

        @Test
        void cannotTakeAnotherProductsSku() {
            lookup.claimProductSku(OTHER_PRODUCT, "SKC-SER-001");

            fixture.givenNoPriorActivity()
                    .when(createProduct())
                    .expectException(conflict("SKU_TAKEN", "sku"))
                    .expectNoEvents();
        }

        @Test
        void cannotTakeAnotherProductsSlug() {
            lookup.claimProductSlug(OTHER_PRODUCT, "vitamin-c-brightening-serum");

            fixture.givenNoPriorActivity()
                    .when(createProduct())
                    .expectException(conflict("SLUG_TAKEN", "slug"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Update {

        private final ProductDetails cheaper = details().price("19.90").build();

        @Test
        void replacesTheDetails() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, null))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper));
        }

        @Test
        void adjustsStockWhenANewStockIsGiven() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, 25, null))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper),
                            new StockAdjustedEvent(PRODUCT, 15, 25, ADJUSTMENT));
        }

        @Test
        void recordsNoAdjustmentForTheSameStock() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, STOCK, null))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper));
        }

        @Test
        void publishesADraftWhenStatusIsActive() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, ProductStatus.ACTIVE))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper), new ProductPublishedEvent(PRODUCT));
        }

        @Test
        void archivesWhenStatusIsArchived() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, 0, ProductStatus.ARCHIVED))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper),
                            new StockAdjustedEvent(PRODUCT, -STOCK, 0, ADJUSTMENT),
                            new ProductArchivedEvent(PRODUCT));
        }

        @Test
        void changesNoStatusWhenTheStatusIsTheCurrentOne() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, ProductStatus.ACTIVE))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper));
        }

        @Test
        void aDraftMayStayADraft() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, ProductStatus.DRAFT))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper));
        }

        @Test
        void cannotReturnAPublishedProductToDraft() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, ProductStatus.DRAFT))
                    .expectException(ruleBroken("CANNOT_RETURN_TO_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        void cannotReturnAnArchivedProductToDraft() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, ProductStatus.DRAFT))
                    .expectException(ruleBroken("CANNOT_RETURN_TO_DRAFT"));
        }

        @Test
        void cannotSetNegativeStock() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, -1, null))
                    .expectException(invalid("stock"))
                    .expectNoEvents();
        }

        @Test
        void cannotSetCompareAtPriceBelowPrice() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, details().compareAtPrice("9.99").build(), null, null))
                    .expectException(invalid("compare_at_price"));
        }

        @Test
        void cannotMoveIntoAMissingCategory() {
            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, details().categories(VITAMIN_SERUMS).build(), null, null))
                    .expectException(invalid("category_ids"));
        }

        @Test
        void changingTheSkuAndSlugReleasesTheOldOnes() {
            lookup.claimProductSku(PRODUCT, "SKC-SER-001");
            lookup.claimProductSlug(PRODUCT, "vitamin-c-brightening-serum");
            ProductDetails renamed = details().sku("SKC-SER-009").slug("vitamin-c-serum-15").build();

            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, renamed, null, null))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, renamed));

            assertThat(lookup.skuOwner("SKC-SER-009")).isEqualTo(PRODUCT);
            assertThat(lookup.skuOwner("SKC-SER-001")).isNull();
            assertThat(lookup.productSlugOwner("vitamin-c-serum-15")).isEqualTo(PRODUCT);
            assertThat(lookup.productSlugOwner("vitamin-c-brightening-serum")).isNull();
        }

        @Test
        void keepingItsOwnSkuAndSlugIsNoConflict() {
            lookup.claimProductSku(PRODUCT, "SKC-SER-001");
            lookup.claimProductSlug(PRODUCT, "vitamin-c-brightening-serum");

            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, null))
                    .expectEvents(new ProductUpdatedEvent(PRODUCT, cheaper));
        }

        @Test
        void cannotTakeAnotherProductsSku() {
            lookup.claimProductSku(PRODUCT, "SKC-SER-001");
            lookup.claimProductSku(OTHER_PRODUCT, "SKC-SER-002");

            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, details().sku("SKC-SER-002").build(), null, null))
                    .expectException(conflict("SKU_TAKEN", "sku"))
                    .expectNoEvents();

            assertThat(lookup.skuOwner("SKC-SER-001")).isEqualTo(PRODUCT);
        }

        @Test
        void cannotTakeAnotherProductsSlug() {
            lookup.claimProductSlug(OTHER_PRODUCT, "snail-mucin-repair-serum");

            fixture.given(productCreated())
                    .when(new UpdateProductCommand(PRODUCT, details().slug("snail-mucin-repair-serum").build(),
                            null, null))
                    .expectException(conflict("SLUG_TAKEN", "slug"));
        }

        @Test
        void cannotUpdateAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new UpdateProductCommand(PRODUCT, cheaper, null, null))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class PublishAndArchive {

        @Test
        void publishesADraft() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new PublishProductCommand(PRODUCT))
                    .expectEvents(new ProductPublishedEvent(PRODUCT));
        }

        @Test
        void republishesAnArchivedProduct() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new PublishProductCommand(PRODUCT))
                    .expectEvents(new ProductPublishedEvent(PRODUCT));
        }

        @Test
        void cannotPublishTwice() {
            fixture.given(productCreated(ProductStatus.DRAFT), new ProductPublishedEvent(PRODUCT))
                    .when(new PublishProductCommand(PRODUCT))
                    .expectException(ruleBroken("ALREADY_PUBLISHED"))
                    .expectNoEvents();
        }

        @Test
        void archivesAnActiveProduct() {
            fixture.given(productCreated())
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectEvents(new ProductArchivedEvent(PRODUCT));
        }

        @Test
        void archivesADraft() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectEvents(new ProductArchivedEvent(PRODUCT));
        }

        @Test
        void cannotArchiveTwice() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectException(ruleBroken("ALREADY_ARCHIVED"))
                    .expectNoEvents();
        }

        @Test
        void cannotPublishAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new PublishProductCommand(PRODUCT))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class AdjustStock {

        @Test
        void addsStock() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, 40, RESTOCK))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 40, 50, RESTOCK));
        }

        @Test
        void takesStock() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, -2, ADJUSTMENT))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -2, 8, ADJUSTMENT));
        }

        @Test
        void takesTheLastItem() {
            fixture.given(productCreated(), new StockAdjustedEvent(PRODUCT, -7, 3, ORDER))
                    .when(new AdjustStockCommand(PRODUCT, -3, ORDER))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -3, 0, ORDER));
        }

        @Test
        void cannotAdjustStockBelowZero() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, -11, ORDER))
                    .expectException(ruleBroken("INSUFFICIENT_STOCK"))
                    .expectNoEvents();
        }

        @Test
        void backordersMayTakeStockBelowZero() {
            fixture.given(productCreated(details().allowBackorders().build()))
                    .when(new AdjustStockCommand(PRODUCT, -12, ORDER))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -12, -2, ORDER));
        }

        @Test
        void restockIsWelcomeWhileStillBelowZeroAfterBackordersEnded() {
            fixture.given(productCreated(details().allowBackorders().build()),
                            new StockAdjustedEvent(PRODUCT, -15, -5, ORDER),
                            new ProductUpdatedEvent(PRODUCT, details().build()))
                    .when(new AdjustStockCommand(PRODUCT, 2, RESTOCK))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 2, -3, RESTOCK));
        }

        @Test
        void cannotAdjustStockByZero() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, 0, ADJUSTMENT))
                    .expectException(invalid("delta"));
        }

        @Test
        void cannotAdjustStockWithoutAReason() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, 1, null))
                    .expectException(invalid("reason"));
        }

        @Test
        void cannotAdjustStockBeyondTheIntegerRange() {
            fixture.given(productCreated())
                    .when(new AdjustStockCommand(PRODUCT, Integer.MAX_VALUE, RESTOCK))
                    .expectException(invalid("delta"));
        }
    }

    @Nested
    class Restock {

        @Test
        void addsTheQuantityAndAnswersTheNewStock() {
            fixture.given(productCreated())
                    .when(new RestockProductCommand(PRODUCT, 24))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 24, STOCK + 24, RESTOCK))
                    .expectResultMessagePayload(new StockChange(PRODUCT, 24, STOCK + 24));
        }

        @Test
        void addsToTheStockLeftByEarlierChanges() {
            fixture.given(productCreated(), new StockAdjustedEvent(PRODUCT, -4, 6, ORDER))
                    .when(new RestockProductCommand(PRODUCT, 1))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 1, 7, RESTOCK));
        }

        @Test
        void restocksAnArchivedProduct() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new RestockProductCommand(PRODUCT, 5))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 5, STOCK + 5, RESTOCK));
        }

        @Test
        void cannotRestockANegativeQuantity() {
            fixture.given(productCreated())
                    .when(new RestockProductCommand(PRODUCT, -3))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }

        @Test
        void cannotRestockNothing() {
            fixture.given(productCreated())
                    .when(new RestockProductCommand(PRODUCT, 0))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }

        @Test
        void cannotRestockBeyondTheIntegerRange() {
            fixture.given(productCreated())
                    .when(new RestockProductCommand(PRODUCT, Integer.MAX_VALUE))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }

        @Test
        void cannotRestockAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new RestockProductCommand(PRODUCT, 5))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class SetStock {

        @Test
        void recordsTheDifferenceAsAnAdjustment() {
            fixture.given(productCreated())
                    .when(new SetStockCommand(PRODUCT, 25))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 15, 25, ADJUSTMENT))
                    .expectResultMessagePayload(new StockChange(PRODUCT, 15, 25));
        }

        @Test
        void aLowerCountRecordsANegativeDifference() {
            fixture.given(productCreated())
                    .when(new SetStockCommand(PRODUCT, 3))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -7, 3, ADJUSTMENT))
                    .expectResultMessagePayload(new StockChange(PRODUCT, -7, 3));
        }

        @Test
        void setsTheStockToZero() {
            fixture.given(productCreated())
                    .when(new SetStockCommand(PRODUCT, 0))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -STOCK, 0, ADJUSTMENT));
        }

        @Test
        void theUnchangedStockRecordsNothing() {
            fixture.given(productCreated())
                    .when(new SetStockCommand(PRODUCT, STOCK))
                    .expectNoEvents()
                    .expectResultMessagePayload(new StockChange(PRODUCT, 0, STOCK));
        }

        @Test
        void countsFromTheStockLeftByEarlierChanges() {
            fixture.given(productCreated(), new StockAdjustedEvent(PRODUCT, 30, 40, RESTOCK))
                    .when(new SetStockCommand(PRODUCT, 38))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -2, 38, ADJUSTMENT));
        }

        @Test
        void aCountEndsBackordersBelowZero() {
            fixture.given(productCreated(details().allowBackorders().build()),
                            new StockAdjustedEvent(PRODUCT, -15, -5, ORDER))
                    .when(new SetStockCommand(PRODUCT, 4))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 9, 4, ADJUSTMENT));
        }

        @Test
        void setsTheStockOfAnArchivedProduct() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new SetStockCommand(PRODUCT, 2))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, -8, 2, ADJUSTMENT));
        }

        @Test
        void cannotSetANegativeStock() {
            fixture.given(productCreated())
                    .when(new SetStockCommand(PRODUCT, -1))
                    .expectException(invalid("stock"))
                    .expectNoEvents();
        }

        @Test
        void cannotSetAStockTooFarFromABackorderedOne() {
            fixture.given(productCreated(details().allowBackorders().build()),
                            new StockAdjustedEvent(PRODUCT, -STOCK - 5, -5, ORDER))
                    .when(new SetStockCommand(PRODUCT, Integer.MAX_VALUE))
                    .expectException(invalid("stock"))
                    .expectNoEvents();
        }

        @Test
        void cannotSetTheStockOfAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new SetStockCommand(PRODUCT, 5))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Images {

        @Test
        void addsAnImage() {
            fixture.given(productCreated())
                    .when(addImage(IMAGE))
                    .expectEvents(imageAdded(IMAGE));
        }

        @Test
        void cannotAddTheSameImageTwice() {
            fixture.given(productCreated(), imageAdded(IMAGE))
                    .when(addImage(IMAGE))
                    .expectException(conflict("IMAGE_EXISTS", "image_id"))
                    .expectNoEvents();
        }

        @Test
        void cannotAddAnImageWithoutUrl() {
            fixture.given(productCreated())
                    .when(new AddProductImageCommand(PRODUCT, IMAGE, " ", null, 0,
                            false))
                    .expectException(invalid("image_url"));
        }

        @Test
        void cannotAddMoreThanTwentyImages() {
            fixture.given(productWithImages(Product.MAX_IMAGES))
                    .when(addImage(IMAGE + Product.MAX_IMAGES))
                    .expectException(ruleBroken("TOO_MANY_IMAGES"))
                    .expectNoEvents();
        }

        @Test
        void aRemovedImageMakesRoomForAnother() {
            List<Object> history = productWithImages(Product.MAX_IMAGES);
            history.add(new ProductImageRemovedEvent(PRODUCT, IMAGE));

            fixture.given(history)
                    .when(addImage(IMAGE + Product.MAX_IMAGES))
                    .expectEvents(imageAdded(IMAGE + Product.MAX_IMAGES));
        }

        @Test
        void removesAnImage() {
            fixture.given(productCreated(), imageAdded(IMAGE))
                    .when(new RemoveProductImageCommand(PRODUCT, IMAGE))
                    .expectEvents(new ProductImageRemovedEvent(PRODUCT, IMAGE));
        }

        @Test
        void cannotRemoveAnUnknownImage() {
            fixture.given(productCreated(), imageAdded(IMAGE))
                    .when(new RemoveProductImageCommand(PRODUCT, IMAGE + 1))
                    .expectException(notFound("IMAGE_NOT_FOUND"));
        }

        @Test
        void cannotRemoveAnImageTwice() {
            fixture.given(productCreated(), imageAdded(IMAGE), new ProductImageRemovedEvent(PRODUCT, IMAGE))
                    .when(new RemoveProductImageCommand(PRODUCT, IMAGE))
                    .expectException(notFound("IMAGE_NOT_FOUND"))
                    .expectNoEvents();
        }

        private List<Object> productWithImages(int count) {
            List<Object> history = new ArrayList<>();
            history.add(productCreated());
            for (int i = 0; i < count; i++) {
                history.add(imageAdded(IMAGE + i));
            }
            return history;
        }
    }

    /** What carts learn of the product: its own state at the moment they ask. */
    @Nested
    class Availability {

        @Test
        void answersItsStatusItsStockAndHowItIsCounted() {
            fixture.given(productCreated(), new StockAdjustedEvent(PRODUCT, -3, STOCK - 3, ORDER))
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectState(product -> assertThat(product.availability()).isEqualTo(new ProductAvailability(
                            PRODUCT, ProductStatus.ARCHIVED, STOCK - 3, true, false)));
        }

        @Test
        void anUpdateMayStopCountingTheStockOrAllowBackorders() {
            fixture.given(productCreated(ProductStatus.ACTIVE))
                    .when(new UpdateProductCommand(PRODUCT, details().untracked().allowBackorders().build(), null,
                            null))
                    .expectState(product -> assertThat(product.availability()).isEqualTo(new ProductAvailability(
                            PRODUCT, ProductStatus.ACTIVE, STOCK, false, true)));
        }
    }

    /** What an order line keeps of the product when it is placed: the product as its latest details say. */
    @Nested
    class Offer {

        @Test
        void keepsTheEnglishNameSkuPriceAndCategoriesOfItsCreation() {
            fixture.given(productCreated())
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectState(product -> {
                        assertThat(product.nameEn()).isEqualTo("Vitamin C Brightening Serum");
                        assertThat(product.sku()).isEqualTo("SKC-SER-001");
                        assertThat(product.price()).isEqualByComparingTo("24.90");
                        assertThat(product.category()).isEqualTo("serums");
                        assertThat(product.categoryIds()).isEmpty();
                    });
        }

        @Test
        void anUpdateChangesWhatTheNextOrderKeeps() {
            fixture.given(productCreated(), new ProductUpdatedEvent(PRODUCT, details().nameEn("Vitamin C Serum 2.0")
                            .sku("SKC-SER-002").price("19.50").categories(SERUMS).build()))
                    .when(new ArchiveProductCommand(PRODUCT))
                    .expectState(product -> {
                        assertThat(product.nameEn()).isEqualTo("Vitamin C Serum 2.0");
                        assertThat(product.sku()).isEqualTo("SKC-SER-002");
                        assertThat(product.price()).isEqualByComparingTo("19.50");
                        assertThat(product.categoryIds()).containsExactly(SERUMS);
                    });
        }
    }
}
