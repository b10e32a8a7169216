package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.selfie.SelfieIntake;
import org.headshots.interfaces.security.CurrentUser;

/**
 * Where the signed-in employee's photo stands for its check, for the upload page to say while it waits:
 * {@code {"state":"waiting","ahead":12}}, {@code {"state":"checking"}} or {@code {"state":"none"}}.
 */
@WebServlet("/employee/check-turn")
public class CheckTurnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfieIntake intake;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder turn = Json.createObjectBuilder();
        intake.turnOf(user.username())
                .ifPresentOrElse(
                        found -> {
                            turn.add("state", found.checking() ? "checking" : "waiting");
                            if (!found.checking()) {
                                turn.add("ahead", found.ahead());
                            }
                        },
                        () -> turn.add("state", "none"));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(turn.build().toString());
    }
}
