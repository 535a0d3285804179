package com.skincare.shop.projections;

import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.coupons.CouponProjector;
import com.skincare.shop.projections.inventory.StockMovementProjector;
import com.skincare.shop.projections.recommendations.SkinAnalysisProjector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlProjectionsAutoConfigurationTest {

    @Test
    void anAppWithADataSourceGetsTheMigratedSchemaAndTheProjectors() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.empty("projections_autoconfiguration_test")) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class,
                            SqlProjectionsAutoConfiguration.class))
                    .withBean(DataSource.class, database::dataSource)
                    .run(context -> {
                        assertThat(context).hasSingleBean(ReadSchemaMigration.class)
                                .hasSingleBean(ProductProjector.class)
                                .hasSingleBean(CategoryProjector.class)
                                .hasSingleBean(StockMovementProjector.class)
                                .hasSingleBean(CouponProjector.class)
                                .hasSingleBean(SkinAnalysisProjector.class);
                        JdbcTemplate sql = context.getBean(JdbcTemplate.class);
                        assertThat(sql.queryForList("SELECT version FROM public.flyway_schema_history"
                                + " WHERE success ORDER BY installed_rank", String.class))
                                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
                        assertThat(sql.queryForObject("SELECT count(*) FROM information_schema.tables"
                                + " WHERE table_schema = 'public' AND table_name IN ('products', 'categories',"
                                + " 'product_categories', 'product_images', 'stock_movements', 'coupon_usage_orders',"
                                + " 'order_refunds', 'cart_coupons', 'skin_analyses')", Long.class)).isEqualTo(9);
                    });
        }
    }

    @Test
    void withoutADataSourceNothingIsConfigured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SqlProjectionsAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ReadSchemaMigration.class)
                        .doesNotHaveBean(ProductProjector.class));
    }
}
