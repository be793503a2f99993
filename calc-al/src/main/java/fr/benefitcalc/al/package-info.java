/**
 * The aides personnelles au logement (APL, ALF, ALS) of tenants: the rule ({@link
 * fr.benefitcalc.al.HousingBenefit}, CCH L821-1 and following, D823-16, D823-17), its built-in
 * configurations ({@link fr.benefitcalc.al.AlRuleSets}) and the options that select a reading where
 * the reference model differs ({@link fr.benefitcalc.al.AlOptions}).
 */
package fr.benefitcalc.al;
