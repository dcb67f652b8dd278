import { pathToFileURL } from 'node:url';
import type { Severity } from '../core/types.js';
import type { RunReport } from './run-report.js';

const SARIF_LEVEL: Record<Severity, 'note' | 'warning' | 'error'> = {
  info: 'note',
  minor: 'warning',
  major: 'warning',
  critical: 'error',
  blocker: 'error',
};

/** Sonar-like severities as the 0–10 `security-severity`-style rank code-scanning UIs sort by. */
const SEVERITY_RANK: Record<Severity, number> = { info: 1, minor: 3, major: 5, critical: 8, blocker: 10 };

/**
 * The report as SARIF 2.1.0: one run, rules with their metadata, results with locations relative to
 * `%SRCROOT%` and stable `partialFingerprints`; skipped and broken files as tool notifications.
 */
export function toSarif(report: RunReport): object {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const rootUri = pathToFileURL(report.root.endsWith('/') ? report.root : `${report.root}/`).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: report.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.message },
              ...(r.note ? { fullDescription: { text: r.note }, help: { text: r.note, markdown: r.note } } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { severity: r.severity, rank: SEVERITY_RANK[r.severity], effortMinutes: r.effortMinutes, language: r.language },
            })),
          },
        },
        automationDetails: { id: `${report.recipe.name}/${report.runId}` },
        originalUriBaseIds: { SRCROOT: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            toolExecutionNotifications: [
              ...report.stats.skipped.map((s) => ({
                level: 'note',
                message: { text: `Skipped (${s.reason})${s.detail ? `: ${s.detail}` : ''}` },
                locations: [artifactLocation(s.path)],
              })),
              ...report.stats.problems.map((p) => ({
                level: 'warning',
                message: { text: `Indexed with a ${p.kind}: ${p.message}` },
                locations: [{ physicalLocation: { ...artifactLocation(p.path).physicalLocation, region: { startLine: p.line, startColumn: p.column } } }],
              })),
            ],
          },
        ],
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' },
                region: {
                  startLine: f.range.start.line,
                  startColumn: f.range.start.column,
                  endLine: f.range.end.line,
                  endColumn: f.range.end.column,
                  snippet: { text: f.snippet },
                },
              },
            },
          ],
          ...(f.fix?.status === 'fixed' && f.fix.replacements && f.fix.replacements.length > 0
            ? {
                fixes: [
                  {
                    description: { text: `Deterministic fix from rule ${f.ruleId}` },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' },
                        replacements: f.fix.replacements.map((r) => ({
                          deletedRegion: { startLine: r.range.start.line, startColumn: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column },
                          insertedContent: { text: r.text },
                        })),
                      },
                    ],
                  },
                ],
              }
            : {}),
          partialFingerprints: { 'refactorFinding/v1': f.id },
          properties: { resolution: f.resolution, ...(f.symbol ? { symbol: f.symbol } : {}), effortMinutes: f.effortMinutes },
        })),
      },
    ],
  };
}

function artifactLocation(path: string) {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: 'SRCROOT' } } };
}
