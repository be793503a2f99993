package fr.benefitcalc.benchmarks.alternated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class loaders of one measured jar: the jar alone, above the JDK's platform loader (so nothing of the
 * harness's own class path is seen), and below it the probes ({@code probe} package), defined anew from the
 * harness's bytes so that they link against that jar's classes. Only {@link Workload} is shared with the harness.
 */
final class JarLoader extends ClassLoader {
  static final String PROBES = "fr.benefitcalc.benchmarks.alternated.probe.";

  private JarLoader(String name, ClassLoader jar) {
    super(name, jar);
  }

  /** A new pair of loaders for {@code jar} (each call gives new classes: the four runs of a round share none). */
  static JarLoader of(Path jar, String name) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    try {
      URLClassLoader classes = new URLClassLoader(name, new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      return new JarLoader(name + " probes", classes);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("jar " + jar + ": " + e.getMessage(), e);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.equals(Workload.class.getName())) {
      return Workload.class;
    }
    if (!name.startsWith(PROBES)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = JarLoader.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] bytes = in.readAllBytes();
          c = defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  /** A new {@code probe} of this jar (a class of the probe package with a constructor taking a string). */
  Workload workload(String probe, String argument) {
    try {
      return (Workload) loadClass(PROBES + probe).getConstructor(String.class).newInstance(argument);
    } catch (java.lang.reflect.InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LinkageError || cause instanceof ReflectiveOperationException) {
        throw new IllegalStateException(getName() + " lacks what the probe " + probe + " needs: " + cause, cause);
      }
      throw new IllegalStateException(getName() + ": " + probe + " failed: " + cause, cause);
    } catch (LinkageError | ReflectiveOperationException e) {
      throw new IllegalStateException(getName() + " lacks what the probe " + probe + " needs: " + e, e);
    }
  }
}
