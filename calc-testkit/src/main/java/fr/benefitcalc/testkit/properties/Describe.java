package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;

/**
 * Readable descriptions of households, for failure messages: {@link #household} in one line,
 * {@link #full} with every income of every month and the day each value became known (what a
 * failure must carry for a loss to be traced to its cause).
 *
 * <pre>{@code
 * Describe.full(h);
 * // household seed-42: a1 (adult, born 1990-05-01); tenant zone 2 rent 450.00/month
 * //   a1 salaryTaxable: 2024-01 1236.00 (known 2024-02-11) 1310.16 (known 2024-05-16); 2024-02 1180.50 (known 2024-03-11); ...
 * }</pre>
 */
public final class Describe {
  private Describe() {}

  /** Members, statuses, dwelling, benefits received and a sample of incomes. */
  public static String household(Household h) {
    StringBuilder b = new StringBuilder("household ").append(h.id()).append(": ");
    for (int i = 0; i < h.persons().size(); i++) {
      Person p = h.persons().get(i);
      b.append(i == 0 ? "" : ", ").append(p.id()).append(" (").append(p.role().name().toLowerCase()).append(", born ")
          .append(p.birthDate());
      if (p.student()) {
        b.append(p.scholarship() ? ", student boursier" : ", student");
      }
      if (p.retired()) {
        b.append(", retired");
      }
      p.unemployedSince().ifPresent(d -> b.append(", unemployed since ").append(d));
      b.append(')');
    }
    h.housing().ifPresent(x -> b.append("; ").append(x.status().key()).append(" zone ").append(x.zone()).append(" rent ")
        .append(x.rent()).append(x.shared() ? " shared" : "").append(x.room() ? " room" : "")
        .append(x.conventionne() ? " conventionné" : ""));
    if (!h.benefitsReceived().isEmpty()) {
      b.append("; receives ").append(h.benefitsReceived());
    }
    return b.toString();
  }

  /**
   * {@link #household} then, one line per member and category, every amount: the amount of the
   * months without a value of their own, then each month's values in the order they became known.
   */
  public static String full(Household h) {
    StringBuilder b = new StringBuilder(household(h));
    if (h.recentIsolation()) {
      b.append("; recent isolation");
    }
    if (h.rsaPaExperiment()) {
      b.append("; RSA/PA experiment department");
    }
    h.alResourceBase().ifPresent(x -> b.append("; AL resource base ").append(x));
    java.util.Map<String, StringBuilder> lines = new java.util.LinkedHashMap<>();
    for (int p = 0; p < h.persons().size(); p++) {
      for (IncomeCategory c : IncomeCategory.values()) {
        long constant = h.resources().constant(p, c);
        if (constant != 0) {
          lines.computeIfAbsent(h.persons().get(p).id() + " " + c.key(), k -> new StringBuilder())
              .append(" every other ").append(c.isAnnual() ? "year " : "month ").append(Fixed.format(constant)).append(';');
        }
      }
    }
    YearMonth last = null;
    String lastKey = null;
    for (fr.benefitcalc.core.resources.ResourceHistory.Value v : h.resources().values()) {
      String key = h.persons().get(v.person()).id() + " " + v.category().key();
      StringBuilder line = lines.computeIfAbsent(key, k -> new StringBuilder());
      if (!key.equals(lastKey) || !v.month().equals(last)) {
        line.append(' ').append(v.category().isAnnual() ? Integer.toString(v.month().getYear()) : v.month().toString());
      }
      line.append(' ').append(Fixed.format(v.amount())).append(v.knownOn().map(d -> " (known " + d + ")").orElse(""));
      last = v.month();
      lastKey = key;
    }
    lines.forEach((k, line) -> b.append("\n  ").append(k).append(':').append(line));
    return b.toString();
  }

  /** The incomes of every member over {@code first..last}, one line per non-zero category. */
  public static String incomes(Household h, ResourceView view, YearMonth first, YearMonth last) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < h.persons().size(); p++) {
      for (IncomeCategory c : IncomeCategory.values()) {
        if (c.isAnnual()) {
          continue;
        }
        StringBuilder line = new StringBuilder();
        boolean any = false;
        for (int m = Months.index(first); m <= Months.index(last); m++) {
          long v = view.monthly(p, c, m);
          any |= v != 0;
          line.append(' ').append(Fixed.format(v));
        }
        if (any) {
          b.append(h.persons().get(p).id()).append(' ').append(c.key()).append(' ').append(first).append("..").append(last)
              .append(':').append(line).append('\n');
        }
      }
    }
    return b.toString();
  }
}
