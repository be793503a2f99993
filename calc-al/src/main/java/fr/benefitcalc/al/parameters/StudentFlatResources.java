package fr.benefitcalc.al.parameters;

/**
 * Montant forfaitaire de ressources of students renting (CCH R822-20, D822-21; arrêté du 27/09/2019 art. 6).
 *
 * @param amount resources deemed for a student tenant
 * @param scholarshipReduction reduction when the student holds a non-taxable higher-education grant (boursier)
 */
public record StudentFlatResources(long amount, long scholarshipReduction) {}
