package com.skincare.shop.projections.deadletters;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's Spring transaction manager with propagation {@code NESTED}: a transaction of its own when none is
 * running, a savepoint inside one when it is. Axon's class completes only the transactions it began, so a
 * savepoint would never be rolled back to (nor released); this one completes savepoints too.
 */
final class SavepointTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager platform;

    SavepointTransactionManager(PlatformTransactionManager platform) {
        super(platform, nested());
        this.platform = platform;
    }

    private static TransactionDefinition nested() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return definition;
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            platform.commit(status);
        } else {
            super.commitTransaction(status);
        }
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            platform.rollback(status);
        } else {
            super.rollbackTransaction(status);
        }
    }
}
