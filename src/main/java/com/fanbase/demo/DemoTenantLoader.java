package com.fanbase.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fanbase.ingestion.IngestionReport;
import com.fanbase.ingestion.IngestionRun;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.RawRow;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.tenants.ApiKey;
import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.IssuedKey;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * With the {@code demo} profile: creates the demo tenant and fills it with generated
 * ticketing data through the same ingestion path as the API (once; the data persists),
 * then issues a fresh demo key and prints it.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoTenantLoader implements ApplicationRunner {

	static final String KEY_NAME = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoTenantLoader.class);

	private final DemoProperties properties;

	private final Tenants tenants;

	private final ApiKeys keys;

	private final Ingestor ingestor;

	private final Clock clock;

	private final Environment environment;

	DemoTenantLoader(DemoProperties properties, Tenants tenants, ApiKeys keys, Ingestor ingestor, Clock clock,
			Environment environment) {
		this.properties = properties;
		this.environment = environment;
		this.tenants = tenants;
		this.keys = keys;
		this.ingestor = ingestor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantId tenant = TenantId.of(this.properties.tenantId());
		if (this.tenants.find(tenant).isEmpty()) {
			this.tenants.create(tenant, "Demo Promotions", "EUR", Plan.PRO);
			load(tenant);
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		announce(tenant, issueKey(tenant), "http://localhost:" + port, System.out);
	}

	private void load(TenantId tenant) {
		long started = System.nanoTime();
		TicketingDataGenerator generator = new TicketingDataGenerator(this.properties.scale(), this.clock.instant());
		load(tenant, RecordKind.EVENTS, generator::events);
		load(tenant, RecordKind.CUSTOMERS, generator::customers);
		load(tenant, RecordKind.ORDERS, generator::orders);
		load(tenant, RecordKind.ACTIVITIES, generator::activities);
		log.info("Loaded the demo tenant {} in {} s", tenant, (System.nanoTime() - started) / 1_000_000_000);
	}

	private void load(TenantId tenant, RecordKind kind, Consumer<Consumer<Map<String, Object>>> rows) {
		IngestionRun run = this.ingestor.start(tenant, kind);
		long[] line = { 0 };
		rows.accept((row) -> run.row(new RawRow(++line[0], row)));
		IngestionReport report = run.finish();
		if (report.rejected() > 0) {
			log.warn("The demo generator produced {} {} rows the ingestion refused, e.g. {}", report.rejected(),
					kind.id(), report.errors().get(0));
		}
	}

	private IssuedKey issueKey(TenantId tenant) {
		for (ApiKey key : this.keys.list(tenant)) {
			if (KEY_NAME.equals(key.name())) {
				this.keys.revoke(tenant, key.id());
			}
		}
		return this.keys.issue(tenant, KEY_NAME);
	}

	private static void announce(TenantId tenant, IssuedKey key, String base, PrintStream out) {
		out.println();
		out.println("  Demo tenant " + tenant + " is ready. Its key (a new one each start):");
		out.println();
		out.println("      " + key.secret());
		out.println();
		out.println("  Try: curl -H 'Authorization: Bearer " + key.secret() + "' " + base + "/api/audience/customers");
		out.println("  Admin: " + base + "/admin (sign in as the demo owner printed below)");
		out.println();
	}

}
