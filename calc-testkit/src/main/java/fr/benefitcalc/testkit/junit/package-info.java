/**
 * JUnit 5 parameterised tests fed by seeds ({@link fr.benefitcalc.testkit.junit.Seeds}); needs
 * {@code org.junit.jupiter:junit-jupiter-params} on the test class path (an optional dependency of the testkit).
 */
package fr.benefitcalc.testkit.junit;
