export declare const root: URL;
export declare const STAMP: URL;
export declare function distIsFresh(): boolean;
