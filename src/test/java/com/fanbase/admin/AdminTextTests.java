package com.fanbase.admin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTextTests {

	@Test
	void describesNestedCriteriaInWords() {
		String criteria = """
				{"match": "all", "rules": [
				    {"field": "total_spent", "operator": "between", "value": [100, 500]},
				    {"match": "any", "rules": [
				        {"field": "genres", "operator": "includes", "value": ["rock", "indie"]},
				        {"not": {"field": "city", "operator": "is", "value": "Berlin"}}]},
				    {"field": "last_purchase", "operator": "within_days", "value": 180}]}""";

		assertThat(CriteriaText.describe(JsonMapper.builder().build().readTree(criteria)))
			.isEqualTo("Total spent between 100 and 500 and (Genres includes any of rock, indie or not City is Berlin)"
					+ " and Last purchase within the last 180 days");
	}

	@Test
	void namesWhereAProblemIsInWords() {
		assertThat(Problems.where("/criteria/rules/1/not/rules/0/value")).isEqualTo("Rule 2 › not › rule 1 › value");
		assertThat(Problems.where("/criteria/rules")).isEqualTo("Rules");
		assertThat(Problems.where("/name")).isEqualTo("Name");
		assertThat(Problems.where("")).isEqualTo("Criteria");
	}

}
