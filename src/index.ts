/** The programmatic API of mcm. The CLI is a thin layer over it. */
export { lint, type LintOptions } from './core/lint/engine.js';
export { createRuleset, toRuleset, type Ruleset, type RulesetInput } from './core/lint/ruleset.js';
export { resolveRules, findConfigFile, readConfigFile, type Config, type RuleSetting, type ActiveRule } from './core/lint/config.js';
export type { Diagnostic, LintResult, RuleInfo, Severity, SeveritySetting } from './core/lint/diagnostic.js';
export { UserError } from './core/errors.js';
export { defineRule, type Rule, type RuleContext, type RuleDefinition, type Report, type LintStrategy, type Preset } from './core/lint/define-rule.js';
export { renderMessage, messageKey, type MessageCatalogue, type MessageData, type MessageList, type MessagePart, type MessageValue } from './core/lint/messages.js';
export { RuleTester, ruleTester, yaml, type TestCases, type ValidCase, type InvalidCase, type ExpectedDiagnostic, type TestFramework, type RuleTesterOptions } from './core/lint/rule-tester.js';
export { rules, rules as builtinRuleset } from './core/rules/index.js';
export { loadStrategy, type LoadedStrategy } from './core/strategy/load.js';
export { formatters, formatterLoaders, FORMAT_NAMES, type FormatName, type Formatter, type FormatterOptions } from './core/formatters/index.js';
export { renderBrief, type BriefFile, type BriefPart, type BriefResult, type RenderOptions } from './core/brief/render.js';
export { loadTemplates, type TemplateSet, type TemplateSource } from './core/brief/templates.js';
export { buildStrategy, renderStrategy } from './core/init/build-strategy.js';
export type { Answers } from './core/init/answers.js';
export type * from './core/strategy/types.js';
export { STAGES } from './core/strategy/types.js';
export { textLength, measureSms, SMS_SEGMENT } from './core/text/text-length.js';
