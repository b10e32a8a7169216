package org.headshots.gpu.api;

import jakarta.resource.Referenceable;
import java.io.Serializable;

/** What the application looks up with {@code @Resource(lookup = GpuConnectionFactory.JNDI_NAME)}. */
public interface GpuConnectionFactory extends Serializable, Referenceable {

    String JNDI_NAME = "java:app/gpu/nodes";

    GpuConnection getConnection() throws GpuNodeException;
}
