package com.skincare.shop.query.feed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The event feed's settings from {@code shop.feed.*} and this node's memory of holes in the index. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
public class FeedConfiguration {

    /** The query side alone has no clock bean (the command side's is in the launcher); then the system's, in UTC. */
    @Bean
    FeedGaps feedGaps(FeedProperties properties, ObjectProvider<Clock> clock) {
        return new FeedGaps(properties.gapTimeout(), properties.settledAfter(), clock.getIfAvailable(Clock::systemUTC));
    }
}
