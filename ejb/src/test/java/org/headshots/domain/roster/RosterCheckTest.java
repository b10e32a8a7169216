package org.headshots.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RosterCheckTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, Whereabouts> directory = Map.of(
            "in@headshots.example", Whereabouts.IN_THIS_ORGANISATION,
            "bob@acme.example", Whereabouts.ELSEWHERE);
    private final RosterCheck check = new RosterCheck(
            List.of("headshots.example", "Acme.Example"),
            List.of("Sales", "Engineering", "Design", "Engineering/Platform"),
            address -> {
                lookedUp.add(address);
                return directory.getOrDefault(address, Whereabouts.NOT_IN_DIRECTORY);
            });

    @Test
    void aCleanRosterCreatesNewPeopleAndUpdatesOnesOfTheOrganisation() {
        RosterPreview preview = check.check(List.of(
                new RosterRow(2, "Nina.New@Headshots.Example", "Nina", "New", "engineering / platform", "Designer"),
                new RosterRow(3, "In@Headshots.Example", "", "", "", "")));

        assertTrue(preview.clean());
        assertEquals(RosterAction.CREATE, preview.actionOf(2));
        assertEquals(RosterAction.UPDATE, preview.actionOf(3));
        assertEquals(1, preview.toCreate());
        assertEquals(1, preview.toUpdate());
        assertEquals(0, preview.withProblems());
        assertEquals("Engineering/Platform", preview.rows().get(0).department());
        assertEquals(List.of("nina.new@headshots.example", "in@headshots.example"), lookedUp);
    }

    @Test
    void aMissingAddressIsTheOnlyProblemOfARowWithNames() {
        assertEquals(
                List.of(new RosterProblem(2, "E-mail", "The e-mail address is missing")),
                problemsOf(new RosterRow(2, " ", "", "", "", "")));
        assertTrue(lookedUp.isEmpty());
    }

    @Test
    void aMalformedAddressIsToldWithAnExample() {
        assertEquals(
                List.of(new RosterProblem(2, "E-mail", "'nina@' is not an e-mail address like nina.new@example.com")),
                problemsOf(new RosterRow(2, "nina@", "Nina", "New", "", "")));
    }

    @Test
    void anAddressOutsideTheDomainsNamesThem() {
        assertEquals(
                List.of(new RosterProblem(2, "E-mail", "'bob@gmail.com' is not at headshots.example or acme.example")),
                problemsOf(new RosterRow(2, "bob@gmail.com", "Bob", "Builder", "", "")));
    }

    @Test
    void anUnknownDepartmentNamesTheDepartmentsAsTheDirectorySpellsThem() {
        assertEquals(
                List.of(new RosterProblem(
                        2,
                        "Department",
                        "There is no department 'Sails'; the departments are Design, Engineering,"
                                + " Engineering/Platform, Sales")),
                problemsOf(new RosterRow(2, "nina@headshots.example", "Nina", "New", "Sails", "")));
    }

    @Test
    void manyDepartmentsAreNamedInPart() {
        RosterCheck large = new RosterCheck(
                List.of("headshots.example"),
                IntStream.rangeClosed(10, 34).mapToObj(i -> "Team " + i).toList(),
                address -> Whereabouts.IN_THIS_ORGANISATION);

        String message = large.check(List.of(new RosterRow(2, "in@headshots.example", "", "", "Sails", "")))
                .problems()
                .get(0)
                .message();

        assertTrue(message.endsWith("Team 28, Team 29 and 5 more"), message);
    }

    @Test
    void theLaterOfTwoRowsWithTheSameAddressIsFlaggedNamingTheEarlier() {
        RosterPreview preview = check.check(List.of(
                new RosterRow(2, "nina@headshots.example", "Nina", "New", "", ""),
                new RosterRow(4, "NINA@headshots.example", "Nina", "New", "", "")));

        assertEquals(List.of(), preview.problemsOf(2));
        assertEquals(
                List.of(new RosterProblem(4, "E-mail", "The same address is on line 2 already")), preview.problems());
        assertEquals(RosterAction.CREATE, preview.actionOf(2));
        assertEquals(RosterAction.SKIP, preview.actionOf(4));
        assertEquals(List.of("nina@headshots.example"), lookedUp);
    }

    @Test
    void aPersonOfAnotherOrganisationIsLeftToTheirAdmin() {
        assertEquals(
                List.of(new RosterProblem(
                        2,
                        "E-mail",
                        "bob@acme.example belongs to another organisation; their admin or IT can move them")),
                problemsOf(new RosterRow(2, "Bob@Acme.Example", "", "", "Design", "")));
    }

    @Test
    void aNewAccountNeedsBothNames() {
        assertEquals(
                List.of(
                        new RosterProblem(2, "First name", "The first name is missing; a new account needs one"),
                        new RosterProblem(2, "Last name", "A last name has 1 to 100 characters, without < or >")),
                problemsOf(new RosterRow(2, "nina@headshots.example", "", "<b>New</b>", "", "")));
    }

    @Test
    void aPersonOfTheOrganisationKeepsTheirNamesButGivenOnesMustBeValid() {
        assertEquals(
                List.of(new RosterProblem(2, "First name", "A first name has 1 to 100 characters, without < or >")),
                problemsOf(new RosterRow(2, "in@headshots.example", "N".repeat(101), "", "", "")));
    }

    @Test
    void aTitleFitsInOneHundredCharactersOnOneLine() {
        assertEquals(
                List.of(new RosterProblem(2, "Title", "The title has 101 characters; shorten it to at most 100")),
                problemsOf(new RosterRow(2, "in@headshots.example", "", "", "", "T".repeat(101))));
        assertEquals(
                List.of(new RosterProblem(
                        3, "Title", "The title contains a line break, tab or other control character; remove it")),
                problemsOf(new RosterRow(3, "in@headshots.example", "", "", "", "Head\nof Design")));
        assertTrue(problemsOf(new RosterRow(4, "in@headshots.example", "", "", "", "T".repeat(100)))
                .isEmpty());
    }

    @Test
    void aRowGetsOneProblemPerCause() {
        RosterPreview preview = check.check(List.of(
                new RosterRow(7, "bob@acme.example", "Bob", "Builder", "", ""),
                new RosterRow(3, "nina@gmail.com", "", "", "Sails", "x\t".repeat(60))));

        assertEquals(
                List.of(3, 3, 3, 3, 3, 3, 7),
                preview.problems().stream().map(RosterProblem::line).toList());
        assertEquals(
                List.of("E-mail", "First name", "Last name", "Department", "Title", "Title"),
                preview.problemsOf(3).stream().map(RosterProblem::column).toList());
        assertFalse(preview.clean());
        assertEquals(2, preview.withProblems());
        assertEquals(0, preview.toCreate() + preview.toUpdate());
        assertEquals("Sails", preview.rows().get(1).department());
    }

    @Test
    void aPreviewSkipsExactlyTheRowsWithProblems() {
        RosterRow row = new RosterRow(2, "nina@headshots.example", "Nina", "New", "", "");
        RosterProblem problem = new RosterProblem(2, "E-mail", "The e-mail address is missing");

        assertThrows(
                IllegalArgumentException.class,
                () -> new RosterPreview(List.of(row), List.of(), Map.of(2, RosterAction.SKIP)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RosterPreview(List.of(row), List.of(problem), Map.of(2, RosterAction.CREATE)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RosterPreview(List.of(row, row), List.of(), Map.of(2, RosterAction.CREATE)));
    }

    private List<RosterProblem> problemsOf(RosterRow row) {
        RosterPreview preview = check.check(List.of(row));
        assertEquals(preview.problems().isEmpty() ? 0 : 1, preview.withProblems());
        return preview.problems();
    }
}
