package com.fanbase.profiles.model;

import org.hipparchus.exception.MathIllegalStateException;
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
 * L2-penalised logistic regression, fitted by minimising the penalised negative
 * log-likelihood with Hipparchus' non-linear conjugate gradient (Polak-Ribière) and the
 * analytic gradient. Features are standardised on the training data first, so one penalty
 * suits features of any scale and the surface is well conditioned; the intercept is not
 * penalised.
 */
public final class LogisticRegression {

	private static final int MAX_EVALUATIONS = 20_000;

	private LogisticRegression() {
	}

	/**
	 * @param features one row per example, all rows the same length
	 * @param labels the outcome of each example
	 * @param ridge the L2 penalty on the standardised coefficients (0 for plain maximum
	 * likelihood)
	 */
	public static LogisticFit fit(double[][] features, boolean[] labels, double ridge) {
		int n = features.length;
		if (n == 0 || labels.length != n) {
			throw new IllegalArgumentException("Need as many labels as rows, and at least one row");
		}
		int k = features[0].length;
		double[] means = new double[k];
		double[] scales = new double[k];
		for (double[] row : features) {
			for (int j = 0; j < k; j++) {
				means[j] += row[j] / n;
			}
		}
		for (double[] row : features) {
			for (int j = 0; j < k; j++) {
				scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
			}
		}
		for (int j = 0; j < k; j++) {
			scales[j] = (scales[j] > 1e-24) ? Math.sqrt(scales[j]) : 1;
		}
		double[][] z = new double[n][k];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				z[i][j] = (features[i][j] - means[j]) / scales[j];
			}
		}
		Objective objective = new Objective(z, labels, ridge);
		NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
				NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-12));
		double[] start = new double[k + 1];
		double positives = 0;
		for (boolean label : labels) {
			positives += label ? 1 : 0;
		}
		double share = Math.min(Math.max(positives / n, 1e-6), 1 - 1e-6);
		start[0] = Math.log(share / (1 - share));
		double[] beta;
		boolean converged = true;
		try {
			PointValuePair optimum = optimizer.optimize(new ObjectiveFunction(objective::value),
					new ObjectiveFunctionGradient(objective::gradient), GoalType.MINIMIZE, new InitialGuess(start),
					new MaxEval(MAX_EVALUATIONS), new MaxIter(MAX_EVALUATIONS));
			beta = optimum.getPoint();
		}
		catch (MathIllegalStateException ex) {
			converged = false;
			beta = objective.best;
		}
		return new LogisticFit(means, scales, beta, converged);
	}

	private static double sigmoid(double eta) {
		return (eta >= 0) ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
	}

	/** log(1 + e^eta) without overflow. */
	private static double softplus(double eta) {
		return (eta > 0) ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
	}

	private static final class Objective {

		private final double[][] z;

		private final boolean[] labels;

		private final double ridge;

		private double[] best;

		private double bestValue = Double.POSITIVE_INFINITY;

		Objective(double[][] z, boolean[] labels, double ridge) {
			this.z = z;
			this.labels = labels;
			this.ridge = ridge;
		}

		double value(double[] beta) {
			double total = 0;
			for (int i = 0; i < this.z.length; i++) {
				double eta = eta(beta, this.z[i]);
				total += softplus(eta) - (this.labels[i] ? eta : 0);
			}
			for (int j = 1; j < beta.length; j++) {
				total += 0.5 * this.ridge * beta[j] * beta[j];
			}
			if (total < this.bestValue) {
				this.bestValue = total;
				this.best = beta.clone();
			}
			return total;
		}

		double[] gradient(double[] beta) {
			double[] gradient = new double[beta.length];
			for (int i = 0; i < this.z.length; i++) {
				double residual = sigmoid(eta(beta, this.z[i])) - (this.labels[i] ? 1 : 0);
				gradient[0] += residual;
				for (int j = 0; j < this.z[i].length; j++) {
					gradient[j + 1] += residual * this.z[i][j];
				}
			}
			for (int j = 1; j < beta.length; j++) {
				gradient[j] += this.ridge * beta[j];
			}
			return gradient;
		}

		private static double eta(double[] beta, double[] row) {
			double eta = beta[0];
			for (int j = 0; j < row.length; j++) {
				eta += beta[j + 1] * row[j];
			}
			return eta;
		}

	}

	/**
	 * A fitted logistic regression.
	 *
	 * @param means the training mean of each feature
	 * @param scales the training standard deviation of each feature (1 where constant)
	 * @param coefficients the intercept, then one coefficient per standardised feature
	 * @param converged whether the optimiser met its tolerance
	 */
	public record LogisticFit(double[] means, double[] scales, double[] coefficients, boolean converged) {

		public double probability(double[] features) {
			return sigmoid(linear(features));
		}

		public double linear(double[] features) {
			double eta = this.coefficients[0];
			for (int j = 0; j < features.length; j++) {
				eta += this.coefficients[j + 1] * (features[j] - this.means[j]) / this.scales[j];
			}
			return eta;
		}

		/** The coefficient of each feature in its own units (intercept first). */
		public double[] rawCoefficients() {
			double[] raw = new double[this.coefficients.length];
			raw[0] = this.coefficients[0];
			for (int j = 1; j < raw.length; j++) {
				raw[j] = this.coefficients[j] / this.scales[j - 1];
				raw[0] -= raw[j] * this.means[j - 1];
			}
			return raw;
		}

	}

}
