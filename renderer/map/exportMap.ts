/**
 * The map as a standalone picture: the SVG on screen, copied with every style written inline
 * (no stylesheet, no CSS variables, the system sans-serif), without focus rings or anything
 * interactive, at scale 1 with the whole map in view; and the same drawn at twice the size as PNG.
 */
import type { Box } from './mapLayout';
import { MAP_FONT } from './measureText';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 24;
const HEADING = 40;
const SHAPE_STYLES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity'];
const TEXT_STYLES = [...SHAPE_STYLES, 'font-size', 'font-weight', 'font-style'];
const DROPPED_ATTRIBUTES = /^(class|tabindex|role|aria-.*|data-.*|style)$/;

export interface MapPicture {
  markup: string;
  width: number;
  height: number;
}

/** Serialises the live map `svg` (its pan-and-zoom group marked data-map-viewport) as a standalone SVG file. */
export function mapToSvg(svg: SVGSVGElement, bounds: Box, heading: string): MapPicture {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const viewport = clone.querySelector('[data-map-viewport]');
  const live = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  live.forEach((element, i) => {
    const copy = copies[i];
    if (!copy || element.tagName === 'title') return;
    const computed = getComputedStyle(element);
    const names = element.tagName === 'text' || element.tagName === 'tspan' ? TEXT_STYLES : SHAPE_STYLES;
    const style = names.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    copy.setAttribute('style', style);
  });
  for (const skipped of clone.querySelectorAll('[data-export="skip"]')) skipped.remove();
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (DROPPED_ATTRIBUTES.test(attribute.name) && !(attribute.name === 'style' && element !== clone)) element.removeAttribute(attribute.name);
    }
  }

  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING + HEADING);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', MAP_FONT);
  clone.setAttribute('style', `font-family:${MAP_FONT};background:#ffffff`);
  viewport?.setAttribute('transform', `translate(${PADDING - bounds.x},${PADDING + HEADING - bounds.y})`);

  const doc = clone.ownerDocument;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = heading;
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['width', '100%'], ['height', '100%'], ['fill', '#ffffff']]) background.setAttribute(name!, value!);
  const text = doc.createElementNS(SVG_NS, 'text');
  for (const [name, value] of [['x', String(PADDING)], ['y', String(PADDING + 12)], ['font-size', '17'], ['font-weight', '700'], ['fill', '#1d2330']]) {
    text.setAttribute(name!, value!);
  }
  text.textContent = heading;
  clone.prepend(title, background, text);
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { markup, width, height };
}

/** Draws an SVG picture on a canvas at `scale` (2 unless the canvas would be too large) and returns PNG bytes. */
export async function svgToPng(picture: MapPicture, scale = 2): Promise<Uint8Array> {
  const factor = Math.max(0.25, Math.min(scale, 16000 / picture.width, 16000 / picture.height));
  const url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The map could not be drawn as a picture.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * factor);
    canvas.height = Math.round(picture.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the map as a PNG.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(factor, factor);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
