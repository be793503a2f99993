package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.rsapa.RsaPaOptions;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code options} of a BENEFIT_RULES: the named switches of a benefit's rules
 * ({@link BenefitRules#options()}), added to the base's. Only the options a benefit's rules read are
 * accepted, with the values they accept: the AL's {@link AlOptions} (values checked by
 * {@link AlOptions#of}), the RSA / prime d'activité's {@link RsaPaOptions} ({@code law} or
 * {@code openfisca}), and the decision timeline's {@value DecisionTimeline#DECISION_DAY_OPTION} and
 * {@value DecisionTimeline#PAYMENT_DAY_OPTION} (1-28) and {@value DecisionTimeline#REVALUATION_OPTION}
 * ({@code on-date} or {@code next-decision}), {@value DecisionTimeline#READS_RECEIVED_OPTION} of the AL
 * ({@code RSA} or {@code none}).
 */
final class BenefitOptions {
  private static final List<String> AL = AlOptions.NAMES;
  private static final List<String> RSA_PA = RsaPaOptions.NAMES;

  private BenefitOptions() {}

  /** {@code rules} with the options of {@code node} ({@code {"al.rlsScope": "conventionne"}}) set. */
  static BenefitRules read(JsonNode node, BenefitRules rules, Benefit benefit, String path) {
    if (!node.isObject()) {
      throw new InvalidInputException(path, node, "must be an object such as {\"" + known(benefit).get(0) + "\": \"...\"}");
    }
    BenefitRules out = rules;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      String fp = path + "." + name;
      JsonNode v = f.getValue();
      if (!v.isTextual() && !v.isIntegralNumber()) {
        throw new InvalidInputException(fp, v, "must be a string");
      }
      String value = v.asText();
      if (fr.benefitcalc.core.resources.IncomeConcept.OPTION.equals(name)) {
        if (!"taxable".equals(value) && !"net".equals(value)) {
          throw new InvalidInputException(fp, value, "is neither taxable nor net");
        }
      } else if (DecisionTimeline.REVALUATION_OPTION.equals(name)) {
        if (!DecisionTimeline.REVALUATION_ON_DATE.equals(value) && !DecisionTimeline.REVALUATION_NEXT_DECISION.equals(value)) {
          throw new InvalidInputException(fp, value, "is neither " + DecisionTimeline.REVALUATION_ON_DATE + " nor "
              + DecisionTimeline.REVALUATION_NEXT_DECISION);
        }
      } else if (DecisionTimeline.DECISION_DAY_OPTION.equals(name) || DecisionTimeline.PAYMENT_DAY_OPTION.equals(name)) {
        int day = value.matches("\\d{1,2}") ? Integer.parseInt(value) : 0;
        if (day < 1 || day > 28) {
          throw new InvalidInputException(fp, value, "is not a whole number from 1 to 28");
        }
      } else if (DecisionTimeline.READS_RECEIVED_OPTION.equals(name)) {
        try {
          DecisionTimeline.readsReceived(benefit, value);
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(fp, value, e.getMessage());
        }
      } else if (!known(benefit).contains(name)) {
        throw new InvalidInputException(fp, name, "is not an option of the " + benefit + " rules (known: "
            + String.join(", ", new TreeSet<>(known(benefit))) + ", " + DecisionTimeline.DECISION_DAY_OPTION + ", "
            + DecisionTimeline.PAYMENT_DAY_OPTION + ", " + DecisionTimeline.REVALUATION_OPTION + ", "
            + DecisionTimeline.READS_RECEIVED_OPTION + ", " + fr.benefitcalc.core.resources.IncomeConcept.OPTION + ")");
      } else {
        String refused = benefit == Benefit.AL ? AlOptions.refusal(name, value) : RsaPaOptions.refusal(name, value);
        if (!refused.isEmpty()) {
          throw new InvalidInputException(fp, value, refused);
        }
      }
      out = out.withOption(name, value);
    }
    return out;
  }

  private static List<String> known(Benefit benefit) {
    return benefit == Benefit.AL ? AL : RSA_PA;
  }
}
