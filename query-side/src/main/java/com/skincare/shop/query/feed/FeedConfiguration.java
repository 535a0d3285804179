package com.skincare.shop.query.feed;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The event feed's settings from {@code shop.feed.*} and this node's memory of holes in the index. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
public class FeedConfiguration {

    @Bean
    FeedGaps feedGaps(FeedProperties properties, Clock clock) {
        return new FeedGaps(properties.gapTimeout(), properties.settledAfter(), clock);
    }
}
