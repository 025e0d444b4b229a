package com.fanbase.profiles.model;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood over the logarithms of strictly positive parameters with
 * Hipparchus' BOBYQA. Working on logarithms keeps every parameter positive without
 * constraints and puts parameters of very different scales (a rate in days next to a
 * shape near 1) on the same footing. BOBYQA needs no gradient and, on these smooth three-
 * and four-parameter surfaces, converges in a few hundred evaluations.
 */
final class LogSpaceOptimizer {

	/** exp(±30) spans 1e-13 to 1e13: wide enough for any time or money unit. */
	private static final double LOG_BOUND = 30;

	private static final double INITIAL_RADIUS = 1;

	/** In log space this is a relative precision of about 1e-8 on every parameter. */
	private static final double STOPPING_RADIUS = 1e-8;

	private static final int MAX_EVALUATIONS = 5000;

	private LogSpaceOptimizer() {
	}

	/**
	 * @param logLikelihood the function to maximise, of the parameters themselves (not
	 * their logarithms)
	 * @param start a starting point, every coordinate positive
	 */
	static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
		int n = start.length;
		Best best = new Best();
		ObjectiveFunction objective = new ObjectiveFunction((logs) -> best.evaluate(logLikelihood, logs));
		double[] lower = new double[n];
		double[] upper = new double[n];
		Arrays.fill(lower, -LOG_BOUND);
		Arrays.fill(upper, LOG_BOUND);
		double[] logStart = Arrays.stream(start).map(Math::log).toArray();
		BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS);
		boolean converged = true;
		try {
			optimizer.optimize(objective, GoalType.MINIMIZE, new InitialGuess(logStart), new SimpleBounds(lower, upper),
					new MaxEval(MAX_EVALUATIONS));
		}
		catch (MathIllegalStateException ex) {
			// Out of budget (or BOBYQA gave up): the best point seen still counts.
			converged = false;
		}
		if (best.logs == null) {
			throw new ArithmeticException("The log-likelihood was not finite at any point tried");
		}
		double[] parameters = Arrays.stream(best.logs).map(Math::exp).toArray();
		return new Result(parameters, -best.value, best.evaluations, converged);
	}

	record Result(double[] parameters, double logLikelihood, int evaluations, boolean converged) {

	}

	/** Remembers the best point, because BOBYQA's own result is lost when it gives up. */
	private static final class Best {

		private double[] logs;

		private double value = Double.POSITIVE_INFINITY;

		private int evaluations;

		double evaluate(ToDoubleFunction<double[]> logLikelihood, double[] logs) {
			this.evaluations++;
			double[] parameters = Arrays.stream(logs).map(Math::exp).toArray();
			double value = -logLikelihood.applyAsDouble(parameters);
			if (!Double.isFinite(value)) {
				// BOBYQA builds quadratic models from the values and cannot digest NaN.
				return Double.MAX_VALUE;
			}
			if (value < this.value) {
				this.value = value;
				this.logs = logs.clone();
			}
			return value;
		}

	}

}
