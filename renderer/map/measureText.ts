import { GEOMETRY, type Measure } from './mapLayout';

/** The map's font: the system's sans-serif, as in the rest of the app and in exported files. */
export const MAP_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Measures labels with a canvas, in the font the map draws them in; cached per text. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, isBold) => {
    const key = `${isBold ? 'b' : 'n'}${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    let width = text.length * GEOMETRY.fontSize * 0.6;
    if (context) {
      context.font = `${isBold ? 600 : 400} ${GEOMETRY.fontSize}px ${MAP_FONT}`;
      width = context.measureText(text).width;
    }
    cache.set(key, width);
    return width;
  };
}
