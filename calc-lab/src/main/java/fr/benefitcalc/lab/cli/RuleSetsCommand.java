package fr.benefitcalc.lab.cli;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.lab.catalog.Catalog;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code benefit-calc rulesets}: lists the rule sets known by name, with their periods and schedules. */
@Command(name = "rulesets", mixinStandardHelpOptions = true, description = "List the built-in rule sets.")
final class RuleSetsCommand implements Runnable {
  private final Catalog catalog;

  @Spec
  CommandSpec spec;

  RuleSetsCommand(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (RuleSet r : catalog.ruleSets().values()) {
      out.println(r.name() + " — " + r.description());
      for (Benefit b : Benefit.values()) {
        if (r.defines(b)) {
          BenefitRules br = r.rules(b);
          out.println("    " + b + ": " + br.defaultPeriod().label()
              + (br.periods().isEmpty() ? "" : " " + br.periods())
              + br.experiment().map(e -> ", experimenting departments " + e.period().label() + " from " + e.from()).orElse("")
              + ", " + br.schedule());
        }
      }
    }
    out.flush();
  }
}
