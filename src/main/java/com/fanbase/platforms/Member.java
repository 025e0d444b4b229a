package com.fanbase.platforms;

/**
 * A customer normalised and, where the platform wants it, hashed. {@code emailKey} and
 * {@code phoneKey} are what is sent and stored, so a later removal sends exactly the same
 * keys; {@code firstName}/{@code lastName} travel only to platforms that take them as
 * attributes (Brevo).
 */
public record Member(long customerId, String emailKey, String phoneKey, String firstName, String lastName) {

	public boolean hasKey() {
		return this.emailKey != null || this.phoneKey != null;
	}

}
