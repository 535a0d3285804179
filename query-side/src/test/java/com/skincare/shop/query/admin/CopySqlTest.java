package com.skincare.shop.query.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopySqlTest {

    private static final CopySql.TableShape ORDERS =
            new CopySql.TableShape("orders", List.of("id", "status", "total"), List.of("id"));
    private static final CopySql.TableShape ITEMS =
            new CopySql.TableShape("order_items", List.of("id", "order_id", "quantity"), List.of("id"));
    private static final CopySql.TableShape LINKS =
            new CopySql.TableShape("product_categories", List.of("product_id", "category_id"),
                    List.of("product_id", "category_id"));

    @Test
    void aGroupsCopyLivesInASchemaNamedAfterIt() {
        assertThat(CopySql.copySchema("catalog")).isEqualTo("replay_catalog");
        assertThat(CopySql.copySchema("user-analytics")).isEqualTo("replay_user_analytics");
        assertThat(CopySql.createCopy("replay_catalog", "products"))
                .isEqualTo("CREATE TABLE replay_catalog.products (LIKE public.products INCLUDING ALL)");
    }

    @Test
    void aCopysForeignKeysReferToCopiesOfItsOwnTablesAndToOtherProjectionsLiveTables() {
        List<String> own = List.of("users", "user_addresses", "reviews");

        assertThat(CopySql.copyForeignKey("replay_customers", "user_addresses", "user_addresses_user_id_fkey",
                "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE", own)).isEqualTo(
                "ALTER TABLE replay_customers.user_addresses ADD CONSTRAINT user_addresses_user_id_fkey"
                        + " FOREIGN KEY (user_id) REFERENCES replay_customers.users(id) ON DELETE CASCADE");
        assertThat(CopySql.copyForeignKey("replay_customers", "reviews", "reviews_product_id_fkey",
                "FOREIGN KEY (product_id) REFERENCES public.products(id) ON DELETE CASCADE", own)).isEqualTo(
                "ALTER TABLE replay_customers.reviews ADD CONSTRAINT reviews_product_id_fkey"
                        + " FOREIGN KEY (product_id) REFERENCES public.products(id) ON DELETE CASCADE");
    }

    @Test
    void theSwitchDeletesChildrenFirstThenWritesParentsFirst() {
        List<String> statements = CopySql.switchStatements("replay_customers", List.of(ORDERS, ITEMS));

        assertThat(statements).hasSize(4);
        assertThat(statements.get(0)).startsWith("DELETE FROM public.order_items");
        assertThat(statements.get(1)).startsWith("DELETE FROM public.orders");
        assertThat(statements.get(2)).startsWith("INSERT INTO public.orders");
        assertThat(statements.get(3)).startsWith("INSERT INTO public.order_items");
    }

    @Test
    void rowsTheCopyLacksAreDeletedByTheirKey() {
        assertThat(CopySql.deleteAbsent("replay_catalog", LINKS)).isEqualTo(
                "DELETE FROM public.product_categories l WHERE NOT EXISTS (SELECT 1 FROM replay_catalog.product_categories"
                        + " c WHERE c.product_id = l.product_id AND c.category_id = l.category_id)");
    }

    @Test
    void onlyRowsThatDifferAreUpdated() {
        assertThat(CopySql.upsert("replay_customers", ORDERS)).isEqualTo(
                "INSERT INTO public.orders AS l (id, status, total) SELECT id, status, total FROM replay_customers.orders"
                        + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, total = EXCLUDED.total"
                        + " WHERE ROW(l.status, l.total)::text IS DISTINCT FROM ROW(EXCLUDED.status, EXCLUDED.total)::text");
    }

    @Test
    void aTableOfKeysOnlyIsInsertedIntoOnly() {
        assertThat(CopySql.upsert("replay_catalog", LINKS)).endsWith("ON CONFLICT (product_id, category_id) DO NOTHING");
    }

    @Test
    void theLiveTokenTakesTheCopysPositionAndIsReleased() {
        List<String> statements = CopySql.tokenStatements("axon.token_entry");

        assertThat(statements.get(0)).contains("UPDATE axon.token_entry l SET token = c.token, tokenType = c.tokenType,"
                + " timestamp = ?, owner = NULL");
        assertThat(statements.get(1)).contains("INSERT INTO axon.token_entry").contains("WHERE NOT EXISTS");
    }

    @Test
    void onlyPlainIdentifiersAreWritten() {
        assertThatThrownBy(() -> CopySql.createCopy("replay_x", "products; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CopySql.TableShape("t", List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
