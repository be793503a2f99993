package fr.benefitcalc.al.parameters;

/**
 * A 10 % income-tax deduction with its floor and ceiling (CGI art. 83 3° for salaries, art. 158 5 a
 * for pensions), by income year.
 *
 * @param rate the rate (0.10)
 * @param floor the minimum deduction
 * @param ceiling the maximum deduction
 */
public record TaxAbatement(long rate, long floor, long ceiling) {}
