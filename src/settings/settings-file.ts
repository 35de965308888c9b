/** Where settings are read from when no `--settings` is given. */
export const DEFAULT_SETTINGS_FILE = 'careers.config.yaml';
