package io.newsclean.batch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsclean.NewsCleaner;
import io.newsclean.fuzz.FuzzChecks;
import io.newsclean.input.InputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The WARC record path of {@code newsclean batch} on arbitrary archive bytes (plain or gzipped):
 * the archive reader turns records into work items or error items, and each item is cleaned
 * into its record as a worker would. A damaged archive must become error records, never an
 * exception out of the reader; every record must match the JSON Schema; no archive may take
 * longer than the time limit.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code WarcFuzzTestInputs/readArchive/}.
 */
class WarcFuzzTest {
    private static final long MAX_BYTES = BatchOptions.DEFAULT_MAX_BYTES;
    private static final CleaningProcessor PROCESSOR = new CleaningProcessor(MAX_BYTES, null, false, true);
    private static final Path ARCHIVE = Path.of("fuzz.warc.gz");

    static {
        FuzzChecks.warmUp(new NewsCleaner());
    }

    @FuzzTest(maxDuration = "10m")
    void readArchive(byte[] archive) throws Exception {
        List<String> records = FuzzChecks.withinTimeLimit(() -> {
            List<WorkItem> items = new ArrayList<>();
            new WarcRecords(MAX_BYTES).read(new ByteArrayInputStream(archive),
                    ARCHIVE, ARCHIVE.getParent() == null ? Path.of("") : ARCHIVE.getParent(), collectInto(items));
            List<String> json = new ArrayList<>();
            for (WorkItem item : items) {
                json.add(clean(item));
            }
            return json;
        });
        for (String record : records) {
            FuzzChecks.assertMatchesSchema(record);
        }
    }

    /** What a worker does with an item (BatchRunner.clean), less the file read: archive items carry their bytes. */
    private static String clean(WorkItem item) {
        byte[] json;
        if (item.rejection() != null || item.payload() == null) {
            json = PROCESSOR.error(item, item.rejection() == null ? "no payload" : item.rejection());
        } else {
            try {
                json = PROCESSOR.process(item, item.payload()).json();
            } catch (InputException e) {
                json = PROCESSOR.error(item, e.getMessage());
            }
        }
        return new String(json, StandardCharsets.UTF_8);
    }

    private static Intake collectInto(List<WorkItem> items) {
        return new Intake() {
            @Override
            public boolean alreadyDone(WorkItem item) {
                return false;
            }

            @Override
            public void skipped(WorkItem item) {
            }

            @Override
            public void otherRecord() {
            }

            @Override
            public void accept(WorkItem item) {
                items.add(item);
            }
        };
    }
}
