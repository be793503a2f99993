package fr.benefitcalc.al.accession;

/**
 * Coefficients of the resources giving the dépense nette minimale of the APL accession (arrêté du 27/09/2019
 * art. 25; CCH D832-17 al. 3).
 *
 * @param improvedByOwner 1°: dwellings improved by their owner-occupier
 * @param before 2° a): other loans signed before {@link AplAccessionParameters#NET_EXPENSE_RATE_CHANGE}
 * @param since 2° b): other loans signed from that date
 */
public record MinimumNetExpenseRates(long improvedByOwner, long before, long since) {}
