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

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        synchronized (Browsers.class) {
            for (Browser browser : OPEN) {
                browser.close();
            }
            OPEN.clear();
        }
    }
}
