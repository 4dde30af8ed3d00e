/** A line the explorer shows where an edit would be, when the server takes none. */
export const EDITING_OFF_HINT = 'Editing is off: start the server with EDIT_TOKEN set (16 or more characters) to correct the graph.';

/** Whether this server takes corrections: the explorer offers edits only when it does. */
export interface EditingState {
  isOn(): boolean;
  set(on: boolean): void;
}

/**
 * Returns the editing state, off until the server says otherwise, mirrored on `root` as
 * `data-editing="on|off"`: quote lists already drawn hide their "Wrong speaker?" by that attribute.
 */
export function createEditingState(root: HTMLElement): EditingState {
  let on = false;
  const show = () => (root.dataset['editing'] = on ? 'on' : 'off');
  show();
  return {
    isOn: () => on,
    set(next) {
      on = next;
      show();
    },
  };
}
