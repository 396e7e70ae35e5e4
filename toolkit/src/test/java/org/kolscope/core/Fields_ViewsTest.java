package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class Fields_ViewsTest {
  enum Side {
    LOW, HIGH;

    public String label() {
      return name().toLowerCase(Locale.ROOT) + "er";
    }
  }

  enum Plain { ONE_TWO }

  record Row(String kolId, int n, long seed, double mwPValue, boolean tested, Side side,
      Plain plain, List<String> reasons, List<Inner> inner) {}

  record Inner(double ksD) {}

  private static final List<Row> ROWS = List.of(
      new Row("a", 3, 7L, 0.25, true, Side.LOW, Plain.ONE_TWO, List.of("x", "y"),
          List.of(new Inner(0.5))),
      new Row(null, 0, 0L, Double.NaN, false, Side.HIGH, Plain.ONE_TWO, List.of(), List.of()));

  @ParameterizedTest
  @CsvSource({"kolId, kol_id", "mwPValue, mw_p_value", "ksPValue, ks_p_value", "cooksD, cooks_d",
      "rSquared, r_squared", "n, n", "pValueBNegative, p_value_b_negative", "ciLow, ci_low"})
  void snake_splitsBeforeEachCapital(String camel, String snake) {
    assertThat(Fields.snake(camel)).isEqualTo(snake);
  }

  @Test
  void names_areTheComponentsInOrder() {
    assertThat(Fields.names(Row.class)).containsExactly("kol_id", "n", "seed", "mw_p_value",
        "tested", "side", "plain", "reasons", "inner");
  }

  @Test
  void notARecord_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> Fields.of(String.class));
  }

  @Test
  void table_hasAColumnPerScalarOrTextListField_namedAsInJson() {
    Table t = Fields.table("rows", Row.class, ROWS);
    assertThat(t.name()).isEqualTo("rows");
    assertThat(t.columnNames()).containsExactly("kol_id", "n", "seed", "mw_p_value", "tested",
        "side", "plain", "reasons");
    assertThat(t.column("n").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(t.column("seed").type()).isEqualTo(ColumnType.LONG);
    assertThat(t.column("mw_p_value").type()).isEqualTo(ColumnType.DOUBLE);
    assertThat(t.column("tested").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(t.getString(0, "side")).isEqualTo("lower");
    assertThat(t.getString(0, "plain")).isEqualTo("one_two");
    assertThat(t.getString(0, "reasons")).isEqualTo("x; y");
    assertThat(t.column("kol_id").isMissing(1)).isTrue();
    assertThat(t.column("mw_p_value").isMissing(1)).isTrue();
  }

  @Test
  void json_hasTheSameNames_nonFiniteAsNull_enumsByLabel() throws Exception {
    ObjectMapper m = Fields.configure(new ObjectMapper());
    JsonNode j = m.readTree(m.writeValueAsString(ROWS.get(1)));
    assertThat(j.fieldNames()).toIterable().containsExactlyElementsOf(Fields.names(Row.class));
    assertThat(j.get("mw_p_value").isNull()).isTrue();
    assertThat(j.get("kol_id").isNull()).isTrue();
    assertThat(j.get("side").asText()).isEqualTo("higher");
    JsonNode first = m.readTree(m.writeValueAsString(ROWS.get(0)));
    assertThat(first.get("inner").get(0).get("ks_d").asDouble()).isEqualTo(0.5);
  }

  @Test
  void tree_andPlain_areTheJsonAsJavaValues() {
    Map<String, Object> t = Fields.tree(ROWS.get(0));
    assertThat(t.keySet()).containsExactlyElementsOf(Fields.names(Row.class));
    assertThat(t.get("inner")).isEqualTo(List.of(Map.of("ks_d", 0.5)));
    assertThat(Fields.plain(List.of(new Inner(Double.POSITIVE_INFINITY))))
        .isEqualTo(List.of(Collections.singletonMap("ks_d", null)));
    assertThat(Fields.plain(null)).isNull();
  }

  @Test
  void only_keepsTheNamedFieldsInOrder_andRefusesAnUnknownName() {
    assertThat(Fields.only(ROWS.get(0), "n", "kol_id").keySet()).containsExactly("n", "kol_id");
    assertThat(Fields.only(List.of(new Inner(1), new Inner(2)), "ks_d"))
        .containsExactly(Map.of("ks_d", 1.0), Map.of("ks_d", 2.0));
    assertThat(Fields.only((Object) null, "n")).isNull();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fields.only(ROWS.get(0), "ks_pvalue"));
    assertThat(e.getMessage()).contains("ks_pvalue").contains("mw_p_value");
  }
}
