package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search indexes of {@code V4__product_search.sql} exist, and PostgreSQL uses them for the queries the
 * handlers send: over a few thousand products, after ANALYZE, a selective search reads the trigram and word
 * indexes instead of every row. Should a query's expression drift from its index's, these plans fall back to a
 * sequential scan and the test says so. The suggestions' names index is not checked here: at this size the names
 * alone fit in so few pages that PostgreSQL rightly scans them; it takes the index from about 10,000 products.
 */
class ProductSearchMigrationTest {

    /** 3,000 products whose names and descriptions combine a few English and Khmer words, as a real catalog does. */
    private static final String PRODUCTS = """
            INSERT INTO products (id, name_en, name_kh, slug, description_en, description_kh, sku, price, category,
                                  skin_concerns)
            SELECT i,
                   en1[1 + i % 10] || ' ' || en2[1 + (i / 10) % 10] || ' ' || i,
                   kh1[1 + i % 10] || kh2[1 + (i / 10) % 10] || ' ' || i,
                   'p-' || i,
                   'A ' || lower(en2[1 + (i / 7) % 10]) || ' care that leaves the skin soft. Batch ' || i || '.',
                   kh2[1 + (i / 7) % 10] || kh1[1 + (i / 3) % 10] || 'ជួយឲ្យស្បែកទន់ ' || i,
                   'SKU-' || i, 5 + i % 40, 'serums', ARRAY[con[1 + i % 7]]
            FROM generate_series(1, 3000) i,
                 (SELECT ARRAY['Green Tea', 'Rice Water', 'Vitamin C', 'Snail', 'Centella', 'Aloe', 'Niacinamide',
                               'Retinol', 'Hyaluronic', 'Mugwort'] en1,
                         ARRAY['Hydrating', 'Gentle', 'Brightening', 'Soothing', 'Clarifying', 'Firming', 'Calming',
                               'Renewing', 'Balancing', 'Purifying'] en2,
                         ARRAY['តែបៃតង', 'ទឹកអង្ករ', 'វីតាមីនសេ', 'ខ្យង', 'ស្លឹកត្រចៀកកណ្ដុរ', 'ប្រទាលកន្ទុយក្រពើ',
                               'នីយ៉ាស៊ីណាមីត', 'រ៉េទីណុល', 'អ៊ីយ៉ាលុយរ៉ូនិក', 'ស្លឹកគ្រៃ'] kh1,
                         ARRAY['ផ្ដល់សំណើម', 'ស្រាល', 'ភ្លឺថ្លា', 'បន្ធូរ', 'សម្អាត', 'តឹងណែន', 'ស្ងប់', 'បន្ទន់',
                               'តុល្យភាព', 'បរិសុទ្ធ'] kh2,
                         ARRAY['acne', 'dryness', 'dullness', 'redness', 'large pores', 'fine lines', 'dark spots'] con
                 ) words
            """;

    private static ScratchDatabase database;
    private static NamedParameterJdbcTemplate jdbc;

    @BeforeAll
    static void fillTheCatalog() {
        database = ScratchDatabase.fresh("query_side_search_plan_test");
        jdbc = database.jdbc();
        jdbc.getJdbcTemplate().update(PRODUCTS);
        jdbc.getJdbcTemplate().execute("ANALYZE products");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void theMigrationCreatesTheSearchIndexesAndTheTrigramExtension() {
        assertThat(jdbc.getJdbcTemplate().queryForList(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'products'", String.class))
                .contains("idx_products_search_words", "idx_products_search_text_trgm", "idx_products_names_trgm",
                        "idx_products_skin_concerns");
        assertThat(jdbc.getJdbcTemplate().queryForObject(
                "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'", Long.class)).isEqualTo(1);
    }

    @Test
    void aKhmerSearchReadsTheTrigramIndex() {
        // Snail (ខ្យង) and light (ស្រាល) come together in 30 of the 3,000 names.
        String plan = plan(search("ខ្យងស្រាល"));

        assertThat(plan).contains("idx_products_search_text_trgm").doesNotContain("Seq Scan");
        assertThat(count(search("ខ្យងស្រាល"))).isEqualTo(30);
    }

    @Test
    void anEnglishSearchReadsTheWordIndexToo() {
        String plan = plan(search("snail gentle"));

        assertThat(plan).contains("idx_products_search_words").doesNotContain("Seq Scan");
    }

    @Test
    void aSearchTooShortForTrigramsScansAndStillFinds() {
        // One Khmer letter found in every row's texts: no index narrows it, the answer is still right.
        assertThat(count(search("ទ"))).isEqualTo(3000);
        assertThat(count(search("ខ្"))).isEqualTo(count(search("ខ្យ")));
    }

    private static ProductFilter search(String text) {
        return new ProductFilter(text, null, null, null, null, null, null, null, null, false);
    }

    private static String plan(ProductFilter filter) {
        ProductConditions conditions = ProductConditions.of(filter);
        List<String> lines = jdbc.queryForList("EXPLAIN SELECT count(*) FROM products p" + conditions.where(),
                conditions.parameters(), String.class);
        return String.join("\n", lines);
    }

    private static long count(ProductFilter filter) {
        ProductConditions conditions = ProductConditions.of(filter);
        return jdbc.queryForObject("SELECT count(*) FROM products p" + conditions.where(), conditions.parameters(),
                Long.class);
    }
}
