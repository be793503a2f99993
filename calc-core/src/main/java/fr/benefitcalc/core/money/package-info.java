/**
 * Exact money: Joda-Money {@code Money} in euros at the API ({@link
 * fr.benefitcalc.core.money.Euros}), {@code long} nano-euros inside ({@link
 * fr.benefitcalc.core.money.Fixed}) with the legal roundings named, never a {@code double}.
 */
package fr.benefitcalc.core.money;
