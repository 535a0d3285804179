package com.skincare.shop.query.cart;

import com.skincare.shop.api.cart.CheckoutPricing;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's checkout prices from {@code shop.checkout.*}; a negative fee or a rate above 1 fails the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutProperties.class)
public class CheckoutConfiguration {

    @Bean
    public CheckoutPricing checkoutPricing(CheckoutProperties properties) {
        return new CheckoutPricing(properties.shippingFee(), properties.freeShippingOver(), properties.taxRate());
    }
}
