package fr.benefitcalc.al.resources;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.al.parameters.TaxAbatement;
import fr.benefitcalc.core.money.Fixed;
import org.junit.jupiter.api.Test;

class PersonResourcesTest {
  private static final TaxAbatement PENSIONS_2025 = new TaxAbatement(Fixed.rate("0.10"), Fixed.euros("454"), Fixed.euros("4439"));

  @Test
  void pensionsDeductionFloorAndCeiling() {
    // CGI art. 158 5 a, incomes 2025: floor 454, ceiling 4 439
    assertThat(PersonResources.pensionsAfterDeduction(Fixed.euros("3000"), PENSIONS_2025, true)).isEqualTo(Fixed.euros("2546"));
    assertThat(PersonResources.pensionsAfterDeduction(Fixed.euros("60000"), PENSIONS_2025, true)).isEqualTo(Fixed.euros("55561"));
    assertThat(PersonResources.pensionsAfterDeduction(Fixed.euros("60000"), PENSIONS_2025, false)).isEqualTo(Fixed.euros("54000"));
    assertThat(PersonResources.pensionsAfterDeduction(Fixed.euros("300"), PENSIONS_2025, true)).isZero();
  }
}
