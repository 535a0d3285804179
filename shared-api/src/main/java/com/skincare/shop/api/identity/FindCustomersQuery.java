package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/** Answers a {@code ResultPage<UserView>}: the users an admin asked for, one page of them. */
public record FindCustomersQuery(CustomerFilter filter, CustomerSort sort, SortDirection direction, PageRequest page) {
}
