package com.skincare.shop.query;

import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.context.request.ServletWebRequest;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextParametersTest {

    record Listing(String page, @BindParam("skin_type") String skinType, String search) {
    }

    record Checked(String limit) {
        Checked {
            if ("0".equals(limit)) {
                throw RequestParameters.invalid("limit", "must be at least 1");
            }
        }
    }

    record Typed(int page) {
    }

    @SuppressWarnings("unused")
    static void endpoint(@ParameterObject Listing listing, @ParameterObject Checked checked,
                         @ParameterObject Typed typed, Listing unannotated) {
    }

    private final TextParameters resolver = new TextParameters();

    @Test
    void takesEachComponentFromTheParameterOfItsName() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("page", "2");
        request.addParameter("skin_type", "dry");

        Object bound = resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);

        assertThat(bound).isEqualTo(new Listing("2", "dry", null));
    }

    @Test
    void aRecordsOwnRefusalReachesTheCallerAsItIs() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("limit", "0");

        assertThatThrownBy(() -> resolver.resolveArgument(parameter(1), null, new ServletWebRequest(request), null))
                .hasMessageContaining("limit must be at least 1");
    }

    @Test
    void leavesOtherParametersToSpring() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).as("not all text").isFalse();
        assertThat(resolver.supportsParameter(parameter(3))).as("no @ParameterObject").isFalse();
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method method = TextParametersTest.class.getDeclaredMethod("endpoint", Listing.class, Checked.class,
                Typed.class, Listing.class);
        return new MethodParameter(method, index);
    }
}
