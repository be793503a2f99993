package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;

/** Readable one-paragraph descriptions of households, for failure messages. */
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
