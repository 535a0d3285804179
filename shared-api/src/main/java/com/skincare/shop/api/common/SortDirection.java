package com.skincare.shop.api.common;

public enum SortDirection {
    ASC, DESC
}
