import type { Browser, LaunchOptions } from 'puppeteer-core';
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
