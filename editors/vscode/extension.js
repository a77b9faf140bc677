// Starts `mcm lsp --stdio` for the YAML files of the workspace; the server answers only for strategies.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function command() {
  const configured = workspace.getConfiguration('mcm').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'mcm.cmd' : 'mcm');
    if (existsSync(local)) return local;
  }
  return 'mcm';
}

exports.activate = async function activate() {
  const config = workspace.getConfiguration('mcm').get('config');
  const run = {
    command: command(),
    args: ['lsp', '--stdio', ...(config ? ['--config', config] : [])],
    options: { cwd: workspace.workspaceFolders?.[0]?.uri.fsPath, shell: process.platform === 'win32' },
  };
  client = new LanguageClient('mcm', 'mcm', { run, debug: run }, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }],
    // A changed .mcmrc.yaml lints the open strategies again.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.mcmrc.{yaml,yml}') },
  });
  await client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
