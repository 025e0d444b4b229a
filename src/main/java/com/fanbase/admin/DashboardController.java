package com.fanbase.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import com.fanbase.jobs.Jobs;
import com.fanbase.profiles.ProfileRebuilds;
import com.fanbase.profiles.ProfileSummary;
import com.fanbase.profiles.Profiles;
import com.fanbase.segments.Segment;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;

/**
 * The first page after sign-in: the tenant's audience at a glance.
 */
@Controller
class DashboardController {

	private static final Duration NEW_CUSTOMERS = Duration.ofDays(30);

	private static final Map<String, String> CHURN_BANDS = Map.of("0-24", "Low (0–24)", "25-49", "Medium (25–49)",
			"50-74", "High (50–74)", "75-100", "Very high (75–100)", "none", "No purchase yet");

	private final Profiles profiles;

	private final ProfileRebuilds rebuilds;

	private final Segments segments;

	private final Jobs jobs;

	private final Clock clock;

	DashboardController(Profiles profiles, ProfileRebuilds rebuilds, Segments segments, Jobs jobs, Clock clock) {
		this.profiles = profiles;
		this.rebuilds = rebuilds;
		this.segments = segments;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping({ "/admin", "/admin/" })
	String dashboard(@AuthenticationPrincipal AdminUser user, Model model) {
		TenantId tenant = user.tenant();
		ProfileSummary summary = this.profiles.summary(tenant, this.clock.instant().minus(NEW_CUSTOMERS));
		List<Segment> all = this.segments.list(tenant);
		model.addAttribute("summary", summary);
		model.addAttribute("segmentCount", all.size());
		model.addAttribute("refreshes",
				all.stream()
					.filter((segment) -> segment.lastRefreshedAt() != null)
					.sorted(Comparator.comparing(Segment::lastRefreshedAt).reversed())
					.limit(6)
					.toList());
		model.addAttribute("jobs", this.jobs.list(tenant, 6));
		model.addAttribute("churnChart", churnChart(summary));
		model.addAttribute("churnModel", this.profiles.model(tenant).orElse(null));
		List<Segment> largest = all.stream()
			.sorted(Comparator.comparingLong(Segment::memberCount).reversed())
			.limit(10)
			.toList();
		model.addAttribute("segmentChart",
				largest.isEmpty() ? null : Charts.chart("bar", largest.stream().map(Segment::name).toList(),
						List.of(Charts.Series.of("Members", largest.stream().map(Segment::memberCount).toList())),
						Map.of("indexAxis", "y")));
		return "admin/dashboard";
	}

	@PostMapping("/admin/profiles/rebuild")
	String rebuild(@AuthenticationPrincipal AdminUser user) {
		this.rebuilds.start(user.tenant(), null);
		return "redirect:/admin/jobs";
	}

	private static String churnChart(ProfileSummary summary) {
		List<String> bands = List.copyOf(summary.churnBands().keySet());
		return Charts.chart("bar", bands.stream().map(CHURN_BANDS::get).toList(),
				List.of(Charts.Series.of("Profiles", bands.stream().map(summary.churnBands()::get).toList())),
				Map.of("plugins", Map.of("legend", Map.of("display", false))));
	}

}
