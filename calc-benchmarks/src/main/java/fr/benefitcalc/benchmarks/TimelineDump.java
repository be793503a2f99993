package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.Decision;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The "no result changes" check of a speed-up (docs/benchmarks.md): writes every decision (month,
 * coverage, date, amount, label, window, reopenings), every month paid and due, every regularisation
 * (date, amount, outcome, causes) and every explained change of payment (attributions and causes) of
 * a fixed synthetic population under every built-in scenario, with both details
 * ({@code AMOUNTS} and {@code EXPLAINED}), and prints the SHA-256 of the file. Each household is computed
 * under every scenario on one {@link Situations}, as {@code compare} does, so that what the scenarios
 * share (revisions, the timelines of a benefit whose rules and linked benefit they share) is checked too. Run it on the jar
 * before and on the jar after a change; the two files must be byte-identical.
 *
 * <pre>
 * java -cp calc-benchmarks/target/benchmarks.jar fr.benefitcalc.benchmarks.TimelineDump dump.txt [households] [seed]
 * </pre>
 *
 * Defaults: 400 households, seed 7, months of right 2024-01..2025-12, resources from 2022-01 (as
 * {@code compare} draws them).
 */
public final class TimelineDump {
  private TimelineDump() {}

  /** {@code out [households] [seed]}. */
  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length < 1) {
      System.err.println("usage: TimelineDump <out file> [households, default 400] [seed, default 7]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
    YearMonth first = YearMonth.of(2024, 1);
    YearMonth last = YearMonth.of(2025, 12);
    MonthRange span = MonthRange.of(first, last);
    Population population = SyntheticPopulation.generate(size, seed, YearMonth.of(first.getYear() - 2, 1), last);
    Catalog catalog = StandardCatalog.create();
    ScenarioCatalog scenarios = new ScenarioCatalog(catalog);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(
        new DigestOutputStream(Files.newOutputStream(out), sha), StandardCharsets.UTF_8))) {
      // as compare does: each household under every scenario on one Situations (what the scenarios share is
      // computed once), each scenario prepared once; written by scenario, detail and household
      List<Scenario> all = List.copyOf(scenarios.all().values());
      DecisionTimeline.Detail[] details = DecisionTimeline.Detail.values();
      DecisionTimeline.Prepared[] prepared = new DecisionTimeline.Prepared[all.size()];
      String[] refused = new String[all.size()];
      for (int s = 0; s < all.size(); s++) {
        Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
        for (Benefit b : Benefit.values()) {
          if (all.get(s).ruleSet().defines(b)) {
            rules.put(b, catalog.rule(b));
          }
        }
        try {
          prepared[s] = DecisionTimeline.prepare(rules, all.get(s).ruleSet(), span);
        } catch (RuntimeException e) {
          refused[s] = "error " + e + "\n";
        }
      }
      List<Household> households = population.households();
      String[][][] text = new String[all.size()][details.length][households.size()];
      for (int i = 0; i < households.size(); i++) {
        Household h = households.get(i);
        for (int d = 0; d < details.length; d++) {
          Situations situations = Situations.of(h);
          for (int s = 0; s < all.size(); s++) {
            StringWriter one = new StringWriter();
            try {
              if (refused[s] != null) {
                one.write(refused[s]);
              } else {
                write(one, prepared[s].compute(situations, details[d]));
              }
            } catch (RuntimeException e) {
              one.write("error " + e + "\n");
            }
            text[s][d][i] = one.toString();
          }
        }
      }
      for (int s = 0; s < all.size(); s++) {
        for (int d = 0; d < details.length; d++) {
          for (int i = 0; i < households.size(); i++) {
            w.write("== " + all.get(s).id() + " " + details[d] + " " + households.get(i).id() + "\n");
            w.write(text[s][d][i]);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.out.println(HexFormat.of().formatHex(sha.digest()) + "  " + out);
  }

  private static void write(Writer w, TimelineResult r) throws IOException {
    for (Benefit b : Benefit.values()) {
      if (!r.benefits().containsKey(b)) {
        continue;
      }
      BenefitTimeline t = r.of(b);
      for (Decision d : t.decisions()) {
        w.write(d + " label " + d.label() + "\n");
      }
      w.write(b + " paid " + t.paid() + "\n");
      w.write(b + " due " + t.due() + "\n");
      for (Regularisation g : t.regularisations()) {
        w.write(g + " [" + g.outcome() + "]");
        for (Cause c : g.causes()) {
          w.write(" | " + c + " : " + c.describe());
        }
        w.write("\n");
      }
      for (PaymentChange c : t.changes()) {
        w.write(c + "\n");
      }
      w.write(b + " indus " + Fixed.format(t.appliedIndus()) + " rappels " + Fixed.format(t.appliedRappels())
          + " frozen " + Fixed.format(t.frozenIndus()) + " / " + Fixed.format(t.frozenRappels()) + "\n");
    }
  }
}
