/**
 * The part of Eleventy 3's configuration API that we use. Eleventy ships no types that pass strict
 * TypeScript (TS7016), so the few calls are declared here.
 */
export interface EleventyConfig {
  addTemplate(virtualPath: string, content: JavaScriptTemplate, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(path: string): void;
  on(event: 'eleventy.before' | 'eleventy.after', callback: (...args: unknown[]) => unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => void, options: O): void;
  setTemplateFormats(formats: readonly string[]): void;
}

/** An 11ty.js template: data (pagination, permalink) and a render function. */
export interface JavaScriptTemplate {
  data: Record<string, unknown> | (() => Record<string, unknown>);
  render(data: Record<string, unknown>): string | Promise<string>;
}
