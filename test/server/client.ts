import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;

/** A language client that starts `mcm lsp --stdio` and speaks the protocol over the child's streams. */
export class Client {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private readonly waiting = new Map<string, { version?: number; resolve: (d: Diagnostic[]) => void }[]>();
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';

  constructor(cwd: string, args: string[] = []) {
    this.child = spawn(process.execPath, [bin, 'lsp', '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      const list = this.waiting.get(params.uri) ?? [];
      const ready = list.filter((w) => w.version === undefined || w.version === params.version);
      this.waiting.set(params.uri, list.filter((w) => !ready.includes(w)));
      for (const w of ready) w.resolve(params.diagnostics);
    });
    this.connection.listen();
  }

  /** The next diagnostics published for a document (of that version, when given). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const list = this.waiting.get(uri) ?? [];
      list.push({ version, resolve });
      this.waiting.set(uri, list);
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown, then exit: resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', (code) => resolve(code)));
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
