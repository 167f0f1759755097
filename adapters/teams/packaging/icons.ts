// The Teams app icons, drawn in code: a white briefcase on the accent colour (color.png, 192x192) and
// the same briefcase in white on transparent (outline.png, 32x32), as Teams requires.
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
import { encodePng, type Raster } from "./png.ts";

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** The manifest's accentColor (#1F4E79). */
const ACCENT: [number, number, number] = [0x1f, 0x4e, 0x79];

type Shape = (x: number, y: number) => boolean;

/** A briefcase in a unit square (0..1): body, lid line, handle. */
const briefcase: Shape = (x, y) => {
  const inBody = x >= 0.14 && x <= 0.86 && y >= 0.34 && y <= 0.8;
  const inBodyHole = x >= 0.2 && x <= 0.8 && y >= 0.4 && y <= 0.74;
  const lid = x >= 0.14 && x <= 0.86 && y >= 0.5 && y <= 0.55;
  const handle = x >= 0.36 && x <= 0.64 && y >= 0.2 && y <= 0.34 && !(x >= 0.42 && x <= 0.58 && y >= 0.26);
  const clasp = x >= 0.45 && x <= 0.55 && y >= 0.47 && y <= 0.6;
  return (inBody && !inBodyHole) || lid || handle || clasp;
};

/** Draws `shape` with 4x4 supersampling; `paint(coverage)` gives the RGBA of a pixel. */
function draw(
  size: number,
  shape: Shape,
  paint: (coverage: number) => [number, number, number, number],
): Raster {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
        }
      }
      pixels.set(paint(hits / (samples * samples)), (py * size + px) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

/** color.png: full-bleed accent background with a white briefcase. */
export function colorIcon(): Buffer {
  return encodePng(
    draw(COLOR_ICON_SIZE, briefcase, (c) => {
      const mix = (channel: number) => Math.round(channel + (255 - channel) * c);
      return [mix(ACCENT[0]), mix(ACCENT[1]), mix(ACCENT[2]), 255];
    }),
  );
}

/** outline.png: white briefcase on a transparent background (only white and alpha allowed). */
export function outlineIcon(): Buffer {
  return encodePng(draw(OUTLINE_ICON_SIZE, briefcase, (c) => [255, 255, 255, Math.round(255 * c)]));
}
