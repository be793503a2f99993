package fr.benefitcalc.lab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<CaseEntry> read(String json) throws Exception {
    return CaseReader.read(JSON.readTree(json.replace('\'', '"')));
  }

  @Test
  void readsAValidCaseWithMonthlyAndConstantIncomes() throws Exception {
    List<CaseEntry> entries = read("{'cases': [{'id': 'c1', 'month': '2025-01', 'benefits': ['AL', 'PA'],"
        + " 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-05-01',"
        + "   'incomes': {'salaryTaxable': 1200, 'salaryNet': {'2024-12': 950.5}, 'selfEmployedAnnual': {'2023': 6864}}}],"
        + "  'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}, 'benefitsReceived': {'AF': 73.33}},"
        + " 'expected': {'AL': 59.44}, 'tolerance': {'AL': 1.0}}]}");
    assertThat(entries).hasSize(1);
    BenefitCase c = entries.get(0).value().orElseThrow();
    assertThat(c.month()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(c.benefits()).containsExactly(Benefit.AL, Benefit.PA);
    assertThat(c.rules()).isEqualTo("law");
    assertThat(c.toleranceFor(Benefit.AL)).isEqualByComparingTo("1.0");
    assertThat(c.toleranceFor(Benefit.PA)).isEqualByComparingTo("0.01");
    var r = c.household().resources().finalView();
    assertThat(r.monthly(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2019, 3))).isEqualTo(Fixed.euros("1200"));
    assertThat(r.monthly(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, 12))).isEqualTo(Fixed.euros("950.5"));
    assertThat(r.monthly(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, 11))).isZero();
    assertThat(r.annual(0, IncomeCategory.SELF_EMPLOYED_ANNUAL, 2023)).isEqualTo(Fixed.euros("6864"));
    assertThat(c.household().housing().orElseThrow().conventionne()).isFalse();
  }

  @Test
  void anInvalidCaseNamesTheFieldAndValueAndOthersAreStillRead() throws Exception {
    List<CaseEntry> entries = read("{'cases': ["
        + "{'id': 'bad', 'month': '2025-01', 'benefits': ['AL'], 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': 'x'}],"
        + "  'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}}},"
        + "{'id': 'zone', 'month': '2025-01', 'benefits': ['AL'], 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01'}],"
        + "  'housing': {'status': 'tenant', 'rent': 450, 'zone': 7}}},"
        + "{'id': 'rent', 'month': '2025-01', 'benefits': ['AL'], 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01'}],"
        + "  'housing': {'status': 'tenant', 'rent': -5, 'zone': 2}}},"
        + "{'id': 'nobirth', 'month': '2025-01', 'benefits': ['RSA'], 'household': {'persons': [{'id': 'a', 'role': 'adult'}]}},"
        + "{'id': 'couple', 'month': '2025-01', 'benefits': ['RSA'], 'household': {'couple': false, 'persons': ["
        + "  {'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01'}, {'id': 'b', 'role': 'adult', 'birthDate': '1980-01-01'}]}},"
        + "{'id': 'ok', 'month': '2025-01', 'benefits': ['RSA'], 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01'}]}}"
        + "]}");
    assertThat(entries).extracting(CaseEntry::id).containsExactly("bad", "zone", "rent", "nobirth", "couple", "ok");
    assertThat(entries.get(0).error()).contains("household.persons[0].birthDate: 'x' is not a date");
    assertThat(entries.get(1).error().orElseThrow()).contains("household.housing.zone").contains("7");
    assertThat(entries.get(2).error().orElseThrow()).contains("household.housing.rent").contains("-5");
    assertThat(entries.get(3).error().orElseThrow()).contains("household.persons[0].birthDate").contains("required");
    assertThat(entries.get(4).error().orElseThrow()).contains("household.couple").contains("false");
    assertThat(entries.get(5).value()).isPresent();
  }

  @Test
  void datedValuesCarryTheDateTheyBecameKnown() throws Exception {
    List<CaseEntry> entries = read("{'cases': [{'id': 't', 'month': '2025-01', 'benefits': ['AL'], 'household': {"
        + " 'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01', 'incomes': {'salaryTaxable': {'2024-06': ["
        + "   {'amount': 1200, 'knownOn': '2024-07-10'}, {'amount': 1350, 'knownOn': '2024-11-05'}]}}}],"
        + " 'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}}}]}");
    var h = entries.get(0).value().orElseThrow().household().resources();
    assertThat(h.amount(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2024, 6), LocalDate.of(2024, 11, 4))).isEqualTo(Fixed.euros("1200"));
    assertThat(h.finalAmount(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2024, 6))).isEqualTo(Fixed.euros("1350"));
  }

  @Test
  void otherMonthsGivesEveryMonthNotListedAndALateValueWaitsForItsDate() throws Exception {
    List<CaseEntry> entries = read("{'cases': [{'id': 't', 'month': '2025-01', 'benefits': ['RSA'], 'household': {"
        + " 'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01', 'incomes': {'salaryTaxable': {"
        + "   'otherMonths': 300, '2024-11': [{'amount': 300}, {'amount': 540, 'knownOn': '2025-04-15'}]}}}]}}]}");
    var h = entries.get(0).value().orElseThrow().household().resources();
    YearMonth november = YearMonth.of(2024, 11);
    assertThat(h.finalAmount(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2024, 10))).isEqualTo(Fixed.euros("300"));
    assertThat(h.finalAmount(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2019, 1))).isEqualTo(Fixed.euros("300"));
    assertThat(h.amount(0, IncomeCategory.SALARY_TAXABLE, november, LocalDate.of(2025, 4, 14))).isEqualTo(Fixed.euros("300"));
    assertThat(h.amount(0, IncomeCategory.SALARY_TAXABLE, november, LocalDate.of(2025, 4, 15))).isEqualTo(Fixed.euros("540"));
  }

  @Test
  void twoValuesOfAMonthKnownOnTheSameDateAreAnErrorNamingTheSecond() throws Exception {
    List<CaseEntry> entries = read("{'cases': [{'id': 't', 'month': '2025-01', 'benefits': ['RSA'], 'household': {"
        + " 'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-01-01', 'incomes': {'salaryNet': {"
        + "   '2024-11': [{'amount': 300, 'knownOn': '2024-12-05'}, {'amount': 540, 'knownOn': '2024-12-05'}]}}}]}}]}");
    assertThat(entries.get(0).error()).contains(
        "household.persons[0].incomes.salaryNet.2024-11[1].knownOn: '2024-12-05' is the date of another value of the same month");
  }

  @Test
  void aFileWithoutCasesIsUnreadable() {
    assertThatThrownBy(() -> read("{'items': []}")).isInstanceOf(CaseReader.UnreadableFileException.class);
  }
}
