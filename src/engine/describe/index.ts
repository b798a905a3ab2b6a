export { describeCondition, describeShowIf } from "./condition";
export { describeText, type DescribeText } from "./labels";
export { buildRulesDocument, type RulesDocumentOptions } from "./build";
export { diffDefinitions } from "./diff";
export type { Change } from "./change";
export type * from "./document";
