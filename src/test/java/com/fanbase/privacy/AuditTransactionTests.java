package com.fanbase.privacy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's audit entry is written in the transaction of its change: committed with it
 * (status unknown until the answer, so a crash in between leaves the entry, not a gap),
 * rolled back with it, and completed with the status once answered.
 */
@IntegrationTest
class AuditTransactionTests extends ApiTestSupport {

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void unbind() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theEntryCommitsWithTheChangeAndGetsItsStatusWhenAnswered() {
		TenantId tenant = TenantId.of(newTenant().id());
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		AuditLog.Pending pending = this.audit.begin(Actor.key(9, Role.MARKETER), "POST /test/{id}", Map.of("id", "1"),
				() -> tenant);

		this.transactions.executeWithoutResult((status) -> {
		});

		List<AuditEntry> written = entries(tenant);
		assertThat(written).hasSize(1);
		assertThat(written.get(0).status()).as("committed, not yet answered: what a crash here leaves").isNull();
		this.transactions.executeWithoutResult((status) -> {
		});
		assertThat(entries(tenant)).as("written once per request").hasSize(1);
		this.audit.complete(pending, 201);
		assertThat(entries(tenant).get(0).status()).isEqualTo(201);
	}

	@Test
	void aRolledBackChangeTakesItsEntryAlongAndTheAnswerRecordsIt() {
		TenantId tenant = TenantId.of(newTenant().id());
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		AuditLog.Pending pending = this.audit.begin(Actor.key(9, Role.MARKETER), "POST /test", Map.of(), () -> tenant);

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(entries(tenant)).isEmpty();
		this.audit.complete(pending, 500);
		assertThat(entries(tenant)).extracting(AuditEntry::status).containsExactly(500);
	}

	private List<AuditEntry> entries(TenantId tenant) {
		return this.audit.find(tenant, new AuditQuery(null, null, "POST /test", null, null, null, 10));
	}

}
