package com.fanbase.profiles;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.profiles.model.ChurnFeatures;
import com.fanbase.tenants.TenantId;

/**
 * Applies a tenant's model to each buyer's profile: P(alive), the probability of no
 * purchase in the next 180 days and churn risk (the same in whole percent), expected
 * purchases in 90 and 365 days, and predicted 365-day value. Profiles stream through in
 * bounded memory and the scores go back in batches by {@code COPY} and one joined update
 * per batch. Customers who never bought have no scores.
 */
@Component
class ProfileScorer {

	private static final int BATCH = 20_000;

	private static final String READ = """
			select p.customer_id, p.repeat_transactions, p.recency_days, p.age_days, coalesce(p.mean_repeat_value_cents, 0),
			    coalesce(p.avg_order_cents, 0), p.recent_views + p.recent_cart_adds + p.recent_email_clicks,
			    (select count(distinct (o.placed_at at time zone 'UTC')::date) from orders o
			     where o.tenant_id = p.tenant_id and o.customer_id = p.customer_id and o.status = 'paid'
			         and o.placed_at > p.as_of - interval '365 days' and o.placed_at <= p.as_of - interval '185 days')
			from customer_profiles p where p.tenant_id = ? and p.purchase_count > 0 and p.age_days is not null %s
			""";

	private static final String STAGING = """
			create temp table if not exists profile_scores (customer_id bigint, p_alive float8, churn_risk smallint,
			    e90 float8, e365 float8, clv bigint, model text, churn float8) on commit delete rows
			""";

	private static final String APPLY = """
			update customer_profiles p set p_alive = s.p_alive, churn_risk = s.churn_risk,
			    expected_purchases_90d = s.e90, expected_purchases_365d = s.e365, predicted_clv_cents = s.clv,
			    churn_model = s.model, churn_probability = s.churn
			from profile_scores s where p.tenant_id = ? and p.customer_id = s.customer_id
			""";

	/** The scores segment criteria read, copied into the facts where they changed. */
	private static final String APPLY_FACTS = """
			update profile_facts f set churn_risk = s.churn_risk, expected_purchases_90d = s.e90,
			    predicted_clv_cents = s.clv
			from profile_scores s where f.tenant_id = ? and f.customer_id = s.customer_id
			    and (f.churn_risk, f.expected_purchases_90d, f.predicted_clv_cents)
			        is distinct from (s.churn_risk, s.e90, s.clv)
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ProfileScorer(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Scores all of the tenant's buyers, or only those in the session's profile_scope
	 * table.
	 */
	long score(TenantId tenant, TenantModel model, boolean onlyScope) {
		return score(tenant, model, onlyScope ? "and p.customer_id in (select customer_id from profile_scope)" : "");
	}

	/**
	 * Scores the tenant's buyers with ids in {@code [lo, hi)}: a rebuild scores its
	 * chunks on two connections, so the model's arithmetic and the updates use both
	 * cores.
	 */
	long scoreRange(TenantId tenant, TenantModel model, long lo, long hi) {
		return score(tenant, model, "and p.customer_id >= " + lo + " and p.customer_id < " + hi);
	}

	private long score(TenantId tenant, TenantModel model, String predicate) {
		Batch batch = new Batch(tenant, model);
		// One transaction, so the driver reads through a cursor instead of loading every
		// row.
		this.transactions.executeWithoutResult((status) -> read(READ.formatted(predicate), tenant, batch));
		return batch.scored;
	}

	private void read(String sql, TenantId tenant, Batch batch) {
		this.jdbc.execute(STAGING);
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(sql);
			statement.setFetchSize(BATCH);
			statement.setLong(1, tenant.value());
			return statement;
		}, (ResultSet rs) -> {
			batch.add(rs);
			if (batch.size == BATCH) {
				batch.flush();
			}
		});
		batch.flush();
	}

	private final class Batch {

		private final TenantId tenant;

		private final TenantModel model;

		private final StringBuilder rows = new StringBuilder(BATCH * 64);

		private int size;

		private long scored;

		Batch(TenantId tenant, TenantModel model) {
			this.tenant = tenant;
			this.model = model;
		}

		void add(ResultSet rs) throws SQLException {
			double x = rs.getDouble(2);
			double tx = rs.getDouble(3) / TenantModel.DAYS_PER_WEEK;
			double t = rs.getDouble(4) / TenantModel.DAYS_PER_WEEK;
			double alive = finite(this.model.probabilityAlive(x, tx, t));
			double e90 = finite(this.model.expectedPurchases(90 / TenantModel.DAYS_PER_WEEK, x, tx, t));
			double e365 = finite(this.model.expectedPurchases(365 / TenantModel.DAYS_PER_WEEK, x, tx, t));
			double clv = finite(e365 * this.model.expectedSpend(x, rs.getDouble(5), rs.getDouble(6)));
			double churn = finite(this.model.churnProbability(new ChurnFeatures(x, (x > 0) ? rs.getDouble(3) : 0,
					rs.getDouble(4), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8))));
			this.rows.append(rs.getLong(1))
				.append('\t')
				.append(text(alive))
				.append('\t')
				.append(Math.round(100 * churn))
				.append('\t')
				.append(text(e90))
				.append('\t')
				.append(text(e365))
				.append('\t')
				.append(Math.round(clv))
				.append('\t')
				.append(this.model.churnModel(x))
				.append('\t')
				.append(String.format(Locale.ROOT, "%.9f", churn))
				.append('\n');
			this.size++;
		}

		void flush() {
			if (this.size == 0) {
				return;
			}
			byte[] data = this.rows.toString().getBytes(StandardCharsets.UTF_8);
			JdbcTemplate jdbc = ProfileScorer.this.jdbc;
			jdbc.execute((ConnectionCallback<Long>) (connection) -> {
				CopyIn copy = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy profile_scores from stdin");
				copy.writeToCopy(data, 0, data.length);
				return copy.endCopy();
			});
			jdbc.update(APPLY, this.tenant.value());
			jdbc.update(APPLY_FACTS, this.tenant.value());
			jdbc.execute("truncate profile_scores");
			this.scored += this.size;
			this.size = 0;
			this.rows.setLength(0);
		}

		private static double finite(double value) {
			return Double.isFinite(value) ? value : 0.0;
		}

		private static String text(double value) {
			return String.format(Locale.ROOT, "%.6f", value);
		}

	}

}
