package org.headshots.interfaces.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.headshots.application.run.RunService;

/** One partition per style, each with its share of the ordered count (the first styles get the remainder). */
@Named
@Dependent
public class StyleShares implements PartitionMapper {

    @Inject
    ThisRun run;

    @Inject
    RunService runs;

    @Override
    public PartitionPlan mapPartitions() {
        runs.makingHeadshots(run.id());
        List<String> ids = run.plan().styles();
        int total = run.plan().count();
        if (ids.isEmpty() || total < ids.size()) {
            throw new IllegalArgumentException("Cannot share " + total + " headshots among the styles " + ids);
        }
        Properties[] partitions = new Properties[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            partitions[i] = new Properties();
            partitions[i].setProperty("style", ids.get(i));
            partitions[i].setProperty("count", Integer.toString(total / ids.size() + (i < total % ids.size() ? 1 : 0)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ids.size());
        plan.setThreads(Math.min(2, ids.size()));
        plan.setPartitionProperties(partitions);
        // The batch runtime cannot restart the partitions of a server that died mid-step (it never stored their
        // number), so they are planned afresh each time; each starts at its first headshot not kept.
        plan.setPartitionsOverride(true);
        return plan;
    }
}
