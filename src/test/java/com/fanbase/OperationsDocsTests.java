package com.fanbase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page and its Grafana dashboard name only metrics the service publishes.
 */
@IntegrationTest
class OperationsDocsTests extends ApiTestSupport {

	private static final Pattern METRIC = Pattern
		.compile("\\b((?:fanbase|http_server_requests|hikaricp|jvm_memory)_[a-z_]+)\\b");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMetricOfTheDashboardAndTheAlertTableIsPublished() throws IOException {
		TestTenant tenant = newTenant();
		tenant.api().post("/api/audience/ingest/customers", "application/x-ndjson", "{\"id\": 1}\n");
		// An unfinished job, so the active-jobs gauge has a row (a type no handler runs).
		this.jdbc.sql(
				"insert into jobs (tenant_id, type, status, created_at) values (:tenant, 'docs-check', 'queued', now())")
			.param("tenant", tenant.id())
			.update();
		anonymous().get("/actuator/prometheus");
		String scrape = anonymous().get("/actuator/prometheus").text();
		this.jdbc.sql("delete from jobs where tenant_id = :tenant").param("tenant", tenant.id()).update();

		Set<String> named = new TreeSet<>();
		named.addAll(metrics(Files.readString(Path.of("docs/grafana/fanbase.json"))));
		named.addAll(metrics(Files.readString(Path.of("docs/operations.md"))));

		assertThat(named).hasSizeGreaterThan(8);
		assertThat(named).allSatisfy((metric) -> assertThat(scrape).contains(metric));
	}

	private static Set<String> metrics(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = METRIC.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
