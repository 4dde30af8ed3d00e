import { formatDate, h } from '../dom.ts';

/** The "as of" control: a slider over the archive's article days, and a button that plays them in turn. */
export interface AsOfSlider {
  readonly root: HTMLElement;
  /** The days the slider steps through (`YYYY-MM-DD`, any order, repeats allowed). */
  setDays(days: readonly string[]): void;
  /** Shows a day chosen elsewhere (a link, back/forward); undefined: the whole archive. */
  show(day: string | undefined): void;
}

/** How long each day of a replay stays on screen. */
const PLAY_STEP_MS = 900;

/**
 * Returns the slider. Moving it reports the day chosen, or undefined at its right end (everything
 * known now); Play steps from the first day to the last, reporting each with `replaying` true so the
 * URL does not gain a history entry a day.
 */
export function mountAsOfSlider(onChange: (day: string | undefined, replaying: boolean) => void): AsOfSlider {
  let days: string[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const slider = h('input', { id: 'filter-as-of', class: 'as-of-range', type: 'range', min: '0', max: '0', value: '0', 'aria-describedby': 'filter-as-of-text' });
  const text = h('output', { id: 'filter-as-of-text', class: 'as-of-text muted', for: 'filter-as-of' });
  const play = h('button', { type: 'button', class: 'button button-small', id: 'filter-as-of-play' }, ['Play']);
  const dayAt = (index: number): string | undefined => (index >= days.length ? undefined : days[index]);
  const describe = (day: string | undefined): string =>
    day ? `As of ${formatDate(day)}: only what articles up to that day said` : 'As of now: everything the archive knows';

  const stop = (): void => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
  };
  slider.addEventListener('input', () => {
    text.textContent = describe(dayAt(Number(slider.value)));
  });
  slider.addEventListener('change', () => {
    stop();
    onChange(dayAt(Number(slider.value)), false);
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    // from the start, unless paused part way
    if (Number(slider.value) >= days.length) slider.value = '0';
    play.textContent = 'Pause';
    const step = (): void => {
      const index = Number(slider.value);
      text.textContent = describe(dayAt(index));
      onChange(dayAt(index), true);
      if (index >= days.length) return stop();
      slider.value = String(index + 1);
    };
    step();
    timer = setInterval(step, PLAY_STEP_MS);
  });

  const root = h('div', { class: 'as-of' }, [
    h('div', { class: 'filter-row' }, [h('label', { class: 'filter-label', for: 'filter-as-of' }, ['As of']), slider, play]),
    text,
  ]);
  let shown: string | undefined;
  const show = (day: string | undefined): void => {
    shown = day;
    // a day between two article days stands at the last article day before it
    const index = day === undefined ? days.length : days.filter((each) => each <= day).length - 1;
    slider.value = String(Math.max(0, index));
    text.textContent = describe(day);
  };
  return {
    root,
    setDays(all) {
      days = [...new Set(all)].sort();
      slider.max = String(days.length);
      root.hidden = days.length === 0;
      show(shown);
    },
    show,
  };
}
