package io.lambdasim.reports.uncertainty;

/** A figure as its central value and the band it spans over the uncertain inputs. */
public record Band(double central, double low, double high) {

    public boolean isPoint() {
        return low == central && high == central;
    }
}
