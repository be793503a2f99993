/**
 * The library's errors: {@link fr.benefitcalc.core.errors.BenefitCalcException}, the one unchecked
 * exception every error of the library is (or extends), naming the household, the field and the value.
 */
package fr.benefitcalc.core.errors;
