package com.fanbase.admin;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.ingestion.CoreRecords;
import com.fanbase.matching.EventNotFoundException;
import com.fanbase.matching.EventTargeting;
import com.fanbase.tenants.TenantId;

/**
 * Events: the tenant's events (upcoming first, searchable by name) and one event's page
 * with its recommended customers, their reasons and how the recommendations converted.
 */
@Controller
class EventPagesController {

	static final int PAGE_SIZE = 25;

	private static final int MAX_PAGE = 100_000;

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 1000;

	static final int DEFAULT_MIN_SCORE = 1;

	private static final JsonMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final CoreRecords records;

	private final EventTargeting targeting;

	EventPagesController(CoreRecords records, EventTargeting targeting) {
		this.records = records;
		this.targeting = targeting;
	}

	@GetMapping("/admin/events")
	String list(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Integer parsed = parse(page, 0);
		int number = (parsed != null) ? Math.min(Math.max(0, parsed), MAX_PAGE) : 0;
		List<Map<String, Object>> rows = this.records.eventsByDate(user.tenant(), q, number * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("q", q);
		model.addAttribute("page", number);
		model.addAttribute("events", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		return "admin/events/list";
	}

	@GetMapping("/admin/events/{id}")
	String detail(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(name = "min_score", defaultValue = "") String minScoreText,
			@RequestParam(name = "limit", defaultValue = "") String limitText, Model model) {
		TenantId tenant = user.tenant();
		Map<String, Object> event = this.records.event(tenant, id).orElseThrow(() -> new EventNotFoundException(id));
		Integer minScore = parse(minScoreText, DEFAULT_MIN_SCORE);
		Integer limit = parse(limitText, DEFAULT_LIMIT);
		if (minScore == null || minScore < 0 || minScore > 100) {
			model.addAttribute("filterError", "The minimum score must be a whole number from 0 to 100.");
			minScore = DEFAULT_MIN_SCORE;
		}
		if (limit == null || limit < 1 || limit > MAX_LIMIT) {
			model.addAttribute("filterError", "The limit must be a whole number from 1 to " + MAX_LIMIT + ".");
			limit = DEFAULT_LIMIT;
		}
		Map<String, Object> recommendations = this.targeting.describedRecommendations(tenant, id, limit, minScore);
		Map<String, Object> performance = this.targeting.performance(tenant, id);
		model.addAttribute("event", event);
		model.addAttribute("minScore", (minScoreText.isBlank()) ? minScore : minScoreText);
		model.addAttribute("limit", (limitText.isBlank()) ? limit : limitText);
		model.addAttribute("customers",
				json.convertValue(recommendations.get("customers"), new TypeReference<List<Map<String, Object>>>() {
				}));
		model.addAttribute("performance", performance);
		model.addAttribute("performanceChart", EventPerformanceChart.of(performance));
		return "admin/events/detail";
	}

	/** The number, the fallback when the text is blank, or null when it is no number. */
	static Integer parse(String text, int fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
