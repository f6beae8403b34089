package vn.thanhhoa.cds.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import vn.thanhhoa.cds.dashboards.access.DemoUsers;
import vn.thanhhoa.cds.dashboards.access.Role;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.kafka.clients.admin.Admin;
import vn.thanhhoa.cds.cli.setup.DeploymentInventory;
import vn.thanhhoa.cds.cli.setup.SetupCommand;
import vn.thanhhoa.cds.pipeline.setup.SetupConfig;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** The demo keeps its state: stopped and started again on the same directory, it resumes. */
class DemoRestartTest {

    private static final String PROBE_TOPIC = "test.restart-probe";

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSecondRunResumesWithTheFirstRunsDataAndLeavesNothingRunning() throws Exception {
        DemoOptions options = new DemoOptions(dataDirectory, 0);
        List<Integer> ports = new ArrayList<>();
        Map<String, Integer> firstRun = new java.util.TreeMap<>();
        DeploymentInventory demoInventory;
        Path demoConnectors;

        try (Demo first = Demo.start(options)) {
            demoInventory = DeploymentInventory.of(first.stack(), Demo.DATABASE);
            demoConnectors = DeploymentInventory.exportConnectors(first.stack(), dataDirectory.resolve("demo-connectors"));
            JsonNode status = status(first);
            // The pipeline's topics, besides the engine's own internal ones (repartition, changelog).
            List<String> pipelineTopics = new ArrayList<>();
            status.get("topics").forEach(topic -> pipelineTopics.add(topic.get("name").asText()));
            pipelineTopics.removeIf(name -> name.startsWith("cds-indicator-engine-"));
            assertThat(pipelineTopics).hasSize(PipelineTopics.ALL.size());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.stack().bootstrapServers()))) {
                new TopicProvisioning(admin).ensure(List.of(new TopicSpec(PROBE_TOPIC, 1, false, "test")));
            }
            assertThat(status.get("components")).allSatisfy(component -> assertThat(component.get("up").asBoolean()).isTrue());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", first.stack().bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>(PROBE_TOPIC, "15763", "kê khai " + i)).get();
                }
            }
            first.stack().clickHouse().execute("CREATE TABLE cds.restart_probe (k String) ENGINE = MergeTree ORDER BY k");
            first.stack().clickHouse().insert("cds.restart_probe", List.of(Map.of("k", "Thọ Phú")), null);
            assertThat(recordsIn(status(first), PROBE_TOPIC)).isEqualTo(3);
            ports.addAll(List.of(first.stack().broker().port(), first.stack().registry().port(), first.stack().connect().restPort()));
            // Every line the simulated one-stop system exported ends in the dossier topic or in the dead-letter topic.
            long exportedLines = exportedLines();
            assertThat(exportedLines).isGreaterThan(1000);
            TopicContents topics = new TopicContents(first.stack().bootstrapServers());
            long dossiers = topics.readUntil(PipelineTopics.RAW_DOSSIER.name(),
                    records -> records.size() + dossierDeadLetters(topics) >= exportedLines, Duration.ofSeconds(90)).size();
            assertThat(dossiers + dossierDeadLetters(topics)).isEqualTo(exportedLines);
            // Reference data on its compacted topics: 1 province + 26 districts + 547 old communes + 166 new ones
            // (issue 3), and 12 statistics per commune for 2023–2024 (old units) and 2025–2026 (new units).
            assertThat(topics.all(PipelineTopics.REF_ADMIN_UNIT.name())).hasSize(1 + 26 + 547 + 166);
            assertThat(topics.all(PipelineTopics.REF_STATISTIC.name())).hasSize(12 * (2 * 547 + 2 * 166));
            // 37 indicators of the 2023–2025 set (seed 000) and the 30 of the 2026 set (seed 004), whose item 25
            // is published as its four parts 25a–25d.
            assertThat(topics.all(PipelineTopics.REF_INDICATOR.name())).hasSize(37 + 30 - 1 + 4);
            assertThat(topics.all(PipelineTopics.REF_TARGET.name())).isNotEmpty();
            // A power company report uploaded through the dashboard reaches Kafka through the power report connector.
            String stored = uploadPowerReport(first);
            long uploadedValues = topics.readUntil(PipelineTopics.RAW_REPORTED_MEASURE.name(),
                    records -> records.stream().filter(record -> contains(record.value(), stored)).count() >= 2, Duration.ofSeconds(60))
                    .stream().filter(record -> contains(record.value(), stored)).count();
            assertThat(uploadedValues).as("the two values of the uploaded row").isEqualTo(2);
            // A declaration made on the dashboard's page goes through the declaration connector, Kafka and the
            // sink into raw_declaration, and the page then lists it with its evidence, downloadable.
            declareThroughThePage(first);
            // The engine turns them into indicator values, keyed commune|set|code|year|window.
            List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> values = topics.readUntil(PipelineTopics.INDICATOR_VALUE.name(),
                    records -> records.size() >= 100, Duration.ofSeconds(120));
            assertThat(values).as("indicator values from the simulated feeds").hasSizeGreaterThanOrEqualTo(100);
            assertThat(new String(values.getFirst().key(), java.nio.charset.StandardCharsets.UTF_8))
                    .matches("\\d{5}\\|(2023-2025|2026)\\|[0-9a-z.]+\\|20\\d\\d\\|(MONTH_TO_DATE|QUARTER_TO_DATE|YEAR_TO_DATE|AS_OF)");
            // The sink writes them to ClickHouse, the latest value of each key kept.
            long storedValues = awaitRows(first, "SELECT count() AS c FROM cds.indicator_value_latest FINAL", 100);
            assertThat(storedValues).as("indicator values in ClickHouse").isGreaterThanOrEqualTo(100);
            // The engine's values equal the simulator's own account, counted here: 2026 item 9, online
            // dossiers over received ones, year to date, per commune (every simulated state is a received one).
            java.util.Map<String, List<Double>> expected = new java.util.TreeMap<>();
            for (vn.thanhhoa.cds.simulators.tthc.ExpectedDossier dossier : new DemoSources(dataDirectory, vn.thanhhoa.cds.adminunits.ReferenceData.load())
                    .dossierAccount(dataDirectory.resolve("account")).acceptedDossiers().values()) {
                if (dossier.dossierCode().split("-")[1].startsWith("26")) {
                    List<Double> counts = expected.computeIfAbsent(dossier.communeCode(), c -> new ArrayList<>(List.of(0.0, 0.0)));
                    counts.set(0, counts.get(0) + (dossier.online() ? 1 : 0));
                    counts.set(1, counts.get(1) + 1);
                }
            }
            assertThat(expected).hasSizeGreaterThan(100);
            assertThat(awaitItem9(first, expected)).isEqualTo(expected);
            // Every other line source arrives complete too: each exported line in its raw topic or among the dead letters.
            for (Map.Entry<String, String> source : LINE_SOURCES.entrySet()) {
                long lines = exportedLines(source.getKey());
                assertThat(lines).as(source.getKey()).isPositive();
                topics.readUntil(source.getValue(), records -> records.size() + deadLettersOf(topics, source.getKey()) >= lines, Duration.ofSeconds(90));
            }
            assertThat(topics.readUntil(PipelineTopics.RAW_REPORTED_MEASURE.name(), records -> !records.isEmpty(), Duration.ofSeconds(60))).isNotEmpty();
            firstRun.putAll(quietSizes(topics));
            for (Map.Entry<String, String> source : LINE_SOURCES.entrySet()) {
                assertThat(firstRun.get(source.getValue()) + deadLettersOf(topics, source.getKey())).as("every line of " + source.getKey() + " once")
                        .isEqualTo(exportedLines(source.getKey()));
            }
        }
        assertThat(ports).noneMatch(Ports::isListening);
        setupOfABareStackHoldsWhatTheDemoHolds(demoInventory, demoConnectors);

        try (Demo second = Demo.start(options)) {
            JsonNode status = status(second);
            assertThat(recordsIn(status, PROBE_TOPIC)).isEqualTo(3);
            JsonNode probe = null;
            for (JsonNode table : status.get("tables")) {
                if (table.get("name").asText().equals("cds.restart_probe")) {
                    probe = table;
                }
            }
            assertThat(probe).as("the probe table, among the store's").isNotNull();
            assertThat(probe.get("rows").asLong()).isEqualTo(1);
            // Reference data published again only where it changed: nothing.
            assertThat(topicsOf(second).all(PipelineTopics.REF_ADMIN_UNIT.name())).hasSize(1 + 26 + 547 + 166);
            // Every connector resumes from its offsets: nothing read twice, in any raw topic or among the dead letters.
            Thread.sleep(3000);
            TopicContents topics = new TopicContents(second.stack().bootstrapServers());
            assertThat(topics.all(PipelineTopics.RAW_DOSSIER.name()).size() + dossierDeadLetters(topics)).isEqualTo(exportedLines());
            assertThat(quietSizes(topics)).isEqualTo(firstRun);
        }
        assertThat(ProcessHandle.current().children().toList()).isEmpty();
    }

    /**
     * {@code ./cds setup} against an embedded stack that nothing set up, with the demo's connectors
     * as files: the same topics, schemas, tables and connectors as the demo; a second run changes
     * nothing. The stack's engine is lent to the sink under the demo's name, so the sink writes there.
     */
    private void setupOfABareStackHoldsWhatTheDemoHolds(DeploymentInventory demo, Path connectors) throws Exception {
        try (EmbeddedStack bare = EmbeddedStack.start(StackConfig.in(dataDirectory.resolve("bare-stack")))) {
            vn.thanhhoa.cds.sink.target.InProcessClickHouses.register(DemoStore.ENGINE_NAME, bare::clickHouse);
            SetupConfig config = new SetupConfig(Map.of(SetupConfig.BOOTSTRAP_SERVERS_CONFIG, bare.bootstrapServers(),
                    SetupConfig.REGISTRY_URL_CONFIG, bare.registry().url(), SetupConfig.CONNECT_URL_CONFIG, DeploymentInventory.connectUrl(bare),
                    // Not used: the embedded engine is given instead of a server.
                    SetupConfig.CLICKHOUSE_URL_CONFIG, "jdbc:clickhouse://unused:8123",
                    SetupConfig.CONNECTORS_DIR_CONFIG, connectors.toString()));
            java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
            assertThat(new SetupCommand().run(config, bare.clickHouse(), new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8)))
                    .as(output.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
            assertThat(DeploymentInventory.of(bare, Demo.DATABASE)).isEqualTo(demo);
            output.reset();
            assertThat(new SetupCommand().run(config, bare.clickHouse(), new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8))).isZero();
            assertThat(output.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Nothing to change: the deployment already holds the setup.");
        } finally {
            vn.thanhhoa.cds.sink.target.InProcessClickHouses.unregister(DemoStore.ENGINE_NAME);
        }
    }

    /** 2026 item 9 year-to-date per commune in ClickHouse, polled until it equals {@code expected} or 120 s pass. */
    private static java.util.Map<String, List<Double>> awaitItem9(Demo demo, java.util.Map<String, List<Double>> expected) throws InterruptedException {
        java.util.Map<String, List<Double>> actual = new java.util.TreeMap<>();
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline && !actual.equals(expected); Thread.sleep(1000)) {
            actual.clear();
            for (var row : demo.stack().clickHouse().query("SELECT unit_code, numerator, denominator FROM cds.indicator_value_latest FINAL "
                    + "WHERE unit_level = 'COMMUNE' AND indicator_set = '2026' AND indicator_code = '9' AND window_kind = 'YEAR_TO_DATE'")) {
                actual.put(row.string("unit_code"), List.of(row.doubleValue("numerator"), row.doubleValue("denominator")));
            }
        }
        return actual;
    }

    /** Polls a count query until it reaches {@code atLeast} or 120 s pass; returns the last count. */
    private static long awaitRows(Demo demo, String query, long atLeast) throws InterruptedException {
        long count = 0;
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline && count < atLeast; Thread.sleep(500)) {
            count = demo.stack().clickHouse().query(query).getFirst().longValue("c");
        }
        return count;
    }

    private static TopicContents topicsOf(Demo demo) {
        return new TopicContents(demo.stack().bootstrapServers());
    }

    /** Dead letters of the dossier export: their key is file:line, and the files are named dossiers-*. */
    private static long dossierDeadLetters(TopicContents topics) {
        return topics.all(PipelineTopics.DLQ_SOURCE.name()).stream()
                .filter(record -> new String(record.key(), java.nio.charset.StandardCharsets.UTF_8).startsWith("dossiers-")).count();
    }

    /** Posts a one-row power report for Phường Hàm Rồng (14758) as the upload page does; returns the stored file name. */
    private String uploadPowerReport(Demo demo) throws Exception {
        String csv = "Tên đơn vị: Công ty Điện lực Thanh Hóa\nBáo cáo tháng 11/2026\n"
                + "STT,Mã xã,\"Tên xã, phường\",Hộ gia đình sử dụng điện,Hộ gia đình thanh toán tiền điện không dùng tiền mặt\n"
                + "1,14758,Phường Hàm Rồng,\"12.408\",\"9.957\"\n";
        String boundary = "----cds-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"nguon\"\r\n\r\nPOWER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"Báo cáo điện lực tháng 11.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        String[] session = signIn(demo, Role.REPORTING_BODY);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/reports/upload"))
                        .header("Cookie", session[0]).header("X-CSRF-Token", session[1])
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String stored = new ObjectMapper().readTree(response.body()).get("storedName").asText();
        assertThat(stored).endsWith(".csv").contains("Báo cáo điện lực tháng 11");
        assertThat(dataDirectory.resolve("sources/power").resolve("in").resolve(stored)).exists();
        return stored;
    }

    /** An officer's yes for 2023-2025 item 4.4 with a PDF, followed until the page lists it from raw_declaration. */
    private void declareThroughThePage(Demo demo) throws Exception {
        String[] session = signIn(demo, Role.COMMUNE_OFFICER);
        String commune = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/phien"))
                .header("Cookie", session[0]).build(), HttpResponse.BodyHandlers.ofString()).body()).get("unit").asText();
        byte[] pdf = "%PDF-1.4\n% Quyết định về hệ thống hội nghị truyền hình\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String title = "Quyết định số 88/QĐ-UBND";
        String boundary = "----cds-test-declaration";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {{"xa", commune}, {"bo", "2023-2025"}, {"ma", "4.4"}, {"nam", "2025"}, {"dat", "co"}, {"tieuDe", title}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"minhChung\"; filename=\"qd.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/khai-bao"))
                .header("Cookie", session[0]).header("X-CSRF-Token", session[1]).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(dataDirectory.resolve("sources/declaration/in").resolve(new ObjectMapper().readTree(response.body()).get("tep").asText())).exists();

        assertThat(awaitRows(demo, "SELECT count() AS c FROM cds.raw_declaration FINAL WHERE commune_code = '" + commune
                + "' AND indicator_code = '4.4' AND has(arrayMap(e -> e.1, evidence), '" + title + "')", 1)).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode page = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl()
                + "api/khai-bao?xa=" + commune + "&bo=2023-2025&nam=2025")).header("Cookie", session[0]).build(), HttpResponse.BodyHandlers.ofString()).body());
        String link = null;
        for (com.fasterxml.jackson.databind.JsonNode row : page.get("daNhan")) {
            if (row.get("ma").asText().equals("4.4") && row.at("/minhChung/0/ten").asText().equals(title)) {
                link = row.at("/minhChung/0/duongDan").asText();
            }
        }
        assertThat(link).as("the page lists the declaration with its evidence link").isNotNull();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + link.substring(1))).header("Cookie", session[0]).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(pdf);
    }

    /** Signs in as the demo's user of this role, as the login page does; returns the session cookie and the CSRF token. */
    private String[] signIn(Demo demo, Role role) throws Exception {
        DemoUsers.Credential user = demo.users().credentials().stream().filter(c -> c.role() == role).findFirst().orElseThrow();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "dang-nhap")).build(), HttpResponse.BodyHandlers.ofString());
        String loginToken = cookie(page, "cds_dn");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/dang-nhap"))
                .header("Content-Type", "application/json").header("Cookie", "cds_dn=" + loginToken).header("X-CSRF-Token", loginToken)
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().createObjectNode().put("ten", user.login()).put("matKhau", user.password()).toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new String[] {"cds_phien=" + cookie(answer, "cds_phien"), new ObjectMapper().readTree(answer.body()).get("csrf").asText()};
    }

    private static String cookie(HttpResponse<?> response, String name) {
        String header = response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow();
        return header.substring(name.length() + 1, header.indexOf(';'));
    }

    private static boolean contains(byte[] value, String text) {
        return new String(value, java.nio.charset.StandardCharsets.UTF_8).contains(text);
    }

    /** The line sources of the demo: folder under {@code sources/} → raw topic. */
    private static final Map<String, String> LINE_SOURCES = Map.of(
            "health", PipelineTopics.RAW_HEALTH_RECORD.name(),
            "document", PipelineTopics.RAW_DOCUMENT.name(),
            "task", PipelineTopics.RAW_TASK.name(),
            "periodic-report", PipelineTopics.RAW_PERIODIC_REPORT.name(),
            "declaration", PipelineTopics.RAW_DECLARATION.name());

    /** Every topic the connectors write, with its size once none has grown for three seconds (two minutes at most). */
    private static Map<String, Integer> quietSizes(TopicContents topics) throws InterruptedException {
        List<String> written = List.of(PipelineTopics.RAW_DOSSIER.name(), PipelineTopics.RAW_HEALTH_RECORD.name(), PipelineTopics.RAW_DOCUMENT.name(),
                PipelineTopics.RAW_TASK.name(), PipelineTopics.RAW_PERIODIC_REPORT.name(), PipelineTopics.RAW_DECLARATION.name(),
                PipelineTopics.RAW_REPORTED_MEASURE.name(), PipelineTopics.DLQ_SOURCE.name(), PipelineTopics.DQ_FINDING.name());
        Map<String, Integer> sizes = new java.util.TreeMap<>();
        long stableSince = System.nanoTime();
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline; Thread.sleep(500)) {
            Map<String, Integer> now = new java.util.TreeMap<>();
            for (String topic : written) {
                now.put(topic, topics.all(topic).size());
            }
            if (!now.equals(sizes)) {
                sizes = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > 3_000_000_000L) {
                return sizes;
            }
        }
        throw new AssertionError("the connectors' topics kept growing for two minutes: " + sizes);
    }

    /** Dead letters of one line source's files: their key is {@code file:line}. */
    private long deadLettersOf(TopicContents topics, String source) {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (var files = Files.list(dataDirectory.resolve("sources").resolve(source).resolve("in"))) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return topics.all(PipelineTopics.DLQ_SOURCE.name()).stream()
                .map(record -> new String(record.key(), java.nio.charset.StandardCharsets.UTF_8))
                .filter(key -> key.contains(":") && names.contains(key.substring(0, key.lastIndexOf(':'))))
                .count();
    }

    private long exportedLines() throws Exception {
        return exportedLines("tthc");
    }

    private long exportedLines(String source) throws Exception {
        long lines = 0;
        try (var files = Files.list(dataDirectory.resolve("sources").resolve(source).resolve("in"))) {
            for (Path file : files.toList()) {
                lines += Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
            }
        }
        return lines;
    }

    private JsonNode status(Demo demo) throws Exception {
        String[] session = signIn(demo, Role.PROVINCE_ANALYST);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/status"))
                        .header("Cookie", session[0]).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static long recordsIn(JsonNode status, String topic) {
        for (JsonNode node : status.get("topics")) {
            if (node.get("name").asText().equals(topic)) {
                return node.get("records").asLong();
            }
        }
        throw new AssertionError("no topic " + topic + " in " + status);
    }
}
