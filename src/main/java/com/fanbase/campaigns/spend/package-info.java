/**
 * Ad spend: per platform, a reader of a linked platform campaign's lifetime spend from
 * the platform's reporting endpoint (Meta Insights, Google Ads {@code googleAds:search},
 * TikTok's integrated report), and {@link com.fanbase.campaigns.spend.AdSpend}, which the
 * every-minute campaign task calls to keep the ad channels' {@code spend_cents} current.
 */
package com.fanbase.campaigns.spend;
