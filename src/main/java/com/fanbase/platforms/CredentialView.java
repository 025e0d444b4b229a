package com.fanbase.platforms;

import java.time.Instant;
import java.util.Map;

/**
 * Credentials as the API shows them: secret fields masked.
 *
 * @param status {@code unverified}, {@code valid} or {@code invalid}
 * @param statusDetail the platform's message when it refused them
 */
public record CredentialView(String platform, Map<String, String> fields, String status, String statusDetail,
		Instant updatedAt) {

}
