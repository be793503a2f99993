package fr.benefitcalc.al.foyer;

/**
 * Montants minimaux de dépense nette de logement (CCH D832-27, D842-17; arrêté du 27/09/2019 art. 32 and 44).
 *
 * @param aplFirst APL foyer, first scale of D832-25
 * @param aplSecond APL foyer, second scale (young workers' foyers and résidences sociales of its 2°)
 * @param al AL foyer
 */
public record MinimumNetExpense(long aplFirst, long aplSecond, long al) {}
