package fr.benefitcalc.lab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder of a run, written atomically: every file goes to a temporary folder beside it
 * ({@code .NAME.partial-*}), and only at the end, with a {@code manifest.json} describing the run (its
 * inputs, seed, version, scenarios, time) and the SHA-256 of each file, is that folder renamed into place.
 * A run killed before the end leaves the previous output whole (and a partial folder beside it); no
 * folder ever mixes the files of two runs, and no truncated file stands in it.
 *
 * <p>The folder is {@link #prepare checked before computing}: it must be new, empty, or the output of a
 * previous run (a manifest, or only files a run writes), so that replacing it destroys nothing else; its
 * parent must be writable (the temporary folder is created there at once).
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.prepare(Path.of("reports/compare"), Set.of("report.html"))) {
 *   ... long computation ...
 *   Files.writeString(out.file("report.html"), html);
 *   out.commit(Map.of("seed", 1));
 * }
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private final Path target;
  private final Path partial;
  private boolean committed;

  /** The folder cannot be used: the message names it and says why. */
  public static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private OutputFolder(Path target, Path partial) {
    this.target = target;
    this.partial = partial;
  }

  /**
   * Checks {@code folder} and creates the temporary folder beside it.
   *
   * @param ownFiles the names of the files a run writes (a folder holding only these, or a manifest, may be replaced)
   * @throws OutputException naming the folder and the reason, when it cannot be used
   */
  public static OutputFolder prepare(Path folder, Set<String> ownFiles) {
    Path target = folder.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new OutputException(folder + ": the root of a file system cannot be an output folder", null);
    }
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new OutputException(folder + ": exists and is not a folder", null);
      }
      List<String> others = new ArrayList<>();
      boolean manifest = false;
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
        for (Path e : entries) {
          String name = e.getFileName().toString();
          manifest |= name.equals(MANIFEST);
          if (!name.equals(MANIFEST) && !ownFiles.contains(name)) {
            others.add(name);
          }
        }
      } catch (IOException e) {
        throw new OutputException(folder + ": cannot be read (" + e + ")", e);
      }
      if (!manifest && !others.isEmpty()) {
        others.sort(null);
        throw new OutputException(folder + ": holds files that are not the output of a run ("
            + String.join(", ", others.subList(0, Math.min(5, others.size()))) + (others.size() > 5 ? ", ..." : "")
            + "); the folder is replaced as a whole: give a new or empty folder", null);
      }
    }
    try {
      Files.createDirectories(parent);
      Path partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
      return new OutputFolder(target, partial);
    } catch (IOException | RuntimeException e) {
      throw new OutputException(folder + ": cannot write in " + parent + " (" + e + ")", e);
    }
  }

  /** The folder the files will be in. */
  public Path target() {
    return target;
  }

  /** Where to write the file {@code name} now (in the temporary folder). */
  public Path file(String name) {
    if (committed) {
      throw new IllegalStateException("the output " + target + " is already in place");
    }
    return partial.resolve(name);
  }

  /**
   * Writes the manifest ({@code run} plus the SHA-256 and size of every file written) and renames the
   * temporary folder into place, replacing the previous output.
   *
   * @throws OutputException when the folder cannot be put in place (the previous output is then kept)
   */
  public void commit(Map<String, Object> run) {
    try {
      Map<String, Object> manifest = new LinkedHashMap<>(run);
      Map<String, Object> files = new LinkedHashMap<>();
      try (Stream<Path> written = Files.list(partial)) {
        for (Path f : written.sorted().toList()) {
          files.put(f.getFileName().toString(), Map.of("bytes", Files.size(f), "sha256", sha256(f)));
        }
      }
      manifest.put("files", files);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.resolve(MANIFEST).toFile(), manifest);
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(partial, target);
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new OutputException(target + ": cannot be put in place (" + e + "); the new files are in " + partial, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename " + from + " to " + to + " atomically", e);
    }
  }

  /** Removes the temporary folder if the output was not put in place. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(partial);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + partial, e);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The SHA-256 of a file, in hexadecimal. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        d.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
