package com.fanbase;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTests {

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApis() {
		ApplicationModules.of(FanbaseApplication.class).verify();
	}

}
