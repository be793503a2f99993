package fr.benefitcalc.lab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code ../shared/reference-cases/*.json} (expected amounts from OpenFisca-France, see
 * {@code shared/README.md}) computed through the case-format reader and the standard catalog, as
 * {@code bin/benefit-calc evaluate} does: no case may fail, and every amount must match within the
 * case's tolerance unless the case is listed in {@code docs/divergences.md} (where the law and the
 * reference model disagree and we follow the law).
 */
class ReferenceCasesTest {
  private static final Path SHARED = Path.of("..", "..", "shared", "reference-cases");

  @TestFactory
  Stream<DynamicTest> referenceCases() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "shared/reference-cases is not beside the project: " + SHARED.toAbsolutePath());
    Set<String> divergent = DivergenceList.caseIds(Path.of("..", "docs", "divergences.md"));
    CaseEvaluator evaluator = new CaseEvaluator(StandardCatalog.create(), false);
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHARED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (CaseEntry e : CaseReader.read(f)) {
          tests.add(DynamicTest.dynamicTest(f.getFileName() + " " + e.id(), () -> {
            CaseResult r = evaluator.evaluate(e);
            assertThat(r.error()).as("error of %s", e.id()).isEmpty();
            if (!divergent.contains(e.id())) {
              List<String> diffs = new ArrayList<>();
              for (Benefit b : r.mismatches()) {
                diffs.add(b + " computed " + r.amounts().get(b) + ", expected " + r.expected().get(b));
              }
              assertThat(diffs).as("mismatches of %s", e.id()).isEmpty();
            }
          }));
        }
      }
    }
    return tests.stream();
  }
}
