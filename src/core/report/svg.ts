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
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return label(svg, name);
  } finally {
    view.finalize();
  }
}

/** Gives an SVG the role of one image with an accessible name and a title. */
export function label(svg: string, name: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => `<svg${attributes.replace(/\s+class="[^"]*"/, '')} role="img" aria-label="${xml(name)}" focusable="false"><title>${xml(name)}</title>`);
}
