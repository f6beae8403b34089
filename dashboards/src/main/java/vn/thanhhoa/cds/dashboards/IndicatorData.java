package vn.thanhhoa.cds.dashboards;

import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Where the indicator pages read from: the ClickHouse database the sink writes (indicator values,
 * alerts, recognition, raw events), today's communes and the catalog's indicators.
 */
public record IndicatorData(ClickHouse clickHouse, String database, Communes communes, IndicatorDirectory indicators) {}
