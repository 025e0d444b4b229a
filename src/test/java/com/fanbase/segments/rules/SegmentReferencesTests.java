package com.fanbase.segments.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SegmentReferencesTests {

	private static final Group REFERS_TO_3_AND_4 = CriteriaParserTests.parse("""
			{'match': 'all', 'rules': [
			  {'field': 'age', 'operator': '>=', 'value': 18},
			  {'match': 'any', 'rules': [
			    {'not': {'field': 'in_segment', 'operator': 'is', 'value': 4}},
			    {'field': 'not_in_segment', 'operator': 'is', 'value': 3}]},
			  {'field': 'in_segment', 'operator': 'is', 'value': 4}]}""");

	@Test
	void findsTheReferencedSegmentsWithThePointerOfTheirFirstRule() {
		assertThat(SegmentReferences.of(REFERS_TO_3_AND_4)).containsExactly(4L, 3L);
		assertThat(SegmentReferences.pointers(REFERS_TO_3_AND_4, "/criteria")).containsExactly(
				Map.entry(4L, "/criteria/rules/1/rules/0/not"), Map.entry(3L, "/criteria/rules/1/rules/1"));
	}

	@Test
	void acceptsReferencesThatEndInSegmentsWithoutReferences() {
		LongFunction<Optional<Rule>> stored = (id) -> (id == 4) ? Optional.of(refersTo(5)) : Optional.empty();
		assertThat(SegmentReferences.findCycle(9, REFERS_TO_3_AND_4, stored)).isEmpty();
	}

	@Test
	void findsACycleBackToTheSegmentThroughOthers() {
		LongFunction<Optional<Rule>> stored = (id) -> switch ((int) id) {
			case 3 -> Optional.of(refersTo(6));
			case 6 -> Optional.of(refersTo(9));
			default -> Optional.empty();
		};
		assertThat(SegmentReferences.findCycle(9, REFERS_TO_3_AND_4, stored)).contains(List.of(9L, 3L, 6L, 9L));
	}

	@Test
	void findsASegmentReferringToItself() {
		assertThat(SegmentReferences.findCycle(4, REFERS_TO_3_AND_4, (id) -> Optional.empty()))
			.contains(List.of(4L, 4L));
	}

	@Test
	void usesTheNewCriteriaOfTheSegmentRatherThanItsStoredOnes() {
		LongFunction<Optional<Rule>> stored = (id) -> (id == 9) ? Optional.of(refersTo(9)) : Optional.empty();
		assertThat(SegmentReferences.findCycle(9, refersTo(1), stored)).isEmpty();
	}

	@Test
	void refusesACycleAtTheRuleThatStartsIt() {
		LongFunction<Optional<Rule>> stored = (id) -> (id == 3) ? Optional.of(refersTo(9)) : Optional.empty();
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> SegmentReferences.requireAcyclic(9, REFERS_TO_3_AND_4, "/criteria", stored))
			.satisfies(
					(ex) -> assertThat(ex.errors()).containsExactly(new FieldProblem("/criteria/rules/1/rules/1/value",
							"makes segment references go round in a cycle: 9 -> 3 -> 9")));
	}

	private static Group refersTo(long segmentId) {
		return Group.all(new Rule.Membership(Field.IN_SEGMENT, segmentId));
	}

}
