package com.fanbase.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.StandardOut;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fanbase.demo.tenant-id=77", "fanbase.demo.customers=300", "fanbase.demo.events=60",
				"fanbase.demo.orders=1500" })
@ActiveProfiles({ "test", "demo" })
class DemoTenantLoaderTests extends ApiTestSupport {

	@Autowired
	DemoTenantLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fillsTheDemoTenantOnceAndPrintsAWorkingKey() {
		long customers = count("customers");
		long orders = count("orders");

		String key = runAgainCapturingKey();

		assertThat(customers).isEqualTo(300);
		assertThat(orders).isBetween(1200L, 1800L);
		assertThat(count("events")).isEqualTo(60);
		assertThat(count("activities")).isPositive();
		assertThat(count("customers")).isEqualTo(customers);
		Api.Response response = new Api(this.port, key).get("/api/audience/customers?limit=5");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("items").size()).isEqualTo(5);
	}

	@Test
	void revokesThePreviousDemoKeyAtEachStart() {
		String first = runAgainCapturingKey();
		String second = runAgainCapturingKey();

		assertThat(new Api(this.port, first).get("/api/audience/customers").status()).isEqualTo(401);
		assertThat(new Api(this.port, second).get("/api/audience/customers").status()).isEqualTo(200);
	}

	private String runAgainCapturingKey() {
		String printed = StandardOut.capture(() -> this.loader.run(new DefaultApplicationArguments()));
		Matcher key = Pattern.compile("fbk_[A-Za-z0-9_-]+").matcher(printed);
		assertThat(key.find()).isTrue();
		return key.group();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where tenant_id = 77").query(Long.class).single();
	}

}
