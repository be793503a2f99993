package fr.benefitcalc.core.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {
  // reference-rules.md §1.7: P0 forfait 37.91 (2023-10), 39.15 (2024-10), 39.56 (2025-10)
  private final Timeline<String> p0 = Timeline.<String>named("al.p0.forfait")
      .period("2023-10-01", "2024-09-30", "37.91", "Arrêté du 22/09/2023, art. 1")
      .period("2024-10-01", "2025-09-30", "39.15", "Arrêté du 27/09/2024, art. 1")
      .period("2025-10-01", "2026-12-31", "39.56", "Arrêté du 05/09/2025")
      .build();

  @Test
  void lookupAtBoundaries() {
    assertThat(p0.at(LocalDate.of(2023, 10, 1))).isEqualTo("37.91");
    assertThat(p0.at(LocalDate.of(2024, 9, 30))).isEqualTo("37.91");
    assertThat(p0.at(LocalDate.of(2024, 10, 1))).isEqualTo("39.15");
    assertThat(p0.at(LocalDate.of(2026, 12, 31))).isEqualTo("39.56");
    assertThat(p0.stepAt(LocalDate.of(2025, 1, 1)).source()).contains("27/09/2024");
  }

  @Test
  void outsideTheCoveredRangeIsAnError() {
    assertThatThrownBy(() -> p0.at(LocalDate.of(2023, 9, 30)))
        .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("al.p0.forfait").hasMessageContaining("2023-09-30");
    assertThatThrownBy(() -> p0.at(LocalDate.of(2027, 1, 1))).isInstanceOf(ParameterOutOfRangeException.class);
  }

  @Test
  void gapsAndOverlapsAreRefused() {
    assertThatThrownBy(() -> Timeline.<Integer>named("x").period("2024-01-01", "2024-05-31", 1, "s")
        .period("2024-07-01", "2024-12-31", 2, "s").build()).hasMessageContaining("gap").hasMessageContaining("x");
    assertThatThrownBy(() -> Timeline.<Integer>named("y").period("2024-01-01", "2024-07-31", 1, "s")
        .period("2024-07-01", "2024-12-31", 2, "s").build()).hasMessageContaining("overlap");
    assertThatThrownBy(() -> Timeline.<Integer>named("z").period("2024-01-01", "2024-07-31", 1, " ").build())
        .hasMessageContaining("source");
  }
}
