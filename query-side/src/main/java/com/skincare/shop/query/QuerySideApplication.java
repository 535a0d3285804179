package com.skincare.shop.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The read side: REST queries answered from the projections, and the processors that keep those projections
 * current. The SQL projections and the schema they need come with the projections-sql module's auto-configuration.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
