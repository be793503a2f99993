/**
 * Resources known as of a date: each person's monthly or annual incomes by category, each value
 * with the day it became known ({@link fr.benefitcalc.core.resources.ResourceHistory}), and what
 * the rules read ({@link fr.benefitcalc.core.resources.ResourceView}).
 */
package fr.benefitcalc.core.resources;
