package io.newsclean.spark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job jar, once packaged: what a cluster gets. */
class JobJarIT {
    @Test
    void theJobJarCarriesNoSparkHadoopOrCommandLineClassesAndNoUnrelocatedJackson() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target", "newsclean-spark.jar").toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            List<String> foreign = names.stream().filter(n -> n.endsWith(".class")).filter(n ->
                    n.startsWith("org/apache/spark/") || n.startsWith("org/apache/hadoop/") || n.startsWith("scala/")
                            || n.startsWith("picocli/") || n.startsWith("me/tongfei/") || n.startsWith("org/jline/")
                            || n.contains("com/fasterxml/")).toList();
            assertEquals(List.of(), foreign);
            assertTrue(names.contains("io/newsclean/spark/shaded/jackson/core/JsonFactory.class"), "Jackson, relocated");
            assertTrue(names.contains("io/newsclean/archive/ArchiveCleaner.class"), "the core library");
            assertTrue(names.contains("org/netpreserve/jwarc/WarcReader.class"));
            assertTrue(names.contains("io/newsclean/spark/CleanWarcs.class"));
            assertEquals("io.newsclean.spark.CleanWarcs", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }
}
