package com.fanbase.admin;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;

/**
 * The tenant's recent background jobs; while one is under way the list polls itself.
 */
@Controller
class JobPagesController {

	private static final int SHOWN = 50;

	private final Jobs jobs;

	JobPagesController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/admin/jobs")
	String jobs(@AuthenticationPrincipal AdminUser user, Model model) {
		fill(user, model);
		return "admin/jobs";
	}

	/** The list alone, for the page's polling. */
	@GetMapping("/admin/jobs/list")
	String list(@AuthenticationPrincipal AdminUser user, Model model) {
		fill(user, model);
		return "admin/jobs :: list";
	}

	private void fill(AdminUser user, Model model) {
		List<Job> recent = this.jobs.list(user.tenant(), SHOWN);
		model.addAttribute("jobs", recent);
		model.addAttribute("running", recent.stream().anyMatch((job) -> !job.finished()));
	}

}
