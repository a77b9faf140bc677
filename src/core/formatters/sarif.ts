import { pathToFileURL } from 'node:url';
import { SARIF_KEYS } from '../i18n/catalogue.js';
import { DOCS_BASE } from '../lint/define-rule.js';
import { interpolate, ruleDescription, type MessageCatalogue } from '../lint/messages.js';
import type { RuleInfo, SeveritySetting } from '../lint/diagnostic.js';
import { relativePath } from './relative-path.js';
import type { Formatter } from './types.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

type Level = (typeof LEVEL)[keyof typeof LEVEL] | 'none';

interface RuleDescriptor {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration?: { level: Level; enabled?: boolean };
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule in `tool.driver.rules` with its documentation,
 * every diagnostic as a result with a region. Columns count UTF-16 code units, as the YAML positions do.
 */
export const sarif: Formatter = (results, { cwd, version, messages }) => {
  // The rules of the rulesets the files were linted with, each once, in the order they were met.
  const rules = new Map<string, RuleInfo>();
  for (const result of results) for (const rule of result.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  const descriptors = [...rules.values()].map((rule) => describeRule(rule, messages));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const ruleIndex = (id: string): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = descriptors.push({ id }) - 1;
      indexOf.set(id, index);
    }
    return index;
  };

  const sarifResults = results.flatMap((result) => {
    const uri = relativePath(result.file, cwd).split('/').map(encodeURIComponent).join('/');
    return result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: ruleIndex(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: SOURCE_ROOT },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      }],
    }));
  });

  const root = pathToFileURL(cwd).href;
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: { name: 'mcm', version, semanticVersion: version, informationUri: new URL('/', DOCS_BASE).href, rules: descriptors },
      },
      originalUriBaseIds: { [SOURCE_ROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A rule's descriptor; under a locale its descriptions are in that language (the id and the help stay as they are). */
function describeRule(rule: RuleInfo, messages?: MessageCatalogue): RuleDescriptor {
  const { recommended, strict } = rule.severity;
  const level = toLevel(recommended === 'off' ? strict : recommended);
  const description = ruleDescription(rule, messages);
  return {
    id: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${defaults(recommended, strict, messages)}` },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl } : {}),
    help: rule.docsUrl === undefined ? { text: rule.description, markdown: rule.description } : {
      text: `${rule.description}\n\nRun "mcm rules ${rule.id}" or read ${rule.docsUrl} for why it matters, with a failing and a passing example.`,
      markdown: `${rule.description}\n\nRun \`mcm rules ${rule.id}\` or read [the ${rule.id} page](${rule.docsUrl}) for why it matters, with a failing and a passing example.`,
    },
    defaultConfiguration: recommended === 'off' ? { level, enabled: false } : { level },
  };
}

function defaults(recommended: SeveritySetting, strict: SeveritySetting, messages?: MessageCatalogue): string {
  const [key, english] = recommended === strict ? SARIF_KEYS.same : SARIF_KEYS.differ;
  const data = { severity: recommended, recommended, strict };
  const translated = messages?.lookup(key);
  if (translated !== undefined && messages?.format) return messages.format(translated, data, messages.locale);
  return interpolate(english, data);
}

function toLevel(severity: SeveritySetting): Level {
  return severity === 'off' ? 'none' : LEVEL[severity];
}
