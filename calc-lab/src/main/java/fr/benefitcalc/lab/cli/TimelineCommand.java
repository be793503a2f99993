package fr.benefitcalc.lab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.cases.CaseReader;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.timeline.TimelineFile;
import fr.benefitcalc.lab.timeline.TimelineFileReader;
import fr.benefitcalc.lab.timeline.TimelineJson;
import fr.benefitcalc.lab.timeline.TimelineTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benefit-calc timeline FILE.json [--format json|table]}: how the agency would have handled one
 * household over a span of months (docs/timeline-format.md): decisions, amounts paid and due,
 * regularisations with their outcome and causes, explained changes of the amount paid. Exit status:
 * 0 when computed, 1 when the content is invalid or cannot be computed (the error names the field and
 * the value), 2 when the file cannot be read.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Replay the decisions on one household whose data arrive late (docs/timeline-format.md).")
final class TimelineCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Output formats (lower case: they are typed as is on the command line). */
  enum Format { json, table }

  private final Catalog catalog;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "the timeline file")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or table: one line per month per benefit, then regularisations and changes")
  Format format;

  TimelineCommand(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TimelineResult result;
    try {
      TimelineFile input = TimelineFileReader.read(file, catalog);
      result = input.compute();
    } catch (CaseReader.UnreadableFileException e) {
      err.println("timeline: " + e.getMessage());
      err.flush();
      return 2;
    } catch (IllegalArgumentException e) {
      // InvalidInputException (field and value), ParameterOutOfRangeException (a month no parameter covers)
      err.println("timeline: " + file + ": " + CaseReader.message(e));
      err.flush();
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.table) {
      out.print(TimelineTable.render(result));
    } else {
      try {
        out.println(JSON.writeValueAsString(TimelineJson.write(result)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    out.flush();
    return 0;
  }
}
