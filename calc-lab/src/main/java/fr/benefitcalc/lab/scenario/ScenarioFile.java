package fr.benefitcalc.lab.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.input.InputText;
import fr.benefitcalc.lab.timeline.RuleSetReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * User-defined scenarios, read from a YAML or JSON file ({@code docs/scenario-file.md}):
 * {@code {"scenarios": [{"id": "R1", "name": "...", "base": "law", "AL": BENEFIT_RULES, ...}]}}.
 * Each scenario is a rule set given as data, read by the timeline file's {@link RuleSetReader} (the
 * same BENEFIT_RULES: periods, schedule, decision day, regularisation policy, options, parameters).
 *
 * <pre>{@code
 * List<Scenario> mine = ScenarioFile.read(Path.of("examples/scenarios/my-reform.yaml"), StandardCatalog.create());
 * ScenarioCatalog all = new ScenarioCatalog(catalog).plus(mine);
 * }</pre>
 *
 * <p>Any error is an {@link InvalidInputException} naming the field and the value, e.g.
 * {@code scenarios[0].AL.period: 'N+x' is not a reference period such as "M-13..M-2" or "N-1"}.
 */
public final class ScenarioFile {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ScenarioFile() {}

  /** The scenarios of a {@code .yaml}/{@code .yml} or {@code .json} file, on the rule sets of {@code catalog}. */
  public static List<Scenario> read(Path file, Catalog catalog) {
    return read(tree(file), catalog);
  }

  /** The scenarios of a parsed file. */
  public static List<Scenario> read(JsonNode root, Catalog catalog) {
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("(file)", root, "must be an object {\"scenarios\": [...]}");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!"scenarios".equals(f)) {
        throw new InvalidInputException(f, f, "is not a known field (known: scenarios)");
      }
    }
    JsonNode list = root.get("scenarios");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InvalidInputException("scenarios", list == null ? "null" : list, "must be a non-empty array of scenarios");
    }
    List<Scenario> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "scenarios[" + i + "]";
      JsonNode node = list.get(i);
      if (!node.isObject()) {
        throw new InvalidInputException(path, node, "must be an object {\"id\", \"name\", \"base\", \"AL\": ...}");
      }
      JsonNode idNode = node.get("id");
      if (idNode == null || idNode.isNull()) {
        throw new InvalidInputException(path + ".id", "null", "is required");
      }
      if (!idNode.isTextual() || !ID.matcher(idNode.asText()).matches()) {
        throw new InvalidInputException(path + ".id", idNode.asText(), "must be letters, digits, '.', '_' or '-'"
            + " (it is named in --scenarios, separated by commas)");
      }
      String id = idNode.asText();
      Integer before = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
      if (before != null) {
        throw new InvalidInputException(path + ".id", id, "is also the id of scenarios[" + before + "]");
      }
      ObjectNode ruleSetNode = ((ObjectNode) node).deepCopy();
      ruleSetNode.remove("id");
      RuleSet ruleSet = RuleSetReader.ruleSet(ruleSetNode, catalog, path, "scenario file");
      before = names.putIfAbsent(ruleSet.name(), i);
      if (before != null) {
        throw new InvalidInputException(path + ".name", ruleSet.name(), "is also the name of scenarios[" + before + "]");
      }
      out.add(new Scenario(id, ruleSet));
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      if (!node.has("AL") && !node.has("RSA") && !node.has("PA")) {
        // a scenario that changes nothing is most often what is left of a file cut after a description
        throw new InvalidInputException("scenarios[" + i + "]", node.get("id").asText(), "gives the rules of no benefit"
            + " (AL, RSA or PA): a scenario changes at least one benefit's rules from its base (give {} to keep them)");
      }
    }
    return out;
  }

  /**
   * YAML's document end marker, required as the last line of a YAML scenario file (comments and blank lines may
   * follow): a file cut anywhere, even at the end of a complete scenario, lacks it.
   */
  public static final String END_MARKER = "...";

  /** Whether the last line of {@code text} that is neither blank nor a comment is {@link #END_MARKER}. */
  static boolean endsWithEndMarker(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      return line.equals(END_MARKER) || line.startsWith(END_MARKER + " #");
    }
    return false;
  }

  private static JsonNode tree(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = new ObjectMapper(new YAMLFactory());
    } else if (name.endsWith(".json")) {
      mapper = new ObjectMapper();
    } else {
      throw new UnreadableFileException(file + ": is neither a .yaml, .yml nor .json file", null);
    }
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // one document, nothing after it
    boolean yaml = mapper.getFactory() instanceof YAMLFactory;
    String text;
    try {
      text = InputText.read(file);
    } catch (InputText.MalformedInputFileException e) {
      throw new UnreadableFileException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
    // a file cut by a writer killed half-way ends in the middle of a line: YAML would load what precedes it
    boolean cut = yaml && !text.isEmpty() && !text.endsWith("\n");
    String truncated = "the file does not end with a line break (truncated?)";
    try {
      JsonNode tree = mapper.readTree(text);
      if (cut) {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        throw new UnreadableFileException(file + ":" + lines + ":" + (text.length() - text.lastIndexOf('\n'))
            + ": not complete YAML: " + truncated, null);
      }
      if (yaml && !endsWithEndMarker(text)) {
        // a file cut at the end of a line, even right after a complete scenario, has no end marker
        long lines = text.chars().filter(c -> c == '\n').count();
        throw new UnreadableFileException(file + ":" + Math.max(1, lines) + ": not complete YAML: the file does not end"
            + " with the document end marker '" + END_MARKER + "' on a line of its own (truncated? docs/scenario-file.md)",
            null);
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new UnreadableFileException(InputText.parseError(file, yaml ? "YAML" : "JSON", e)
          + (cut ? "; " + truncated : ""), e);
    }
  }

  /** The file itself cannot be read (missing, not YAML or JSON). */
  public static final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
