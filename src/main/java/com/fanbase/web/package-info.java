/**
 * What every HTTP endpoint shares: RFC 9457 problem details for every error, with stable
 * {@code type} URIs and JSON pointers to offending fields. Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.fanbase.web;

import org.springframework.modulith.ApplicationModule;
