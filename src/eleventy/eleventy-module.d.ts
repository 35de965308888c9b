// Eleventy 3 ships JavaScript without types that pass strict TypeScript; this declares the programmatic API we call.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    pathPrefix?: string;
    /** Configures this run (Eleventy 3's programmatic configuration), beside or instead of a configuration file. */
    config?: (eleventyConfig: import('./eleventy-config.ts').EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    disableLogger(): void;
  }
}
