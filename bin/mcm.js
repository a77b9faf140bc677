#!/usr/bin/env node
// Starts mcm. `mcm --version` is answered here, before anything else loads.
//
// Everything else runs the bundled CLI (dist/cli.cjs and the chunks it loads, see scripts/bundle.mjs), each
// file compiled with a V8 code cache: the first run writes the compiled code next to the bundle, or in the
// user's cache folder when the package folder is read-only, and later runs skip most of the compiling.
// A cache that cannot be read or written only costs that time; MCM_CODE_CACHE=off runs the ES modules instead.
// A CommonJS script (bin/package.json says so): Node starts it without its ES module loader, which would
// cost more than the rest of this file.
'use strict';
const { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // V8 optimises a function once it has run a budget of bytecode. A lint of a typical file ends before most of
  // that optimised code is used, and compiling it costs more cpu than it saves; three times the default budget
  // (132 KiB) leaves a typical lint in the faster tiers and still optimises what a large file runs hot.
  require('node:v8').setFlagsFromString('--interrupt-budget=393216');
  loadCli().then(({ run }) => run(args)).then((code) => {
    process.exitCode = code;
  });
}

async function loadCli() {
  const dist = join(__dirname, '..', 'dist');
  if (process.env.MCM_CODE_CACHE !== 'off') {
    const cli = loadScripts(dist);
    if (cli) return cli;
  }
  return import('../dist/cli.js');
}

/** Runs dist/cli.cjs and, on demand, the chunks it requires, as CommonJS-like modules with a code cache. */
function loadScripts(dist) {
  const tag = `${process.version}-${process.arch}`;
  const local = join(dist, '.cache', tag);
  // The user's cache folder is looked up only when the package's own is missing a file or cannot be written.
  let folders;
  const cacheFolders = () => {
    if (!folders) {
      const { homedir } = require('node:os');
      const home = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
      folders = [local, ...(home ? [join(home, 'mcm', 'v8', tag)] : [])];
    }
    return folders;
  };
  const modules = new Map();
  const unsaved = [];
  // Chunks name each other "./chunk-….js", and every file sits in one folder: no path to normalize.
  const isChunk = (id) => id.startsWith('./') && id.endsWith('.js') && !id.includes('/', 2);
  const chunk = (from, id) => `${from}/${id.slice(id.startsWith('./') ? 2 : 0, id.endsWith('.js') ? -3 : id.length)}.cjs`;

  // Every chunk sits in dist/: the functions that resolve what a chunk requires are made once per folder.
  const linkers = new Map();
  const linkerOf = (dir) => {
    let linker = linkers.get(dir);
    if (!linker) {
      const nodeRequire = createRequire(join(dir, 'cli.cjs'));
      linker = {
        // Other files of dist/ (the bundled yaml package, dist/vendor/yaml.cjs) are Node's to load.
        require: Object.assign((id) => (isChunk(id) ? load(chunk(dir, id)) : nodeRequire(id)), { resolve: nodeRequire.resolve, cache: nodeRequire.cache }),
        dynamicImport: (id) => (typeof id === 'string' && isChunk(id) ? Promise.resolve().then(() => load(chunk(dir, id))) : import(id)),
        url: pathToFileURL(dir).href,
      };
      linkers.set(dir, linker);
    }
    return linker;
  };

  // A file holds the functions of several chunks (scripts/bundle.mjs): each runs once, when first required.
  const factories = new Map();
  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    if (!factories.has(file)) runFile(file);
    const factory = factories.get(file);
    if (!factory) throw new Error(`Cannot find ${file}: run "npm run build".`);
    const module = { exports: {} };
    modules.set(file, module);
    const dir = dirname(file);
    const { require, dynamicImport, url } = linkerOf(dir);
    factory(module.exports, require, module, file, dir, `${url}/${encodeURIComponent(file.slice(dir.length + 1))}`, dynamicImport);
    return module.exports;
  };
  const runFile = (file, read = readText(file)) => {
    if (!read) throw new Error(`Cannot read ${file}: run "npm run build".`);
    // The compiled code is valid only for this exact file: its size and time of change name the cache entry.
    const name = `${file.slice(dist.length + 1)}-${read.size}-${Math.trunc(read.mtimeMs)}.bin`;
    const cachedData = readCache(local, cacheFolders, name);
    const script = new Script(read.text, { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) unsaved.push({ script, name });
    const dir = dirname(file);
    for (const [id, factory] of Object.entries(script.runInThisContext())) {
      const path = chunk(dir, id);
      if (!factories.has(path)) factories.set(path, factory);
    }
  };

  // Written on the way out, so that the cache holds every function this run compiled, not only the top level.
  process.once('exit', () => {
    for (const { script, name } of unsaved) writeCache(cacheFolders(), name, script);
  });
  const entry = chunk(dist, 'cli.js');
  const read = readText(entry);
  if (!read) return undefined;
  runFile(entry, read);
  return load(entry);
}

function readText(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const { size, mtimeMs } = fstatSync(fd);
    const buffer = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buffer, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { text: buffer.toString('utf8', 0, at), size, mtimeMs };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readCache(local, cacheFolders, name) {
  try {
    return readFileSync(join(local, name));
  } catch {
    // Not there yet, or not readable: the user's cache folder, or no cache.
  }
  for (const folder of cacheFolders().slice(1)) {
    try {
      return readFileSync(join(folder, name));
    } catch {
      // Not there yet, or not readable: the next folder, or no cache.
    }
  }
  return undefined;
}

function writeCache(folders, name, script) {
  let data;
  try {
    data = script.createCachedData();
  } catch {
    return;
  }
  for (const folder of folders) {
    const temp = join(folder, `.${name}.${process.pid}.tmp`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(temp, data, { flag: 'wx' });
      renameSync(temp, join(folder, name));
      return;
    } catch {
      // A read-only folder, or a file where the folder should be: try the next one.
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written there.
      }
    }
  }
}
