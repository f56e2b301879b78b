/**
 * The part of bpmn-moddle's API gaptrace uses (the package ships no types for its main entry). Elements are read
 * as untrusted data: every field is checked where it is read (src/bpmn/read.ts), so they are typed loosely here.
 * @module
 */
declare module "bpmn-moddle" {
  /** A parsed BPMN element: its type (`bpmn:Task`), id, and its properties by name. */
  export interface ModdleElement {
    readonly $type: string;
    readonly [key: string]: unknown;
  }
  /** What `fromXML` gives: the root element and the reader's warnings. */
  export interface ModdleParseResult {
    readonly rootElement: ModdleElement;
    readonly warnings: readonly { readonly message: string }[];
  }
  /** The BPMN 2.0 meta-model and its XML reader. */
  export class BpmnModdle {
    constructor();
    fromXML(xml: string, typeName?: string): Promise<ModdleParseResult>;
  }
}
