package be.cambium.criticality;

/**
 * What the Belgian adaptation does when Belgian import reliance is not meaningful (IR_BE <= 0, a re-export
 * hub, or quasi-transit dominating the imports).
 */
public enum TransitFallback {
    /** Use the "EU only" analogue: SR from the Belgian sourcing HHI alone (default). */
    SOURCING_ONLY,
    /** Use the EU import reliance of the same material and stage when the input has it, else SOURCING_ONLY. */
    EU_IR
}
