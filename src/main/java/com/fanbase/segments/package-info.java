/**
 * Segments of a tenant's customers. So far: criteria (see {@code segments.rules}) and
 * their preview against the current profiles. Depends on {@code tenants}, {@code web} and
 * the {@code customer_profiles} table that {@code profiles} maintains.
 */
package com.fanbase.segments;
