package org.headshots.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Opens browsers for a test and closes them after it; when the test fails, first keeps a screenshot and the
 * HTML of every open page under target/screenshots.
 */
final class Browsers implements TestExecutionExceptionHandler, AfterEachCallback {

    private static final List<Browser> OPEN = new ArrayList<>();

    static synchronized Browser open() throws IOException {
        Browser browser = new Browser();
        OPEN.add(browser);
        return browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        synchronized (Browsers.class) {
            int i = 0;
            for (Browser browser : OPEN) {
                String name = "FAILED-" + context.getRequiredTestMethod().getName() + "-" + i++;
                browser.screenshot(name);
                browser.savePage(name);
            }
        }
        throw failure;
    }

    /** Closes the test's browsers; a page that broke its own Content-Security-Policy fails the test. */
    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<String> violations = new ArrayList<>();
        synchronized (Browsers.class) {
            for (Browser browser : OPEN) {
                try {
                    violations.addAll(Browser.policyViolations(browser.console()));
                } finally {
                    browser.close();
                }
            }
            OPEN.clear();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The pages broke their Content-Security-Policy: " + violations);
        }
    }
}
