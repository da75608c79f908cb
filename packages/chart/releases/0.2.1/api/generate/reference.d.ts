export interface ReferenceRow {
    key: string;
    type: string;
    default: string;
    description: string;
}
export declare function referenceRows(): ReferenceRow[];
export declare function renderValuesReference(): string;
