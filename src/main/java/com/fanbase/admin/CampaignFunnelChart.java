package com.fanbase.admin;

import java.util.List;
import java.util.Map;

import com.fanbase.campaigns.stats.CampaignStats;

/**
 * A campaign's funnel as a bar chart: sent, delivered, opened, clicked, converted (opens
 * and clicks are distinct customers, machine opens left out).
 */
final class CampaignFunnelChart {

	static final List<String> STEPS = List.of("Sent", "Delivered", "Opened", "Clicked", "Converted");

	private CampaignFunnelChart() {
	}

	/** The chart, or null before anything was sent. */
	static String of(CampaignStats stats) {
		if (stats == null || stats.sent() == 0) {
			return null;
		}
		return Charts.chart("bar", STEPS,
				List.of(Charts.Series.of("Customers",
						List.of(stats.sent(), stats.delivered(), stats.opens(), stats.clicks(), stats.conversions()))),
				Map.of("plugins", Map.of("legend", Map.of("display", false))));
	}

}
