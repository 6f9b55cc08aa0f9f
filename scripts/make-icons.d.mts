export declare const iconSizes: number[];
export declare const buildDir: string;
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
export declare function renderIconSet(svg: Buffer | string): Record<string, Buffer>;
