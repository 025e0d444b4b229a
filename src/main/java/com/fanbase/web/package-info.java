/**
 * What every HTTP endpoint shares: RFC 9457 problem details for every error, with stable
 * {@code type} URIs and JSON pointers to offending fields, and the input rules every
 * request meets before a handler sees it (no NUL, text maxima, positive 64-bit ids, gzip
 * within inflation limits). Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.fanbase.web;

import org.springframework.modulith.ApplicationModule;
