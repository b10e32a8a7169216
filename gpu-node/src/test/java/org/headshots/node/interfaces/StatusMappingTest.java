package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headshots.node.application.HeadshotChecksFailedException;
import org.headshots.node.application.HeadshotService.NoUsableReferenceException;
import org.headshots.node.application.InferenceException;
import org.headshots.node.application.JobCancelledException;
import org.headshots.node.application.NodeNotReadyException;
import org.headshots.node.application.NodeShuttingDownException;
import org.headshots.node.application.UnreadablePhotoException;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.identity.IdentityBuilder.NoIdentityException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusMappingTest {

    private static final Logger LOG = Logger.getLogger(StatusMapping.class.getName());

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheLog() {
        LOG.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        LOG.removeHandler(capture);
    }

    @Test
    void eachKindOfRefusalIsOneStatusWithItsReason() {
        Map<NodeRefusal.Kind, Status.Code> expected = new EnumMap<>(NodeRefusal.Kind.class);
        expected.put(NodeRefusal.Kind.INVALID, Status.Code.INVALID_ARGUMENT);
        expected.put(NodeRefusal.Kind.IMPOSSIBLE, Status.Code.FAILED_PRECONDITION);
        expected.put(NodeRefusal.Kind.UNAVAILABLE, Status.Code.UNAVAILABLE);
        expected.put(NodeRefusal.Kind.CANCELLED, Status.Code.CANCELLED);
        expected.put(NodeRefusal.Kind.FAILED, Status.Code.INTERNAL);
        for (NodeRefusal.Kind kind : NodeRefusal.Kind.values()) {
            StatusException e = StatusMapping.toStatus("the request", new NodeRefusal(kind, "because " + kind));
            assertEquals(expected.get(kind), e.getStatus().getCode(), kind.name());
            assertEquals("because " + kind, e.getStatus().getDescription());
        }
    }

    @Test
    void theNodesRefusalsKeepTheStatusesTheyHad() {
        assertEquals(Status.Code.INVALID_ARGUMENT, code(new UnreadablePhotoException("not a photo")));
        assertEquals(Status.Code.INVALID_ARGUMENT, code(NodeRefusal.invalid("job_key: empty")));
        assertEquals(Status.Code.FAILED_PRECONDITION, code(new NoIdentityException("no face")));
        assertEquals(Status.Code.FAILED_PRECONDITION, code(new NoUsableReferenceException("no face")));
        assertEquals(
                Status.Code.FAILED_PRECONDITION,
                code(new HeadshotChecksFailedException(0, "studio-grey", List.of("identity 0.5 < 0.8"))));
        assertEquals(Status.Code.UNAVAILABLE, code(new NodeNotReadyException()));
        assertEquals(Status.Code.UNAVAILABLE, code(new NodeShuttingDownException()));
        assertEquals(Status.Code.CANCELLED, code(new JobCancelledException()));
        assertEquals(Status.Code.INTERNAL, code(new InferenceException("the model failed", new RuntimeException())));
    }

    @Test
    void aValueThatRejectsRequestDataIsARefusalOfKindInvalid() {
        NodeRefusal refusal = org.junit.jupiter.api.Assertions.assertThrows(
                NodeRefusal.class,
                () -> NodeRefusal.fromRequest("job_key: ", () -> {
                    throw new IllegalArgumentException("a job key is not empty");
                }));
        assertEquals(NodeRefusal.Kind.INVALID, refusal.kind());
        assertEquals("job_key: a job key is not empty", refusal.getMessage());
    }

    @Test
    void anUnexpectedFailureIsInternalUnderAnIncidentIdThatTheLogHoldsWithTheDetails() {
        IllegalArgumentException bug = new IllegalArgumentException("index 7 out of bounds for length 3");
        StatusException e = StatusMapping.toStatus("the request", bug);

        assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
        String description = e.getStatus().getDescription();
        Matcher incident = Pattern.compile("the request failed on the node: incident ([0-9a-f]{8})")
                .matcher(description);
        assertTrue(incident.matches(), description);
        assertFalse(
                description.contains("index 7")
                        || description.contains("IllegalArgument")
                        || description.contains("\tat ")
                        || description.contains("StatusMapping"),
                description);
        assertEquals(null, e.getCause(), "no exception travels with the status");

        assertEquals(1, logged.size());
        assertTrue(
                logged.get(0).getMessage().contains("incident " + incident.group(1)),
                logged.get(0).getMessage());
        assertEquals(bug, logged.get(0).getThrown());
    }

    @Test
    void eachUnexpectedFailureHasAnIncidentOfItsOwn() {
        String first = StatusMapping.toStatus("cancel", new IllegalStateException())
                .getStatus()
                .getDescription();
        String second = StatusMapping.toStatus("cancel", new IllegalStateException())
                .getStatus()
                .getDescription();
        assertFalse(first.equals(second), first);
    }

    @Test
    void anInterruptedCallSaysTheNodeIsShuttingDown() {
        StatusException e = StatusMapping.toStatus("self-test", new InterruptedException());
        assertTrue(Thread.interrupted(), "the interrupt is kept");
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals("the node is shutting down", e.getStatus().getDescription());
    }

    private static Status.Code code(Exception e) {
        return StatusMapping.toStatus("the request", e).getStatus().getCode();
    }
}
