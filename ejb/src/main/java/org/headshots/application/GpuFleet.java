package org.headshots.application;

import java.util.List;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.SelfTestReport;

/** The GPU nodes, as the resource adapter reaches them. */
public interface GpuFleet {

    List<NodeInfo> nodes();

    SelfTestReport selfTest(NodeAddress node, JobKey key);

    void add(NodeAddress node);

    void remove(NodeAddress node);

    PhotoAnalysisResult analyze(JobKey key, byte[] photo);

    IdentityResult buildIdentity(JobKey key, List<byte[]> photos);

    /** Headshots {@code from} to {@code to} (exclusive) of a generation job. */
    List<GeneratedHeadshot> generate(JobKey key, GenerationRequest request, int from, int to);
}
