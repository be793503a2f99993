package fr.benefitcalc.lab.cli;

import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line {@code benefit-calc}: {@code evaluate} cases, replay a {@code timeline}, {@code compare}
 * rule sets on a population.
 */
@Command(name = "benefit-calc", mixinStandardHelpOptions = true, version = "benefit-calc 0.1.0",
    description = "French social benefits (AL, RSA, prime d'activité) over configurable reference periods.",
    subcommands = {EvaluateCommand.class, TimelineCommand.class, CompareCommand.class, RuleSetsCommand.class,
        CheckTotalsCommand.class})
public final class BenefitCalc implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with {@code args}; returns the exit status. */
  public static int run(Catalog catalog, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new BenefitCalc(), new CatalogFactory(catalog));
    cl.setOut(out);
    cl.setErr(err);
    // an error the commands did not turn into an exit status: its message, without a stack trace
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println(command.getCommandName() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      command.getErr().flush();
      return 2;
    });
    return cl.execute(args);
  }

  /** Entry point. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(StandardCatalog.create(), out, err, args));
  }

  /** Gives the commands the catalog to use. */
  static final class CatalogFactory implements CommandLine.IFactory {
    private final Catalog catalog;

    CatalogFactory(Catalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (java.lang.reflect.Constructor<?> c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Catalog.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(catalog));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
