package com.fanbase.matching;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Logistic regression of "bought" on the factor grades, with non-negative coefficients
 * (each is {@code exp(θ)}, so a grade can only add points, as a reason must) and a small
 * ridge penalty, minimised by Hipparchus's non-linear conjugate gradient. The intercept
 * does not change an order and is dropped by the caller.
 */
final class LogisticFit {

	private static final double RIDGE = 1e-6;

	private LogisticFit() {
	}

	/**
	 * The coefficients (without the intercept) for rows {@code x} (each of the same
	 * length) labelled {@code y}, starting from {@code start} (positive).
	 */
	static double[] fit(double[][] x, boolean[] y, double[] start) {
		int n = start.length;
		double positives = 0;
		for (boolean label : y) {
			positives += label ? 1 : 0;
		}
		double rate = Math.min(Math.max(positives / y.length, 1e-6), 1 - 1e-6);
		double[] guess = new double[n + 1];
		for (int j = 0; j < n; j++) {
			guess[j] = Math.log(Math.max(start[j], 1e-3));
		}
		guess[n] = Math.log(rate / (1 - rate));
		NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
				NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-10));
		PointValuePair best = optimizer.optimize(new MaxEval(20_000), new MaxIter(2_000),
				new ObjectiveFunction((theta) -> loss(x, y, theta)),
				new ObjectiveFunctionGradient((theta) -> gradient(x, y, theta)), GoalType.MINIMIZE,
				new InitialGuess(guess));
		double[] coefficients = new double[n];
		for (int j = 0; j < n; j++) {
			// a grade that never varied says nothing; it earns no points
			coefficients[j] = varies(x, j) ? Math.exp(best.getPoint()[j]) : 0;
		}
		return coefficients;
	}

	private static boolean varies(double[][] x, int column) {
		for (double[] row : x) {
			if (row[column] != x[0][column]) {
				return true;
			}
		}
		return false;
	}

	private static double z(double[] row, double[] theta) {
		int n = row.length;
		double z = theta[n];
		for (int j = 0; j < n; j++) {
			z += Math.exp(theta[j]) * row[j];
		}
		return z;
	}

	static double loss(double[][] x, boolean[] y, double[] theta) {
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			double z = z(x[i], theta);
			// log(1 + e^z) without overflow
			double soft = (z > 0) ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
			sum += soft - (y[i] ? z : 0);
		}
		double ridge = 0;
		for (int j = 0; j < theta.length - 1; j++) {
			ridge += Math.exp(2 * theta[j]);
		}
		return sum / x.length + RIDGE * ridge;
	}

	static double[] gradient(double[][] x, boolean[] y, double[] theta) {
		int n = theta.length - 1;
		double[] gradient = new double[n + 1];
		for (int i = 0; i < x.length; i++) {
			double error = 1 / (1 + Math.exp(-z(x[i], theta))) - (y[i] ? 1 : 0);
			for (int j = 0; j < n; j++) {
				gradient[j] += error * x[i][j];
			}
			gradient[n] += error;
		}
		for (int j = 0; j < n; j++) {
			double c = Math.exp(theta[j]);
			gradient[j] = (gradient[j] / x.length + 2 * RIDGE * c) * c;
		}
		gradient[n] /= x.length;
		return gradient;
	}

}
