package org.headshots.interfaces.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Marks job executions that were running when the server died as failed, in the job repository, so that
 * the batch runtime lets them be restarted from their checkpoints. Jakarta Batch has no operation for
 * this: a killed server leaves them STARTED for ever, and only FAILED or STOPPED executions restart.
 * Call it only for executions that no server is running.
 */
@ApplicationScoped
public class InterruptedExecutions {

    private static final String STILL_GOING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "jdbc/headshots")
    DataSource jobRepository;

    public void markFailed(long execution) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = jobRepository.getConnection()) {
            try (PreparedStatement steps = connection.prepareStatement("UPDATE stepexecutioninstancedata"
                    + " SET batchstatus = 'FAILED', exitstatus = 'INTERRUPTED', endtime = ?"
                    + " WHERE jobexecid = ? AND batchstatus IN " + STILL_GOING)) {
                steps.setTimestamp(1, now);
                steps.setLong(2, execution);
                steps.executeUpdate();
            }
            try (PreparedStatement job = connection.prepareStatement("UPDATE executioninstancedata"
                    + " SET batchstatus = 'FAILED', exitstatus = 'INTERRUPTED', endtime = ?, updatetime = ?"
                    + " WHERE jobexecid = ? AND batchstatus IN " + STILL_GOING)) {
                job.setTimestamp(1, now);
                job.setTimestamp(2, now);
                job.setLong(3, execution);
                job.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not mark job execution " + execution + " as interrupted: " + e.getMessage(), e);
        }
    }
}
