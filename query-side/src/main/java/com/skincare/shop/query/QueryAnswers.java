package com.skincare.shop.query;

import com.skincare.shop.api.common.ResultPage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What the REST controllers need to wait for a query's answer and to name its generic type. */
public final class QueryAnswers {

    private QueryAnswers() {
    }

    /**
     * Waits for the answer. A failed query surfaces as the handler's own exception rather than wrapped in a
     * {@link CompletionException}, so the web layer's error mapping sees what actually went wrong.
     */
    public static <R> R await(CompletableFuture<R> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A {@code ResultPage<T>}; the item type only documents intent, since Java erases it. */
    @SuppressWarnings("unchecked")
    public static <T> ResponseType<ResultPage<T>> pageOf(Class<T> itemType) {
        return ResponseTypes.instanceOf((Class<ResultPage<T>>) (Class<?>) ResultPage.class);
    }

    /** An optional {@code ResultPage<T>}: a page, or nothing when what it would list does not exist. */
    @SuppressWarnings("unchecked")
    public static <T> ResponseType<Optional<ResultPage<T>>> optionalPageOf(Class<T> itemType) {
        return ResponseTypes.optionalInstanceOf((Class<ResultPage<T>>) (Class<?>) ResultPage.class);
    }
}
