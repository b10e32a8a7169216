package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.headshots.gpu.api.NodeAddress;
import org.junit.jupiter.api.Test;

class NodeAddressListTest {

    private static final Map<String, String> NONE = Map.of();

    @Test
    void parsesTheConfiguredList() {
        NodeAddressList.Resolved resolved =
                NodeAddressList.resolve(" gpu1:50051, gpu2:50052,,gpu1:50051 ", NONE::get, NONE::get);
        assertEquals(List.of(new NodeAddress("gpu1", 50051), new NodeAddress("gpu2", 50052)), resolved.addresses());
        assertEquals("config property NodeAddresses", resolved.source());
    }

    @Test
    void theDefaultIsTheLocalNode() {
        assertEquals(
                List.of(new NodeAddress("localhost", 50051)),
                NodeAddressList.resolve(null, NONE::get, NONE::get).addresses());
        assertEquals(
                List.of(new NodeAddress("localhost", 50051)),
                NodeAddressList.resolve(new GpuResourceAdapter().getNodeAddresses(), NONE::get, NONE::get)
                        .addresses());
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheConfiguration() {
        Map<String, String> properties = Map.of("headshots.gpu.nodes", "a:1");
        Map<String, String> environment = Map.of("HEADSHOTS_GPU_NODES", "b:2,c:3");

        assertEquals(
                List.of(new NodeAddress("a", 1)),
                NodeAddressList.resolve("x:9", properties::get, environment::get)
                        .addresses());
        NodeAddressList.Resolved fromEnv = NodeAddressList.resolve("x:9", NONE::get, environment::get);
        assertEquals(List.of(new NodeAddress("b", 2), new NodeAddress("c", 3)), fromEnv.addresses());
        assertEquals("environment variable HEADSHOTS_GPU_NODES", fromEnv.source());
    }

    @Test
    void saysWhichEntryIsWrong() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> NodeAddressList.resolve("gpu1:50051,gpu2", NONE::get, NONE::get));
        assertEquals("config property NodeAddresses: 'gpu2' is not of the form host:port", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeAddressList.resolve(" , ", NONE::get, NONE::get));
    }
}
