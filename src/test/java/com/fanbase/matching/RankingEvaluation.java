package com.fanbase.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.FanbaseApplication;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;
import com.fanbase.profiles.ProfileRebuilds;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Replays history to measure how well recommendations rank the customers who actually
 * bought: for each held-out event, profiles are built only from what happened before the
 * cutoff (before the event went on sale), every customer is scored by the service's own
 * generator, and precision, recall and NDCG at k of its ranking are set next to two
 * baselines, the most active customers first and a random order. Runs the service's
 * context on a fresh embedded PostgreSQL under target/. Arguments: {@code --demo DIR}
 * (the generator's NDJSON files), {@code --meetup DIR} (the Meetup RSVP data set; cities
 * chicago, sfo, dc), {@code --out FILE}.
 */
public final class RankingEvaluation {

	static final int[] KS = { 10, 100 };

	static final double HELD_OUT = 0.2;

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private RankingEvaluation(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		// Command-line arguments: they win over application.properties.
		String[] settings = { "--fanbase.embedded-postgres.data-dir=target/ranking-eval-pg/" + System.nanoTime(),
				"--fanbase.matching.auto-generate-horizon=0s", "--fanbase.matching.max-stored=" + KS[KS.length - 1],
				// no refresh (nor the live pipeline's): profiles stay as of the split,
				// never
				// as of now, which would let the held-out events' orders into them
				"--fanbase.profiles.refresh-interval=24h", "--fanbase.changes.enabled=false",
				"--fanbase.jobs.polling-interval=200ms", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				// the admin's controllers need the web context; port 0 takes any free
				// port
				"--server.port=" + System.getProperty("ranking.port", "0") };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FanbaseApplication.class)
			.web(WebApplicationType.SERVLET)
			.logStartupInfo(false)
			.run(settings)) {
			RankingEvaluation evaluation = new RankingEvaluation(context);
			List<String> sections = new ArrayList<>();
			if (options.containsKey("demo")) {
				Path dir = Path.of(options.get("demo"));
				sections.add(evaluation.evaluate(
						(ingestor, tenant) -> unchecked(() -> DemoReplay.load(dir, ingestor, tenant, HELD_OUT, 5))));
			}
			if (options.containsKey("meetup")) {
				Path dir = Path.of(options.get("meetup"));
				for (String city : options.getOrDefault("cities", "chicago,sfo,dc").split(",")) {
					sections.add(evaluation.evaluate((ingestor,
							tenant) -> unchecked(() -> MeetupReplay.load(dir, city, ingestor, tenant, HELD_OUT))));
				}
			}
			evaluation.write(options.get("out"), sections);
		}
	}

	/** Writes what is done so far, so a long run leaves its finished sections behind. */
	private void write(String out, List<String> sections) throws java.io.IOException {
		String report = RankingReport.render(sections);
		System.out.println(sections.get(sections.size() - 1));
		if (out != null) {
			Files.writeString(Path.of(out), report);
		}
	}

	private String evaluate(BiFunction<Ingestor, TenantId, Replay> loader) throws Exception {
		Tenants tenants = this.context.getBean(Tenants.class);
		TenantId tenant = tenants.create(null, "ranking evaluation " + System.nanoTime(), "USD", Plan.ENTERPRISE).id();
		long started = System.nanoTime();
		Replay replay = loader.apply(this.context.getBean(Ingestor.class), tenant);
		rebuildProfiles(tenant, replay.cutoff());
		RecommendationGenerator generator = this.context.getBean(RecommendationGenerator.class);
		List<Long> everyone = this.jdbc.sql("select customer_id from customer_profiles where tenant_id = :t order by 1")
			.param("t", tenant.value())
			.query(Long.class)
			.list();
		List<Long> mostActive = this.jdbc.sql("""
				select customer_id from customer_profiles where tenant_id = :t
				order by purchase_count desc, last_purchase_at desc nulls last, customer_id limit :k
				""").param("t", tenant.value()).param("k", KS[KS.length - 1]).query(Long.class).list();
		long fitStarted = System.nanoTime();
		WeightFitter.Fit fit = this.context.getBean(WeightFitter.class).fit(tenant, replay.cutoff());
		double fitSeconds = (System.nanoTime() - fitStarted) / 1e9;
		boolean genres = this.jdbc
			.sql("select exists (select 1 from events where tenant_id = :t and cardinality(genres) > 0)")
			.param("t", tenant.value())
			.query(Boolean.class)
			.single();
		Map<String, RankingMetrics.Tally> tallies = new LinkedHashMap<>();
		tallies.put(SEED, new RankingMetrics.Tally(KS));
		if (fit.weights() != null) {
			tallies.put(LEARNED, new RankingMetrics.Tally(KS));
		}
		tallies.put(ARTIST_BASELINE, new RankingMetrics.Tally(KS));
		if (genres) {
			tallies.put(GENRE_BASELINE, new RankingMetrics.Tally(KS));
		}
		tallies.put("most active first", new RankingMetrics.Tally(KS));
		tallies.put("random", new RankingMetrics.Tally(KS));
		long buyers = 0;
		for (Map.Entry<Long, java.util.Set<Long>> event : replay.buyers().entrySet()) {
			generator.generate(tenant, event.getKey(), Weights.SEED);
			tallies.get(SEED).add(ranking(tenant, event.getKey()), event.getValue());
			if (fit.weights() != null) {
				generator.generate(tenant, event.getKey(), fit.weights());
				tallies.get(LEARNED).add(ranking(tenant, event.getKey()), event.getValue());
			}
			tallies.get(ARTIST_BASELINE).add(baseline(ARTIST_SQL, tenant, event.getKey()), event.getValue());
			if (genres) {
				tallies.get(GENRE_BASELINE).add(baseline(GENRE_SQL, tenant, event.getKey()), event.getValue());
			}
			tallies.get("most active first").add(mostActive, event.getValue());
			List<Long> shuffled = new ArrayList<>(everyone);
			Collections.shuffle(shuffled, new Random(event.getKey()));
			tallies.get("random")
				.add(shuffled.subList(0, Math.min(KS[KS.length - 1], shuffled.size())), event.getValue());
			buyers += event.getValue().size();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return RankingReport.section(replay, buyers, tallies, seconds, fit, fitSeconds);
	}

	static final String SEED = "service, seed weights";

	static final String LEARNED = "service, learned weights";

	static final String ARTIST_BASELINE = "past attendance of the artist, then activity";

	static final String GENRE_BASELINE = "genre affinity, then activity";

	/**
	 * How many earlier events of the event's artists each customer bought for; ties by
	 * activity.
	 */
	private static final String ARTIST_SQL = """
			select p.customer_id from customer_profiles p
			left join (select o.customer_id, count(distinct o.event_id) as n
			           from events e join orders o on o.tenant_id = e.tenant_id and o.event_id = e.id
			           where e.tenant_id = :t and o.status = 'paid' and e.id <> :e
			             and e.artists && (select artists from events where tenant_id = :t and id = :e)
			           group by 1) a on a.customer_id = p.customer_id
			where p.tenant_id = :t
			order by coalesce(a.n, 0) desc, p.purchase_count desc, p.last_purchase_at desc nulls last, p.customer_id
			limit :k
			""";

	/** The profile's weight of the event's genres; ties by activity. */
	private static final String GENRE_SQL = """
			select p.customer_id from customer_profiles p
			left join lateral (select sum((g ->> 'weight')::float8) as w from jsonb_array_elements(p.genres) g
			                   where g ->> 'name' = any((select genres from events where tenant_id = :t and id = :e)))
			    a on true
			where p.tenant_id = :t
			order by coalesce(a.w, 0) desc, p.purchase_count desc, p.last_purchase_at desc nulls last, p.customer_id
			limit :k
			""";

	private List<Long> baseline(String sql, TenantId tenant, long event) {
		return this.jdbc.sql(sql)
			.param("t", tenant.value())
			.param("e", event)
			.param("k", KS[KS.length - 1])
			.query(Long.class)
			.list();
	}

	private List<Long> ranking(TenantId tenant, long event) {
		return this.jdbc.sql("""
				select customer_id from event_recommendations where tenant_id = :t and event_id = :e
				order by score desc, rank_position, customer_id limit :k
				""")
			.param("t", tenant.value())
			.param("e", event)
			.param("k", KS[KS.length - 1])
			.query(Long.class)
			.list();
	}

	private void rebuildProfiles(TenantId tenant, Instant asOf) throws InterruptedException {
		Jobs jobs = this.context.getBean(Jobs.class);
		Job job = this.context.getBean(ProfileRebuilds.class).start(tenant, asOf);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
		while (!job.finished() && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			job = jobs.find(tenant, job.id()).orElseThrow();
		}
		if (!"succeeded".equals(job.status())) {
			throw new IllegalStateException("profile rebuild " + job.status() + ": " + job.error());
		}
	}

	interface Loader {

		Replay load() throws Exception;

	}

	private static Replay unchecked(Loader loader) {
		try {
			return loader.load();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
