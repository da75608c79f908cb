// The text Helm signs in a chart's .prov file: the chart metadata as YAML with sorted keys (as
// helm writes it), the YAML end marker `...` (a `---` line would end the clear-signed text for
// some readers), then `files:` with the archive's name and sha256. `helm verify` checks the
// signature over this text, then the archive's sha256 against `files:`; nothing else in it.
import YAML from 'yaml';

export function provenanceBody(chartYaml: string, archiveName: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  const meta = YAML.stringify(YAML.parse(chartYaml), { sortMapEntries: true, lineWidth: 0 });
  // Helm splits the text at the first "\n...\n": the metadata must not contain one.
  if (meta.includes('\n...\n')) throw new Error('Chart.yaml metadata contains a "..." line; helm could not read the provenance');
  return `${meta}\n...\n${YAML.stringify({ files: { [archiveName]: `sha256:${sha256}` } })}`;
}

/** The signed text of a clear-signed document, dash-escaping undone (RFC 4880, 7.1). */
export function clearSignedText(prov: string): string {
  const m = /^-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n-----BEGIN PGP SIGNATURE-----/.exec(prov);
  if (!m) throw new Error('not a clear-signed document');
  return m[1]!
    .split(/\r?\n/)
    .map((line) => line.replace(/^- /, ''))
    .join('\n');
}

/** What a .prov says: the chart metadata and the archive hashes (`name.tgz` -> `sha256:<hex>`). */
export function readProvenance(prov: string): { metadata: Record<string, unknown>; files: Record<string, string> } {
  const text = clearSignedText(prov);
  const at = text.indexOf('\n...\n');
  if (at < 0) throw new Error('provenance has no "..." line between the metadata and the files');
  const metadata = YAML.parse(text.slice(0, at)) as Record<string, unknown>;
  const files = (YAML.parse(text.slice(at + 5)) as { files?: Record<string, string> } | null)?.files ?? {};
  return { metadata, files };
}
