package vn.thanhhoa.cds.dashboards.status;

/** Reads the pipeline's current status; implemented by whoever runs the pipeline (the demo, a deployment). */
@FunctionalInterface
public interface PipelineStatusSource {

    PipelineStatus current();
}
