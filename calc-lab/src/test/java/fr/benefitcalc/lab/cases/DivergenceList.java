package fr.benefitcalc.lab.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case ids that {@code docs/divergences.md} documents as divergences from the reference model:
 * every id written in back-quotes on a line that starts with {@code | case} in its tables of cases
 * or with {@code | gap} ({@link #caseIds}); the {@code | gap} rows alone ({@link #gapIds}) are the
 * cases not reproduced even by the rule set {@code openfisca}: a missing feature, not a reading.
 */
final class DivergenceList {
  private static final Pattern ID = Pattern.compile("`([^`]+)`");

  private DivergenceList() {}

  static Set<String> caseIds(Path file) throws IOException {
    Set<String> ids = ids(file, "| case ");
    ids.addAll(gapIds(file));
    return ids;
  }

  static Set<String> gapIds(Path file) throws IOException {
    return ids(file, "| gap ");
  }

  private static Set<String> ids(Path file, String prefix) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(file)) {
      return ids;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith(prefix)) {
        Matcher m = ID.matcher(line);
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }
}
