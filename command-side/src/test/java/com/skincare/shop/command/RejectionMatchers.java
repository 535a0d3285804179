package com.skincare.shop.command;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matchers for the refusals of every aggregate's fixture specs: {@code expectException(invalid("price"))}. */
public final class RejectionMatchers {

    private RejectionMatchers() {
    }

    public static Matcher<RejectedException> invalid(String field) {
        return rejected(Rejection.Kind.INVALID, "VALIDATION_FAILED", field);
    }

    public static Matcher<RejectedException> conflict(String code, String field) {
        return rejected(Rejection.Kind.CONFLICT, code, field);
    }

    public static Matcher<RejectedException> ruleBroken(String code) {
        return rejected(Rejection.Kind.RULE, code, null);
    }

    /** A rule broken by the value of one field, such as an illegal status change naming {@code status}. */
    public static Matcher<RejectedException> ruleBroken(String code, String field) {
        return rejected(Rejection.Kind.RULE, code, field);
    }

    public static Matcher<RejectedException> notFound(String code) {
        return rejected(Rejection.Kind.NOT_FOUND, code, null);
    }

    /** Kind, code and field are the contract with clients; the message is prose and may change. */
    private static Matcher<RejectedException> rejected(Rejection.Kind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException exception) {
                Rejection rejection = exception.rejection();
                return rejection.kind() == kind && rejection.code().equals(code)
                        && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection " + kind + " " + code + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(RejectedException exception, Description mismatch) {
                mismatch.appendText("was " + exception.rejection());
            }
        };
    }
}
