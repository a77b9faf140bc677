/** The programmatic API of mcm. The CLI is a thin layer over it. */
export { lint, type LintOptions } from './core/lint/engine.js';
export { resolveRules, findConfigFile, readConfigFile, type Config, type RuleSetting, type ActiveRule } from './core/lint/config.js';
export type { Diagnostic, LintResult, Severity, SeveritySetting } from './core/lint/diagnostic.js';
export { UserError } from './core/errors.js';
export { defineRule, type Rule, type RuleContext, type Preset } from './core/lint/define-rule.js';
export { rules } from './core/rules/index.js';
export { formatters, type Formatter, type FormatterOptions } from './core/formatters/index.js';
export { renderBrief, type BriefFile, type BriefPart, type BriefResult, type RenderOptions } from './core/brief/render.js';
export { loadTemplates, type TemplateSet, type TemplateSource } from './core/brief/templates.js';
export { buildStrategy, renderStrategy } from './core/init/build-strategy.js';
export type { Answers } from './core/init/answers.js';
export type * from './core/strategy/types.js';
export { STAGES } from './core/strategy/types.js';
export { textLength, measureSms, SMS_SEGMENT } from './core/text/text-length.js';
