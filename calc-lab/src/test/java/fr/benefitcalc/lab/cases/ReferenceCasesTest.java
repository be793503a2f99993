package fr.benefitcalc.lab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code src/test/resources/reference-cases/*.json} (copies of the shared reference
 * cases, expected amounts from OpenFisca-France: see the PROVENANCE.md beside them) computed through the case-format reader and the standard catalog, as
 * {@code bin/benefit-calc evaluate} does, twice:
 * <ul>
 *   <li>under the rule set {@code openfisca} (every documented reading switched to OpenFisca's): every
 *       amount must match within the case's tolerance, except the gaps ({@code | gap} rows of
 *       {@code docs/divergences.md}: features not modelled);
 *   <li>under the case's own rule set (the law): a mismatch must be a documented divergence ({@code | case}
 *       rows), or the AL paid in whole euros (CCH D823-16): then the same case with the AL to the cent
 *       ({@code al.finalRounding = cent}, OpenFisca's only difference there) must match.
 * </ul>
 * No case may fail, and finding no case fails.
 */
class ReferenceCasesTest {
  private static final Path CASES = Path.of("src", "test", "resources", "reference-cases");
  private static final Path SHARED = Path.of("..", "..", "shared", "reference-cases");
  /** The number of cases of the copies (PROVENANCE.md): fewer means a file lost or unread. */
  private static final int CASE_COUNT = 338 + 58 + 300;
  private static final Path DIVERGENCES = Path.of("..", "docs", "divergences.md");
  private static final String LAW_TO_THE_CENT = "law with the AL to the cent";

  @TestFactory
  Stream<DynamicTest> underTheLaw() throws IOException {
    Set<String> divergent = DivergenceList.caseIds(DIVERGENCES);
    Catalog standard = StandardCatalog.create();
    RuleSet law = standard.ruleSet("law");
    Catalog withCents = standard.withAliases(Map.of(LAW_TO_THE_CENT,
        law.with(LAW_TO_THE_CENT, LAW_TO_THE_CENT, Benefit.AL, law.rules(Benefit.AL).withOption(AlOptions.FINAL_ROUNDING, "cent"))));
    CaseEvaluator evaluator = new CaseEvaluator(standard, false);
    CaseEvaluator toTheCent = new CaseEvaluator(withCents, false, Optional.of(LAW_TO_THE_CENT));
    return cases((file, e) -> {
      CaseResult r = evaluator.evaluate(e);
      assertThat(r.error()).as("error of %s", e.id()).isEmpty();
      if (divergent.contains(e.id())) {
        return;
      }
      List<Benefit> unexplained = new ArrayList<>(r.mismatches());
      if (unexplained.remove(Benefit.AL) && e.value().get().rules().equals("law")) {
        CaseResult cents = toTheCent.evaluate(e);
        if (!cents.mismatches().isEmpty()) {
          unexplained.add(Benefit.AL);
        } else {
          // D823-16: the law pays the amount net of CRDS rounded down to the euro, never more
          assertThat(r.amounts().get(Benefit.AL)).as("AL of %s", e.id()).isLessThanOrEqualTo(cents.amounts().get(Benefit.AL));
        }
      }
      assertThat(describe(r, unexplained)).as("mismatches of %s", e.id()).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> underTheOpenfiscaRuleSet() throws IOException {
    Set<String> gaps = DivergenceList.gapIds(DIVERGENCES);
    CaseEvaluator evaluator = new CaseEvaluator(StandardCatalog.create(), false, Optional.of("openfisca"));
    return cases((file, e) -> {
      CaseResult r = evaluator.evaluate(e);
      assertThat(r.error()).as("error of %s", e.id()).isEmpty();
      if (!gaps.contains(e.id())) {
        assertThat(describe(r, r.mismatches())).as("mismatches of %s under openfisca", e.id()).isEmpty();
      }
    });
  }

  private static List<String> describe(CaseResult r, List<Benefit> benefits) {
    List<String> diffs = new ArrayList<>();
    for (Benefit b : benefits) {
      diffs.add(b + " computed " + r.amounts().get(b) + ", expected " + r.expected().get(b));
    }
    return diffs;
  }

  private interface CaseCheck {
    void check(Path file, CaseEntry entry) throws Exception;
  }

  private static Stream<DynamicTest> cases(CaseCheck check) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (CaseEntry e : CaseReader.read(f)) {
          tests.add(DynamicTest.dynamicTest(f.getFileName() + " " + e.id(), () -> check.check(f, e)));
        }
      }
    }
    assertThat(tests).as("reference cases in " + CASES.toAbsolutePath()).hasSize(CASE_COUNT);
    return tests.stream();
  }

  @Test
  void theCopiesAreTheSharedFiles() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "shared/reference-cases is not beside the project: " + SHARED.toAbsolutePath());
    try (Stream<Path> files = Files.list(SHARED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        assertThat(CASES.resolve(f.getFileName())).as("copy of " + f).hasSameBinaryContentAs(f);
      }
    }
  }
}
