package fr.benefitcalc.rsapa.cases;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** Development tool: runs the shared reference cases and prints mismatches (args: files; -Dtrace=id). */
public final class ReferenceCasesRun {
  public static void main(String[] args) throws Exception {
    RuleSet rules = System.getProperty("openfisca") != null ? RsaPaRuleSets.openfiscaRuleSet() : RsaPaRuleSets.lawRuleSet();
    String traceId = System.getProperty("trace");
    for (String f : args) {
      List<ReferenceCases.Case> cases = ReferenceCases.read(Path.of(f));
      int[] ok = new int[2];
      int[] ko = new int[2];
      int skipped = 0;
      for (ReferenceCases.Case c : cases) {
        for (int k = 0; k < 2; k++) {
          String b = k == 0 ? "RSA" : "PA";
          if (!c.benefits().contains(b) || !c.expected().containsKey(b)) {
            continue;
          }
          if (c.benefits().contains("AL") && !c.alGiven()) {
            skipped++;
            continue;
          }
          BenefitRule rule = k == 0 ? new Rsa() : new ActivityBonus();
          boolean tr = c.id().equals(traceId);
          RecordingTrace trace = Trace.recording();
          BenefitResult r = rule.compute(c.household(), c.household().resources().finalView(), c.month(), rules,
              tr ? trace : Trace.off());
          BigDecimal got = Fixed.toBigDecimal(r.amountFixed());
          BigDecimal diff = got.subtract(c.expected().get(b)).abs();
          if (diff.compareTo(c.tolerance().get(b)) <= 0) {
            ok[k]++;
          } else {
            ko[k]++;
            System.out.println("MISMATCH " + b + " " + c.id() + " " + c.month() + " expected " + c.expected().get(b)
                + " got " + got);
          }
          if (tr) {
            System.out.println(trace.render());
          }
        }
      }
      System.out.println(f + ": RSA " + ok[0] + " ok / " + ko[0] + " ko; PA " + ok[1] + " ok / " + ko[1]
          + " ko; skipped (AL computed) " + skipped);
    }
  }
}
