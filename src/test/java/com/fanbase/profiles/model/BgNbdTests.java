package com.fanbase.profiles.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BgNbdTests {

	/** Fader, Hardie &amp; Lee's CDNOW estimates. */
	private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

	/** The same estimates to more places, as a full-precision fit finds them. */
	private static final BgNbdParameters CDNOW_FITTED = new BgNbdParameters(0.24259, 4.41359, 0.79292, 2.42589);

	@Test
	void customerWithoutRepeatPurchasesIsCertainlyAlive() {
		assertThat(BgNbd.probabilityAlive(CDNOW, 0, 0, 38.86)).isEqualTo(1);
		assertThat(BgNbd.probabilityAlive(CDNOW, 0, 0, 2000)).isEqualTo(1);
	}

	@Test
	void probabilityAliveFallsAsTheLastPurchaseRecedes() {
		double previous = 1;
		for (double tx = 38; tx >= 2; tx -= 4) {
			double alive = BgNbd.probabilityAlive(CDNOW, 5, tx, 38.86);
			assertThat(alive).isLessThan(previous).isPositive();
			previous = alive;
		}
	}

	@Test
	void conditionalExpectationMatchesHardiesSpreadsheet() {
		assertThat(BgNbd.expectedPurchases(CDNOW_FITTED, 39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
	}

	@Test
	void unconditionalExpectationMatchesHardiesSpreadsheet() {
		double[] times = { 0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00 };
		double[] expected = { 0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576 };
		for (int i = 0; i < times.length; i++) {
			assertThat(BgNbd.expectedPurchases(CDNOW_FITTED, times[i])).as("E[X(%s)]", times[i])
				.isCloseTo(expected[i], within(0.0005));
		}
	}

	@Test
	void conditionalExpectationMatchesThePapersFormulaWithoutTheEulerTransformation() {
		BgNbdParameters[] params = { CDNOW, new BgNbdParameters(1.5, 20, 2.5, 4),
				new BgNbdParameters(0.5, 3, 0.3, 0.6) };
		for (BgNbdParameters p : params) {
			for (int x = 0; x <= 12; x += 3) {
				for (double t : new double[] { 0.5, 10, 52 }) {
					double tx = (x == 0) ? 0 : 20;
					assertThat(BgNbd.expectedPurchases(p, t, x, tx, 30)).as("%s x=%d t=%s", p, x, t)
						.isCloseTo(paperEquation10(p, t, x, tx, 30), within(1e-9));
				}
			}
		}
	}

	@Test
	void expectationIsContinuousWhereTheFormulaHasARemovableSingularity() {
		double atOne = BgNbd.expectedPurchases(new BgNbdParameters(0.243, 4.414, 1, 2.426), 39, 2, 30.43, 38.86);
		double nearOne = BgNbd.expectedPurchases(new BgNbdParameters(0.243, 4.414, 1 + 1e-7, 2.426), 39, 2, 30.43,
				38.86);
		assertThat(atOne).isFinite().isPositive().isCloseTo(nearOne, within(1e-6));
	}

	@Test
	void expectedPurchasesGrowWithTheHorizon() {
		double previousConditional = 0;
		double previousUnconditional = 0;
		for (double t = 1; t <= 520; t *= 2) {
			double conditional = BgNbd.expectedPurchases(CDNOW, t, 4, 25, 38.86);
			double unconditional = BgNbd.expectedPurchases(CDNOW, t);
			assertThat(conditional).isGreaterThan(previousConditional);
			assertThat(unconditional).isGreaterThan(previousUnconditional);
			previousConditional = conditional;
			previousUnconditional = unconditional;
		}
		assertThat(BgNbd.expectedPurchases(CDNOW, 0, 4, 25, 38.86)).isZero();
	}

	@Test
	void staysFiniteForExtremeHistoriesAndHorizons() {
		double[][] histories = { { 200, 1999, 2000 }, { 200, 10, 2000 }, { 0, 0, 2000 }, { 1, 0.001, 2000 },
				{ 5000, 100, 100 }, { 0, 0, 0 } };
		BgNbdParameters concentrated = new BgNbdParameters(0.243, 4.414, 400, 4000);
		for (double[] h : histories) {
			for (BgNbdParameters p : new BgNbdParameters[] { CDNOW, concentrated }) {
				assertThat(BgNbd.probabilityAlive(p, h[0], h[1], h[2])).isBetween(0.0, 1.0);
				assertThat(BgNbd.logLikelihood(p, h[0], h[1], h[2])).isFinite();
				for (double t : new double[] { 1, 52, 520, 5200 }) {
					assertThat(BgNbd.expectedPurchases(p, t, h[0], h[1], h[2])).isFinite().isNotNegative();
				}
			}
		}
	}

	@Test
	void heavyRecentBuyerIsExpectedToKeepBuyingAtTheirRate() {
		double purchases = BgNbd.expectedPurchases(CDNOW, 52, 200, 1999, 2000);
		assertThat(purchases).isCloseTo(52 * 200.243 / 2004.414, within(0.5));
	}

	@Test
	void rejectsImpossibleHistories() {
		assertThatIllegalArgumentException().isThrownBy(() -> BgNbd.probabilityAlive(CDNOW, 2, 40, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> BgNbd.probabilityAlive(CDNOW, -1, 0, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> BgNbd.probabilityAlive(CDNOW, 1.5, 3, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> BgNbd.expectedPurchases(CDNOW, -1, 1, 3, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new CustomerHistory(0, 3, 30));
	}

	/**
	 * Equation 10 as printed, with the textbook 2F1 series: fine for moderate x and z.
	 */
	private static double paperEquation10(BgNbdParameters p, double t, double x, double tx, double T) {
		double r = p.r();
		double alpha = p.alpha();
		double a = p.a();
		double b = p.b();
		double z = t / (alpha + T + t);
		double hyp = hypergeometric(r + x, b + x, a + b + x - 1, z);
		double numerator = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp);
		double odds = (x > 0) ? a / (b + x - 1) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
		return numerator / (1 + odds);
	}

	private static double hypergeometric(double a, double b, double c, double z) {
		double term = 1;
		double sum = 1;
		for (int k = 0; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
			term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
			sum += term;
		}
		return sum;
	}

}
