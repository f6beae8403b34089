package vn.thanhhoa.cds.schemas.topic;

import java.util.List;

/**
 * Every topic the pipeline reads or writes, in one list so that the demo, the tests and a
 * deployment create the same set. Naming: {@code raw.*} events as the connectors publish them
 * (pseudonymised, access-restricted), {@code dlq.*} rejected input with its reason and location,
 * {@code dq.*} accepted input that looks implausible (data-quality findings),
 * {@code ref.*} compacted reference data, {@code indicator.*} and {@code alert.*} computed output.
 */
public final class PipelineTopics {

    public static final TopicSpec RAW_DOSSIER = new TopicSpec("raw.tthc.dossier", 3, false, "Hồ sơ TTHC từ hệ thống một cửa điện tử");
    public static final TopicSpec RAW_DOCUMENT = new TopicSpec("raw.document", 3, false, "Văn bản đi/đến từ hệ thống quản lý văn bản");
    public static final TopicSpec RAW_HEALTH_RECORD = new TopicSpec("raw.health.record", 3, false, "Hồ sơ sức khỏe điện tử (đã ẩn danh)");
    public static final TopicSpec RAW_REPORTED_MEASURE = new TopicSpec("raw.reported.measure", 1, false, "Số liệu báo cáo tháng của ngân hàng, viễn thông, điện lực");
    public static final TopicSpec RAW_TASK = new TopicSpec("raw.task", 1, false, "Nhiệm vụ được giao và theo dõi trên hệ thống quản lý văn bản");
    public static final TopicSpec RAW_PERIODIC_REPORT = new TopicSpec("raw.periodic.report", 1, false, "Báo cáo định kỳ và hình thức gửi (Hệ thống thông tin báo cáo của tỉnh)");
    public static final TopicSpec RAW_DECLARATION = new TopicSpec("raw.declaration", 1, false, "Kê khai chỉ tiêu định tính kèm minh chứng");
    public static final TopicSpec DLQ_SOURCE = new TopicSpec("dlq.source", 1, false, "Bản ghi đầu vào bị từ chối, kèm lý do và vị trí");
    public static final TopicSpec DLQ_SINK = new TopicSpec("dlq.sink", 1, false, "Bản ghi không ghi được vào ClickHouse, lý do trong tiêu đề bản ghi");
    public static final TopicSpec DLQ_ENGINE = new TopicSpec("dlq.engine", 1, false, "Bản ghi bộ tính chỉ tiêu không xử lý được, lý do trong tiêu đề bản ghi");
    public static final TopicSpec DQ_FINDING = new TopicSpec("dq.finding", 1, false, "Số liệu bất thường cần kiểm tra (giá trị vẫn được ghi nhận)");
    public static final TopicSpec REF_INDICATOR = new TopicSpec("ref.indicator", 1, true, "Danh mục chỉ tiêu theo bộ (2023–2025, 2026)");
    public static final TopicSpec REF_TARGET = new TopicSpec("ref.target", 1, true, "Chỉ tiêu giao theo năm, mặc định tỉnh và riêng từng xã");
    public static final TopicSpec REF_ADMIN_UNIT = new TopicSpec("ref.admin-unit", 1, true, "Đơn vị hành chính theo thời kỳ hiệu lực");
    public static final TopicSpec REF_STATISTIC = new TopicSpec("ref.statistic", 1, true, "Số liệu thống kê làm mẫu số (dân số, hộ, doanh nghiệp…)");
    public static final TopicSpec INDICATOR_VALUE = new TopicSpec("indicator.value", 3, true, "Giá trị chỉ tiêu mới nhất theo xã, kỳ");
    public static final TopicSpec INDICATOR_VALUE_MONTH_END = new TopicSpec("indicator.value.month-end", 3, true,
            "Giá trị chỉ tiêu tại ngày cuối tháng đã qua, tính lại khi có số liệu muộn hoặc nạp bù");
    public static final TopicSpec ALERT = new TopicSpec("alert.commune", 1, false, "Cảnh báo xã dưới chỉ tiêu");
    public static final TopicSpec RECOGNITION = new TopicSpec("recognition.commune", 3, true, "Triển vọng công nhận hoàn thành chuyển đổi số của xã theo năm");

    public static final List<TopicSpec> ALL = List.of(RAW_DOSSIER, RAW_DOCUMENT, RAW_HEALTH_RECORD, RAW_REPORTED_MEASURE, RAW_TASK, RAW_PERIODIC_REPORT,
            RAW_DECLARATION, DLQ_SOURCE, DLQ_SINK, DLQ_ENGINE, DQ_FINDING, REF_INDICATOR, REF_TARGET, REF_ADMIN_UNIT, REF_STATISTIC, INDICATOR_VALUE, ALERT,
            RECOGNITION, INDICATOR_VALUE_MONTH_END);

    /**
     * The topics the ClickHouse sink keeps in the store (the demo's sink and the deployment's
     * deploy/connectors/clickhouse-sink.json write these). Reference topics are not among them: the
     * dashboard reads units and indicators from the catalog; dq.finding and the sink's and engine's
     * own dead letters are read on Kafka.
     */
    public static final List<TopicSpec> STORED = List.of(RAW_DOSSIER, RAW_DOCUMENT, RAW_HEALTH_RECORD, RAW_REPORTED_MEASURE, RAW_TASK,
            RAW_PERIODIC_REPORT, RAW_DECLARATION, DLQ_SOURCE, INDICATOR_VALUE, ALERT, RECOGNITION, INDICATOR_VALUE_MONTH_END);

    private PipelineTopics() {
    }
}
