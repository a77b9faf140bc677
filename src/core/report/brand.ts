/** The colours and logo of the report: the brand's own where the strategy or an option gives them. */
export interface BrandView {
  /** The brand colour, as given (#rrggbb). */
  color: string;
  /** Text on the brand colour: white or near-black, whichever reads better. */
  onColor: string;
  /** The brand colour darkened until text in it reads on white (WCAG AA, 4.5:1). */
  ink: string;
  /** A data: URI, or null for no logo. */
  logo: string | null;
}

export const DEFAULT_COLOR = '#1f5f8b';
const DARK = '#111111';
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Images a browser shows from a data: URI without running anything (an SVG in an img runs no script). */
const LOGO_URI = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[a-z0-9+/]+={0,2}$/i;

export function isBrandColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value.trim());
}

export function isLogoUri(value: unknown): value is string {
  return typeof value === 'string' && LOGO_URI.test(value);
}

export function brandView(color: string | null, logo: string | null): BrandView {
  const base = normalise(color && isBrandColor(color) ? color : DEFAULT_COLOR);
  const rgb = toRgb(base);
  const onColor = contrast(rgb, [255, 255, 255]) >= contrast(rgb, toRgb(DARK)) ? '#ffffff' : DARK;
  let ink = rgb;
  for (let i = 0; i < 20 && contrast(ink, [255, 255, 255]) < 4.5; i++) ink = ink.map((c) => Math.round(c * 0.85)) as Rgb;
  return { color: base, onColor, ink: toHex(ink), logo: logo && isLogoUri(logo) ? logo : null };
}

type Rgb = [number, number, number];

function normalise(hex: string): string {
  const h = hex.trim().toLowerCase();
  return h.length === 4 ? `#${[...h.slice(1)].map((c) => c + c).join('')}` : h;
}

function toRgb(hex: string): Rgb {
  const n = Number.parseInt(normalise(hex).slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
