import type { Core } from 'cytoscape';

/**
 * The fields of Cytoscape's canvas renderer (3.34) this module sets: its options have no setters,
 * and it has no API for drawing a picture outside its own gestures.
 */
interface CanvasRendererInternals {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  /** Drawing with WebGL (renderer: { name: 'canvas', webgl: true }), which has its own way of drawing. */
  webgl?: boolean;
  /** How many times the screen's resolution the picture is drawn at: Cytoscape makes it 2 on a screen of pixel ratio 1. */
  textureMult: number;
  TEXTURE_BUFFER: number;
  canvasWidth: number;
  canvasHeight: number;
  NODE: number;
  /** wheelZooming: the picture is drawn instead of the graph, until Cytoscape's wheel handler or this module clears it. */
  data: { bufferCanvases: HTMLCanvasElement[]; canvases: HTMLCanvasElement[]; wheelZooming?: boolean };
  /** The picture and the viewport it was drawn at; Cytoscape draws one when there is none, and drops it after the movement. */
  textureCache: TextureCache | null | undefined;
  /** The viewport of the last frame drawn. */
  prevViewport: { zoom: number; pan: { x: number; y: number } } | undefined;
  matchCanvasSize(container: HTMLElement): void;
  render(options?: { forcedContext?: unknown }): void;
  /** Cytoscape's own gestures, during which it draws the picture (with wheelZooming). */
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData: { dragging?: boolean };
  redrawHint(group: 'eles', dirty: boolean): void;
  redraw(): void;
}

interface TextureCache {
  texture: HTMLCanvasElement;
  viewport: { zoom: number; pan: { x: number; y: number }; width: number; height: number; mpan: { x: number; y: number } };
}

/** Viewport changes closer together than this, or in consecutive frames, are one movement (an animation, a scripted pan). */
const MOVEMENT_GAP_MS = 250;
/**
 * As Cytoscape's wheel zoom: the graph is drawn properly again once the viewport has been still this
 * long, and for two frames: on a busy machine an animation's frames can be further apart than this.
 */
const SETTLE_MS = 150;
const STILL_FRAMES = 2;

/** Whether the graph view moves a picture of a very large graph instead of drawing it in every frame. */
export interface ViewportPicture {
  setActive(on: boolean): void;
}

/**
 * While the viewport of a very large graph moves, Cytoscape moves a picture of its nodes instead of
 * drawing them again in every frame, and draws them properly once the movement stops; `onMoving`
 * hears when a movement starts and stops, for the edge layer to do the same. A full draw of 10,000
 * nodes costs 50–200 ms on this project's 2-core machine (bench:web), however small they are on
 * screen; moving the picture costs one image a frame.
 *
 * Cytoscape does this itself (textureOnViewport) only during the reader's drag, wheel and pinch;
 * this also does it during animations and scripted pans (a fit, centring on a node), from the second
 * viewport change of a movement: a single jump, such as the fit after a replace, is drawn properly at
 * once. The picture is the screen's resolution, a copy of the frame on screen (pictureFromScreen):
 * on a screen of pixel ratio 1 Cytoscape drew it at twice that, drawing every node's image again at
 * a new scale at the start of the first gesture, a freeze of 1–3 s at 10,000 nodes (bench:web). A
 * graph of ordinary size keeps being drawn properly in every frame.
 */
export function createViewportPicture(cy: Core, onMoving: (moving: boolean) => void = () => undefined): ViewportPicture {
  const renderer = (cy as unknown as { renderer(): Partial<CanvasRendererInternals> | undefined }).renderer();
  // headless, WebGL (its node canvas is no 2D picture to copy), or a renderer without these fields
  if (!renderer || renderer.webgl || !('textureOnViewport' in renderer) || typeof renderer.matchCanvasSize !== 'function') return { setActive: () => undefined };
  const internals = renderer as CanvasRendererInternals;
  drawPictureAtScreenResolution(internals);

  let active = false;
  let moving = false;
  let lastChange = -Infinity;
  /** Frames drawn since the last change, while they are being counted. */
  let stillFrames = 0;
  let counting = false;
  const render = internals.render.bind(internals);
  internals.render = (options) => {
    // Cytoscape's own test for drawing the picture instead of the graph
    const picture = internals.pinching || internals.hoverData.dragging || internals.swipePanning || internals.data.wheelZooming;
    if (active && picture && !options?.forcedContext) pictureFromScreen(internals);
    render(options);
  };
  const stop = (): void => {
    moving = false;
    internals.data.wheelZooming = false;
    internals.redrawHint('eles', true);
    internals.redraw();
    onMoving(false);
  };
  const countFrame = (): void => {
    stillFrames += 1;
    if (stillFrames >= STILL_FRAMES && performance.now() - lastChange >= SETTLE_MS) {
      counting = false;
      if (moving) stop();
      return;
    }
    requestAnimationFrame(countFrame);
  };
  cy.on('viewport', () => {
    if (!active) return;
    const now = performance.now();
    const continues = counting && (stillFrames <= 1 || now - lastChange < MOVEMENT_GAP_MS);
    lastChange = now;
    stillFrames = 0;
    if (!counting) {
      counting = true;
      requestAnimationFrame(countFrame);
    }
    if (!continues) return;
    // the flag of Cytoscape's own wheel zoom; set at each change, since its wheel handler clears it on its own clock
    internals.data.wheelZooming = true;
    if (!moving) {
      moving = true;
      onMoving(true);
    }
  });
  return {
    setActive(on) {
      active = on;
      internals.textureOnViewport = on;
      // the few edges Cytoscape draws in such a graph (a hub's expansion; the rest are the edge layer's) wait for the stop
      internals.hideEdgesOnViewport = on;
      if (!on && moving) stop();
    },
  };
}

/**
 * Gives Cytoscape, for the picture it is about to draw, a copy of its node canvas as the last frame
 * left it: the same picture, since it is drawn at the screen's resolution, for one copied image
 * instead of a draw of every node (100–300 ms at 10,000 nodes under load, bench:web) at the start of
 * every movement. Called before Cytoscape draws a frame of a movement; it keeps the picture until the
 * movement stops.
 */
function pictureFromScreen(internals: CanvasRendererInternals): void {
  const shown = internals.prevViewport;
  const screen = internals.data.canvases[internals.NODE];
  const texture = internals.data.bufferCanvases[internals.TEXTURE_BUFFER];
  if (internals.textureCache || !shown || !screen || !texture || internals.textureMult !== 1) return;
  if (texture.width !== screen.width || texture.height !== screen.height) return;
  const context = texture.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, texture.width, texture.height);
  context.drawImage(screen, 0, 0);
  const { zoom, pan } = shown;
  internals.textureCache = {
    texture,
    viewport: { zoom, pan: { ...pan }, width: internals.canvasWidth, height: internals.canvasHeight, mpan: { x: -pan.x / zoom, y: -pan.y / zoom } },
  };
}

// Cytoscape sizes its picture canvas whenever it sizes its canvases: set it back each time
function drawPictureAtScreenResolution(internals: CanvasRendererInternals): void {
  const match = internals.matchCanvasSize.bind(internals);
  const toScreen = (): void => {
    if (internals.textureMult === 1) return;
    internals.textureMult = 1;
    const canvas = internals.data.bufferCanvases[internals.TEXTURE_BUFFER];
    if (!canvas) return;
    canvas.width = internals.canvasWidth;
    canvas.height = internals.canvasHeight;
  };
  internals.matchCanvasSize = (container) => {
    match(container);
    toScreen();
  };
  toScreen();
}
