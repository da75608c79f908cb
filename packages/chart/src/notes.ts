// NOTES.txt as helm renders it at install time, without a cluster: helm template never renders
// NOTES.txt and helm 3's client-side dry run still wants one, so a copy of the chart turns NOTES
// into an ordinary template (which also honours --kube-version, unlike `helm install`).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helmTemplate, KUBE_VERSION, parseManifests, type HelmMajor } from '@llm-router-helm/kube-testkit';
import { CHART_DIR } from './scenarios.js';

export async function renderNotes(major: HelmMajor, valuesFile: string, extraArgs: string[], kubeVersion = KUBE_VERSION): Promise<string> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'llm-router-notes-'));
  try {
    const chart = path.join(copy, path.basename(CHART_DIR));
    cpSync(CHART_DIR, chart, { recursive: true });
    const templates = path.join(chart, 'templates');
    // helm parses every rendered template as YAML: wrap NOTES in a named template, emit it as a JSON string.
    const notes = readFileSync(path.join(templates, 'NOTES.txt'), 'utf8');
    rmSync(path.join(templates, 'NOTES.txt'));
    writeFileSync(path.join(templates, '_zz_notes.tpl'), `{{- define "zz.notes" -}}\n${notes}\n{{- end -}}\n`);
    writeFileSync(path.join(templates, 'zz-notes.yaml'), 'notes: {{ include "zz.notes" . | toJson }}\n');
    const r = await helmTemplate(major, chart, [valuesFile], [...extraArgs, '--show-only', 'templates/zz-notes.yaml'], kubeVersion);
    if (r.code !== 0) throw new Error(r.stderr);
    return String((parseManifests(r.stdout)[0]?.object as { notes?: string } | undefined)?.notes ?? '');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
