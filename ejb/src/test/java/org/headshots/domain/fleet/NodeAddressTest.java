package org.headshots.domain.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gpu3:50051, gpu3, 50051",
        "' gpu-3.lab.example:1 ', gpu-3.lab.example, 1",
        "10.0.0.7:65535, 10.0.0.7, 65535",
        "[::1]:50051, [::1], 50051",
        "[fd00::7]:50051, [fd00::7], 50051",
        "[fe80::1%eth0]:7, [fe80::1%eth0], 7",
        "localhost:50151, localhost, 50151"
    })
    void hostNamesAndAddressesOfBothKindsAreNodeAddresses(String text, String host, int port) {
        NodeAddress address = NodeAddress.parse(text);
        assertEquals(new NodeAddress(host, port), address);
        assertEquals(text.trim(), address.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "gpu3",
                "gpu3:",
                ":50051",
                "gpu3:0",
                "gpu3:65536",
                "gpu3:port",
                "gpu 3:50051",
                "gpu3/x:50051",
                "::1:50051",
                "[::1:50051",
                "[::1]x:50051",
                "http://gpu3:50051",
                "gpu3:50051:1"
            })
    void anythingElseIsRefusedSayingWhatToWrite(String text) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> NodeAddress.parse(text));
        assertTrue(
                refused.getMessage().contains(":50051") || refused.getMessage().contains("between 1 and 65535"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 3000})
    void aHostLongerThanDnsAllowsIsRefusedAndNotRepeatedInFull(int length) {
        String text = "a".repeat(length) + ":50051";
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> NodeAddress.parse(text));
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }
}
