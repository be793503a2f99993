/**
 * The populations compared: the built-in synthetic population and the population files (CSV or
 * Parquet).
 */
package fr.benefitcalc.lab.population;
