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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // Chunks require each other by their .js names; bin/mcm.js maps them to the .cjs files.
    writeFileSync(join(dist, basename(file.path).replace(/\.js$/, '.cjs')), code);
  }
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

/** Lints an example once, so that the code cache of the lint path is there before the first real run. */
export function warmCache() {
  spawnSync(process.execPath, [join(root, 'bin', 'mcm.js'), 'lint', join(root, 'examples', 'oil-change.yaml'), '--format', 'json'], { stdio: 'ignore' });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await bundle();
  warmCache();
}
