package vn.thanhhoa.cds.reports.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;

/** What a notification says about one alert of {@code alert.commune}. */
public record AlertNotice(String alertId, String kind, String communeCode, Optional<String> communeName, String indicatorSet,
                          String indicatorCode, Optional<String> indicatorName, int year, Optional<Double> value,
                          Optional<String> targetOperator, Optional<Double> target, Optional<String> owner, String message, Instant raisedAt) {

    public static AlertNotice of(CommuneAlert alert) {
        return new AlertNotice(alert.getAlertId(), alert.getKind().name(), alert.getCommuneCode(), Optional.ofNullable(alert.getCommuneName()),
                alert.getIndicatorSet(), alert.getIndicatorCode(), Optional.ofNullable(alert.getIndicatorName()), alert.getYear(),
                Optional.ofNullable(alert.getValue()), Optional.ofNullable(alert.getTargetOperator()), Optional.ofNullable(alert.getTarget()),
                Optional.ofNullable(alert.getOwner()), alert.getMessage(), alert.getRaisedAt());
    }

    /** The day it was raised, in the province. */
    public LocalDate day() {
        return LocalDate.ofInstant(raisedAt, ReportMonth.PROVINCE_ZONE);
    }

    public String communeLabel() {
        return communeName.orElse("xã " + communeCode);
    }
}
