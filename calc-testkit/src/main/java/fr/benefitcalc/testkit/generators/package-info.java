/**
 * Generators of households and of their resources with late data, deterministic for a seed and
 * framework-neutral (driven by a {@code RandomGenerator}).
 */
package fr.benefitcalc.testkit.generators;
