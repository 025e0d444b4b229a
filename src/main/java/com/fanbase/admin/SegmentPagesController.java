package com.fanbase.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.segments.MemberUpload;
import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentInUseException;
import com.fanbase.segments.SegmentLimitReachedException;
import com.fanbase.segments.SegmentMembers;
import com.fanbase.segments.SegmentRefresh;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;

/**
 * Segments: the list, one segment's members and history, refresh, delete, static segments
 * and their CSV upload.
 */
@Controller
class SegmentPagesController {

	static final int MEMBERS_PAGE = 50;

	private static final int MAX_LOOKALIKE = 1_000_000;

	private static final int HISTORY = 60;

	private final Segments segments;

	private final SegmentMembers members;

	private final SegmentRefresher refresher;

	private final MemberUpload upload;

	SegmentPagesController(Segments segments, SegmentMembers members, SegmentRefresher refresher, MemberUpload upload) {
		this.segments = segments;
		this.members = members;
		this.refresher = refresher;
		this.upload = upload;
	}

	@GetMapping("/admin/segments")
	String list(@AuthenticationPrincipal AdminUser user, Model model) {
		model.addAttribute("segments", this.segments.list(user.tenant()));
		return "admin/segments/list";
	}

	@GetMapping("/admin/segments/{id}")
	String detail(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(name = "after", defaultValue = "0") long after, Model model) {
		TenantId tenant = user.tenant();
		Segment segment = this.segments.require(tenant, id);
		List<Map<String, Object>> page = this.members.members(tenant, id, Math.max(after, 0), MEMBERS_PAGE + 1);
		List<Map<String, Object>> history = new ArrayList<>(this.members.history(tenant, id, HISTORY));
		model.addAttribute("segment", segment);
		model.addAttribute("criteriaText", CriteriaText.describe(segment.criteria()));
		model.addAttribute("members", page.subList(0, Math.min(page.size(), MEMBERS_PAGE)));
		model.addAttribute("nextAfter",
				(page.size() > MEMBERS_PAGE) ? page.get(MEMBERS_PAGE - 1).get("customer_id") : null);
		model.addAttribute("after", after);
		model.addAttribute("history", history.subList(0, Math.min(history.size(), 10)));
		model.addAttribute("historyChart", SegmentHistoryChart.of(history));
		return "admin/segments/detail";
	}

	@PostMapping("/admin/segments/static")
	String createStatic(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		if (name.isBlank()) {
			redirect.addFlashAttribute("error", "Give the static segment a name.");
			return "redirect:/admin/segments";
		}
		try {
			Segment segment = this.segments.create(user.tenant(), name.strip(), "static", null, null);
			return "redirect:/admin/segments/" + segment.id();
		}
		catch (SegmentLimitReachedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/segments";
		}
	}

	@PostMapping("/admin/segments/{id}/refresh")
	String refresh(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		SegmentRefresh result = this.refresher.refresh(user.tenant(), id);
		if ("succeeded".equals(result.status())) {
			redirect.addFlashAttribute("notice", "Refreshed: %d members, %d entered, %d left, in %d ms."
				.formatted(result.size(), result.added(), result.removed(), result.durationMs()));
		}
		else {
			redirect.addFlashAttribute("error", result.error());
		}
		return "redirect:/admin/segments/" + id;
	}

	@PostMapping("/admin/segments/{id}/delete")
	String delete(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		Segment segment = this.segments.require(user.tenant(), id);
		try {
			this.segments.delete(user.tenant(), id);
		}
		catch (SegmentInUseException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
			return "redirect:/admin/segments/" + id;
		}
		redirect.addFlashAttribute("notice", "Deleted the segment \"" + segment.name() + "\".");
		return "redirect:/admin/segments";
	}

	/** Creates a lookalike of this segment: the customers most similar to its members. */
	@PostMapping("/admin/segments/{id}/lookalike")
	String lookalike(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer size,
			RedirectAttributes redirect) {
		TenantId tenant = user.tenant();
		Segment source = this.segments.require(tenant, id);
		String problem = (name.isBlank()) ? "Give the lookalike a name."
				: (size == null || size < 1 || size > MAX_LOOKALIKE)
						? "The size must be between 1 and " + MAX_LOOKALIKE + " customers."
						: (source.memberCount() == 0) ? "This segment has no members to look like." : null;
		if (problem != null) {
			redirect.addFlashAttribute("error", problem);
			return "redirect:/admin/segments/" + id;
		}
		try {
			Segment lookalike = this.segments.createLookalike(tenant, name.strip(), id, size, null);
			this.refresher.refresh(tenant, lookalike.id());
			return "redirect:/admin/segments/" + lookalike.id();
		}
		catch (SegmentLimitReachedException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
			return "redirect:/admin/segments/" + id;
		}
	}

	/** Adds members to a static segment from a CSV of customer ids or emails. */
	@PostMapping("/admin/segments/{id}/upload")
	String upload(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		TenantId tenant = user.tenant();
		Segment segment = this.segments.require(tenant, id);
		if (!"static".equals(segment.segmentType())) {
			redirect.addFlashAttribute("error", "Members can be uploaded only to static segments.");
		}
		else if (file.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose a CSV file to upload.");
		}
		else {
			MemberUpload.Result result;
			try (InputStream csv = file.getInputStream()) {
				result = this.upload.upload(tenant, id, csv);
			}
			this.refresher.refresh(tenant, id);
			redirect.addFlashAttribute("notice", "Uploaded %d lines: %d added, %d rejected.".formatted(result.lines(),
					result.added(), result.rejected()));
			redirect.addFlashAttribute("uploadErrors",
					new ArrayList<>(result.errors()
						.stream()
						.limit(20)
						.map((error) -> "Line " + error.get("line") + ": " + error.get("message"))
						.toList()));
		}
		return "redirect:/admin/segments/" + id;
	}

}
