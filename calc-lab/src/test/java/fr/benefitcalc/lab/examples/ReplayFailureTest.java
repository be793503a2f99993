package fr.benefitcalc.lab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.testkit.replay.ReplayCase;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.cli.BenefitCalc;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.properties.BenefitProperties;
import fr.benefitcalc.testkit.properties.TimelineProperties;
import fr.benefitcalc.testkit.properties.TimelineReformRegression;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure written to a file and replayed through the command line, in the test itself: the message
 * of a violation names the file; {@code benefit-calc evaluate FILE} / {@code timeline FILE} (the
 * command line's entry point, run in-process) compute from it exactly what the test computed.
 */
class ReplayFailureTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern REPLAY = Pattern.compile("replay: bin/benefit-calc (evaluate|timeline) (\\S+\\.json)");
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final RuleSet LAW = CATALOG.ruleSet("law");
  private static final Map<Benefit, BenefitRule> ALL = Map.of(Benefit.AL, CATALOG.rule(Benefit.AL),
      Benefit.RSA, CATALOG.rule(Benefit.RSA), Benefit.PA, CATALOG.rule(Benefit.PA));
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = BenefitCalc.run(CATALOG, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  /** The command and file a failure message names. */
  private static String[] replayOf(String message) {
    Matcher m = REPLAY.matcher(message);
    assertThat(m.find()).as(message).isTrue();
    assertThat(message).doesNotContain("not exact");
    return new String[] {m.group(1), m.group(2)};
  }

  @Test
  void aViolatedPropertyIsReplayedByEvaluate() throws IOException {
    // a deliberately false property: "the AL of a tenant is never above 0" fails on the first tenant with a right
    HouseholdGenerator tenants = HouseholdGenerator.defaults().withStatuses(HousingStatus.TENANT)
        .withCorrections(CorrectionModel.typical());
    YearMonth month = YearMonth.of(2025, 1);
    BenefitRule al = CATALOG.rule(Benefit.AL);
    Optional<String> failure = Optional.empty();
    long amount = 0;
    for (long seed = 0; failure.isEmpty() && seed < 200; seed++) {
      var h = tenants.next(new SplittableRandom(seed), 100, "seed-" + seed);
      amount = BenefitProperties.amount(al, LAW, month, h);
      failure = BenefitProperties.atMost(al, LAW, month, h, fr.benefitcalc.core.money.Euros.of("0"), "zero");
    }
    assertThat(failure).isPresent();
    String message = failure.get();
    // the household in full: incomes month by month with the day each value became known
    assertThat(message).contains("salary").contains("(known 20");
    String[] replay = replayOf(message);
    assertThat(replay[0]).isEqualTo("evaluate");
    assertThat(Path.of(replay[1])).exists();

    Run run = cli("evaluate", replay[1]);
    assertThat(run.status()).as(run.out() + run.err()).isZero(); // computed and equal to what the test saw, to the cent
    JsonNode result = JSON.readTree(run.out()).get("results").get(0);
    assertThat(result.get("amounts").get("AL").decimalValue()).isEqualByComparingTo(Fixed.toBigDecimal(amount));
    assertThat(result.get("mismatches")).isEmpty();
  }

  @Test
  void foyersAndHomeBuyersAreWrittenInFull() throws IOException {
    // the dwellings of the case format's second HOUSING table: each written case gives back the same AL
    var base = HouseholdGenerator.defaults().withStatuses(HousingStatus.TENANT).next(new SplittableRandom(5), 60, "h");
    List<Housing> dwellings = List.of(
        Housing.foyer(2, MonthlyAmounts.constant(Euros.of("420")), false,
            new Foyer(Foyer.Type.OTHER, false, Optional.empty(), Foyer.AlCategory.ELDERLY_OR_DISABLED)),
        Housing.foyer(1, MonthlyAmounts.constant(Euros.of("350")), true,
            new Foyer(Foyer.Type.SOCIAL_RESIDENCE, false, Optional.of(java.time.LocalDate.of(2020, 1, 1)), Foyer.AlCategory.OTHER)),
        Housing.homeBuyer(2, new Loan(MonthlyAmounts.constant(Euros.of("650")), java.time.LocalDate.of(2015, 6, 1),
            Loan.Kind.OTHER, Loan.Purpose.NEW, false, Optional.empty(), false, false)));
    YearMonth month = YearMonth.of(2025, 1);
    List<ReplayCase> cases = new java.util.ArrayList<>();
    for (int i = 0; i < dwellings.size(); i++) {
      var h = base.withHousing(dwellings.get(i));
      cases.add(new ReplayCase("d" + i, month, List.of(Benefit.AL), "law", h,
          Map.of(Benefit.AL, BenefitProperties.amount(CATALOG.rule(Benefit.AL), LAW, month, h)), "dwelling " + i));
    }
    ReplayFile f = ReplayFiles.in(dir).writeCases("dwellings", cases);
    assertThat(f.limits()).isEmpty();
    Run run = cli("evaluate", f.path().toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(Files.readString(f.path())).contains("\"foyer\"").contains("\"loan\"").contains("elderly-or-disabled");
  }

  @Test
  void aCrossBenefitRegressionIsReplayedByTimeline() throws IOException {
    // a reform the command line does not know by name: the law with droits figés above 150 EUR and below 20 EUR
    RegularisationPolicy figes = RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("150"))
        .withDeMinimis(Threshold.euros("20"));
    RuleSet reform = new RuleSet("figes-150", "the law, droits figés above 150 EUR and below 20 EUR", Map.of(
        Benefit.AL, LAW.rules(Benefit.AL).withPolicy(figes), Benefit.RSA, LAW.rules(Benefit.RSA).withPolicy(figes),
        Benefit.PA, LAW.rules(Benefit.PA).withPolicy(figes)));
    TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), SPAN)
        .withCorrections(CorrectionModel.typical()).withSituationChanges(SituationChangeModel.frequent());
    // a bound that some household breaks: no change at all in what it receives
    TimelineReformRegression.Report report = TimelineReformRegression.of(ALL, LAW, reform)
        .maxTotalLoss(0).maxTotalGain(0).replayTo(ReplayFiles.in(dir)).run(cases, 1, 60);
    assertThat(report.violations()).isNotEmpty();
    TimelineReformRegression.Case worst = report.violations().get(0);
    assertThat(report.summary()).contains("VIOLATION").contains("replay: bin/benefit-calc timeline " + dir);
    assertThat(worst.replay()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      ReplayFile f = worst.replay().get(i);
      assertThat(f.limits()).isEmpty();
      RuleSet rules = i == 0 ? LAW : reform;
      TimelineResult expected = TimelineProperties.compute(worst.timelineCase(), ALL, rules);
      assertSameTimeline(f.path(), expected);
    }
  }

  @Test
  void aTimelinePropertyFailureWithSituationChangesIsReplayedByTimeline() throws IOException {
    // find a case with a birth, a separation or a move, and replay it through its file
    TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), SPAN)
        .withCorrections(CorrectionModel.typical()).withSituationChanges(SituationChangeModel.frequent());
    TimelineCase c = null;
    for (long seed = 0; c == null || c.changes().size() < 2; seed++) {
      c = cases.next(new SplittableRandom(seed), 100, "seed-" + seed);
    }
    ReplayFile f = ReplayFiles.in(dir).writeTimeline("changes", c, ALL.keySet(), LAW, "a case with two situation changes");
    assertThat(f.limits()).isEmpty();
    assertThat(Files.readString(f.path())).contains("\"changes\"").contains("knownOn");
    assertSameTimeline(f.path(), TimelineProperties.compute(c, ALL, LAW));
  }

  /** {@code benefit-calc timeline FILE} prints, for every benefit and month, the amounts paid and due of {@code expected}. */
  private static void assertSameTimeline(Path file, TimelineResult expected) throws IOException {
    Run run = cli("timeline", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode out = JSON.readTree(run.out());
    for (BenefitTimeline t : expected.benefits().values()) {
      JsonNode b = out.get("benefits").get(t.benefit().name());
      for (YearMonth m : expected.span()) {
        assertThat(b.get("paid").get(m.toString()).decimalValue()).as(t.benefit() + " paid " + m)
            .isEqualByComparingTo(Fixed.toBigDecimal(t.paid().at(m)));
        assertThat(b.get("due").get(m.toString()).decimalValue()).as(t.benefit() + " due " + m)
            .isEqualByComparingTo(Fixed.toBigDecimal(t.due().at(m)));
      }
      assertThat(b.get("totals").get("appliedIndus").decimalValue()).isEqualByComparingTo(Fixed.toBigDecimal(t.appliedIndus()));
      assertThat(b.get("totals").get("frozenRappels").decimalValue()).isEqualByComparingTo(Fixed.toBigDecimal(t.frozenRappels()));
      assertThat(b.get("regularisations")).hasSize(t.regularisations().size());
    }
  }
}
