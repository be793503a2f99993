package fr.benefitcalc.lab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Loan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HOUSING of the statuses foyer and home-buyer (case-format "HOUSING: logements-foyers and accession"). */
class FoyerAccessionReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CaseEntry read(String housing) throws Exception {
    List<CaseEntry> entries = CaseReader.read(JSON.readTree(("{'cases': [{'id': 'c', 'month': '2025-01', 'benefits': ['AL'],"
        + " 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1980-05-01'}], 'housing': " + housing
        + "}}]}").replace('\'', '"')));
    return entries.get(0);
  }

  @Test
  void readsTheSpecExamples() throws Exception {
    Housing h = read("{'status': 'foyer', 'rent': 350, 'zone': 1, 'conventionne': true,"
        + " 'foyer': {'type': 'social-residence', 'conventionDate': '2020-01-01'}}").value().orElseThrow().household().housing().get();
    assertThat(h.foyer().orElseThrow().type()).isEqualTo(Foyer.Type.SOCIAL_RESIDENCE);
    assertThat(h.foyer().get().conventionDate()).contains(LocalDate.of(2020, 1, 1));
    Housing elderly = read("{'status': 'foyer', 'rent': 420, 'zone': 2, 'foyer': {'alCategory': 'elderly-or-disabled'}}")
        .value().orElseThrow().household().housing().get();
    assertThat(elderly.foyer().orElseThrow().alCategory()).isEqualTo(Foyer.AlCategory.ELDERLY_OR_DISABLED);
    assertThat(elderly.foyer().get().type()).isEqualTo(Foyer.Type.OTHER);
    Housing buyer = read("{'status': 'home-buyer', 'zone': 2, 'loan': {'payment': 650, 'signed': '2017-12-15',"
        + " 'kind': 'conventionne', 'purpose': 'new'}}").value().orElseThrow().household().housing().get();
    assertThat(buyer.loan().orElseThrow().kind()).isEqualTo(Loan.Kind.CONVENTIONNE);
    assertThat(buyer.loan().get().signed()).isEqualTo(LocalDate.of(2017, 12, 15));
  }

  @Test
  void badFieldsAreNamed() throws Exception {
    assertThat(read("{'status': 'foyer', 'rent': 350, 'zone': 1, 'conventionne': true}").error().orElseThrow())
        .contains("housing.foyer.type");
    assertThat(read("{'status': 'foyer', 'rent': 350, 'zone': 1, 'conventionne': true, 'foyer': {'type': 'social-residence'}}")
        .error().orElseThrow()).contains("housing.foyer.conventionDate");
    assertThat(read("{'status': 'foyer', 'zone': 1}").error().orElseThrow()).contains("housing.rent");
    assertThat(read("{'status': 'foyer', 'rent': 300, 'zone': 1, 'foyer': {'alCategory': 'pupil'}}").error().orElseThrow())
        .contains("housing.foyer.alCategory").contains("pupil");
    assertThat(read("{'status': 'home-buyer', 'zone': 2, 'rent': 400, 'loan': {'payment': 650, 'signed': '2017-12-15'}}")
        .error().orElseThrow()).contains("housing.rent");
    assertThat(read("{'status': 'home-buyer', 'zone': 2, 'loan': {'payment': 650}}").error().orElseThrow())
        .contains("housing.loan.signed");
    assertThat(read("{'status': 'home-buyer', 'zone': 2, 'loan': {'payment': 650, 'signed': '2010-01-01', 'firstOccupant': true}}")
        .error().orElseThrow()).contains("housing.loan.entryDate");
  }
}
