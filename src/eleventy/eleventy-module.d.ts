// Eleventy 3 ships JavaScript without types that pass strict TypeScript; this declares the programmatic API we call.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    pathPrefix?: string;
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
