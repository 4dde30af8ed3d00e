import { h } from '../dom.ts';

/** A checkbox saying whether reported statements count alongside quotes in quotation marks. */
export interface ReportedToggle {
  includes(): boolean;
}

/** Appends the toggle to `root`, checked (both kinds count); `onChange` gets the new choice. */
export function mountReportedToggle(root: HTMLElement, onChange: (include: boolean) => void): ReportedToggle {
  const box = h('input', { type: 'checkbox', id: 'said-about-reported', checked: true });
  root.append(
    h('label', { class: 'reported-toggle', for: 'said-about-reported', title: '"X said that …": statements reported without quotation marks' }, [box, ' Include reported statements']),
  );
  box.addEventListener('change', () => onChange(box.checked));
  return { includes: () => box.checked };
}
