package org.headshots.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "=HYPERLINK(\"http://evil.example\")|true",
                "+49 30 1234|true",
                "-1+2|true",
                "@SUM(A1)|true",
                "Grace Hopper|false",
                "grace@headshots.example|false",
                "Anne-Marie|false",
                "|false"
            })
    void textThatBeginsLikeAFormulaIsToldApart(String value, boolean formula) {
        assertEquals(formula, FormulaText.looksLikeAFormula(value));
    }
}
