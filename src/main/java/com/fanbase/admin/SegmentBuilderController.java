package com.fanbase.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentLimitReachedException;
import com.fanbase.segments.SegmentPreviewer;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.segments.rules.CriteriaWriter;
import com.fanbase.segments.rules.Rule;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * The segment builder: criteria composed in the browser from the rule catalog, previewed
 * on every change (count, reachability, a sample, or the parser's problems by rule), and
 * saved as a dynamic segment.
 */
@Controller
class SegmentBuilderController {

	private static final int SAMPLE = 10;

	private static final String STARTER = """
			{"match": "all", "rules": [{"field": "total_spent", "operator": ">=", "value": 100}]}""";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SegmentPreviewer previewer;

	private final Segments segments;

	private final SegmentRefresher refresher;

	SegmentBuilderController(SegmentPreviewer previewer, Segments segments, SegmentRefresher refresher) {
		this.previewer = previewer;
		this.segments = segments;
		this.refresher = refresher;
	}

	/** The builder, empty or starting from an existing segment's criteria. */
	@GetMapping("/admin/segments/new")
	String builder(@AuthenticationPrincipal AdminUser user, @RequestParam(required = false) Long from, Model model) {
		List<Segment> all = this.segments.list(user.tenant());
		Segment source = (from != null) ? this.segments.require(user.tenant(), from) : null;
		model.addAttribute("catalog", CriteriaCatalog.json(all));
		model.addAttribute("initial",
				(source != null && source.criteria() != null) ? json.writeValueAsString(source.criteria()) : STARTER);
		model.addAttribute("name", (source != null) ? source.name() + " (copy)" : "");
		return "admin/segments/builder";
	}

	@PostMapping("/admin/segments/preview")
	String preview(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String criteria,
			Model model) {
		TenantId tenant = user.tenant();
		try {
			Rule rule = this.previewer.parse(tenant, read(criteria), "/criteria");
			model.addAttribute("preview", this.previewer.preview(tenant, rule, SAMPLE));
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("errors", Problems.shown(ex.errors()));
		}
		return "admin/segments/preview :: result";
	}

	/** Saves a dynamic segment and sends the browser to it (htmx {@code HX-Redirect}). */
	@PostMapping("/admin/segments")
	String save(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String criteria,
			@RequestParam(name = "refresh_interval_minutes", defaultValue = "") String minutes, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TenantId tenant = user.tenant();
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isBlank()) {
			problems.add(new FieldProblem("/name", "is required: give the segment a name"));
		}
		Integer interval = interval(minutes, problems);
		Rule rule = null;
		try {
			rule = this.previewer.parse(tenant, read(criteria), "/criteria");
		}
		catch (InvalidRequestException ex) {
			problems.addAll(ex.errors());
		}
		if (problems.isEmpty()) {
			try {
				Segment segment = this.segments.create(tenant, name.strip(), "dynamic", CriteriaWriter.write(rule),
						interval);
				this.refresher.refresh(tenant, segment.id());
				response.setHeader("HX-Redirect", request.getContextPath() + "/admin/segments/" + segment.id());
				model.addAttribute("saved", segment);
			}
			catch (SegmentLimitReachedException ex) {
				problems.add(new FieldProblem("", ex.getMessage()));
			}
		}
		model.addAttribute("errors", Problems.shown(problems));
		return "admin/segments/preview :: result";
	}

	private static Integer interval(String minutes, List<FieldProblem> problems) {
		if (minutes.isBlank()) {
			return null;
		}
		if (minutes.strip().matches("\\d{1,6}") && Integer.parseInt(minutes.strip()) >= 5) {
			return Integer.parseInt(minutes.strip());
		}
		problems.add(new FieldProblem("/refresh_interval_minutes", "must be a whole number of minutes, at least 5"));
		return null;
	}

	private static JsonNode read(String criteria) {
		try {
			return json.readTree(criteria);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("/criteria", "is not valid JSON");
		}
	}

}
