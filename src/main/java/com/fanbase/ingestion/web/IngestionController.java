package com.fanbase.ingestion.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.ingestion.IngestionReport;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.InputFormat;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.ingestion.UnsupportedInputFormatException;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.BodyStreamException;
import com.fanbase.web.Problems;

/**
 * Pushes the core's data in. The body is streamed straight from the socket into batches,
 * so a request may carry millions of rows; a gzip body arrives inflated (within the
 * inflation limits, see {@code web.RequestInputFilter}).
 */
@RestController
@RequestMapping("/api/audience/ingest")
class IngestionController {

	private final Ingestor ingestor;

	IngestionController(Ingestor ingestor) {
		this.ingestor = ingestor;
	}

	@Operation(summary = "Upsert customers by the core's ids")
	@PostMapping("/customers")
	ResponseEntity<Object> customers(@Parameter(hidden = true) TenantId tenant, HttpServletRequest request)
			throws IOException {
		return ingest(tenant, RecordKind.CUSTOMERS, request);
	}

	@Operation(summary = "Upsert events by the core's ids")
	@PostMapping("/events")
	ResponseEntity<Object> events(@Parameter(hidden = true) TenantId tenant, HttpServletRequest request)
			throws IOException {
		return ingest(tenant, RecordKind.EVENTS, request);
	}

	@Operation(summary = "Upsert orders; their customers and events must already exist")
	@PostMapping("/orders")
	ResponseEntity<Object> orders(@Parameter(hidden = true) TenantId tenant, HttpServletRequest request)
			throws IOException {
		return ingest(tenant, RecordKind.ORDERS, request);
	}

	@Operation(summary = "Record activities: views, cart adds, watchlist changes, email engagement")
	@PostMapping("/activities")
	ResponseEntity<Object> activities(@Parameter(hidden = true) TenantId tenant, HttpServletRequest request)
			throws IOException {
		return ingest(tenant, RecordKind.ACTIVITIES, request);
	}

	private ResponseEntity<Object> ingest(TenantId tenant, RecordKind kind, HttpServletRequest request)
			throws IOException {
		InputFormat format = formatOf(request.getContentType());
		InputStream body = new BufferedInputStream(request.getInputStream(), 1 << 16);
		boolean single = (format == InputFormat.JSON) && startsWithObject(body);
		IngestionReport report = this.ingestor.ingest(tenant, kind, format, body);
		BodyStreamException cut = BodyStreamException.raisedBy(request);
		if (cut != null) {
			return problem(report, cut.problem(), " The good rows before it were kept.");
		}
		if (!report.complete()) {
			return problem(report, "malformed-stream", "Malformed stream", "The input could not be read past line "
					+ report.streamError().line() + "; the good rows before it were kept.");
		}
		if (single && report.rejected() > 0) {
			return problem(report, "invalid-row", "Invalid row", "The row was rejected; see errors.");
		}
		return ResponseEntity.ok(report);
	}

	private static InputFormat formatOf(String contentType) {
		if (contentType == null) {
			throw new UnsupportedInputFormatException(null);
		}
		String type;
		try {
			MediaType media = MediaType.parseMediaType(contentType);
			type = media.getType() + "/" + media.getSubtype();
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedInputFormatException(null);
		}
		return InputFormat.forMediaType(type).orElseThrow(() -> new UnsupportedInputFormatException(type));
	}

	private static boolean startsWithObject(InputStream body) throws IOException {
		body.mark(4096);
		try {
			for (int i = 0; i < 4096; i++) {
				int next = body.read();
				if (next != ' ' && next != '\n' && next != '\r' && next != '\t') {
					return next == '{';
				}
			}
			return false;
		}
		finally {
			body.reset();
		}
	}

	private static ResponseEntity<Object> problem(IngestionReport report, String slug, String title, String detail) {
		return problem(report, Problems.of(HttpStatus.BAD_REQUEST, slug, title, detail), "");
	}

	private static ResponseEntity<Object> problem(IngestionReport report, ProblemDetail problem, String kept) {
		problem.setDetail(problem.getDetail() + kept);
		problem.setProperty("received", report.received());
		problem.setProperty("upserted", report.upserted());
		problem.setProperty("rejected", report.rejected());
		problem.setProperty("errors", report.errors());
		if (report.streamError() != null) {
			problem.setProperty("stream_error", report.streamError());
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
