// Bundles the CLI and the programmatic API into a few files in dist/ (`npm run build` runs it; tsc then writes
// the type declarations next to them). Every module loaded with `await import(...)` becomes a chunk of its
// own, loaded only when the command that needs it runs: a new command needs nothing here.
//
// Two sets of files, built from the same sources:
// - dist/*.js: ES modules. dist/index.js is the package's API; dist/cli.js exports `run`.
// - dist/*.cjs: the CLI again, as scripts that bin/mcm.js compiles with a V8 code cache (Node 20 has no
//   compile cache for ES modules). `import()` becomes `__mcmImport()`, `import.meta.url` becomes
//   `__mcmUrl`: bin/mcm.js provides both.
//
// Every output file sits directly in dist/, so a path a module builds from its own place
// (`new URL('../../package.json', import.meta.url)` in src/cli/run.ts) is rewritten to start from dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');

/** The API, the CLI, and the worker thread that lints files for the CLI. */
const ENTRIES = { index: 'src/index.ts', cli: 'src/cli/run.ts', 'lint-worker': 'src/cli/lint-worker.ts' };
/** The entries bin/mcm.js runs as scripts. */
const SCRIPT_ENTRIES = ['cli'];

// Packages small and plain enough to be bundled: they load on every `mcm lint`. Every other package stays an
// import from node_modules, loaded only by the command that needs it (Handlebars, Inquirer, the yaml package).
const BUNDLED = new Set(['commander', 'js-yaml', 'tinyglobby', 'fdir', 'picomatch']);
// Single files of larger packages: the runtime helpers of the generated strategy validator.
const BUNDLED_FILES = new Set(['ajv/dist/runtime/ucs2length.js', 'ajv-formats/dist/formats.js']);

/** A module's `new URL('../…', import.meta.url)` paths, made relative to dist/. */
function fromDistPaths(file, source) {
  return source.replace(/new URL\((['"`])((?:\.\.\/)+)/g, (_, quote, ups) => {
    const path = relative(dist, resolve(dirname(file), ups)).split('\\').join('/');
    return `new URL(${quote}${path ? `${path}/` : './'}`;
  });
}

const fromDist = {
  name: 'paths-from-dist',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({ contents: fromDistPaths(args.path, readFileSync(args.path, 'utf8')), loader: 'ts' }));
  },
};

const externalPackages = {
  name: 'external-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.has(name) || BUNDLED_FILES.has(args.path) ? undefined : { external: true };
    });
  },
};

// commander requires node:child_process at its top for subcommands run as separate programs, which mcm has
// none of: the module (and node:net, node:dgram with it) loads only if spawn is ever called.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) return undefined;
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

// The yaml package reads process.env at every token it parses (a debugging switch), which costs a fifth of
// its parsing time; it is bundled into one file of dist/ without that switch, and loaded from there.
const YAML_FILE = 'vendor/yaml.cjs';
const yamlWithoutDebugSwitch = {
  name: 'yaml-without-debug-switch',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replace(/\bnode_process\.env\.LOG_(?:TOKENS|STREAM)\b/g, 'false'), loader: 'js' };
    });
  },
};
const yamlFromDist = {
  name: 'yaml-from-dist',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^yaml$/ }, () => ({ path: `./${YAML_FILE}`, external: true }));
    // The modules that load it on demand, with require('yaml'), load the bundled file too.
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes("require('yaml')")) return undefined;
      return { contents: fromDistPaths(args.path, source).replaceAll("require('yaml')", `require('./${YAML_FILE}')`), loader: 'ts' };
    });
  },
};

const common = {
  absWorkingDir: root,
  outdir: dist,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlFromDist, fromDist, externalPackages, lazyChildProcess],
};

export async function bundle() {
  // dist/ is generated: files of modules that no longer exist must not linger in it.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const modules = await build({
    ...common,
    entryPoints: ENTRIES,
    // Bundled CommonJS packages (commander) call require() for Node's own modules.
    banner: { js: "import { createRequire as __mcmCreateRequire } from 'node:module'; const require = __mcmCreateRequire(import.meta.url);" },
    metafile: true,
  });

  const scripts = await build({
    ...common,
    entryPoints: Object.fromEntries(SCRIPT_ENTRIES.map((name) => [name, ENTRIES[name]])),
    write: false,
  });
  const codes = new Map();
  for (const file of scripts.outputFiles) {
    // Scripts have no import() of their own: bin/mcm.js loads chunks itself and imports anything else.
    const source = file.text.replace(/(?<![.\w$])import\(/g, '__mcmImport(');
    const { code } = await transform(source, {
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      define: { 'import.meta.url': '__mcmUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
      logLevel: 'warning',
    });
    codes.set(basename(file.path), code);
  }
  for (const [name, code] of packScripts(codes)) writeFileSync(join(dist, name), code);
  await build({
    entryPoints: { [YAML_FILE.replace(/\.cjs$/, '')]: 'yaml' },
    absWorkingDir: root,
    outdir: dist,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [yamlWithoutDebugSwitch],
  });
  // The code cache bin/mcm.js keeps is machine-specific: it is written on first use, never shipped.
  writeFileSync(join(dist, '.npmignore'), '.cache/\n');
  return modules;
}

// A module that is loaded with import() has its own file, which holds it and every chunk it requires that the CLI
// has not loaded already (each chunk of esbuild's is a few hundred bytes to a few hundred kilobytes): one file read
// and one code cache per command instead of one per chunk, some forty for mcm lint. A chunk may be in several
// files; bin/mcm.js runs each chunk once, from the first file that brings it.

/** The files bin/mcm.js loads: for cli.js and each module loaded with import(), an object of module functions by chunk name. */
function packScripts(codes) {
  const requires = (name) => [...codes.get(name).matchAll(/\brequire\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]);
  const imports = (name) => [...codes.get(name).matchAll(/\b__mcmImport\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]);
  const closure = (names, into = new Set()) => {
    for (const name of names) {
      if (into.has(name)) continue;
      into.add(name);
      closure(requires(name), into);
    }
    return into;
  };
  const always = closure(['cli.js']);
  const entries = new Set(['cli.js', ...[...codes.keys()].flatMap(imports)].filter((name) => codes.has(name)));
  const packs = [];
  for (const entry of entries) {
    // A module the CLI itself requires is loaded with it: no file of its own.
    if (entry !== 'cli.js' && always.has(entry)) continue;
    const members = [...closure([entry])].filter((name) => entry === 'cli.js' || !always.has(name));
    const body = members.map((name) => `${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname, __mcmUrl, __mcmImport) {"use strict";${codes.get(name)}\n}`);
    packs.push([entry.replace(/\.js$/, '.cjs'), ascii(`({\n${body.join(',\n')}\n})\n`)]);
  }
  return packs;
}

/**
 * The code with every character outside ASCII written as a \u escape. esbuild leaves a few in comments, regular
 * expressions and String.raw patterns, where the escape means the same character (String.raw only builds
 * regular expressions here); a file of ASCII only is read into a string of one byte per character, twice as fast.
 */
function ascii(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Lints the examples once, in the default format, so that the code cache of the lint path is there before the
 * first real run. The cache holds what that run compiled: every example, so that it holds most rules' code.
 */
export function warmCache() {
  const examples = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => join(root, 'examples', name));
  spawnSync(process.execPath, [join(root, 'bin', 'mcm.js'), 'lint', ...examples], { stdio: 'ignore' });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await bundle();
  warmCache();
}
