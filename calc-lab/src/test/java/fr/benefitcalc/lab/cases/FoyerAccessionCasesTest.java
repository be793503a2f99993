package fr.benefitcalc.lab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code ../shared/reference-cases-foyer-accession/} (logements-foyers and accession; expected
 * amounts from OpenFisca-France 176.0.7, which departs from the law on these statuses:
 * {@code shared/docs/al-foyer-accession.md}). No case may fail to compute (a case listed as a gap, a {@code | gap}
 * row, may be refused with an error naming {@code housing.loan.kind}; none is today: the APL accession is computed).
 * <ul>
 *   <li>under the law: every AL that differs from the reference amount is documented, case by case, in
 *       {@code docs/divergences/al.md} (a {@code | case} row: article, both amounts);
 *   <li>under the rule set {@code openfisca} (K not rounded, the AL to the cent, no redevance cap, no dépense
 *       nette minimale, the accession ceilings of the month, the resource floor on the whole base, an APL loan
 *       computed with the AL accession formula): every case matches the reference amount, gaps aside
 *       ({@code | gap} rows).
 * </ul>
 */
class FoyerAccessionCasesTest {
  private static final Path SHARED = Path.of("..", "..", "shared", "reference-cases-foyer-accession");
  private static final Path DIVERGENCES = Path.of("..", "docs", "divergences", "al.md");

  @TestFactory
  Stream<DynamicTest> underTheLawEveryDifferenceIsDocumented() throws IOException {
    Set<String> documented = DivergenceList.caseIds(DIVERGENCES);
    CaseEvaluator law = new CaseEvaluator(StandardCatalog.create(), false, Optional.of("law"));
    Set<String> gaps = DivergenceList.gapIds(DIVERGENCES);
    Map<String, BigDecimal> lawAmounts = lawAmounts(DIVERGENCES);
    return cases((e) -> {
      CaseResult r = law.evaluate(e);
      if (gaps.contains(e.id()) && r.error().isPresent()) {
        // a missing feature: the household is refused with an error naming the field
        assertThat(r.error().get()).contains("housing.loan.kind");
        return;
      }
      assertThat(r.error()).as("error of %s", e.id()).isEmpty();
      if (!documented.contains(e.id())) {
        assertThat(describe(r)).as("undocumented difference of %s under the law", e.id()).isEmpty();
      }
      BigDecimal stated = lawAmounts.get(e.id());
      if (stated != null && r.amounts().containsKey(Benefit.AL)) {
        // the documented amount is the one we compute: a row never goes stale
        assertThat(r.amounts().get(Benefit.AL)).as("law amount of %s in docs/divergences/al.md", e.id())
            .isEqualByComparingTo(stated);
      }
    });
  }

  /** The "law" column (third from the end) of every {@code | case} row of the file whose cell is a number. */
  private static Map<String, BigDecimal> lawAmounts(Path file) throws IOException {
    Map<String, BigDecimal> amounts = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("| case `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String id = line.substring(line.indexOf('`') + 1, line.indexOf('`', line.indexOf('`') + 1));
      try {
        amounts.put(id, new BigDecimal(cells[cells.length - 2].trim()));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        // a row whose law cell is not one amount (several months, an error) is checked by its presence only
      }
    }
    return amounts;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseUnderTheOpenfiscaRuleSet() throws IOException {
    Set<String> gaps = DivergenceList.gapIds(DIVERGENCES);
    CaseEvaluator openfisca = new CaseEvaluator(StandardCatalog.create(), false, Optional.of("openfisca"));
    return cases((e) -> {
      CaseResult r = openfisca.evaluate(e);
      if (gaps.contains(e.id()) && r.error().isPresent()) {
        return;
      }
      assertThat(r.error()).as("error of %s", e.id()).isEmpty();
      if (!gaps.contains(e.id())) {
        assertThat(describe(r)).as("%s under openfisca", e.id()).isEmpty();
      }
    });
  }

  private static List<String> describe(CaseResult r) {
    List<String> diffs = new ArrayList<>();
    for (Benefit b : r.mismatches()) {
      diffs.add(b + " computed " + r.amounts().get(b) + ", expected " + r.expected().get(b));
    }
    return diffs;
  }

  private interface CaseCheck {
    void check(CaseEntry entry) throws Exception;
  }

  private static Stream<DynamicTest> cases(CaseCheck check) throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "shared/reference-cases-foyer-accession is not beside the project");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHARED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (CaseEntry e : CaseReader.read(f)) {
          tests.add(DynamicTest.dynamicTest(f.getFileName() + " " + e.id(), () -> check.check(e)));
        }
      }
    }
    return tests.stream();
  }
}
