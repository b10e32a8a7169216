package org.headshots.domain.audit;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headshots.domain.people.Username;

/**
 * A person's name as a whole word in an audit event's text: not inside a longer name, such as "al" in
 * "alice". Made once per person and matched against as many events as needed.
 */
public final class Mention {

    private final Username person;
    private final Pattern word;

    public Mention(Username person) {
        this.person = Objects.requireNonNull(person, "person");
        this.word = Pattern.compile("(?<![" + Username.CHARACTERS + "])" + Pattern.quote(person.value()) + "(?!["
                + Username.CHARACTERS + "])");
    }

    public Username person() {
        return person;
    }

    boolean isIn(String text) {
        return word.matcher(text).find();
    }

    String replacedIn(String text, String alias) {
        return word.matcher(text).replaceAll(Matcher.quoteReplacement(alias));
    }
}
