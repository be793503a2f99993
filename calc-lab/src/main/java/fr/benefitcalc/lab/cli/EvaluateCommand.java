package fr.benefitcalc.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.trace.TraceStep;
import fr.benefitcalc.lab.cases.CaseEntry;
import fr.benefitcalc.lab.cases.CaseEvaluator;
import fr.benefitcalc.lab.cases.CaseReader;
import fr.benefitcalc.lab.cases.CaseResult;
import fr.benefitcalc.lab.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code benefit-calc evaluate FILE.json}: computes every case of a case-format file and prints one JSON
 * object with a result per case, in input order, and a summary. Exit status: 0 when every case was
 * computed and matched, 1 when any case has an error or a mismatch, 2 when the file cannot be read.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Compute the cases of a case-format JSON file (shared/spec/case-format.md).")
final class EvaluateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Catalog catalog;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "the cases to compute")
  Path file;

  @Option(names = "--trace", description = "include the explanation of every amount (each step with its article)")
  boolean trace;

  @Option(names = "--rules", paramLabel = "NAME",
      description = "compute every case under this rule set instead of the case's own (see `benefit-calc rulesets`)")
  String rules;

  EvaluateCommand(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Integer call() {
    List<CaseEntry> entries;
    try {
      entries = CaseReader.read(file);
    } catch (CaseReader.UnreadableFileException e) {
      spec.commandLine().getErr().println("evaluate: " + e.getMessage());
      return 2;
    }
    CaseEvaluator evaluator = new CaseEvaluator(catalog, trace, java.util.Optional.ofNullable(rules));
    ObjectNode root = JSON.createObjectNode();
    ArrayNode results = root.putArray("results");
    int computed = 0;
    int errors = 0;
    int mismatches = 0;
    for (CaseEntry entry : entries) {
      CaseResult r = evaluator.evaluate(entry);
      results.add(toJson(r));
      if (r.error().isPresent()) {
        errors++;
      } else {
        computed++;
      }
      if (!r.mismatches().isEmpty()) {
        mismatches++;
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("cases", entries.size());
    summary.put("computed", computed);
    summary.put("errors", errors);
    summary.put("mismatches", mismatches);
    try {
      spec.commandLine().getOut().println(JSON.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    spec.commandLine().getOut().flush();
    return errors == 0 && mismatches == 0 ? 0 : 1;
  }

  private static ObjectNode toJson(CaseResult r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id());
    if (r.month().isPresent()) {
      n.put("month", r.month().get());
    } else {
      n.putNull("month");
    }
    ObjectNode amounts = n.putObject("amounts");
    r.amounts().forEach((b, a) -> amounts.put(b.name(), a));
    ObjectNode labels = n.putObject("labels");
    r.labels().forEach((b, l) -> labels.put(b.name(), l));
    if (!r.expected().isEmpty()) {
      ObjectNode expected = n.putObject("expected");
      r.expected().forEach((b, a) -> expected.put(b.name(), a));
    }
    ArrayNode mm = n.putArray("mismatches");
    r.mismatches().forEach(b -> mm.add(b.name()));
    if (r.error().isPresent()) {
      n.put("error", r.error().get());
    } else {
      n.putNull("error");
    }
    if (!r.traces().isEmpty()) {
      ObjectNode traces = n.putObject("trace");
      for (Map.Entry<Benefit, List<TraceStep>> e : r.traces().entrySet()) {
        ArrayNode steps = traces.putArray(e.getKey().name());
        for (TraceStep s : e.getValue()) {
          ObjectNode step = steps.addObject();
          step.put("name", s.name());
          step.put("value", s.value());
          step.put("meaning", s.meaning());
          step.put("article", s.article());
        }
      }
    }
    return n;
  }

}
