package fr.benefitcalc.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of examples/timeline: each input's output must equal its
 * {@code .expected.json}, worked by hand in examples/timeline/README.md.
 */
class ExampleFilesTest {
  private static final Path DIR = Path.of("..", "examples", "timeline");
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
    }
    return a.equals(b) ? 0 : 1;
  };

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void outputIsTheExpectedOne(String name) throws IOException {
    TimelineFiles.Input in = TimelineFiles.read(DIR.resolve(name + ".json"));
    TimelineResult result = DecisionTimeline.compute(in.household(), in.rules(), in.ruleSet(), in.span());
    JsonNode actual = TimelineFiles.JSON.readTree(TimelineFiles.JSON.writeValueAsString(TimelineFiles.write(result)));
    JsonNode expected = TimelineFiles.JSON.readTree(DIR.resolve(name + ".expected.json").toFile());

    assertThat(actual.equals(NUMBERS_BY_VALUE, expected))
        .as("%s:%nactual   %s%nexpected %s", name, actual, expected).isTrue();
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
  }
}
