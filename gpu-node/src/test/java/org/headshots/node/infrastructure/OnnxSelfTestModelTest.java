package org.headshots.node.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.headshots.node.application.SelfTestModel;
import org.headshots.node.domain.ExecutionProvider;
import org.headshots.node.domain.SelfTestNetwork;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.headshots.node.infrastructure.onnx.SelfTestOnnx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-test network run by the real ONNX Runtime against the plain-Java reference. */
class OnnxSelfTestModelTest {

    private static OnnxRuntimeEngine engine;

    @BeforeAll
    static void startRuntime() {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
    }

    @Test
    void onnxRuntimeComputesWhatTheJavaReferenceComputes(@TempDir Path models) throws Exception {
        SelfTestNetwork network = SelfTestNetwork.standard();
        try (OnnxSelfTestModel model = OnnxSelfTestModel.load(engine, models, network)) {
            float[] input = SelfTestNetwork.input();
            SelfTestModel.Inference inference = model.run(input);
            double[] expected = network.reference(input);

            assertEquals(
                    SelfTestNetwork.OUT_CHANNELS * SelfTestNetwork.HEIGHT * SelfTestNetwork.WIDTH,
                    inference.output().length);
            double error = SelfTestNetwork.maxAbsoluteDifference(inference.output(), expected);
            assertTrue(error <= 1e-5, "max abs error " + error);
            assertTrue(inference.nanos() > 0);
            // the output is not trivially saturated: the check has something to compare
            double min = 1;
            double max = 0;
            for (double v : expected) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertTrue(min < 0.3 && max > 0.7, "outputs span " + min + ".." + max);
        }
    }

    @Test
    void theModelIsWrittenToTheModelsFolderWithItsHash(@TempDir Path models) throws Exception {
        try (OnnxSelfTestModel model = OnnxSelfTestModel.load(engine, models, SelfTestNetwork.standard())) {
            Path file = models.resolve("selftest/selftest.onnx");
            assertTrue(Files.isRegularFile(file));
            assertEquals(ModelFiles.sha256(file), model.descriptor().sha256());
            assertEquals(64, model.descriptor().sha256().length());
            assertEquals("selftest", model.descriptor().name());
            assertEquals(file.toAbsolutePath().normalize(), model.descriptor().file());
        }
    }

    @Test
    void theModelBytesAreDeterministic() {
        assertArrayEquals(
                SelfTestOnnx.modelBytes(SelfTestNetwork.standard()),
                SelfTestOnnx.modelBytes(SelfTestNetwork.standard()));
    }

    @Test
    void aWrongNetworkIsFarFromTheReference(@TempDir Path models) throws Exception {
        try (OnnxSelfTestModel model = OnnxSelfTestModel.load(
                engine, models, SelfTestNetwork.standard().withWeightsScaledBy(1.5))) {
            float[] input = SelfTestNetwork.input();
            double error = SelfTestNetwork.maxAbsoluteDifference(
                    model.run(input).output(), SelfTestNetwork.standard().reference(input));
            assertTrue(error > 1e-2, "max abs error " + error);
        }
    }

    @Test
    void withoutAGpuTheCpuIsUsedAndNamed() {
        if (new DeviceProbe().nvidiaGpus().isEmpty()) {
            assertEquals(ExecutionProvider.CPU, engine.device().provider());
            assertTrue(
                    engine.device().name().startsWith("CPU: "), engine.device().name());
        }
        OnnxRuntimeEngine cpu = OnnxRuntimeEngine.start(ProviderChoice.CPU, 0, new DeviceProbe());
        assertEquals(ExecutionProvider.CPU, cpu.device().provider());
        assertTrue(cpu.onnxRuntimeVersion().matches("\\d+\\.\\d+\\.\\d+.*"), cpu.onnxRuntimeVersion());
    }
}
