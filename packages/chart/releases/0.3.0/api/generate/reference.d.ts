export interface ReferenceRow {
    key: string;
    type: string;
    default: string;
    description: string;
}
export declare function referenceRows(): ReferenceRow[];
/**
 * What no check at render time can see, measured with helm 3.17.3 and 4.1.4: Helm's YAML reader
 * drops these mistakes before values.schema.json or templates/validate.yaml get the values.
 */
export declare const RENDER_TIME_LIMITS = "What Helm itself cannot report (its YAML reader drops the mistake before the schema and the rules\nsee the values; `llm-router-values validate` reads the file as written and reports each of them):\n\n- **A key given twice in one map** (`replicas: 1` and later `replicas: 2`, also `{tag: a, tag: b}`): Helm 3 and\n  Helm 4 keep the last value without a word. The CLI names the key and the line.\n- **Several YAML documents in one values file** (`---` between two maps): Helm 3 reads only the first, Helm 4\n  only the last, so the two majors install different values. The CLI refuses such a file (an empty document,\n  e.g. a trailing `---`, is nothing to either Helm and is accepted).\n- **A `null` for a key that has a default** (`resources:` left empty, `podSecurityContext: null`): Helm deletes the\n  key before it checks anything, so it can only report the missing key at its parent object\n  (`routerServer: resources is required`, `at '/routerServer': missing property 'resources'`); the CLI names\n  `routerServer.resources` itself.\n- **YAML 1.1 words and numbers** (`on`, `no`, `yes`, `010`, `1.10`): Helm reads them as booleans and numbers, and a\n  value that must be a string (a tag, a label, a Secret name, an env value) is then reported as the wrong type;\n  quote such values (`tag: \"010\"`). Inside objects passed through verbatim (`affinity`, `extraVolumes`,\n  `extraObjects`, probe overrides) nobody checks the type before the Kubernetes API does.\n- **Tabs for indentation** and a values file that is not a map (a list, a string) make the file unreadable:\n  both Helms stop with a YAML error without a value path.\n";
export declare function renderValuesReference(): string;
