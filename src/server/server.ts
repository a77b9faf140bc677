import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, CompletionItemKind, createConnection, DiagnosticSeverity, MarkupKind, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic as LspDiagnostic, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Diagnostic, type MessageCatalogue } from '../index.js';
import { candidates } from './complete.js';
import { ConfigResolver } from './config.js';
import { definitionOf } from './definition.js';
import { StrategyDocument } from './document.js';
import { hoverText } from './hover.js';

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The folder to look for a configuration from when a document is not a file. */
  cwd: string;
  /** A configuration file that applies to every document, as `mcm lint --config` gives it. */
  config?: string;
  /** A document is linted at most once in this many milliseconds while it changes. */
  debounce?: number;
  /** The mcm version, for the client's logs. */
  version: string;
  /** The messages of a document's language (none: English), given its text and the editor's language. */
  messagesFor?: (text: string, editorLocale?: string) => MessageCatalogue | undefined;
  /** A configuration that could not be read, as the line shown at the top of the document, in its language. */
  problemText?: (error: unknown, text: string, editorLocale?: string) => string;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
// A YAML document is a strategy when it says so: the format version key, or the strategy schema's modeline.
const STRATEGY = /^mcm\s*:|^#\s*yaml-language-server:\s*\$schema=\S*strategy\.schema\.json/m;

interface Linted {
  version: number;
  text: string;
  diagnostics: Diagnostic[];
}

/** Starts the language server on the given streams. The connection ends the process on the client's exit notification. */
export function startServer(options: ServerOptions): Connection {
  const connection = createConnection(options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const resolver = new ConfigResolver(options.cwd, options.config);
  const linted = new Map<string, Linted>();
  const parsed = new Map<string, { version: number; doc: StrategyDocument }>();
  const timers = new Map<string, { timer: NodeJS.Timeout; due: number }>();
  const lastRun = new Map<string, number>();
  const debounce = options.debounce ?? 50;

  const strategyOf = (document: TextDocument): StrategyDocument => {
    const cached = parsed.get(document.uri);
    if (cached?.version === document.version) return cached.doc;
    const doc = new StrategyDocument(document.getText());
    parsed.set(document.uri, { version: document.version, doc });
    return doc;
  };

  const validate = (document: TextDocument) => {
    timers.delete(document.uri);
    lastRun.set(document.uri, Date.now());
    const text = document.getText();
    if (!STRATEGY.test(text)) {
      linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    const path = filePath(document.uri);
    const resolved = resolver.forFile(path);
    const messages = options.messagesFor?.(text, editorLocale);
    const result = lint(text, { file: path ?? document.uri, activeRules: resolved.activeRules, ...(messages ? { messages } : {}) });
    linted.set(document.uri, { version: document.version, text, diagnostics: result.diagnostics });
    const diagnostics = result.diagnostics.map(toLsp);
    if (resolved.problem) {
      diagnostics.unshift({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'mcm', code: 'config', message: options.problemText?.(resolved.error, text, editorLocale) ?? `${resolved.problem} (the recommended rules run until it is fixed)` });
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  // A change lints at once when the file has not been linted in the last `debounce` milliseconds; otherwise
  // once that time is up, with the text as it is then. Typing never queues up lint runs, and no change waits
  // longer than `debounce` plus one lint.
  const schedule = (document: TextDocument) => {
    if (timers.has(document.uri)) return;
    const wait = Math.max(0, (lastRun.get(document.uri) ?? -Infinity) + debounce - Date.now());
    const timer = setTimeout(() => {
      const current = documents.get(document.uri);
      if (current) validate(current);
      else timers.delete(document.uri);
    }, wait);
    timers.set(document.uri, { timer, due: Date.now() + wait });
  };

  let editorLocale: string | undefined;
  connection.onInitialize((params): InitializeResult => {
    editorLocale = params.locale;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '['] },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'mcm', version: options.version },
    };
  });

  // Opening a document counts as its first change.
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    const pending = timers.get(document.uri);
    if (pending) clearTimeout(pending.timer);
    for (const map of [timers, lastRun, linted, parsed]) map.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // A configuration file changed: lint every open strategy again.
  connection.onDidChangeWatchedFiles(() => {
    for (const document of documents.all()) validate(document);
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !STRATEGY.test(document.getText())) return null;
    const doc = strategyOf(document);
    const place = doc.placeAt(document.offsetAt(position));
    const text = place && hoverText(doc, place);
    if (!place || !text) return null;
    return { contents: { kind: MarkupKind.Markdown, value: text }, range: { start: document.positionAt(place.start), end: document.positionAt(place.end) } };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !STRATEGY.test(document.getText())) return [];
    const doc = strategyOf(document);
    const offset = document.offsetAt(position);
    const place = doc.placeAt(offset);
    if (!place) return [];
    // Replace the word typed so far; a quoted value keeps its quotes.
    const quoted = /^["']/.test(place.word);
    const start = quoted ? place.start + 1 : place.start;
    const end = quoted ? Math.max(start, place.end - 1) : place.end;
    const range = { start: document.positionAt(start), end: document.positionAt(Math.max(end, start)) };
    return candidates(doc, place).map((c, i) => ({
      label: c.label,
      kind: c.kind === 'reference' ? CompletionItemKind.Reference : CompletionItemKind.Value,
      sortText: String(i).padStart(4, '0'),
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.documentation ? { documentation: c.documentation } : {}),
      textEdit: { range, newText: c.label },
    }));
  });

  connection.onDefinition(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !STRATEGY.test(document.getText())) return null;
    const doc = strategyOf(document);
    const place = doc.placeAt(document.offsetAt(position));
    const target = place && definitionOf(doc, place);
    if (!target) return null;
    return { uri: document.uri, range: { start: document.positionAt(target[0]), end: document.positionAt(target[1]) } };
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    const last = document && linted.get(document.uri);
    if (!document || !last || last.version !== document.version) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const actions: CodeAction[] = [];
    for (const d of last.diagnostics) {
      const start = document.offsetAt({ line: d.line - 1, character: d.column - 1 });
      const end = document.offsetAt({ line: d.endLine - 1, character: d.endColumn - 1 });
      if (end < from || start > to) continue;
      const edits = [
        ...(d.fix ? [{ title: d.fix.desc ?? `Fix: ${d.message}`, fix: d.fix, preferred: true }] : []),
        ...(d.suggestions ?? []).map((s) => ({ title: s.desc, fix: s, preferred: false })),
      ];
      for (const { title, fix, preferred } of edits) {
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLsp(d)],
          ...(preferred ? { isPreferred: true } : {}),
          edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text }] } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function toLsp(d: Diagnostic): LspDiagnostic {
  return {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: SEVERITY[d.severity],
    source: 'mcm',
    code: d.ruleId,
    ...(d.docsUrl ? { codeDescription: { href: d.docsUrl } } : {}),
    message: d.message,
  };
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
