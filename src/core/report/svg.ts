import type { TopLevelSpec } from 'vega-lite';

/** XML text and attribute escaping, for SVG written by hand. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}

/**
 * Renders a Vega-Lite spec to an SVG string, in Node and without a browser. The data is inline, so the
 * loader is never asked for anything; Vega's own ARIA marks are off and the picture is one image with a name.
 */
export async function toSvg(spec: TopLevelSpec, name: string): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  // Both libraries print warnings to the console by default; core prints nothing, so they stay quiet.
  const quiet = vega.logger(vega.None);
  const view = new vega.View(vega.parse(compile(spec, { logger: quiet }).spec), { renderer: 'none', logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    return label(svg, name);
  } finally {
    view.finalize();
  }
}

/**
 * Gives an SVG the role of one image with an accessible name and a title. Vega still marks some groups as
 * graphics objects with names of their own; inside one named image those would only be noise, so they go.
 */
export function label(svg: string, name: string): string {
  const inner = svg.replace(/\s(?:role="graphics-[a-z]+"|aria-roledescription="[^"]*"|aria-label="[^"]*"|aria-hidden="true")/g, '');
  return inner.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => `<svg${attributes.replace(/\s+class="[^"]*"/, '')} role="img" aria-label="${xml(name)}" focusable="false"><title>${xml(name)}</title>`);
}
