package com.fanbase.platforms;

import java.net.http.HttpClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes {@link PlatformClient}s over one shared {@link RestClient} with the configured
 * timeouts.
 */
@Component
@EnableConfigurationProperties(RetryProperties.class)
class PlatformClients {

	private final RestClient rest;

	private final RetryProperties retry;

	PlatformClients(RetryProperties retry) {
		this.retry = retry;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(retry.connectTimeout())
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(retry.readTimeout());
		this.rest = RestClient.builder().requestFactory(factory).build();
	}

	PlatformClient forPlatform(AudiencePlatform platform, PlatformClient.RequestRecorder recorder) {
		return new PlatformClient(this.rest, this.retry, platform::classify, recorder);
	}

}
