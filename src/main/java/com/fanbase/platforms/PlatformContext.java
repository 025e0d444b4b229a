package com.fanbase.platforms;

/**
 * What an adapter works with during one run: the tenant's credentials and the HTTP
 * client.
 */
public record PlatformContext(Credentials credentials, PlatformClient http) {

}
