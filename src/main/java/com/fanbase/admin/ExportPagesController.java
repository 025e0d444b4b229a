package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.exports.Export;
import com.fanbase.exports.ExportFreshness;
import com.fanbase.exports.ExportRemoval;
import com.fanbase.exports.ExportRequests;
import com.fanbase.exports.Exports;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformCredentials;
import com.fanbase.platforms.Platforms;
import com.fanbase.segments.Segment;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;

/**
 * Exports: the list with a form for a new one, one export's figures and request log, sync
 * again, delete. While an export is queued or running its status polls itself.
 */
@Controller
class ExportPagesController {

	private static final int REQUESTS_SHOWN = 50;

	private final Exports exports;

	private final ExportRemoval removal;

	private final ExportRequests requests;

	private final PlatformCredentials credentials;

	private final Segments segments;

	private final Platforms platforms;

	ExportPagesController(Exports exports, ExportRemoval removal, ExportRequests requests,
			PlatformCredentials credentials, Segments segments, Platforms platforms) {
		this.platforms = platforms;
		this.exports = exports;
		this.removal = removal;
		this.requests = requests;
		this.credentials = credentials;
		this.segments = segments;
	}

	@GetMapping("/admin/exports")
	String list(@AuthenticationPrincipal AdminUser user, Model model) {
		TenantId tenant = user.tenant();
		Map<Long, String> names = new LinkedHashMap<>();
		this.segments.list(tenant).forEach((segment) -> names.put(segment.id(), segment.name()));
		List<Export> exports = this.exports.list(tenant, null, null);
		Map<Long, ExportFreshness.Freshness> freshness = new LinkedHashMap<>();
		exports.forEach((export) -> freshness.put(export.id(), this.exports.freshness(tenant, export)));
		model.addAttribute("exports", exports);
		model.addAttribute("freshness", freshness);
		model.addAttribute("segmentNames", names);
		model.addAttribute("platforms", this.platforms.all());
		model.addAttribute("configured",
				this.platforms.all()
					.stream()
					.filter((platform) -> this.credentials.view(tenant, platform).isPresent())
					.map(Platform::id)
					.toList());
		return "admin/exports/list";
	}

	@PostMapping("/admin/exports")
	String create(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String platform,
			@RequestParam(name = "segment_id", required = false) Long segmentId,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		TenantId tenant = user.tenant();
		Optional<Platform> target = this.platforms.find(platform);
		String problem = target.isEmpty() ? "Choose a platform."
				: (segmentId == null) ? "Choose a segment."
						: name.isBlank() ? "Give the audience or list a name."
								: (name.strip().length() > 128) ? "The name must be at most 128 characters."
										: this.credentials.view(tenant, target.get()).isEmpty() ? target.get().label()
												+ " is not configured: set its credentials on the Platforms page first."
												: null;
		if (problem != null) {
			redirect.addFlashAttribute("error", problem);
			return "redirect:/admin/exports";
		}
		try {
			Export export = this.exports.export(tenant, target.get(), segmentId, name.strip());
			redirect.addFlashAttribute("notice",
					(export.syncs() > 0)
							? "This segment already goes to " + target.get().label() + "; it is being synced again."
							: "Export queued.");
			return "redirect:/admin/exports/" + export.id();
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", detail(ex));
			return "redirect:/admin/exports";
		}
	}

	@GetMapping("/admin/exports/{id:\\d+}")
	String detail(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") long after, Model model) {
		fill(user.tenant(), id, after, model);
		return "admin/exports/detail";
	}

	/** The status card alone, for the page's polling. */
	@GetMapping("/admin/exports/{id:\\d+}/status")
	String status(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") long after, Model model) {
		fill(user.tenant(), id, after, model);
		return "admin/exports/detail :: status";
	}

	@PostMapping("/admin/exports/{id:\\d+}/sync")
	String sync(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean full, RedirectAttributes redirect) {
		try {
			Export export = this.exports.sync(user.tenant(), id, full);
			redirect.addFlashAttribute("notice", (export.status().equals("queued") || export.status().equals("running"))
					? (full ? "Full resync queued." : "Sync queued.") : "Sync requested.");
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", detail(ex));
		}
		return "redirect:/admin/exports/" + id;
	}

	@PostMapping("/admin/exports/{id:\\d+}/delete")
	String delete(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		Export export = this.exports.require(user.tenant(), id);
		try {
			this.removal.delete(user.tenant(), id);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", detail(ex));
			return "redirect:/admin/exports/" + id;
		}
		redirect.addFlashAttribute("notice", "Deleted the export \"" + export.audienceName() + "\" and its audience on "
				+ this.platforms.require(export.platform()).label() + ".");
		return "redirect:/admin/exports";
	}

	/**
	 * The export, its figures and a page of its request log, oldest first from
	 * {@code after}.
	 */
	private void fill(TenantId tenant, long id, long after, Model model) {
		Export export = this.exports.require(tenant, id);
		Platform platform = this.platforms.require(export.platform());
		model.addAttribute("export", export);
		model.addAttribute("freshness", this.exports.freshness(tenant, export));
		model.addAttribute("platformLabel", platform.label());
		model.addAttribute("segment", this.segments.find(tenant, export.segmentId()).map(Segment::name).orElse(null));
		model.addAttribute("busy", export.status().equals("queued") || export.status().equals("running"));
		model.addAttribute("summary", this.requests.summary(tenant, id));
		List<Map<String, Object>> log = this.requests.list(tenant, id, Math.max(after, 0), REQUESTS_SHOWN + 1);
		model.addAttribute("requestLog", log.subList(0, Math.min(log.size(), REQUESTS_SHOWN)));
		model.addAttribute("after", after);
		model.addAttribute("nextAfter", (log.size() > REQUESTS_SHOWN) ? log.get(REQUESTS_SHOWN - 1).get("id") : null);
		model.addAttribute("credentialsInvalid",
				this.credentials.view(tenant, platform)
					.filter((view) -> "invalid".equals(view.status()))
					.map((view) -> (view.statusDetail() != null) ? view.statusDetail() : "refused by the platform")
					.orElse(null));
	}

	/**
	 * A problem's detail (the platform's refusal included); anything else is rethrown.
	 */
	private static String detail(RuntimeException ex) {
		if (ex instanceof ErrorResponse known) {
			return (known.getBody().getDetail() != null) ? known.getBody().getDetail() : ex.getMessage();
		}
		throw ex;
	}

}
