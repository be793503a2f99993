package fr.benefitcalc.testkit.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes failures as files the command line replays: a case file ({@code shared/spec/case-format.md})
 * for {@code bin/benefit-calc evaluate FILE}, or a timeline file ({@code docs/timeline-format.md}) for
 * {@code bin/benefit-calc timeline FILE}. The household is written in full (members, incomes of every
 * month with the day each value became known, dwelling, benefits received), with a timeline case's later
 * situations (each with the day the agency learnt it) and the wrong situations the agency held ({@code errors}).
 *
 * <p>Files go to a directory: {@link #in(Path)}, or {@link #defaults()}: the system property
 * {@value #DIRECTORY_PROPERTY} if set, else {@code target/benefit-calc-replays} under the working
 * directory (Maven's module directory in tests). A file's name is the name given and a hash of its
 * content, so the same failure is one file, and two failures never overwrite each other.
 *
 * <pre>{@code
 * ReplayFile f = ReplayFiles.defaults().writeTimeline("cross-benefit-loss", timelineCase,
 *     List.of(Benefit.AL, Benefit.RSA, Benefit.PA), reform, "loses 412.00 EUR over 2024-01..2025-12");
 * // f.command(): bin/benefit-calc timeline target/benefit-calc-replays/cross-benefit-loss-1a2b3c4d.json
 * }</pre>
 */
public final class ReplayFiles {
  /** The system property naming the default directory. */
  public static final String DIRECTORY_PROPERTY = "benefitcalc.replay.dir";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private final Path directory;

  private ReplayFiles(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** Files written to {@code directory} (created when first needed). */
  public static ReplayFiles in(Path directory) {
    return new ReplayFiles(Objects.requireNonNull(directory, "directory"));
  }

  /** Files written to the directory of {@value #DIRECTORY_PROPERTY}, or {@code target/benefit-calc-replays}. */
  public static ReplayFiles defaults() {
    String dir = System.getProperty(DIRECTORY_PROPERTY);
    return in(dir == null || dir.isBlank() ? Path.of("target", "benefit-calc-replays") : Path.of(dir));
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  /** The case file {@code {"cases": [...]}} of {@code cases}, for {@code bin/benefit-calc evaluate}. */
  public ReplayFile writeCases(String name, List<ReplayCase> cases) {
    List<String> limits = new ArrayList<>();
    ObjectNode root = JSON.objectNode();
    ArrayNode list = root.putArray("cases");
    for (ReplayCase c : cases) {
      ObjectNode o = list.addObject();
      o.put("id", c.id());
      o.put("month", c.month().toString());
      ArrayNode benefits = o.putArray("benefits");
      c.benefits().forEach(b -> benefits.add(b.name()));
      o.put("rules", c.rules());
      o.put("description", c.description() + (c.observed().isEmpty() ? ""
          : " (expected: the amounts the test computed, to the cent; evaluate exits 0 when it computes the same)"));
      o.set("household", CaseJson.household(c.household(), CaseJson.monthsRead(c.month(), c.month()), limits));
      if (!c.observed().isEmpty()) {
        ObjectNode expected = o.putObject("expected");
        for (Benefit b : Benefit.values()) {
          Long v = c.observed().get(b);
          if (v != null) {
            expected.set(b.name(), CaseJson.euros(v));
          }
        }
        o.put("tolerance", 0);
      }
    }
    return write(name, root, "bin/benefit-calc evaluate ", limits);
  }

  /** One case of one household, month, benefit and rule set. */
  public ReplayFile writeCase(String name, Household household, YearMonth month, Benefit benefit, String rules,
      long observed, String description) {
    return writeCases(name, List.of(new ReplayCase(household.id(), month, List.of(benefit), rules, household,
        Map.of(benefit, observed), description)));
  }

  /**
   * The timeline file of {@code timelineCase} under {@code rules} (written in full on the base
   * {@code law}, see {@link CaseJson#ruleSet}) for {@code benefits}, computed with the built-in rules
   * of each benefit (calculator {@code law}), for {@code bin/benefit-calc timeline}.
   */
  public ReplayFile writeTimeline(String name, TimelineCase timelineCase, Collection<Benefit> benefits, RuleSet rules,
      String description) {
    List<String> limits = new ArrayList<>();
    MonthRange months = CaseJson.monthsRead(timelineCase.span().first(), timelineCase.span().last());
    ObjectNode root = JSON.objectNode();
    root.put("id", timelineCase.id());
    root.put("description", description);
    ObjectNode span = root.putObject("span");
    span.put("first", timelineCase.span().first().toString());
    span.put("last", timelineCase.span().last().toString());
    root.put("calculator", "law");
    ArrayNode list = root.putArray("benefits");
    for (Benefit b : Benefit.values()) {
      if (benefits.contains(b)) {
        list.add(b.name());
      }
    }
    root.set("ruleSet", CaseJson.ruleSet(rules, benefits, limits));
    root.set("household", CaseJson.household(timelineCase.initial(), months, limits));
    if (!timelineCase.changes().isEmpty()) {
      ArrayNode changes = root.putArray("changes");
      timelineCase.changes().forEach((from, h) -> {
        ObjectNode c = changes.addObject();
        c.put("from", from.toString());
        TimelineCase.Learnt l = timelineCase.learnt().get(from);
        if (l != null) {
          c.put("knownOn", l.knownOn().toString());
          c.put("origin", l.origin().name().toLowerCase(java.util.Locale.ROOT));
          c.put("what", l.what());
        }
        c.set("household", CaseJson.household(h, months, limits));
      });
    }
    if (!timelineCase.errors().isEmpty()) {
      ArrayNode errors = root.putArray("errors");
      for (TimelineCase.HeldError e : timelineCase.errors()) {
        ObjectNode o = errors.addObject();
        o.put("from", e.from().toString());
        o.put("enteredOn", e.enteredOn().toString());
        o.put("correctedOn", e.correctedOn().toString());
        o.put("origin", e.origin().name().toLowerCase(java.util.Locale.ROOT));
        o.put("what", e.what());
        o.set("household", CaseJson.household(e.believed(), months, limits));
      }
    }
    return write(name, root, "bin/benefit-calc timeline ", limits);
  }

  private ReplayFile write(String name, ObjectNode root, String command, List<String> limits) {
    String text;
    try {
      text = MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("replay file " + name + ": " + e.getMessage(), e);
    }
    Path file = directory.resolve(safe(name) + "-" + hash(text) + ".json");
    try {
      Files.createDirectories(directory);
      if (!Files.exists(file)) {
        Path tmp = Files.createTempFile(directory, ".replay", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      limits = new ArrayList<>(limits);
      limits.add("the file could not be written: " + e);
    }
    return new ReplayFile(file, command + file, limits);
  }

  private static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
