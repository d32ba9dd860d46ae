/** Types for the two untyped XML libraries the DMN import, export and TCK harness use. */
declare module 'dmn-moddle' {
  export interface ModdleElement {
    $type: string;
    $attrs?: Record<string, string>;
    $parent?: ModdleElement;
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    [key: string]: unknown;
  }
  export interface ParseWarning { message: string; element?: ModdleElement }
  export interface ParseResult { rootElement: ModdleElement; warnings: ParseWarning[]; references: unknown[]; elementsById: Record<string, ModdleElement> }
  export interface Moddle {
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
  export function DmnModdle(packages?: Record<string, unknown>, options?: Record<string, unknown>): Moddle;
}

declare module 'dmn-moddle/resources/dmn/json/dmn13.json' {
  const dmnPackage: { name: string; prefix: string; uri: string; types: { name: string; [key: string]: unknown }[]; [key: string]: unknown };
  export default dmnPackage;
}

declare module 'saxen' {
  export type AttrGetter = () => Record<string, string>;
  export type EntityDecoder = (text: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    ns(map?: Record<string, string>): void;
    on(event: 'openTag', handler: (name: string, attrs: AttrGetter, decode: EntityDecoder, selfClosing: boolean) => void): void;
    on(event: 'closeTag', handler: (name: string, decode: EntityDecoder, selfClosing: boolean) => void): void;
    on(event: 'text', handler: (text: string, decode: EntityDecoder) => void): void;
    on(event: 'cdata', handler: (text: string) => void): void;
    on(event: 'error', handler: (error: Error) => void): void;
    on(event: 'warn', handler: (warning: Error) => void): void;
    parse(xml: string): void;
  }
}
