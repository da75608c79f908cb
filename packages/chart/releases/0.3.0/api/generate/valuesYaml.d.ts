export declare function renderValuesYaml(): string;
