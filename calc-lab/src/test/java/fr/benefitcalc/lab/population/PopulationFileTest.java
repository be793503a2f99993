package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.money.Euros;
import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_NET;
import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_TAXABLE;
import static fr.benefitcalc.core.resources.IncomeCategory.SELF_EMPLOYED_ANNUAL;
import static fr.benefitcalc.core.resources.IncomeCategory.UNEMPLOYMENT_NET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationFileTest {
  private static final YearMonth JUNE = YearMonth.of(2024, 6);

  /**
   * h1: a single tenant whose June salary is first known on 10 July, then corrected on 5 November;
   * the rent is 500 € except in July (520 €). h2: a couple with a child, owners, the first adult on a
   * constant salary, allocations familiales every month. Rows of h2 come before the end of h1's.
   */
  private static final String VALID = """
      household_id,person_id,month,known_on,role,birth_date,student,unemployed_since,housing_status,rent,zone,salary_net,salary_taxable,af,self_employed_annual
      h1,a1,other,,adult,1990-04-02,false,,tenant,500,2,,,,
      h1,a1,2024-06,2024-07-10,,,,,,,,1000,1030,,
      h2,p1,other,,adult,1980-01-01,,,owner,,,1400,1442,151.80,
      h1,a1,2024-06,2024-11-05,,,,,,,,1100.50,1133.52,,
      h1,a1,2024-07,,adult,,,,tenant,520,,,,,
      h2,p2,other,,adult,1982-05-06,,2024-03-15,,,,,,,
      h2,k1,other,,child,2015-09-30,,,,,,,,,
      h2,p1,2024-01,2025-05-20,,,,,,,,,,,6864
      """;

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  @Test
  void readsHouseholdsPersonsIncomesAndLateValuesFromACsv() throws Exception {
    PopulationFile.Result r = PopulationFile.read(write("pop.csv", VALID));
    assertThat(r.problems()).isEmpty();
    assertThat(r.population().households()).extracting(Household::id).containsExactly("h1", "h2");
    Household h1 = r.population().households().get(0);
    assertThat(h1.persons()).containsExactly(Person.adult("a1", LocalDate.of(1990, 4, 2)));
    Housing housing = h1.housing().orElseThrow();
    assertThat(housing.status()).isEqualTo(HousingStatus.TENANT);
    assertThat(housing.zone()).isEqualTo(2);
    assertThat(housing.conventionne()).isFalse();
    assertThat(housing.rent().at(JUNE)).isEqualTo(Fixed.euros("500"));
    assertThat(housing.rent().at(JUNE.plusMonths(1))).isEqualTo(Fixed.euros("520"));
    assertThat(housing.rent().at(JUNE.plusMonths(2))).isEqualTo(Fixed.euros("500"));
    ResourceHistory res = h1.resources();
    assertThat(res.amount(0, SALARY_NET, JUNE, LocalDate.of(2024, 7, 9))).isZero();
    assertThat(res.amount(0, SALARY_NET, JUNE, LocalDate.of(2024, 7, 10))).isEqualTo(Fixed.euros("1000"));
    assertThat(res.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 11, 4))).isEqualTo(Fixed.euros("1030"));
    assertThat(res.finalAmount(0, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1133.52"));
    assertThat(h1.benefitsReceived()).isEmpty();

    Household h2 = r.population().households().get(1);
    assertThat(h2.couple()).isTrue();
    assertThat(h2.persons()).extracting(Person::id).containsExactly("p1", "p2", "k1");
    assertThat(h2.persons().get(2).role()).isEqualTo(Role.CHILD);
    assertThat(h2.persons().get(1).unemployedSince()).contains(LocalDate.of(2024, 3, 15));
    assertThat(h2.housing().orElseThrow().status()).isEqualTo(HousingStatus.OWNER);
    assertThat(h2.resources().finalAmount(0, SALARY_NET, YearMonth.of(2019, 3))).isEqualTo(Fixed.euros("1400"));
    assertThat(h2.received(ReceivedBenefit.AF, fr.benefitcalc.core.time.Months.index(JUNE))).isEqualTo(Fixed.euros("151.80"));
    assertThat(h2.resources().asOf(LocalDate.of(2025, 5, 19)).hasAnnual(0, SELF_EMPLOYED_ANNUAL, 2024)).isFalse();
    assertThat(h2.resources().finalView().annual(0, SELF_EMPLOYED_ANNUAL, 2024)).isEqualTo(Fixed.euros("6864"));
    assertThat(r.population().firstMonth()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(r.population().lastMonth()).isEqualTo(YearMonth.of(2024, 7));
  }

  @Test
  void theDocumentedExampleReads() {
    PopulationFile.Result r = PopulationFile.read(Path.of("..", "examples", "population", "small.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.population().households()).extracting(Household::id).containsExactly("h1", "h2");
    Household h1 = r.population().households().get(0);
    assertThat(h1.housing().orElseThrow().rent().at(JUNE.plusMonths(1))).isEqualTo(Fixed.euros("520"));
    assertThat(h1.resources().finalAmount(0, SALARY_NET, JUNE)).isEqualTo(Fixed.euros("1100.50"));
    assertThat(h1.resources().finalAmount(0, SALARY_NET, JUNE.plusMonths(2))).isZero();
    assertThat(r.population().households().get(1).persons()).hasSize(3);
  }

  @Test
  void readsTheSameHouseholdsFromAParquetFileWithTypedColumns() throws Exception {
    Path csv = write("pop.csv", VALID);
    Path parquet = dir.resolve("pop.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT household_id, person_id, month, CAST(known_on AS DATE) AS known_on, role,"
          + " CAST(birth_date AS DATE) AS birth_date, CAST(student AS BOOLEAN) AS student,"
          + " CAST(unemployed_since AS DATE) AS unemployed_since, housing_status, CAST(rent AS DOUBLE) AS rent,"
          + " CAST(zone AS INTEGER) AS zone, CAST(salary_net AS DECIMAL(12, 2)) AS salary_net,"
          + " CAST(salary_taxable AS DOUBLE) AS salary_taxable, CAST(af AS DOUBLE) AS af,"
          + " CAST(self_employed_annual AS BIGINT) AS self_employed_annual"
          + " FROM read_csv('" + csv + "', all_varchar = true, header = true))"
          + " TO '" + parquet + "' (FORMAT PARQUET)");
    }
    PopulationFile.Result fromParquet = PopulationFile.read(parquet);
    assertThat(fromParquet.problems()).isEmpty();
    assertThat(fromParquet.population().households()).isEqualTo(PopulationFile.read(csv).population().households());
    assertThat(fromParquet.population().households().get(0).resources().finalAmount(0, SALARY_NET, JUNE))
        .isEqualTo(Fixed.euros("1100.50"));
  }

  @Test
  void malformedRowsAreNamedByRowColumnAndValueAndTheValidHouseholdsAreKept() throws Exception {
    String csv = """
        household_id,person_id,month,role,birth_date,housing_status,rent,zone,salary_net
        ok,a,other,adult,1985-01-01,tenant,450,1,
        date,a,other,adult,1990-13-01,,,,
        zone,a,other,adult,1990-01-01,tenant,450,4,
        zone,a,2024-01,,,,,,800
        rent,a,other,adult,1990-01-01,tenant,-10,2,
        noperson,,2024-01,adult,1990-01-01,,,,100
        ok,a,2024-02,,,,,,1200.5
        ok,a,2024-03,,,,,,"12,5"
        month,a,2024-13,adult,1990-01-01,,,,
        """;
    PopulationFile.Result r = PopulationFile.read(write("bad.csv", csv));
    assertThat(r.problems()).filteredOn(p -> p.row().isPresent()).containsExactly(
        new PopulationFile.Problem(OptionalLong.of(3), "date", "birth_date", "1990-13-01", "is not a date (YYYY-MM-DD)"),
        new PopulationFile.Problem(OptionalLong.of(4), "zone", "zone", "4", "is not an APL zone (1, 2 or 3)"),
        new PopulationFile.Problem(OptionalLong.of(6), "rent", "rent", "-10", "is negative"),
        new PopulationFile.Problem(OptionalLong.of(7), "noperson", "person_id", "", "is required"),
        new PopulationFile.Problem(OptionalLong.of(9), "ok", "salary_net", "12,5", "is not a number"),
        new PopulationFile.Problem(OptionalLong.of(10), "month", "month", "2024-13",
            "is not a month (YYYY-MM) nor \"other\""));
    assertThat(r.problems().get(1).toString())
        .isEqualTo("row 4 (household zone): zone: '4' is not an APL zone (1, 2 or 3)");
    // every household with an invalid row is reported and not loaded (issue #14, failure 2): a household
    // computed without one of its rows would be another household
    assertThat(r.problems()).filteredOn(p -> p.row().isEmpty()).extracting(PopulationFile.Problem::toString)
        .containsExactly(
            "household ok: not loaded: 1 of its 3 rows are invalid (household from row 2, 1 invalid row(s))",
            "household date: not loaded: every one of its 1 row(s) is invalid (household from row 3, 1 invalid row(s))",
            "household zone: not loaded: 1 of its 2 rows are invalid (household from row 4, 1 invalid row(s))",
            "household rent: not loaded: every one of its 1 row(s) is invalid (household from row 6, 1 invalid row(s))",
            "household noperson: not loaded: every one of its 1 row(s) is invalid (household from row 7, 1 invalid row(s))",
            "household month: not loaded: every one of its 1 row(s) is invalid (household from row 10, 1 invalid row(s))");
    assertThat(r.population().households()).isEmpty();
    assertThat(r.refusedHouseholds()).containsOnlyKeys("ok", "date", "zone", "rent", "noperson", "month");
    assertThat(r.refusedHouseholds().get("ok")).contains("row 9 (household ok): salary_net: '12,5' is not a number");
    assertThat(r.population().description()).contains("0 households (6 not loaded)").contains("9 rows (6 invalid)");
  }

  /**
   * Issue #14, failure 2: a partner's row whose salary is refused ('1 450') made the couple a lone parent without
   * income, computed and counted in every total. The couple is now refused as a whole; the other household stays.
   */
  @Test
  void aCoupleWithARefusedPartnerRowIsNotComputedAsALoneParent() throws Exception {
    String csv = """
        household_id,person_id,month,role,birth_date,couple,housing_status,rent,zone,salary_net
        c,a,other,adult,1985-01-01,true,tenant,600,2,1200
        c,b,other,adult,1986-01-01,true,,,,1 450
        s,a,other,adult,1990-01-01,false,tenant,450,2,900
        """;
    Path csvFile = write("couple.csv", csv);
    Path parquet = dir.resolve("couple.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM read_csv('" + csvFile + "', all_varchar = true, header = true)) TO '" + parquet
          + "' (FORMAT PARQUET)");
    }
    for (Path file : List.of(csvFile, parquet)) {
      PopulationFile.Result r = PopulationFile.read(file);
      assertThat(r.population().households()).extracting(Household::id).containsExactly("s");
      assertThat(r.refusedHouseholds()).containsOnlyKeys("c");
      assertThat(String.join("; ", r.refusedHouseholds().get("c"))).contains("salary_net: '1 450' is not a number");
    }
    // the same without a couple column (as in the issue): nothing else tells the remaining adult is not alone
    Path noCoupleColumn = write("couple-no-column.csv", """
        household_id,person_id,month,role,birth_date,housing_status,rent,zone,salary_net
        c,a,other,adult,1985-01-01,tenant,600,2,1200
        c,b,other,adult,1986-01-01,,,,1 450
        s,a,other,adult,1990-01-01,tenant,450,2,900
        """);
    PopulationFile.Result r = PopulationFile.read(noCoupleColumn);
    assertThat(r.population().households()).extracting(Household::id).containsExactly("s");
    assertThat(r.refusedHouseholds()).containsOnlyKeys("c");
  }

  @Test
  void aHouseholdWhosePersonRowsDisagreeIsReportedAndNotLoaded() throws Exception {
    String csv = """
        household_id,person_id,month,known_on,role,birth_date,housing_status,zone,rent,salary_net
        h1,a,other,,adult,1985-01-01,,,,
        h1,a,2024-01,,adult,1985-01-02,,,,10
        h2,a,2024-01,2024-02-10,adult,1985-01-01,,,,10
        h2,a,2024-01,2024-02-10,,,,,,11
        h3,a,other,,child,2010-01-01,,,,
        h4,a,other,,adult,1985-01-01,tenant,2,,
        h5,a,other,,adult,1985-01-01,,,,
        h5,b,2024-01,,,,,,,5
        h6,a,other,,adult,1985-01-01,tenant,3,400,
        """;
    PopulationFile.Result r = PopulationFile.read(write("inconsistent.csv", csv));
    assertThat(r.population().households()).extracting(Household::id).containsExactly("h6");
    assertThat(r.problems()).extracting(PopulationFile.Problem::toString).containsExactly(
        "row 3 (household h1): birth_date: '1985-01-02' contradicts row 2 ('1985-01-01') for person a",
        "row 5 (household h2): salary_net: '11' contradicts row 4 ('10') for person a in 2024-01 known on 2024-02-10",
        "household h1: not loaded: its rows contradict each other (household from row 2)",
        "household h2: not loaded: its rows contradict each other (household from row 4)",
        "household h3: role: 'no adult' not loaded: is not allowed: a household needs an adult (the applicant)"
            + " (household from row 6)",
        "household h4: rent: '' not loaded: is required for a tenant (tenant) (household from row 7)",
        "household h5: role: '' not loaded: is required: no valid row of person b gives it (household from row 8)");
  }

  @Test
  void rowsOfEveryOtherMonthAreKnownFromTheStartAndHaveNoYear() throws Exception {
    String csv = """
        household_id,person_id,month,known_on,role,birth_date,self_employed_annual
        h1,a,other,2024-01-01,adult,1985-01-01,
        h2,a,other,,adult,1985-01-01,5000
        h3,a,other,,adult,1985-01-01,
        """;
    PopulationFile.Result r = PopulationFile.read(write("other.csv", csv));
    assertThat(r.problems()).filteredOn(p -> p.row().isPresent()).extracting(PopulationFile.Problem::column)
        .containsExactly("known_on", "self_employed_annual");
    assertThat(r.population().households()).extracting(Household::id).containsExactly("h3");
  }

  @Test
  void aFileThatCannotBeReadAsAPopulationIsRefusedAsAWhole() throws Exception {
    assertThatThrownBy(() -> PopulationFile.read(write("typo.csv", "household_id,person_id,month,salary_nte\nh,a,other,1\n")))
        .isInstanceOf(PopulationFile.UnreadableFileException.class).hasMessageContaining("[salary_nte]");
    assertThatThrownBy(() -> PopulationFile.read(write("nomonth.csv", "household_id,person_id\nh,a\n")))
        .isInstanceOf(PopulationFile.UnreadableFileException.class).hasMessageContaining("[month]");
    assertThatThrownBy(() -> PopulationFile.read(dir.resolve("missing.csv")))
        .isInstanceOf(PopulationFile.UnreadableFileException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> PopulationFile.read(write("pop.xlsx", "x")))
        .isInstanceOf(PopulationFile.UnreadableFileException.class).hasMessageContaining("neither a .csv nor a .parquet");
  }

  @Test
  void theMonthsInTheFilesAreReadCheckedAndWrittenBack() throws Exception {
    String file = """
        household_id,person_id,month,role,birth_date,housing_status,rent,zone,salary_net,first_month,last_month
        h1,a,other,adult,1985-03-02,tenant,480,2,600,2024-05,
        h1,a,2024-06,,,,,,650,2024-05,
        h2,a,other,adult,1985-03-02,owner,,,600,,2025-02
        h3,a,other,adult,1985-03-02,owner,,,600,2024-13,
        h4,a,other,adult,1985-03-02,owner,,,600,2025-03,2025-02
        h5,a,other,adult,1985-03-02,owner,,,600,2024-01,
        h5,a,2024-06,,,,,,650,2024-02,
        h6,a,other,adult,1985-03-02,owner,,,600,,
        """;
    PopulationFile.Result r = PopulationFile.read(write("in-files.csv", file));
    Population p = r.population();
    assertThat(p.households()).extracting(Household::id).containsExactly("h1", "h2", "h6");
    assertThat(p.inFiles("h1")).isEqualTo(new MonthsInFiles(Optional.of(YearMonth.of(2024, 5)), Optional.empty()));
    assertThat(p.inFiles("h2")).isEqualTo(new MonthsInFiles(Optional.empty(), Optional.of(YearMonth.of(2025, 2))));
    assertThat(p.inFiles("h6")).isEqualTo(MonthsInFiles.ALWAYS);
    fr.benefitcalc.core.time.MonthRange span = fr.benefitcalc.core.time.MonthRange.of(YearMonth.of(2024, 1),
        YearMonth.of(2025, 12));
    assertThat(p.presence(0, span)).isEqualTo(fr.benefitcalc.core.time.MonthRange.of(YearMonth.of(2024, 5), span.last()));
    assertThat(p.presence(1, span)).isEqualTo(fr.benefitcalc.core.time.MonthRange.of(span.first(), YearMonth.of(2025, 2)));
    assertThat(p.presence(2, span)).isEqualTo(span);
    assertThat(r.problems()).extracting(Object::toString).contains(
        "row 5 (household h3): first_month: '2024-13' is not a month (YYYY-MM)",
        "household h4: last_month: '2025-02' not loaded: (row 6) is before first_month '2025-03' (row 6)"
            + " (household from row 6)",
        "row 8 (household h5): first_month: '2024-02' contradicts row 7 ('2024-01') for the household");

    Path back = dir.resolve("back.csv");
    PopulationFile.writeCsv(p, back);
    Population again = PopulationFile.read(back).population();
    assertThat(again.households()).isEqualTo(p.households());
    for (String id : List.of("h1", "h2", "h6")) {
      assertThat(again.inFiles(id)).as(id).isEqualTo(p.inFiles(id));
    }
  }

  @Test
  void aGeneratedPopulationWrittenToCsvReadsBackAsEqualHouseholds() throws Exception {
    YearMonth first = YearMonth.of(2022, 1);
    YearMonth last = YearMonth.of(2024, 12);
    Population late = SyntheticPopulation.generate(40, 7, first, last);
    Population stable = SyntheticPopulation.generate(20, 8,
        HouseholdGenerator.calibrated(first, last).withStableIncomes());
    Household handMade = Household.builder("hand")
        .person(new Person("a", Role.ADULT, LocalDate.of(1970, 2, 3), false, false, false, false,
            Optional.of(LocalDate.of(2023, 9, 1)), true))
        .person(Person.child("c", LocalDate.of(2012, 7, 8)).asPregnant())
        .housing(new Housing(HousingStatus.TENANT_FURNISHED,
            MonthlyAmounts.ofNanoEuros(Fixed.euros("612.37"), Map.of(YearMonth.of(2024, 3), Fixed.euros("650"))), 1, true, true, true))
        .received(ReceivedBenefit.ASF, MonthlyAmounts.byMonthNanoEuros(Map.of(YearMonth.of(2024, 2), Fixed.euros("0.000000001"))))
        .recentIsolation(true)
        .alResourceBase(Euros.of("13000"))
        .resources(ResourceHistory.builder(2)
            .constant(0, UNEMPLOYMENT_NET, Euros.of("900"))
            .valueNanoEuros(0, UNEMPLOYMENT_NET, YearMonth.of(2024, 1), 0)
            .annual(0, SELF_EMPLOYED_ANNUAL, 2022, Euros.of("-1200"))
            .annual(0, SELF_EMPLOYED_ANNUAL, 2022, Euros.of("800"), LocalDate.of(2023, 6, 1))
            .value(1, SALARY_NET, YearMonth.of(2024, 5), Euros.of("300"), LocalDate.of(2024, 6, 10))
            .build())
        .build();
    List<Household> all = new java.util.ArrayList<>(late.households());
    for (Household h : stable.households()) { // the same ids as the first population's: renamed
      all.add(new Household("stable-" + h.id(), h.persons(), h.couple(), h.housing(), h.benefitsReceived(),
          h.recentIsolation(), h.rsaPaExperiment(), h.alResourceBase(), h.resources()));
    }
    all.add(handMade);
    Path file = dir.resolve("generated.csv");
    PopulationFile.writeCsv(new Population("test", all, first, last), file);

    PopulationFile.Result back = PopulationFile.read(file);
    assertThat(back.problems()).isEmpty();
    assertThat(back.population().households()).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(back.population().households().get(i)).as(all.get(i).id()).isEqualTo(all.get(i));
    }
    assertThat(late.households().stream().anyMatch(h -> !h.resources().revisions().isEmpty()))
        .as("the generated population has late values and corrections").isTrue();
  }
}
