package io.attache.evaluation;

/**
 * True positives, false positives (extras) and false negatives (misses) of one kind.
 * Precision is 1 when nothing was extracted, recall is 1 when there was nothing to find; F1 is their harmonic mean.
 */
public final class Counts {
    private int tp;
    private int fp;
    private int fn;

    public Counts() {
    }

    public Counts(int tp, int fp, int fn) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
    }

    public void tp() {
        tp++;
    }

    public void fp() {
        fp++;
    }

    public void fn() {
        fn++;
    }

    public void add(Counts other) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int falseNegatives() {
        return fn;
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return "TP=" + tp + " FP=" + fp + " FN=" + fn;
    }
}
