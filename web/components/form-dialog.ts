import type { EntitySummary } from '../../contract/entities.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { mountSearchBox } from './search-box.ts';

/** One field of a form dialog; its answer is a string, a list of strings (checkboxes) or an entity id. */
export type DialogField =
  | { kind: 'text'; name: string; label: string; value?: string; secret?: boolean; optional?: boolean }
  | { kind: 'select'; name: string; label: string; options: readonly string[]; value?: string }
  | { kind: 'checkboxes'; name: string; label: string; options: readonly string[] }
  | { kind: 'entity'; name: string; label: string; api: Pick<ApiClient, 'searchEntities'> };

export type DialogAnswer = Record<string, string | string[] | null>;

export interface FormDialogOptions {
  title: string;
  /** A line saying what the change does. */
  text?: string;
  fields: readonly DialogField[];
  submitLabel: string;
  /** A second way to answer, e.g. "Clear the speaker": resolves with `{ [name]: null }` for every field. */
  alternative?: string;
}

let counter = 0;

/**
 * Opens a modal dialog with the fields and resolves with their values, or null when cancelled (Escape,
 * Cancel). An entity field is a search box: its value is the id of the entity picked in it.
 * @example const answer = await openFormDialog({ title: 'Rename', fields: [{ kind: 'text', name: 'name', label: 'New name' }], submitLabel: 'Rename' });
 */
export function openFormDialog(options: FormDialogOptions): Promise<DialogAnswer | null> {
  const dialog = h('dialog', { class: 'form-dialog', 'aria-label': options.title });
  const form = h('form', { method: 'dialog' });
  const readers: (() => [string, string | string[] | null])[] = [];
  const rows = options.fields.map((field) => {
    const id = `dialog-field-${++counter}`;
    const { element, read } = createField(field, id);
    readers.push(() => [field.name, read()]);
    return h('div', { class: 'form-dialog-field' }, [field.kind === 'checkboxes' ? h('p', {}, [field.label]) : h('label', { for: id }, [field.label]), element]);
  });
  const submit = h('button', { type: 'submit', class: 'button button-primary', value: 'submit' }, [options.submitLabel]);
  const alternative = options.alternative ? h('button', { type: 'submit', class: 'button', value: 'alternative', formnovalidate: true }, [options.alternative]) : null;
  const cancel = h('button', { type: 'submit', class: 'button', value: 'cancel', formnovalidate: true }, ['Cancel']);
  form.append(h('h2', { class: 'form-dialog-title' }, [options.title]), options.text ? h('p', { class: 'muted' }, [options.text]) : '', ...rows, h('div', { class: 'form-dialog-buttons' }, [submit, alternative, cancel]));
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const choice = dialog.returnValue;
      dialog.remove();
      if (choice === 'submit') resolve(Object.fromEntries(readers.map((read) => read())));
      else if (choice === 'alternative') resolve(Object.fromEntries(options.fields.map((field) => [field.name, null])));
      else resolve(null);
    });
  });
}

function createField(field: DialogField, id: string): { element: HTMLElement; read: () => string | string[] | null } {
  switch (field.kind) {
    case 'text': {
      const input = h('input', { id, type: field.secret ? 'password' : 'text', value: field.value ?? '', required: !field.optional, autocomplete: 'off', class: 'form-dialog-input' });
      return { element: input, read: () => input.value.trim() };
    }
    case 'select': {
      const select = h('select', { id }, field.options.map((option) => h('option', { value: option, selected: option === field.value }, [option])));
      return { element: select, read: () => select.value };
    }
    case 'checkboxes': {
      const boxes = field.options.map((option) => h('input', { type: 'checkbox', value: option, name: field.name }));
      const element = h('div', { class: 'form-dialog-checkboxes', role: 'group', 'aria-label': field.label }, boxes.map((box) => h('label', {}, [box, ` ${box.value}`])));
      return { element, read: () => boxes.filter((box) => box.checked).map((box) => box.value) };
    }
    case 'entity': {
      const input = h('input', { id, type: 'search', autocomplete: 'off', spellcheck: 'false', class: 'form-dialog-input', placeholder: 'Search…' });
      const chosen = h('p', { class: 'form-dialog-chosen muted', 'aria-live': 'polite' }, ['None chosen yet.']);
      let picked: EntitySummary | null = null;
      const element = h('div', { class: 'form-dialog-entity' }, [input, chosen]);
      // Enter picks a suggestion; it must not submit the dialog's form as well
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') event.preventDefault();
      });
      // the suggestion list goes after the input, inside this wrapper
      mountSearchBox(input, field.api, (entity) => {
        picked = entity;
        input.value = entity.name;
        chosen.textContent = `Chosen: ${entity.name} (${entity.type}, ${entity.id})`;
      });
      return { element, read: () => picked?.id ?? null };
    }
  }
}
