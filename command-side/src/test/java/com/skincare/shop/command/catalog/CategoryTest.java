package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CategoryUpdatedEvent;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.DeleteCategoryCommand;
import com.skincare.shop.api.catalog.CategoryReorderedEvent;
import com.skincare.shop.api.catalog.ReorderCategoryCommand;
import com.skincare.shop.api.catalog.UpdateCategoryCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.skincare.shop.command.catalog.CatalogFixtures.FACE_CARE;
import static com.skincare.shop.command.catalog.CatalogFixtures.SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.VITAMIN_SERUMS;
import static com.skincare.shop.command.catalog.CatalogFixtures.categoryCreated;
import static com.skincare.shop.command.catalog.CatalogFixtures.categoryDetails;
import static com.skincare.shop.command.RejectionMatchers.conflict;
import static com.skincare.shop.command.catalog.CatalogFixtures.createCategory;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryTest {

    private InMemoryCatalogLookup lookup;
    private FixtureConfiguration<Category> fixture;

    @BeforeEach
    void setUp() {
        lookup = new InMemoryCatalogLookup();
        fixture = new AggregateTestFixture<>(Category.class);
        fixture.registerInjectableResource(lookup);
    }

    /** A category created earlier: its event, and what that command left in the lookup. */
    private CategoryCreatedEvent existing(CategoryId id, String slug, CategoryId parent) {
        lookup.claimCategorySlug(id, slug);
        lookup.registerCategory(id, parent);
        return categoryCreated(id, slug, parent);
    }

    @Nested
    class Create {

        @Test
        void createsATopLevelCategory() {
            fixture.givenNoPriorActivity()
                    .when(createCategory(FACE_CARE, "face-care", null))
                    .expectEvents(categoryCreated(FACE_CARE, "face-care", null));

            assertThat(lookup.categoryExists(FACE_CARE)).isTrue();
            assertThat(lookup.categorySlugOwner("face-care")).isEqualTo(FACE_CARE);
        }

        @Test
        void createsAChildCategory() {
            existing(FACE_CARE, "face-care", null);

            fixture.givenNoPriorActivity()
                    .when(createCategory(SERUMS, "serums", FACE_CARE))
                    .expectEvents(categoryCreated(SERUMS, "serums", FACE_CARE));

            assertThat(lookup.parentOf(SERUMS)).isEqualTo(FACE_CARE);
        }

        @Test
        void cannotCreateUnderAMissingParent() {
            fixture.givenNoPriorActivity()
                    .when(createCategory(SERUMS, "serums", FACE_CARE))
                    .expectException(invalid("parent_id"))
                    .expectNoEvents();
        }

        @Test
        void cannotBeItsOwnParent() {
            fixture.givenNoPriorActivity()
                    .when(createCategory(SERUMS, "serums", SERUMS))
                    .expectException(invalid("parent_id"));
        }

        @Test
        void cannotTakeAnotherCategorysSlug() {
            existing(FACE_CARE, "serums", null);

            fixture.givenNoPriorActivity()
                    .when(createCategory(SERUMS, "serums", null))
                    .expectException(conflict("SLUG_TAKEN", "slug"))
                    .expectNoEvents();
        }

        @Test
        void cannotCreateWithoutName() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCategoryCommand(SERUMS, categoryDetails("", "serums", null)))
                    .expectException(invalid("name"));
        }

        @Test
        void cannotCreateWithoutSlug() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCategoryCommand(SERUMS, categoryDetails("Serums", null, null)))
                    .expectException(invalid("slug"));
        }
    }

    @Nested
    class Update {

        @Test
        void renamesAndReleasesTheOldSlug() {
            CategoryDetails renamed = categoryDetails("Face serums", "face-serums", null);

            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, renamed))
                    .expectEvents(new CategoryUpdatedEvent(SERUMS, renamed));

            assertThat(lookup.categorySlugOwner("face-serums")).isEqualTo(SERUMS);
            assertThat(lookup.categorySlugOwner("serums")).isNull();
        }

        @Test
        void movesUnderAnotherCategory() {
            existing(FACE_CARE, "face-care", null);
            CategoryDetails moved = categoryDetails("Serums", "serums", FACE_CARE);

            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, moved))
                    .expectEvents(new CategoryUpdatedEvent(SERUMS, moved));

            assertThat(lookup.parentOf(SERUMS)).isEqualTo(FACE_CARE);
        }

        @Test
        void cannotMoveUnderItsOwnDescendant() {
            existing(SERUMS, "serums", FACE_CARE);
            existing(VITAMIN_SERUMS, "vitamin-serums", SERUMS);

            fixture.given(existing(FACE_CARE, "face-care", null))
                    .when(new UpdateCategoryCommand(FACE_CARE, categoryDetails("Face care", "face-care", VITAMIN_SERUMS)))
                    .expectException(invalid("parent_id"))
                    .expectNoEvents();

            assertThat(lookup.parentOf(FACE_CARE)).isNull();
        }

        @Test
        void cannotBecomeItsOwnParent() {
            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, categoryDetails("Serums", "serums", SERUMS)))
                    .expectException(invalid("parent_id"));
        }

        @Test
        void cannotMoveUnderAMissingParent() {
            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, categoryDetails("Serums", "serums", FACE_CARE)))
                    .expectException(invalid("parent_id"));
        }

        @Test
        void cannotTakeAnotherCategorysSlug() {
            existing(FACE_CARE, "face-care", null);

            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, categoryDetails("Serums", "face-care", null)))
                    .expectException(conflict("SLUG_TAKEN", "slug"))
                    .expectNoEvents();

            assertThat(lookup.categorySlugOwner("serums")).isEqualTo(SERUMS);
        }

        @Test
        void cannotUpdateWithoutName() {
            fixture.given(existing(SERUMS, "serums", null))
                    .when(new UpdateCategoryCommand(SERUMS, categoryDetails(" ", "serums", null)))
                    .expectException(invalid("name"));
        }

        @Test
        void cannotUpdateADeletedCategory() {
            fixture.given(categoryCreated(SERUMS, "serums", null), new CategoryDeletedEvent(SERUMS))
                    .when(new UpdateCategoryCommand(SERUMS, categoryDetails("Serums", "serums", null)))
                    .expectException(notFound("CATEGORY_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Delete {

        @Test
        void deletesAndFreesItsSlugAndChildren() {
            existing(VITAMIN_SERUMS, "vitamin-serums", SERUMS);

            fixture.given(existing(SERUMS, "serums", null))
                    .when(new DeleteCategoryCommand(SERUMS))
                    .expectEvents(new CategoryDeletedEvent(SERUMS));

            assertThat(lookup.categoryExists(SERUMS)).isFalse();
            assertThat(lookup.categorySlugOwner("serums")).isNull();
            assertThat(lookup.categoryExists(VITAMIN_SERUMS)).isTrue();
            assertThat(lookup.parentOf(VITAMIN_SERUMS)).isNull();
        }

        @Test
        void cannotDeleteTwice() {
            fixture.given(categoryCreated(SERUMS, "serums", null), new CategoryDeletedEvent(SERUMS))
                    .when(new DeleteCategoryCommand(SERUMS))
                    .expectException(notFound("CATEGORY_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reorder {

        @Test
        void takesItsPlaceAmongItsSiblings() {
            fixture.given(categoryCreated(SERUMS, "serums", null))
                    .when(new ReorderCategoryCommand(SERUMS, 3))
                    .expectEvents(new CategoryReorderedEvent(SERUMS, 3));
        }

        @Test
        void cannotTakeANegativePlace() {
            fixture.given(categoryCreated(SERUMS, "serums", null))
                    .when(new ReorderCategoryCommand(SERUMS, -1))
                    .expectException(invalid("sort_order"))
                    .expectNoEvents();
        }

        @Test
        void cannotReorderADeletedCategory() {
            fixture.given(categoryCreated(SERUMS, "serums", null), new CategoryDeletedEvent(SERUMS))
                    .when(new ReorderCategoryCommand(SERUMS, 0))
                    .expectException(notFound("CATEGORY_NOT_FOUND"));
        }
    }
}
