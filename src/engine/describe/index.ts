export { describeCondition, describeShowIf } from "./condition";
export { describeText, type DescribeText } from "./labels";
export { buildRulesDocument, type RulesDocumentOptions } from "./build";
export { diffDefinitions, type Change } from "./diff";
export type * from "./document";
