package io.lambdasim.reports.run;

/** {@link LambdaPricing} from pricing-models' price book and billing rules. */
final class PriceBookPricing {

    private PriceBookPricing() {
    }

    static LambdaPricing forOptions(ScenarioOptions options) {
        throw new UnsupportedOperationException("pricing-models has no price book yet");
    }
}
