package org.headshots.gpu.rar;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;

/** What {@code @Resource(lookup = GpuConnectionFactory.JNDI_NAME)} injects. */
public class GpuConnectionFactoryImpl implements GpuConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final GpuManagedConnectionFactory managedFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    public GpuConnectionFactoryImpl(GpuManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public GpuConnection getConnection() throws GpuNodeException {
        try {
            return (GpuConnection) connectionManager.allocateConnection(managedFactory, null);
        } catch (ResourceException e) {
            throw new GpuNodeException(null, "no connection from the pool: " + e.getMessage(), e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
