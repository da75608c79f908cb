/** Suffix -> [multiplier, divisor], two-letter suffixes first; sub-unit suffixes divide, so "1500m" is exactly 1.5 on both sides. */
export declare const QUANTITY_SUFFIXES: [string, number, number][];
/** The value of a quantity ("512Mi", "1500m", 2, "1e3": a number without suffix, exponent included, is read as a float). */
export declare function quantityValue(q: string | number): number;
/** Named template printing quantityValue(.): a chain of suffix tests, no regular expression and no map built per call. */
export declare const GO_QUANTITY: string[];
/** Go expression: the value of a quantity expression as float64. */
export declare const goQuantity: (expr: string) => string;
