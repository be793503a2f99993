package fr.benefitcalc.lab.cli;

import fr.benefitcalc.lab.report.TotalsCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benefit-calc check-totals DIR}: the exact totals of a {@code compare} output's {@code summary.json}
 * against the sums of its {@code households.csv} ({@link TotalsCheck}); exit 0 when every figure is equal.
 */
@Command(name = "check-totals", mixinStandardHelpOptions = true,
    description = "Check that the exact totals of a compare output (summary.json) equal the sums of its households.csv.")
final class CheckTotalsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the output folder of a compare run (its --out)")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TotalsCheck.Report r;
    try {
      r = TotalsCheck.of(dir);
    } catch (IOException | RuntimeException e) {
      err.println("check-totals: " + dir + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      err.flush();
      return 2;
    }
    r.lines().forEach(out::println);
    out.println(r.equal() ? "check-totals: every total equals the sum of households.csv"
        : "check-totals: some totals differ from the sum of households.csv");
    out.flush();
    return r.equal() ? 0 : 1;
  }
}
