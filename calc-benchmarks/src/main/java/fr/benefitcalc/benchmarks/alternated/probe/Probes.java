package fr.benefitcalc.benchmarks.alternated.probe;

import fr.benefitcalc.benchmarks.TimelineDump;
import fr.benefitcalc.core.timeline.TimelineResult;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the probes share: a benchmark's private state read once, and the digest of results. */
final class Probes {
  private Probes() {}

  /** The field {@code name} of {@code target} (declared by its class or a superclass), read by reflection. */
  static Object field(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        // the superclass, then
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(target.getClass().getName() + " has no field " + name
        + " (what each probe needs of a jar: docs/benchmarks.md, \"Against another jar\")");
  }

  /** A SHA-256 fed with text and numbers. */
  static final class Digest {
    private final MessageDigest sha;
    private final Method write;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
        write = TimelineDump.class.getDeclaredMethod("write", Writer.class, TimelineResult.class);
        write.setAccessible(true);
      } catch (NoSuchAlgorithmException | NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    void text(String s) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    void number(long v) {
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(v).array());
    }

    /** A timeline's every decision, month paid and due, regularisation and cause, as {@code TimelineDump} writes them. */
    void timeline(TimelineResult result) {
      StringWriter w = new StringWriter();
      try {
        write.invoke(null, w, result);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(e.getCause());
      }
      text(w.toString());
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
