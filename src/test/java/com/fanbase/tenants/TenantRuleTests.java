package com.fanbase.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tenant rule for every operation of the API document: a tenant key naming another
 * tenant, in the query or in the JSON body, is refused; the operator key must name a
 * tenant, and may do so in either place.
 */
@IntegrationTest
class TenantRuleTests extends ApiTestSupport {

	@Test
	void everyOperationAppliesTheSameTenantRule() {
		TestTenant own = newTenant();
		TestTenant other = newTenant();
		List<String> broken = new ArrayList<>();
		for (Operation operation : operations()) {
			String query = operation.path() + "?tenant_id=" + other.id();
			expect(broken, operation, "tenant key, other tenant in the query", own.api(), query, body(operation, null),
					"tenant-mismatch");
			if (operation.takesJson()) {
				expect(broken, operation, "tenant key, other tenant in the body", own.api(), operation.path(),
						body(operation, other.id()), "tenant-mismatch");
			}
			expect(broken, operation, "operator key, no tenant", operator(), operation.path(), body(operation, null),
					"tenant-required");
			if (operation.takesJson()) {
				Api.Response named = send(operator(), operation, operation.path(), body(operation, own.id()));
				if (named.isProblem() && named.type().endsWith("/tenant-required")) {
					broken.add(operation + ": operator key, tenant in the body: ignored the body's tenant_id");
				}
				expect(broken, operation, "query and body disagree", operator(),
						operation.path() + "?tenant_id=" + own.id(), body(operation, other.id()), "invalid-request");
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void refusesAJsonBodyOverTheLimitBeforeReadingIt() {
		TestTenant tenant = newTenant();
		String name = "x".repeat(1024 * 1024);

		Api.Response response = tenant.api().postJson("/api/audience/segments", "{\"name\": \"" + name + "\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.type()).endsWith("/body-too-large");
		assertThat(tenant.api().get("/api/audience/segments").text()).doesNotContain("xxxx");
	}

	private void expect(List<String> broken, Operation operation, String what, Api api, String path, String body,
			String type) {
		Api.Response response = send(api, operation, path, body);
		if (!response.isProblem() || !response.type().endsWith("/" + type)) {
			broken.add(operation + ": " + what + ": expected " + type + ", got " + response.status() + " "
					+ (response.isProblem() ? response.type() : response.text()));
		}
	}

	private static Api.Response send(Api api, Operation operation, String path, String body) {
		return switch (operation.method()) {
			case "get" -> api.get(path);
			case "delete" -> api.delete(path);
			default -> api.send(operation.method().toUpperCase(), path, (body != null) ? body : "{}");
		};
	}

	private static String body(Operation operation, Long tenant) {
		if (!operation.takesJson()) {
			return null;
		}
		return (tenant == null) ? "{}" : "{\"tenant_id\": " + tenant + "}";
	}

	/** The operations that act for a tenant, with their path variables filled in. */
	private List<Operation> operations() {
		JsonNode document = anonymous().get("/v3/api-docs").body();
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			String template = path.getKey();
			if (template.startsWith("/api/audience/tenants") || template.startsWith("/api/audience/webhooks/")
					|| template.startsWith("/api/audience/ingest/") || template.endsWith("/members/upload")) {
				continue;
			}
			String concrete = template.replace("{platform}", "meta").replaceAll("\\{[^}]+}", "1");
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				// A tenant_id in a JSON body counts even where the operation needs no
				// other body.
				boolean json = !method.getKey().equals("get") && !method.getKey().equals("delete");
				operations.add(new Operation(method.getKey(), concrete, json));
			}
		}
		assertThat(operations).hasSizeGreaterThan(40);
		return operations;
	}

	private record Operation(String method, String path, boolean takesJson) {

		@Override
		public String toString() {
			return this.method.toUpperCase() + " " + this.path;
		}

	}

}
