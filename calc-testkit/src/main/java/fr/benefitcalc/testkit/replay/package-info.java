/**
 * Failures written as files the command line replays: {@link fr.benefitcalc.testkit.replay.ReplayFiles}
 * writes case files ({@code bin/benefit-calc evaluate FILE}) and timeline files
 * ({@code bin/benefit-calc timeline FILE}) with the household in full, built by
 * {@link fr.benefitcalc.testkit.replay.CaseJson}.
 */
package fr.benefitcalc.testkit.replay;
