package vn.thanhhoa.cds.connectors.report;

import vn.thanhhoa.cds.simulators.report.OfficerReports;

/** The power measures the report tests read, named once. */
final class OfficerReportsTestSupport {

    static final String HOUSEHOLDS = OfficerReports.HOUSEHOLDS;
    static final String CASHLESS = OfficerReports.CASHLESS;

    private OfficerReportsTestSupport() {
    }
}
