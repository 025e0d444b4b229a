package com.fanbase.tenants;

/**
 * A key just issued, with the secret that is shown this once and stored only as a hash.
 */
public record IssuedKey(ApiKey key, String secret) {

}
