package com.fanbase.testing;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What most API tests start from: the operator's client and fresh tenants with their own
 * keys.
 */
public abstract class ApiTestSupport {

	private static final AtomicLong tenantNames = new AtomicLong();

	@LocalServerPort
	protected int port;

	protected Api operator() {
		return new Api(this.port, Api.OPERATOR_KEY);
	}

	protected Api anonymous() {
		return new Api(this.port, null);
	}

	/** Creates a tenant with an id the service picks, and a key for it. */
	protected TestTenant newTenant() {
		Api.Response created = operator().postJson("/api/audience/tenants",
				"{\"name\": \"Tenant " + tenantNames.incrementAndGet() + "\", \"currency\": \"EUR\"}");
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a tenant: " + created);
		}
		long id = created.body().path("id").asLong();
		Api.Response key = operator().postJson("/api/audience/tenants/" + id + "/keys", "{\"name\": \"test\"}");
		return new TestTenant(id, key.body().path("key").asString(), key.body().path("id").asLong(),
				new Api(this.port, key.body().path("key").asString()));
	}

	public record TestTenant(long id, String key, long keyId, Api api) {
	}

}
