/**
 * Ad spend: {@link com.fanbase.campaigns.spend.AdSpend} keeps the ad channels'
 * {@code spend_cents} current from each linked platform campaign's lifetime spend, which
 * the exports module's platform adapters read from the platforms' reporting endpoints
 * (Meta Insights, Google Ads {@code googleAds:search}, TikTok's integrated report).
 */
package com.fanbase.campaigns.spend;
