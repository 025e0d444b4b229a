/**
 * Where the data lives: an embedded PostgreSQL 17 started by the service itself when no
 * {@code spring.datasource.url} is configured, so a fresh machine needs nothing but a
 * JDK. Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.fanbase.database;

import org.springframework.modulith.ApplicationModule;
