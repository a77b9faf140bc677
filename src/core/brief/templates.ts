// The brief templates the core renders; src/cli/templates.ts reads them from their files.

export const TEMPLATE_NAMES = ['overview', 'channel', 'persona'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface TemplateSource {
  text: string;
  /** The file as messages name it. */
  shown: string;
}

export interface TemplateSet {
  templates: Record<TemplateName, TemplateSource>;
  partials: Record<string, TemplateSource>;
}
