package com.fanbase.platforms;

/**
 * What the core reads of a customer to export: identifiers and the fields a platform may
 * want beside them. {@code phoneE164} is the number as ingestion parsed it with
 * libphonenumber; {@code phone} is the raw number, parsed here when that is missing.
 */
public record Contact(long customerId, String email, String phone, String phoneE164, String country, String firstName,
		String lastName) {

}
