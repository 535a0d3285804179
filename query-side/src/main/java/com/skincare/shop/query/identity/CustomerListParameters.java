package com.skincare.shop.query.identity;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.identity.CustomerFilter;
import com.skincare.shop.api.identity.CustomerSort;
import com.skincare.shop.api.identity.FindCustomersQuery;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.query.RequestParameters;
import org.springframework.web.bind.annotation.BindParam;


/**
 * The query parameters of the admin's user list, bound as sent (text) and checked by {@link #toQuery}, so a bad
 * value answers 400 naming the parameter. {@code is_active} and {@code email_verified} are {@code true} or
 * {@code false}; {@code sort} one of {@code created_at} (the default, newest first), {@code updated_at},
 * {@code email}, {@code name}, {@code total_orders}, {@code total_spent}.
 */
public record CustomerListParameters(
        String page,
        String limit,
        String sort,
        String order,
        String search,
        String role,
        @BindParam("is_active") String active,
        @BindParam("email_verified") String emailVerified,
        @BindParam("skin_type") String skinType,
        String language) {

    FindCustomersQuery toQuery() {
        PageRequest page = RequestParameters.page(this.page, limit, UserQueryHandler.DEFAULT_LIMIT);
        CustomerSort customerSort = RequestParameters.code("sort", sort, CustomerSort::fromCode, CustomerSort.values(),
                CustomerSort::code);
        CustomerFilter filter = new CustomerFilter(
                RequestParameters.text("search", search),
                RequestParameters.code("role", role, UserRole::fromCode, UserRole.values(), UserRole::code),
                RequestParameters.bool("is_active", active),
                RequestParameters.bool("email_verified", emailVerified),
                RequestParameters.code("skin_type", skinType, SkinType::fromCode, SkinType.values(), SkinType::code),
                RequestParameters.code("language", language, Language::fromCode, Language.values(), Language::code));
        return new FindCustomersQuery(filter, customerSort == null ? CustomerSort.CREATED_AT : customerSort,
                direction(customerSort), page);
    }

    /** Newest first by default; names and emails read A to Z unless asked otherwise. */
    private SortDirection direction(CustomerSort customerSort) {
        return RequestParameters.direction(order, customerSort == CustomerSort.EMAIL || customerSort == CustomerSort.NAME
                ? SortDirection.ASC : SortDirection.DESC);
    }
}
