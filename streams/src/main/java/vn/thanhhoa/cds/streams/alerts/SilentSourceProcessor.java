package vn.thanhhoa.cds.streams.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.streams.measures.Observation;
import vn.thanhhoa.cds.streams.measures.RecordField;

/**
 * Notices a source system gone quiet for a commune: when nothing has come from it for the commune
 * for the policy's silence (by the engine's clock, checked every interval), one STALE alert; when it
 * sends again, one RECOVERED with the same episode id. Only system feeds (declarations and
 * reference statistics are not feeds). What was last heard from each source for each commune, and
 * the episode, are kept in a changelogged store ({@code commune|source} → {@code heardAtMillis|ok|n}
 * or {@code …|stale|n}), so a restarted engine neither alerts an episode again nor renumbers it.
 * The episode id is {@code commune|stale|source|n}; the alert's indicator code is the source's id.
 */
public final class SilentSourceProcessor implements Processor<String, Observation, String, CommuneAlert> {

    private final Catalog catalog;
    private final AdministrativeUnits units;
    private final AlertPolicy policy;
    private final Clock clock;
    private final Duration checkEvery;
    private final String storeName;
    private ProcessorContext<String, CommuneAlert> context;
    private KeyValueStore<String, String> heard;

    public SilentSourceProcessor(Catalog catalog, AdministrativeUnits units, AlertPolicy policy, Clock clock, Duration checkEvery, String storeName) {
        this.catalog = catalog;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, CommuneAlert> context) {
        this.context = context;
        this.heard = context.getStateStore(storeName);
        context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, now -> checkSilences(now));
    }

    @Override
    public void process(Record<String, Observation> record) {
        Observation observation = record.value();
        Optional<Source> source = feed(observation.measure());
        if (source.isEmpty()) {
            return;
        }
        String key = observation.commune() + "|" + source.get().id();
        String stored = heard.get(key);
        String[] state = stored == null ? null : stored.split("\\|");
        int episode = state == null ? 0 : Integer.parseInt(state[2]);
        heard.put(key, clock.millis() + "|ok|" + episode);
        if (state != null && state[1].equals("stale")) {
            emit(observation.commune(), source.get(), episode, AlertKind.RECOVERED, record.timestamp());
        }
    }

    private void checkSilences(long now) {
        List<KeyValue<String, String>> silent = new ArrayList<>();
        try (KeyValueIterator<String, String> all = heard.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                String[] state = entry.value.split("\\|");
                Optional<Source> source = Optional.ofNullable(catalog.measures().sources().get(entry.key.substring(entry.key.indexOf('|') + 1)));
                if (state[1].equals("ok") && source.isPresent()
                        && clock.millis() - Long.parseLong(state[0]) > policy.silenceAllowed(source.get()).toMillis()) {
                    silent.add(entry);
                }
            }
        }
        for (KeyValue<String, String> entry : silent) {
            String[] state = entry.value.split("\\|");
            int episode = Integer.parseInt(state[2]) + 1;
            heard.put(entry.key, state[0] + "|stale|" + episode);
            String commune = entry.key.substring(0, entry.key.indexOf('|'));
            emit(commune, catalog.measures().sources().get(entry.key.substring(entry.key.indexOf('|') + 1)), episode, AlertKind.STALE, now);
        }
    }

    private static String duration(Duration silence) {
        return silence.toDays() >= 1 ? silence.toDays() + " ngày" : silence.toHours() + " giờ";
    }

    /** The system source producing the measure; none for a declaration or a reference statistic. */
    private Optional<Source> feed(String measure) {
        return catalog.measures().measure(measure)
                .filter(m -> !Source.DECLARATION.equals(m.source()) && !Source.REFERENCE.equals(m.source()))
                .map(m -> catalog.measures().sources().get(m.source()));
    }

    private void emit(String communeCode, Source source, int episode, AlertKind kind, long timestamp) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, RecordField.VIETNAM);
        String commune = units.unit(communeCode, today).map(AdministrativeUnit::name).orElse("Xã " + communeCode);
        String episodeId = communeCode + "|stale|" + source.id() + "|" + episode;
        String message = kind == AlertKind.STALE
                ? commune + ": chưa nhận được dữ liệu từ " + source.name() + " quá " + duration(policy.silenceAllowed(source))
                        + "; các chỉ tiêu lấy số liệu từ nguồn này có thể chưa phản ánh đúng thực tế."
                : commune + ": đã nhận lại dữ liệu từ " + source.name() + ".";
        CommuneAlert alert = CommuneAlert.newBuilder()
                .setAlertId(episodeId + "|" + kind)
                .setEpisodeId(episodeId)
                .setKind(kind)
                .setCommuneCode(communeCode)
                .setCommuneName(commune)
                .setIndicatorSet(catalog.setFor(today.getYear()).map(IndicatorSet::id).orElse(""))
                .setIndicatorCode(source.id())
                .setIndicatorName(source.name())
                .setYear(today.getYear())
                .setWindowKind("SOURCE")
                .setMessage(message)
                .setRaisedAt(now)
                .build();
        context.forward(new Record<>(alert.getAlertId(), alert, timestamp));
    }
}
