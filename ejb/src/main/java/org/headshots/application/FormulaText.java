package org.headshots.application;

/**
 * Text that a spreadsheet would run as a formula when it begins a cell (=, +, -, @, a tab or a carriage return):
 * names come from the directory and from imported files, so every export writes such text as text.
 */
public final class FormulaText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaText() {}

    public static boolean looksLikeAFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }
}
