/**
 * JMH benchmarks of the single-household and bulk paths and of the decision timeline (not
 * published; run with {@code bin/benchmarks}).
 */
package fr.benefitcalc.benchmarks;
