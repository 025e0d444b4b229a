package com.fanbase.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo tenant created when the service runs with the {@code demo} profile.
 */
@ConfigurationProperties("fanbase.demo")
record DemoProperties(Long tenantId, Integer customers, Integer events, Long orders, Long seed) {

	DemoProperties {
		tenantId = (tenantId != null) ? tenantId : 1L;
		DemoScale defaults = DemoScale.demo();
		customers = (customers != null) ? customers : defaults.customers();
		events = (events != null) ? events : defaults.events();
		orders = (orders != null) ? orders : defaults.targetOrders();
		seed = (seed != null) ? seed : defaults.seed();
	}

	DemoScale scale() {
		return new DemoScale(this.customers, this.events, this.orders, this.seed);
	}

}
