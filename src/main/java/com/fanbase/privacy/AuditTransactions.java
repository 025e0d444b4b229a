package com.fanbase.privacy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Writes a request's pending audit entry in the first read-write transaction the request
 * commits, just before the commit, on the same connection: the change and its entry are
 * committed together or not at all. Only request threads have a pending entry; background
 * jobs are not audited here.
 */
@Component
class AuditTransactions implements TransactionExecutionListener, SmartInitializingSingleton {

	private final AuditLog audit;

	private final ObjectProvider<PlatformTransactionManager> managers;

	AuditTransactions(AuditLog audit, ObjectProvider<PlatformTransactionManager> managers) {
		this.audit = audit;
		this.managers = managers;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.managers.orderedStream()
			.filter(ConfigurableTransactionManager.class::isInstance)
			.map(ConfigurableTransactionManager.class::cast)
			.forEach((manager) -> manager.addListener(this));
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (transaction.isNewTransaction() && !transaction.isReadOnly() && !transaction.isRollbackOnly()) {
			this.audit.writePending();
		}
	}

}
