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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentLimitReachedException;
import com.fanbase.segments.SegmentPreviewer;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.CriteriaWriter;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.SegmentReferences;
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
		Segment source = (from != null) ? this.segments.require(user.tenant(), from) : null;
		fill(model, user, source, (source != null) ? source.name() + " (copy)" : "");
		model.addAttribute("saveUrl", "/admin/segments");
		model.addAttribute("pageTitle", "New segment");
		return "admin/segments/builder";
	}

	/** The builder on a dynamic segment's criteria, saving changes to it. */
	@GetMapping("/admin/segments/{id}/edit")
	String edit(@AuthenticationPrincipal AdminUser user, @PathVariable long id, Model model) {
		Segment segment = this.segments.require(user.tenant(), id);
		if (!"dynamic".equals(segment.segmentType())) {
			throw new InvalidRequestException("segment_type", "only dynamic segments have criteria to edit");
		}
		fill(model, user, segment, segment.name());
		model.addAttribute("editing", segment);
		model.addAttribute("saveUrl", "/admin/segments/" + id);
		model.addAttribute("pageTitle", "Edit " + segment.name());
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
	String create(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String criteria,
			@RequestParam(name = "refresh_interval_minutes", defaultValue = "") String minutes, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TenantId tenant = user.tenant();
		SegmentForm form = form(tenant, name, criteria, minutes);
		if (form.problems().isEmpty()) {
			try {
				Segment segment = this.segments.create(tenant, form.name(), "dynamic", form.criteria(),
						form.interval());
				saved(tenant, segment.id(), model, request, response);
			}
			catch (SegmentLimitReachedException ex) {
				form.problems().add(new FieldProblem("", ex.getMessage()));
			}
		}
		model.addAttribute("errors", Problems.shown(form.problems()));
		return "admin/segments/preview :: save";
	}

	/**
	 * Saves changes to a dynamic segment, refusing references that would go round in a
	 * cycle.
	 */
	@PostMapping("/admin/segments/{id}")
	String update(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String criteria,
			@RequestParam(name = "refresh_interval_minutes", defaultValue = "") String minutes, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TenantId tenant = user.tenant();
		this.segments.require(tenant, id);
		SegmentForm form = form(tenant, name, criteria, minutes);
		if (form.problems().isEmpty()) {
			try {
				SegmentReferences.requireAcyclic(id, CriteriaParser.parse(form.criteria(), "/criteria"), "/criteria",
						(other) -> this.segments.find(tenant, other)
							.filter((found) -> found.criteria() != null)
							.map((found) -> CriteriaParser.parse(found.criteria(), "/criteria")));
				this.segments.update(tenant, id, form.name(), form.criteria(), form.interval());
				saved(tenant, id, model, request, response);
			}
			catch (InvalidRequestException ex) {
				form.problems().addAll(ex.errors());
			}
		}
		model.addAttribute("errors", Problems.shown(form.problems()));
		return "admin/segments/preview :: save";
	}

	private void fill(Model model, AdminUser user, Segment source, String name) {
		model.addAttribute("catalog", CriteriaCatalog.json(this.segments.list(user.tenant())));
		model.addAttribute("initial",
				(source != null && source.criteria() != null) ? json.writeValueAsString(source.criteria()) : STARTER);
		model.addAttribute("name", name);
		model.addAttribute("minutes", (source != null) ? source.refreshIntervalMinutes() : null);
	}

	private void saved(TenantId tenant, long id, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.refresher.refresh(tenant, id);
		response.setHeader("HX-Redirect", request.getContextPath() + "/admin/segments/" + id);
		model.addAttribute("saved", true);
	}

	/** What the builder's save sent, checked: every problem at once. */
	private SegmentForm form(TenantId tenant, String name, String criteria, String minutes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isBlank()) {
			problems.add(new FieldProblem("/name", "is required: give the segment a name"));
		}
		Integer interval = interval(minutes, problems);
		JsonNode normalized = null;
		try {
			normalized = CriteriaWriter.write(this.previewer.parse(tenant, read(criteria), "/criteria"));
		}
		catch (InvalidRequestException ex) {
			problems.addAll(ex.errors());
		}
		return new SegmentForm(name.strip(), interval, normalized, problems);
	}

	private record SegmentForm(String name, Integer interval, JsonNode criteria, List<FieldProblem> problems) {
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
