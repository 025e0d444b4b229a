package com.fanbase.web;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fanbase.client.ApiClient;
import com.fanbase.client.ApiException;
import com.fanbase.client.api.IngestionApi;
import com.fanbase.client.api.JobsApi;
import com.fanbase.client.api.ProfilesApi;
import com.fanbase.client.api.SegmentsApi;
import com.fanbase.client.api.TenantsAndKeysApi;
import com.fanbase.client.model.CreateKeyRequest;
import com.fanbase.client.model.CreateTenantRequest;
import com.fanbase.client.model.Criteria;
import com.fanbase.client.model.CriteriaRule;
import com.fanbase.client.model.IngestionReport;
import com.fanbase.client.model.IssuedKeyResponse;
import com.fanbase.client.model.JobResponse;
import com.fanbase.client.model.PreviewRequest;
import com.fanbase.client.model.Segment;
import com.fanbase.client.model.SegmentPreview;
import com.fanbase.client.model.SegmentRequest;
import com.fanbase.client.model.TenantResponse;
import com.fanbase.testing.Api;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A client generated from the published API document ({@code docs/openapi.json}, by
 * openapi-generator's Java client during the build) drives the integrator's first flow: a
 * tenant and its key, ingestion, a profile rebuild as a job, a segment's preview and
 * members, and a problem answer.
 */
@IntegrationTest
class GeneratedClientTests {

	@LocalServerPort
	int port;

	@Test
	void drivesTheFirstFlowOfAnIntegrator() throws Exception {
		TenantsAndKeysApi tenants = new TenantsAndKeysApi(client(Api.OPERATOR_KEY));
		TenantResponse tenant = tenants
			.createTenant(new CreateTenantRequest().name("Generated client arena").currency("EUR"));
		IssuedKeyResponse key = tenants.issueKey(tenant.getId(), new CreateKeyRequest().name("integration"));
		assertThat(key.getKey()).isNotBlank();
		assertThat(key.getTenantId()).isEqualTo(tenant.getId());
		ApiClient asTenant = client(key.getKey());

		IngestionApi ingestion = new IngestionApi(asTenant);
		IngestionReport customers = ingestion.ingestCustomers(
				List.of(Map.of("id", 1, "email", "ada@example.com", "email_consent", true, "city", "Berlin"),
						Map.of("id", 2, "email", "bo@example.com", "email_consent", false, "city", "Hamburg"),
						Map.of("id", 3, "email", "cy@example.com", "city", "Berlin")),
				null);
		assertThat(customers.getUpserted()).isEqualTo(3);
		IngestionReport events = ingestion.ingestEvents(
				List.of(Map.of("id", 10, "name", "Spring tour", "event_type", "concert", "starts_at",
						"2026-05-01T20:00:00Z", "artists", List.of("The Generators"), "genres", List.of("rock"))),
				null);
		assertThat(events.getUpserted()).isEqualTo(1);
		IngestionReport orders = ingestion.ingestOrders(List.of(
				Map.of("id", 100, "customer_id", 1, "event_id", 10, "placed_at", "2026-03-01T10:00:00Z", "status",
						"paid", "total_cents", 12000),
				Map.of("id", 101, "customer_id", 2, "event_id", 10, "placed_at", "2026-03-02T10:00:00Z", "status",
						"paid", "total_cents", 4000),
				Map.of("id", 102, "customer_id", 3, "event_id", 10, "placed_at", "2026-03-02T10:00:00Z", "status",
						"paid")),
				null);
		assertThat(orders.getUpserted()).isEqualTo(2);
		assertThat(orders.getRejected()).isEqualTo(1);
		assertThat(orders.getErrors()).singleElement().satisfies((error) -> assertThat(error.getId()).isEqualTo(102));

		Map<String, Object> rebuild = new ProfilesApi(asTenant).rebuildProfiles(null);
		long jobId = ((Number) rebuild.get("job_id")).longValue();
		JobsApi jobs = new JobsApi(asTenant);
		JobResponse job = Eventually.await(() -> job(jobs, jobId), (found) -> found.getFinishedAt() != null,
				Duration.ofSeconds(60));
		assertThat(job.getStatus()).isEqualTo("succeeded");

		Criteria bigSpenders = new Criteria().match(Criteria.MatchEnum.ALL)
			.rules(List.of(new CriteriaRule().field("total_spent").operator(">=").value(100)));
		SegmentsApi segments = new SegmentsApi(asTenant);
		SegmentPreview preview = segments.previewSegment(new PreviewRequest().criteria(bigSpenders));
		assertThat(preview.getCount()).isEqualTo(1);
		assertThat(preview.getReachableEmail()).isEqualTo(1);
		Segment created = segments.createSegment(new SegmentRequest().name("Big spenders").criteria(bigSpenders));
		assertThat(segments.getSegment(created.getId(), null).getName()).isEqualTo("Big spenders");
		assertThat(segments.listSegments(null)).extracting(Segment::getId).contains(created.getId());

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> segments.getSegment(Long.MAX_VALUE, null))
			.satisfies((problem) -> {
				assertThat(problem.getCode()).isEqualTo(404);
				assertThat(problem.getResponseHeaders().firstValue("content-type"))
					.hasValue("application/problem+json");
				assertThat(problem.getResponseBody()).contains("\"type\"");
			});
	}

	private static JobResponse job(JobsApi jobs, long id) {
		try {
			return jobs.getJob(id, null);
		}
		catch (ApiException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ApiClient client(String key) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		client.setRequestInterceptor((HttpRequest.Builder request) -> request.header("Authorization", "Bearer " + key));
		return client;
	}

}
