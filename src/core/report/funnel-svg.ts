import { shorten } from '../brief/model.js';
import type { ReportModel } from './model.js';
import { xml } from './svg.js';

const WIDTH = 760;
const FUNNEL = 300;
const GAP = 6;
const LINE = 18;
const CHAR = 7.2; // average advance of 13px sans-serif text, for wrapping without measuring

/**
 * The funnel as stages with their channels: one band per stage, narrowing down the funnel, with the
 * channels that serve it written beside it. Drawn by hand: a chart library has no funnel of named lists.
 */
export function funnelSvg(model: ReportModel, name: string): string {
  const { ink } = model.brand;
  const stages = model.funnel;
  const bands = stages.map((stage) => {
    const names = stage.channels.length ? stage.channels.map((c) => shorten(c.title)) : [model.translator.t('funnel.noChannelShort')];
    const lines = wrap(names.join(' · '), Math.floor((WIDTH - FUNNEL - 40) / CHAR));
    return { stage, lines, height: Math.max(52, 20 + lines.length * LINE) };
  });
  const total = bands.reduce((sum, b) => sum + b.height + GAP, 0) - GAP;
  const step = stages.length > 1 ? 0.45 / stages.length : 0;
  let y = 0;
  const parts = bands.map(({ stage, lines, height }, i) => {
    const top = FUNNEL * (1 - step * i);
    const bottom = FUNNEL * (1 - step * (i + 1));
    const x = (w: number) => (FUNNEL - w) / 2;
    const points = [[x(top), y], [x(top) + top, y], [x(bottom) + bottom, y + height], [x(bottom), y + height]].map((p) => p.map((n) => round(n)).join(',')).join(' ');
    const empty = stage.channels.length === 0;
    const shape = `<polygon points="${points}" fill="${empty ? '#eceff3' : ink}"/>`;
    const title = `<text x="${FUNNEL / 2}" y="${round(y + height / 2 + 5)}" text-anchor="middle" font-weight="700" font-size="14" fill="${empty ? '#333333' : '#ffffff'}">${xml(stage.label)}</text>`;
    const first = y + height / 2 - ((lines.length - 1) * LINE) / 2 + 5;
    const text = lines.map((line, j) => `<text x="${FUNNEL + 24}" y="${round(first + j * LINE)}" font-size="13" fill="${empty ? '#5b6472' : '#222222'}">${xml(line)}</text>`).join('');
    y += height + GAP;
    return `<g>${shape}${title}${text}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${round(total)}" viewBox="0 0 ${WIDTH} ${round(total)}" role="img" aria-label="${xml(name)}" focusable="false" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"><title>${xml(name)}</title>${parts.join('')}</svg>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Splits a text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
