package fr.benefitcalc.testkit.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file written to replay a failure from the command line, and how.
 *
 * <pre>{@code
 * ReplayFile f = ReplayFiles.defaults().writeCases("al-rises", cases);
 * f.command();   // bin/benefit-calc evaluate /…/target/benefit-calc-replays/al-rises-1a2b3c4d.json
 * }</pre>
 *
 * @param path where the file is (absolute)
 * @param command the command line that replays it
 * @param limits what the file could not say (empty when the command line computes exactly what the test did)
 */
public record ReplayFile(Path path, String command, List<String> limits) {
  public ReplayFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(command, "command");
    limits = List.copyOf(limits);
  }

  /** {@code replay: COMMAND}, and the limits if any. */
  @Override
  public String toString() {
    return "replay: " + command + (limits.isEmpty() ? "" : " (not exact: " + String.join("; ", limits) + ")");
  }
}
