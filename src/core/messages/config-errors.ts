// The sentences of errors about configuration files (.mcmrc.yaml, --config, extends, plugins, declarative rules) and how they are found, in English, keyed "config.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
// Positions ({at}: file:line:column), file names, keys, rule ids and code examples are values: they stay as written.
import { tableError, type MessageRef, type MessageRefValues, type UserError } from '../errors.js';

export const CONFIG_ERRORS = {
  // Reading the file.
  'config.cannotRead': 'Cannot read the configuration file {file}: {detail}',
  'config.yaml': '{at}: the configuration is not valid YAML: {why}.',
  'config.yaml.secondDocument': 'a second YAML document ("---"): a configuration is one document',
  'config.yaml.tab': 'a tab indents this line: YAML indents with spaces only',
  'config.duplicateKey': '{at}: the key "{key}" appears twice in the configuration: keep one.',
  'config.aliases': '{file}: the configuration uses aliases (*name) that expand too far: write the values out.',
  'config.json': '{file}: the configuration is not valid JSON: {detail}.',
  'config.module': '{file}: the configuration module failed to load: {detail}',
  // Its shape.
  'config.notMapping': '{source}: the configuration must be a mapping with "extends" and "rules".',
  'config.unknownKey': '{source}: unknown key "{key}": a configuration has "extends" and "rules" (and "root: true" at the top of a project).',
  'config.unknownKeyLike': '{source}: unknown key "{key}"; did you mean "{like}"?',
  'config.root': '{source}: "root" must be true or false, got {value}.',
  'config.extendsList': '{source}: "extends" lists presets ({presets}), files (./base.mcmrc.yaml) or packages named mcm-config-*, got {value}.',
  'config.extendsOne': '{source}: "extends" must be one of {presets}, got {value}.',
  'config.pluginsMapping': '{source}: "plugins" must be a mapping of namespaces to modules, such as {example}.',
  'config.pluginNamespace': '{source}: plugins: the namespace "{namespace}" must be kebab-case, such as "acme".',
  'config.pluginModule': '{source}: plugins.{namespace} must name a module: a file (./rules/{namespace}.js) or a package named mcm-plugin-*.',
  'config.overridesList': '{source}: "overrides" must be a list of {example}.',
  'config.overrideMapping': '{source}: overrides[{index}] must be a mapping with "files" and "rules".',
  'config.overrideKey': '{source}: overrides[{index}]: unknown key "{key}" (an override has "files" and "rules").',
  'config.overrideFiles': '{source}: overrides[{index}].files must be a list of globs relative to the configuration, such as {example}.',
  'config.overrideRules': '{source}: overrides[{index}].rules must be a mapping of rule ids to severities.',
  'config.defineMapping': '{source}: "define" must be a mapping of rule ids (acme/my-rule) to rules.',
  'config.rulesMapping': '{source}: "rules" must be a mapping of rule ids to severities.',
  // Its rules and their settings.
  'config.source': 'configuration',
  'config.ruleNamespace': '{source}: rule "{id}": no plugin or defined rule has the namespace "{namespace}"; name the plugin under "plugins:" ({namespace}: ./rules/{namespace}.js).',
  'config.ruleWithoutNamespace': '{source}: unknown rule "{id}": a plugin\'s rule is named with its namespace: "{namespaced}".',
  'config.unknownRule': '{source}: unknown rule "{id}" (run "mcm rules" for the list).',
  'config.unknownRuleLike': '{source}: unknown rule "{id}"; did you mean "{like}"?',
  'config.severity': '{source}: rule "{id}": the severity must be off, info, warning or error, got {value}.',
  'config.severityFlag': '--rule {id}: the severity must be off, info, warning or error, got {value}.',
  'config.optionsMapping': '{source}: the options of rule "{id}" must be a mapping.',
  'config.noOptions': '{source}: rule "{id}" takes no options.',
  'config.option': '{source}: rule "{id}": option "{option}" {detail}.',
  'config.options': '{source}: rule "{id}": options {detail}.',
  'config.optionsInvalid': 'are not valid',
  // What it extends.
  'config.extendsCycle': '{file}: "extends" makes a cycle: {chain}.',
  'config.extendsMissing': '{source}: "extends" names {entry}, which does not exist (looked for {target}).',
  'config.extendsNotInstalled': '{source}: "extends" names the package {entry}, which is not installed: run "npm install --save-dev {entry}".',
  'config.extendsEntry': '{source}: "extends" must list presets ({presets}), files (./base.mcmrc.yaml) or packages named mcm-config-*, got {value}.',
  // Its plugins ({where} is "<file>: plugins.<namespace>").
  'config.plugin.missing': '{where}: cannot find {spec} (looked for {target}).',
  'config.plugin.notInstalled': '{where}: the package {spec} is not installed: run "npm install --save-dev {spec}".',
  'config.plugin.spec': '{where}: a plugin is a file (./rules/{namespace}.js) or a package named mcm-plugin-*, got {value}.',
  'config.plugin.noDefault': '{where}: the module has no default export; a plugin exports default {shape}.',
  'config.plugin.noMeta': '{where}: the plugin has no "meta" with a "name"; a plugin exports default {shape}.',
  'config.plugin.docsUrl': '{where}: the plugin\'s "meta.docsUrl" must be a URL written as text.',
  'config.plugin.noRules': '{where}: the plugin "{name}" has no "rules"; a plugin exports default {shape}.',
  'config.plugin.ruleId': '{where}: the rule id "{rule}" is not kebab-case (the namespace is added: write "utm-on-every-link", not "acme/utm-on-every-link").',
  'config.plugin.notRule': '{where}: rules.{rule} is not a rule: write it with {example}.',
  'config.plugin.ruleInvalid': '{where}: rules.{rule}: {detail}',
  // Its defined rules (define:).
  'config.define.pluginHas': '{source}: define "{id}": the plugin "{namespace}" already has a rule with this id.',
  'config.define.namespace': '{source}: define "{id}": a defined rule\'s id needs a namespace, such as "{example}".',
  'config.define.mapping': '{source}: define "{id}": must be a mapping with description, given, then and message.',
  'config.define.unknownKey': '{source}: define "{id}": unknown key "{key}" (a defined rule has {keys}).',
  'config.define.text': '{source}: define "{id}": "{key}" must be a non-empty text.',
  'config.define.field': '{source}: define "{id}": "field" must be a key name.',
  'config.define.severity': '{source}: define "{id}": "severity" must be off, info, warning or error, got {value}.',
  'config.define.givenStart': '{source}: define "{id}": "given" must be a JSONPath starting with "$", such as "$.channels[*]".',
  'config.define.givenInvalid': '{source}: define "{id}": "given" is not a JSONPath this can read: {detail}.',
  'config.define.then': '{source}: define "{id}": "then" must be a mapping such as {example}.',
  'config.define.function': '{source}: define "{id}": "then.function" must be one of {functions}, got {value}.',
  'config.define.option': '{source}: define "{id}": "then.{key}" is not an option of {function} (it takes {options}).',
  'config.define.noOption': '{source}: define "{id}": "then.{key}" is not an option of {function} (it takes none).',
  'config.define.containsValue': '{source}: define "{id}": contains needs "then.value", the value that must be among the results.',
  'config.define.patternMatch': '{source}: define "{id}": pattern needs "then.match" or "then.notMatch", a regular expression.',
  'config.define.regexText': '{source}: define "{id}": "then.{key}" must be a regular expression written as text.',
  'config.define.regexInvalid': '{source}: define "{id}": "then.{key}" is not a regular expression: {detail}.',
  'config.define.enumerationValues': '{source}: define "{id}": enumeration needs "then.values", a list of the allowed values.',
  'config.define.number': '{source}: define "{id}": "then.{key}" must be a number.',
  'config.define.lengthBounds': '{source}: define "{id}": length needs "then.min" or "then.max".',
  'config.define.schemaMissing': '{source}: define "{id}": schema needs "then.schema", a JSON Schema.',
  'config.define.schemaInvalid': '{source}: define "{id}": "then.schema" is not a JSON Schema: {detail}.',
  // mcm lint --debug: which configuration applies to a file (after "mcm: ").
  'config.debug.file': '{file}: configuration {config}',
  'config.debug.none': '{file}: configuration none (the recommended rules)',
} as const satisfies Record<`config.${string}`, string>;

export type ConfigErrorKey = keyof typeof CONFIG_ERRORS;

/** A UserError with its English sentence from the table above. */
export function configError(messageId: ConfigErrorKey, values?: MessageRefValues): UserError {
  return tableError(CONFIG_ERRORS, messageId, values);
}

/** A sentence of the table above as a value of another (a reason inside an error, a name of the source). */
export function configRef(messageId: ConfigErrorKey, values?: MessageRefValues): MessageRef {
  return { messageId, ...(values ? { values } : {}) };
}
