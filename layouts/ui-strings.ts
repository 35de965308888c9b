import type { Settings } from '../src/model/settings-schema.ts';
import { UI_STRINGS, type UiStringId } from '../src/model/ui-strings.ts';

/** Values filled into a UI text's `{placeholders}`. */
export interface UiValues {
  readonly department?: string;
}

/** The site's text for a UI string: its own from `ui:` in the settings, else ours, with `{department}` filled in. */
export function uiText(settings: Pick<Settings, 'ui'>, id: UiStringId, values: UiValues = {}): string {
  const text: string = settings.ui[id] ?? UI_STRINGS[id];
  return text.replace(/\{(department)\}/g, (whole, name: keyof UiValues) => values[name] ?? whole);
}
