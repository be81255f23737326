package uk.plymouth.wellbeing.signposting.crisis;

/**
 * Multinomial logistic regression: a weight per class and feature (plus a bias), probabilities by softmax. Trained by
 * mini-batch gradient descent with Adam steps from zero weights, the examples in a fixed shuffled order, so the same
 * examples always give the same model. Small on purpose: a few thousand examples train in a second or two.
 */
final class SoftmaxRegression {

    /**
     * How it is trained. {@code l2} pulls weights towards zero so no single example decides; {@code firstClassShare}
     * is how much the first class's examples (ordinary) weigh in all, against the rest together.
     */
    record Training(int epochs, int batch, double learningRate, double l2, double firstClassShare) {

        static final Training DEFAULT = new Training(20, 64, 0.01, 1e-4, 0.5);
    }

    private final double[][] weights;

    private SoftmaxRegression(double[][] weights) {
        this.weights = weights;
    }

    /**
     * Fits the model.
     *
     * @param features one row per example, all the same length
     * @param labels each example's class, 0 to {@code classes - 1}
     * @param exampleWeights how much each example counts (e.g. to balance classes)
     */
    static SoftmaxRegression train(double[][] features, int[] labels, double[] exampleWeights, int classes,
            Training training) {
        if (features.length == 0 || features.length != labels.length || labels.length != exampleWeights.length) {
            throw new IllegalArgumentException("features, labels and weights must be the same non-zero length");
        }
        int width = features[0].length + 1;
        double[][] w = new double[classes][width];
        double[][] m = new double[classes][width];
        double[][] v = new double[classes][width];
        double totalWeight = 0;
        for (double weight : exampleWeights) {
            totalWeight += weight;
        }
        double beta1 = 0.9;
        double beta2 = 0.999;
        double[] p = new double[classes];
        int[] order = shuffled(features.length);
        int step = 0;
        for (int epoch = 1; epoch <= training.epochs(); epoch++) {
            for (int from = 0; from < order.length; from += training.batch()) {
                int to = Math.min(order.length, from + training.batch());
                double[][] gradient = new double[classes][width];
                for (int i = from; i < to; i++) {
                    int n = order[i];
                    probabilities(w, features[n], p);
                    double weight = exampleWeights[n] / totalWeight * order.length / (to - from);
                    double[] x = features[n];
                    for (int k = 0; k < classes; k++) {
                        double error = weight * (p[k] - (labels[n] == k ? 1 : 0));
                        double[] row = gradient[k];
                        for (int j = 0; j < x.length; j++) {
                            row[j] += error * x[j];
                        }
                        row[width - 1] += error;
                    }
                }
                step++;
                adam(w, m, v, gradient, training, step, beta1, beta2);
            }
        }
        return new SoftmaxRegression(w);
    }

    private static void adam(double[][] w, double[][] m, double[][] v, double[][] gradient, Training training,
            int step, double beta1, double beta2) {
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        int width = w[0].length;
        for (int k = 0; k < w.length; k++) {
            for (int j = 0; j < width; j++) {
                double g = gradient[k][j] + (j < width - 1 ? training.l2() * w[k][j] : 0);
                m[k][j] = beta1 * m[k][j] + (1 - beta1) * g;
                v[k][j] = beta2 * v[k][j] + (1 - beta2) * g * g;
                w[k][j] -= training.learningRate() * (m[k][j] / correction1) / (Math.sqrt(v[k][j] / correction2)
                        + 1e-8);
            }
        }
    }

    /** 0 to n - 1 in an order that is always the same for the same n. */
    private static int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(20261207L);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    int classes() {
        return weights.length;
    }

    /** Each class's probability for these features; they sum to 1. */
    double[] probabilities(double[] features) {
        double[] p = new double[weights.length];
        probabilities(weights, features, p);
        return p;
    }

    private static void probabilities(double[][] w, double[] x, double[] into) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.length; k++) {
            double[] row = w[k];
            double score = row[row.length - 1];
            for (int j = 0; j < x.length; j++) {
                score += row[j] * x[j];
            }
            into[k] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            into[k] = Math.exp(into[k] - max);
            sum += into[k];
        }
        for (int k = 0; k < w.length; k++) {
            into[k] /= sum;
        }
    }
}
