package com.fanbase.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.matching.EventTargeting;
import com.fanbase.matching.Generation;
import com.fanbase.segments.Segment;
import com.fanbase.web.ApiException;

/**
 * What a marketer does on an event's page: generate its recommendations (now, or as a
 * background job for a large tenant) and make a static segment of the best customers.
 */
@Controller
class EventActionsController {

	private final EventTargeting targeting;

	EventActionsController(EventTargeting targeting) {
		this.targeting = targeting;
	}

	@PostMapping("/admin/events/{id}/generate")
	String generate(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		EventTargeting.Outcome outcome = this.targeting.generate(user.tenant(), id);
		if (outcome instanceof EventTargeting.Outcome.Done(Generation generation)) {
			redirect.addFlashAttribute("notice", "Scored every customer: %d recommendations stored in %d ms."
				.formatted(generation.stored(), generation.durationMs()));
		}
		else if (outcome instanceof EventTargeting.Outcome.Queued(var job)) {
			redirect.addFlashAttribute("queuedJob", job.id().value());
		}
		return "redirect:/admin/events/" + id;
	}

	@PostMapping("/admin/events/{id}/segment")
	String createSegment(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String name,
			@RequestParam(name = "min_score", defaultValue = "") String minScoreText, RedirectAttributes redirect) {
		Integer minScore = EventPagesController.parse(minScoreText, -1);
		String problem = (name.isBlank()) ? "Give the segment a name."
				: (minScore == null || minScore < 1 || minScore > 100)
						? "The minimum score must be a whole number from 1 to 100." : null;
		if (problem == null) {
			try {
				Segment segment = this.targeting.createSegment(user.tenant(), id, minScore, name.strip());
				return "redirect:/admin/segments/" + segment.id();
			}
			catch (ApiException ex) {
				if (!ex.getStatusCode().is4xxClientError() || ex.getStatusCode().value() == 404) {
					throw ex;
				}
				problem = ex.getBody().getDetail();
			}
		}
		redirect.addFlashAttribute("error", problem);
		redirect.addFlashAttribute("segmentName", name);
		redirect.addFlashAttribute("segmentMinScore", minScoreText);
		return "redirect:/admin/events/" + id;
	}

}
